// Google's side of an execution (issue 25, items 17–20), through the built bundle over an emulation
// that holds them (docs/apps-script-conformance.md, rows 18, 28–31): AuthMode.NONE, a result with a
// Date, a missing document lock, a daily run that waits for the lock, and scopes a new version
// asks for that the user has not granted. Each test here failed on the code before the fix.
import { env, setUpEnv, records } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import type { Environment } from '../../src/local/environment';

const col = (h: string) => LEAD_COLUMNS.findIndex((c) => c.header === h) + 1;
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';

/** A set-up CRM with one lead of sales@example.com whose follow-up is due today (so its owner gets a digest). */
function dueToday(): Environment {
  const e = setUpEnv();
  const r = e.call('submitLead', { name: 'Budi', phone: '0812-3456-7890', source: 'Website', needs: 'CCTV' });
  if (!r.ok) throw new Error(JSON.stringify(r));
  e.spreadsheet
    .getSheetByName('Leads')!
    .getRange(2, col('Next Follow-up'))
    .setValue(new Date('2026-11-24T00:00:00+07:00'));
  return e;
}

const runLog = (e: Environment) => records(e.spreadsheet, 'Run Log').map((r) => [r.Job, r.Outcome, r.Details]);
const docLock = (e: Environment) => `doc:${e.spreadsheet.getId()}`;

describe('17. AuthMode.NONE: the add-on installed, not used in this document', () => {
  /** Somebody's own spreadsheet with a tab that happens to be called Leads (not a CRM). */
  function notACrm(): Environment {
    const e = env({ enabledInDocument: false });
    const sheet = e.spreadsheet.insertSheet('Leads');
    sheet.getRange(1, 1, 1, col('Status')).setValues([LEAD_COLUMNS.slice(0, col('Status')).map((c) => c.header)]);
    return e;
  }

  test('the emulation refuses every service but the add-on menu', () => {
    const e = notACrm();
    expect(() => e.callSimpleTrigger('getSidebarContext', {})).toThrow(
      /You do not have permission to call SpreadsheetApp\.getActiveSpreadsheet/,
    );
    expect(() => e.callSimpleTrigger('submitLead', {})).toThrow(/You do not have permission to call/);
  });

  test('onEdit returns before any service call; onOpen adds the menu and nothing else', () => {
    const e = notACrm();
    e.counter.reset();
    expect(() => e.userEdit('Leads', 2, col('Status'), [['Won']])).not.toThrow();
    expect(e.counter.total).toBe(0);
    expect(e.spreadsheet.toasts).toEqual([]);
    e.open();
    const calls = Object.keys(e.counter.snapshot());
    // The add-on menu and its submenus (Ui.createMenu), which NONE allows too.
    expect(calls.filter((c) => !/^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Ui\.createMenu|Menu\.)/.test(c))).toEqual(
      [],
    );
    const menu = e.spreadsheetApp.ui.menus.at(-1)!;
    expect(menu.items[0]).toEqual({ caption: 'Buka panel prospek', fn: 'showSidebar' });
    // Once the add-on is used here (a menu item), its triggers run in LIMITED and judge edits again.
    e.call('setupCrm');
    e.counter.reset();
    e.userEdit('Leads', 2, col('Status'), [['Lost']]);
    expect(e.counter.total).toBeGreaterThan(0);
    expect(e.spreadsheet.toasts.length).toBeGreaterThan(0);
  });
});

describe('18. a result with a Date fails the call; no document lock is a clear message', () => {
  test('getDocumentLock() is null outside a containing document: a clear message, nothing written', () => {
    const e = setUpEnv();
    const off = env({ spreadsheet: e.spreadsheet, state: e.state, noDocument: true });
    expect(() =>
      off.call('submitLead', { name: 'Budi', phone: '0812-3456-7890', source: 'Website', needs: 'CCTV' }),
    ).toThrow('Lembar CRM bekerja di dalam spreadsheet-nya');
    expect(records(e.spreadsheet, 'Leads')).toEqual([]);
    // onEdit too: the edit is put back and the toast says why.
    e.call('submitLead', { name: 'Budi', phone: '0812-3456-7890', source: 'Website', needs: 'CCTV' });
    off.userEdit('Leads', 2, col('Status'), [['Lost']]);
    expect(e.spreadsheet.getSheetByName('Leads')!.getRange(2, col('Status')).getValue()).toBe('Lead');
    expect(e.spreadsheet.toasts.at(-1)!.message).toMatch(/Lembar CRM bekerja di dalam spreadsheet-nya/);
  });
});

