// "Archive old activities…" for a team and for any time zone: an archive's file is its creator's
// (drive.file), so only the creator can put it back or finish a dead run, and everyone else is
// told so instead of failing; dates keep the offset of their own date in a zone with daylight
// saving; requests are sized by bytes; an undo killed after inserting rows leaves no blank row.
import { env, ok, killedAt, KILL } from '../helpers';
import { ACTIVITY_COLUMNS } from '../../src/core/schema';
import { rowKey } from '../../src/core/archive';
import type { Environment } from '../../src/local/environment';
import { LocalDrive } from '../../src/local/sheets-api';

const NOW = '2026-11-24T09:00:00+07:00';
const RINA = 'rina@firma.id';
const ANDI = 'andi@firma.id';
const at = (s: string) => new Date(`${s}+07:00`);

/** A team's CRM made by Rina: 30 activities over 2023–2025, one of this year and one without a date between them. */
function crm(): Environment {
  const e = env({ now: NOW, user: RINA, owner: RINA, drive: new LocalDrive() });
  e.call('setupCrm');
  const data: unknown[][] = [];
  for (let i = 0; i < 30; i++) {
    const year = 2023 + Math.floor(i / 10);
    data.push([at(`${year}-0${1 + (i % 9)}-1${i % 10}T09:0${i % 10}:00`), 'L-000001', 'Note', `call ${i}`, RINA, '']);
  }
  // Rows that stay, between the years: the archived rows are removed in blocks.
  data.splice(10, 0, [at('2026-01-05T10:00:00'), 'L-000002', 'Meeting', 'this year', ANDI, '']);
  data.splice(21, 0, ['', 'L-000003', 'Note', 'no timestamp', '', '']);
  put(e, data);
  return e;
}

function put(e: Environment, data: unknown[][]): void {
  const sheet = e.spreadsheet.getSheetByName('Activities')!;
  sheet.insertRowsAfter(sheet.getMaxRows(), data.length);
  sheet.getRange(2, 1, data.length, data[0].length).setValues(data);
}

const activities = (e: Environment) => {
  const s = e.spreadsheet.getSheetByName('Activities')!;
  return s.getLastRow() < 2 ? [] : s.getRange(2, 1, s.getLastRow() - 1, s.getLastColumn()).getValues();
};
const keys = (e: Environment) => activities(e).map(rowKey).sort();
const blankRows = (e: Environment) => activities(e).filter((r) => r.every((v) => v === '')).length;
const archiveState = (e: Environment, id = 'AR-0001') =>
  (JSON.parse(e.state.documentProperties[`lembar.archive.${id}`] ?? '{"state":"none"}') as { state: string }).state;

/** The service calls `fn` makes, by name in order (what a kill point is). */
function callsOf(e: Environment, fn: () => unknown): string[] {
  const names: string[] = [];
  e.counter.fault = (name) => {
    names.push(name);
    return null;
  };
  try {
    fn();
  } finally {
    e.counter.fault = null;
  }
  return names;
}

describe('an archive is its creator’s file, and the team is told who can act on it', () => {
  test('the dialog dates an archive made before 07:00 in Jakarta by its own day, not the UTC one', () => {
    const e = crm();
    e.clock.advance(20 * 3600000); // 05:00 on 25 November in Jakarta, still the 24th in UTC
    ok(e.call('archiveActivities', { beforeYear: '2025' }));
    expect(e.call('getArchiveContext').archives[0]).toMatchObject({
      at: '2026-11-24T22:00:00.000Z',
      day: '2026-11-25',
    });
  });
  test('a teammate sees who can put it back; their undo is refused in words and changes nothing', () => {
    const e = crm();
    const r = ok(e.call('archiveActivities', { beforeYear: '2025' }));
    expect(r.count).toBe(20);
    e.user = ANDI;
    const ctx = e.call('getArchiveContext');
    expect(ctx.archives[0]).toMatchObject({ id: r.archiveId, by: RINA, state: 'done', mine: false });
    const before = keys(e);
    expect(() => e.call('undoArchive', { archiveId: r.archiveId })).toThrow(
      'Hanya rina@firma.id yang bisa mengembalikan arsip AR-0001: filenya ada di Drive mereka',
    );
    expect(keys(e)).toEqual(before);
    // The Summary still works for the teammate, and says whose Drive the archive is in.
    expect(e.call('getCrmSummary').capacity.archived).toEqual([{ beforeYear: 2025, count: 20, url: r.url, by: RINA }]);
    // The creator can.
    e.user = RINA;
    expect(e.call('getArchiveContext').archives[0].mine).toBe(true);
    expect(e.call('undoArchive', { archiveId: r.archiveId }).restored).toBe(20);
  });

  test('the creator’s run died while removing: a teammate’s archive waits, told why; the creator’s next call finishes it', () => {
    const reference = crm();
    reference.call('archiveActivities', { beforeYear: '2025' });
    const done = keys(reference);

    const e = crm();
    // Killed at the second block of rows removed: some rows are gone, some still there.
    e.counter.fault = (name, nth) => (name === 'Sheet.deleteRows' && nth === 2 ? new Error(KILL) : null);
    expect(() => e.call('archiveActivities', { beforeYear: '2025' })).toThrow(KILL);
    e.counter.fault = null;
    expect(archiveState(e)).toBe('removing');
    const half = keys(e);

    e.user = ANDI;
    expect(e.call('archiveActivities', { beforeYear: '2024' })).toEqual({
      ok: false,
      errors: {
        beforeYear: expect.stringContaining(
          'Arsip AR-0001 oleh rina@firma.id berhenti saat menghapus aktivitas, dan hanya rina@firma.id yang bisa menyelesaikannya',
        ),
      },
    });
    expect(() => e.call('undoArchive', { archiveId: 'AR-0001' })).toThrow(/Hanya rina@firma.id/);
    expect(e.call('getArchiveContext').archives[0]).toMatchObject({ state: 'removing', mine: false });
    expect(e.call('getCrmSummary').totals).toBeTruthy();
    expect(keys(e)).toEqual(half);

    // Rina's next archive finishes hers first (then finds nothing more before 2025).
    e.user = RINA;
    expect(e.call('archiveActivities', { beforeYear: '2025' })).toMatchObject({ ok: false });
    expect(archiveState(e)).toBe('done');
    expect(keys(e)).toEqual(done);
  });

  test('a file that cannot be opened any more is named, not a raw API error', () => {
    const e = crm();
    const r = ok(e.call('archiveActivities', { beforeYear: '2025' }));
    e.drive.files.clear(); // deleted from Drive
    expect(() => e.call('undoArchive', { archiveId: r.archiveId })).toThrow(
      'File arsip AR-0001 tidak bisa dibuka: mungkin sudah dihapus (pulihkan dari sampah Drive)',
    );
  });
});

describe('undoArchive killed at any service call', () => {
  test('the next call (the creator’s undo, or a teammate’s) leaves no blank row and nothing twice', () => {
    const probe = crm();
    const before = keys(probe);
    const r = ok(probe.call('archiveActivities', { beforeYear: '2025' }));
    const names = callsOf(probe, () => probe.call('undoArchive', { archiveId: r.archiveId }));
    // A kill at a Utilities call leaves what a kill at the next call does: those are skipped.
    const points = names.map((n, i) => [n, i + 1] as const).filter(([n]) => n !== 'Utilities.formatDate');
    expect(points.map(([n]) => n)).toContain('Sheet.insertRowsAfter');
    let blanksSeen = 0;
    for (const [name, n] of points) {
      const e = crm();
      e.call('archiveActivities', { beforeYear: '2025' });
      if (!killedAt(e, n, () => e.call('undoArchive', { archiveId: 'AR-0001' }))) continue;
      blanksSeen += blankRows(e);
      if (n % 2 === 0) {
        // A teammate comes first: the blank rows go, though the file is not theirs.
        e.user = ANDI;
        expect(() => e.call('undoArchive', { archiveId: 'AR-0001' })).toThrow(/Hanya rina|tidak bisa dibatalkan/);
        expect({ name, n, blank: blankRows(e) }).toEqual({ name, n, blank: 0 });
        e.user = RINA;
      }
      try {
        e.call('undoArchive', { archiveId: 'AR-0001' });
      } catch (err) {
        expect(String(err)).toMatch(/tidak bisa dibatalkan/);
      }
      expect({ name, n, state: archiveState(e), blank: blankRows(e) }).toEqual({ name, n, state: 'undone', blank: 0 });
      expect({ name, n, rows: keys(e) }).toEqual({ name, n, rows: before });
    }
    // Some kill did leave blank rows behind (after the insert, before the values).
    expect(blanksSeen).toBeGreaterThan(0);
  });
});