describe('19. the daily run waits for the lock within its budget, and says what it left', () => {
  test('someone holds the document for 60 s: the run waits, every job works, the digest goes out', () => {
    const e = dueToday();
    const t0 = e.clock.now().getTime();
    e.locks.hold(docLock(e), 'a-long-import', t0 + 60_000);
    const out = e.call('runDailyJobs');
    expect(out.map((o) => o.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(e.mail.sent.map((m) => m.to)).toContain('sales@example.com');
    expect(e.clock.now().getTime() - t0).toBeGreaterThanOrEqual(60_000);
    expect(runLog(e).filter((r) => r[1] === 'dilewati')).toEqual([]);
  });

  test('held past the run budget: the jobs are left for the next run and the Run Log says so', () => {
    const e = dueToday();
    const t0 = e.clock.now().getTime();
    e.locks.hold(docLock(e), 'a-stuck-run', t0 + 10 * 60_000);
    const out = e.call('runDailyJobs');
    // Nothing ran past Apps Script's 6 minutes.
    expect(e.clock.now().getTime() - t0).toBeLessThanOrEqual(6 * 60_000);
    expect(out.filter((o) => o.outcome === 'skipped').map((o) => o.job)).toContain('runFollowUpReminders');
    expect(out.some((o) => o.outcome === 'error')).toBe(false);
    const left = runLog(e).filter((r) => r[1] === 'dilewati');
    expect(left).toHaveLength(1);
    expect(left[0][0]).toBe('runDailyJobs');
    expect(left[0][2]).toMatch(/ditunda ke jalan berikutnya: runFollowUpReminders, runWeeklyReport/);
    expect(e.mail.sent).toEqual([]);
    // The next run, with the lock free, does the day's work.
    e.locks.release(docLock(e));
    expect(e.call('runDailyJobs').map((o) => o.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(e.mail.sent.map((m) => m.to)).toContain('sales@example.com');
  });
});

describe('20. scopes a new version asks for and the owner has not granted', () => {
  /** The owner authorised the version before drive.file; this version asks for it too. */
  function beforeDriveFile(): Environment {
    const e = dueToday();
    e.call('installTriggers');
    e.grantedScopes = (e.manifest.oauthScopes ?? []).filter((s) => s !== DRIVE_FILE);
    return e;
  }

  test("the bound script's trigger stops; the menu, a toast and the sidebar tell the owner, with the link", () => {
    const e = beforeDriveFile();
    // Google does not start the trigger: nothing of ours runs to say so.
    expect(() => e.runTrigger('runDailyJobs')).toThrow('Authorization is required to perform that action.');
    expect(e.mail.sent).toEqual([]);
    e.open();
    const menu = e.spreadsheetApp.ui.menus.at(-1)!;
    expect(menu.items[0]).toEqual({ caption: '⚠ Beri izin Lembar CRM', fn: 'showSidebar' });
    expect(e.spreadsheet.toasts.at(-1)!.message).toMatch(/Lembar CRM perlu izin Anda/);
    const ctx = e.call('getSidebarContext');
    expect(ctx.authorization).toEqual({
      required: true,
      url: 'https://script.google.com/macros/d/local-script/authorize',
    });
    // The owner grants them: the banner and the menu item go, and the trigger runs again.
    e.authorize();
    expect(e.call('getSidebarContext').authorization).toEqual({ required: false, url: '' });
    e.open();
    expect(e.spreadsheetApp.ui.menus.at(-1)!.items[0].fn).toBe('showSidebar');
    expect(e.spreadsheetApp.ui.menus.at(-1)!.items[0].caption).toBe('Buka panel prospek');
    expect((e.runTrigger('runDailyJobs') as { outcome: string }[]).map((o) => o.outcome)).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
  });

  test("an add-on's trigger runs without them: the Run Log says who must open which link", () => {
    const e = beforeDriveFile();
    e.call('runDailyJobs');
    const first = runLog(e)[0];
    expect(first[0]).toBe('runDailyJobs');
    expect(first[2]).toMatch(/https:\/\/script\.google\.com\/macros\/d\/local-script\/authorize/);
    // What needs no new scope still runs: the digest goes out.
    expect(e.mail.sent.map((m) => m.to)).toContain('sales@example.com');
  });
});