describe('dates in a zone with daylight saving keep their own offset', () => {
  const NY_NOW = '2026-11-24T09:00:00-05:00'; // winter: UTC-5
  const ny = (s: string, off: '-04:00' | '-05:00') => new Date(`${s}${off}`);
  const times = [
    ny('2024-07-15T10:00:00', '-04:00'), // summer time
    ny('2024-01-15T10:00:00', '-05:00'),
    ny('2024-03-10T01:30:00', '-05:00'), // half an hour before the clocks go forward
    ny('2024-03-10T03:30:00', '-04:00'), // an hour after
    ny('2024-06-01T00:00:00', '-04:00'), // a summer calendar date
    ny('2024-11-03T00:30:00', '-04:00'), // the day the clocks go back, before
    ny('2024-11-03T03:00:00', '-05:00'), // and after
  ];

  test('America/New_York: the archive file shows each time as it was, and undo in summer puts back the same instants', () => {
    const drive = new LocalDrive();
    const e = env({ now: NY_NOW, user: RINA, drive });
    e.call('setupCrm');
    e.spreadsheet.setSpreadsheetTimeZone('America/New_York');
    put(
      e,
      times.map((d, i) => [d, 'L-000001', 'Note', `t${i}`, RINA, i === 0 ? ny('2024-08-01T00:00:00', '-04:00') : '']),
    );
    const r = ok(e.call('archiveActivities', { beforeYear: '2025' }));
    expect(r.count).toBe(times.length);
    const [file] = [...drive.files.values()];
    const tab = file.ss.getSheetByName('Activities')!;
    // The file's cells are the same instants, shown on New York's clock of that day.
    expect(
      tab
        .getRange(2, 1, times.length, 1)
        .getValues()
        .map((x) => (x[0] as Date).toISOString()),
    ).toEqual(times.map((d) => d.toISOString()));
    expect(tab.getRange(2, 6).getValue()).toEqual(ny('2024-08-01T00:00:00', '-04:00'));
    const shown = e.drive.files.size === 1 ? tab.getRange(2, 1, times.length, 1).getDisplayValues().flat() : [];
    expect(shown[0]).toBe('2024-07-15 10:00');
    expect(shown[4]).toBe('2024-06-01'); // a summer midnight is a calendar date, not 23:00 the day before
    expect(tab.getRange(6, 1).getNumberFormat()).toBe('yyyy-mm-dd');

    // Put back in July (UTC-4 today): every instant as it was.
    const summer = env({
      now: '2027-07-01T09:00:00-04:00',
      user: RINA,
      drive,
      spreadsheet: e.spreadsheet,
      state: e.state,
    });
    expect(summer.call('undoArchive', { archiveId: r.archiveId }).restored).toBe(times.length);
    const back = activities(summer);
    expect(back.map((x) => (x[0] as Date).toISOString()).slice(0, times.length)).toEqual(
      times.map((d) => d.toISOString()),
    );
    expect(back[0][5]).toEqual(ny('2024-08-01T00:00:00', '-04:00'));
  });

  test('Europe/Berlin: the year is the local one at each date (new year in winter time)', () => {
    const e = env({ now: '2026-11-24T09:00:00+01:00', user: RINA, drive: new LocalDrive() });
    e.call('setupCrm');
    e.spreadsheet.setSpreadsheetTimeZone('Europe/Berlin');
    put(e, [
      [new Date('2024-12-31T23:30:00+01:00'), 'L-000001', 'Note', 'last of 2024', RINA, ''],
      [new Date('2025-01-01T00:30:00+01:00'), 'L-000001', 'Note', 'first of 2025', RINA, ''],
      [new Date('2024-07-31T23:30:00+02:00'), 'L-000001', 'Note', 'summer', RINA, ''],
    ]);
    expect(e.call('getArchiveContext').years).toEqual([
      { year: 2024, count: 2 },
      { year: 2025, count: 1 },
    ]);
    const r = ok(e.call('archiveActivities', { beforeYear: '2025' }));
    expect(r.count).toBe(2);
    const tab = [...e.drive.files.values()][0].ss.getSheetByName('Activities')!;
    expect(tab.getRange(2, 1, 2, 1).getDisplayValues().flat()).toEqual(['2024-12-31 23:30', '2024-07-31 23:30']);
  });
});

describe('requests are sized by bytes, not rows', () => {
  test('long notes go in several requests, each under the 2 MB Google recommends; a row heavier than a request is split', () => {
    const e = env({ now: NOW, user: RINA, drive: new LocalDrive() });
    e.call('setupCrm');
    const sheet = e.spreadsheet.getSheetByName('Activities')!;
    // Ten columns of the team's own after ours.
    const extra = Array.from({ length: 10 }, (_, i) => `Catatan ${i + 1}`);
    sheet.getRange(1, ACTIVITY_COLUMNS.length + 1, 1, extra.length).setValues([extra]);
    const note = 'Pelanggan minta penawaran ulang: harga €, ongkir, garansi. '.repeat(40); // ~2.4 KB
    const data = Array.from({ length: 3000 }, (_, i) => [
      at(`2024-0${1 + (i % 9)}-01T08:00:00`),
      `L-${i}`,
      'Note',
      note,
      RINA,
      '',
      ...new Array(extra.length).fill(''),
    ]);
    // One row of 16 heavy cells: about 1.9 MB of JSON on its own.
    const heavy = '€'.repeat(40000);
    data[1500] = [
      at('2024-05-05T08:00:00'),
      'L-heavy',
      'Note',
      heavy,
      RINA,
      '',
      ...new Array(extra.length).fill(heavy),
    ];
    put(e, data);
    e.counter.reset();
    const r = ok(e.call('archiveActivities', { beforeYear: '2025' }));
    expect(r.count).toBe(3000);
    expect(e.counter.byMethod.get('Sheets.Spreadsheets.batchUpdate')).toBeGreaterThanOrEqual(6);
    const tab = [...e.drive.files.values()][0].ss.getSheetByName('Activities')!;
    expect(tab.getRange(1502, 2, 1, 15).getValues()[0]).toEqual([
      'L-heavy',
      'Note',
      heavy,
      RINA,
      '',
      ...extra.map(() => heavy),
    ]);
    expect(activities(e).length).toBe(0);
  });
});
