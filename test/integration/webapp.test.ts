// The phone page through the built bundle (SPEC §3 "Phone page", §6 doGet): the web app runs as
// the person using it, opens the spreadsheet by its ID, lets only Team members past doGet and
// every call, and answers a retried save from its first result.
import { personTypes } from '../../src/local/demo';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { DIST, records, setUpEnv, snapshot } from '../helpers';
import { setSetting } from '../../src/local/demo';
import { LEAD_COLUMNS } from '../../src/core/schema';
import { webAppEvent } from '../../src/local/webapp';
import type { Environment, EnvironmentOptions } from '../../src/local/environment';
import type { PhoneBoot } from '../../src/gas/webapp';

const RINA = 'rina@firma.id';
const STRANGER = 'orang.lain@gmail.com';

function crm(options: EnvironmentOptions = {}): Environment {
  const e = setUpEnv({ user: 'owner@firma.id', ...options });
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  personTypes(e.spreadsheet, 'Team', 2, 1, [
    [RINA, 'Rina Wulandari', '', 'Sales', 'id'],
    ['owner@firma.id', 'Pak Hendra', '', 'Manager', ''],
  ]);
  return e;
}

function lead(e: Environment, name: string, extra: Record<string, unknown> = {}): string {
  const r = e.callWebApp(RINA, 'submitLead', {
    name,
    phone: '0812-3456-7890',
    source: 'Website',
    needs: 'CCTV gudang',
    ...extra,
  }) as { ok: boolean; leadId: string };
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.leadId;
}

const bootOf = (html: string): PhoneBoot => {
  const m = /window\.__LEMBAR_BOOT__ = (.*);\n/.exec(html);
  if (!m) throw new Error('no boot data in the page');
  return JSON.parse(m[1]) as PhoneBoot;
};

describe('doGet: who gets the phone page', () => {
  test('a Team member gets the page with their context and Today inside it, sized for a phone', () => {
    const e = crm();
    const id = lead(e, 'Budi Santoso');
    e.callWebApp(RINA, 'logActivity', { leadId: id, type: 'Follow-up Call', nextFollowUp: '2026-11-24' });
    const odd = lead(e, 'Toko </script><script>alert(1)</script> \u2028', { phone: '0813-9999-0000' });
    e.callWebApp(RINA, 'logActivity', { leadId: odd, type: 'Follow-up Call', nextFollowUp: '2026-11-24' });
    const page = e.doGet(RINA);
    expect(page.title).toBe('Lembar CRM');
    expect(page.metaTags).toEqual([{ name: 'viewport', content: 'width=device-width, initial-scale=1' }]);
    const boot = bootOf(page.html);
    expect(boot.context.user).toBe(RINA);
    expect(boot.context.lang).toBe('id');
    expect(boot.day.owner).toBe(RINA);
    expect(boot.day.date).toBe('2026-11-24');
    expect(boot.day.sections.flatMap((s) => s.items.map((i) => i.leadId))).toEqual(expect.arrayContaining([id, odd]));
    const names = boot.day.sections.flatMap((s) => s.items.map((i) => i.name));
    expect(names.some((n) => n.includes('</script><script>alert(1)</script>'))).toBe(true);
    expect(boot.open).toBe('');
    // The data cannot end the script element it sits in.
    expect(page.html.split('</script>').length).toBe(3);
    // Under 150 KB as sent (Google compresses a web app's page).
    expect(zlib.gzipSync(page.html).length).toBeLessThan(150 * 1024);
  });

  test('a link with ?lead= opens that lead first; the event has parameter, parameters and queryString', () => {
    const e = crm();
    expect(bootOf(e.doGet(RINA, 'lead=L-000007&x=1&x=2').html).open).toBe('L-000007');
    expect(webAppEvent('lead=L-7&x=1&x=2')).toEqual({
      queryString: 'lead=L-7&x=1&x=2',
      parameter: { lead: 'L-7', x: '1' },
      parameters: { lead: ['L-7'], x: ['1', '2'] },
      contextPath: '',
      contentLength: -1,
    });
    expect(webAppEvent('').queryString).toBeNull();
  });

  test('a stranger signed in with Google gets one sentence saying why, and nothing of the CRM', () => {
    const e = crm();
    lead(e, 'Budi Santoso');
    const page = e.doGet(STRANGER);
    expect(page.html).not.toContain('__LEMBAR_BOOT__');
    expect(page.html).not.toContain('Budi');
    expect(page.html).toContain(STRANGER);
    expect(page.html).toMatch(/tidak ada di Tim CRM ini/);
    expect(page.metaTags.map((m) => m.name)).toEqual(['viewport']);
  });

  test('every call from a page is checked too: a stranger calling the functions directly reads and writes nothing', () => {
    const e = crm();
    const id = lead(e, 'Budi Santoso');
    const before = records(e.spreadsheet, 'Activities').length;
    for (const [fn, arg] of [
      ['getMyDay', undefined],
      ['searchLeads', { query: 'Budi' }],
      ['getSelectedLead', { leadId: id }],
      ['getSidebarContext', undefined],
      ['logActivity', { leadId: id, type: 'Note', summary: 'x' }],
      ['setLeadStatus', { leadId: id, status: 'Lost', fields: { lostReason: 'No budget' } }],
      ['submitLead', { name: 'Penyusup', source: 'Website', needs: 'x' }],
    ] as const)
      expect(() => e.callWebApp(STRANGER, fn, arg)).toThrow(/tidak ada di Tim CRM ini/);
    expect(records(e.spreadsheet, 'Activities').length).toBe(before);
    expect(records(e.spreadsheet, 'Leads').map((r) => r.Name)).toEqual(['Budi Santoso']);
  });

  test('a manager named only in Settings is let in; the spreadsheet not shared with a member refuses them', () => {
    const e = crm({ sharedWith: [RINA] });
    expect(bootOf(e.doGet('owner@firma.id').html).context.user).toBe('owner@firma.id');
    expect(bootOf(e.doGet(RINA).html).context.user).toBe(RINA);
    // boss@ is a manager (Settings) but the file is not shared with them: Google refuses openById.
    expect(e.doGet('boss@firma.id').html).toMatch(/belum dibagikan ke .*boss@firma\.id/);
  });

  test('before Set up / repair has recorded the spreadsheet, the page says what to do', () => {
    const e = crm();
    e.state.scriptProperties = {};
    expect(e.doGet(RINA).html).toMatch(/Siapkan \/ perbaiki CRM/);
  });

  test('the web app reaches the spreadsheet with openById, which needs the spreadsheets scope', () => {
    const e = crm();
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.webapp).toEqual({ executeAs: 'USER_ACCESSING', access: 'ANYONE' });
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets');
    e.grantedScopes = manifest.oauthScopes.filter((s: string) => !s.endsWith('/spreadsheets'));
    expect(() => e.callWebApp(RINA, 'getMyDay')).toThrow(/permission to call SpreadsheetApp\.openById/);
  });

  test('the add-on keeps working without the phone page: the menu and the sidebar never open the web app path', () => {
    const e = crm();
    e.state.scriptProperties = {};
    e.open();
    expect(e.spreadsheetApp.ui.menus.at(-1)!.items.map((i) => i.fn)).toContain('showSidebar');
    expect(e.call('getSidebarContext').user).toBe('owner@firma.id');
    expect(
      e.call('submitLead', { name: 'Dari Sidebar', phone: '0813-1111-2222', source: 'Website', needs: 'x' }).ok,
    ).toBe(true);
  });
});

describe('the phone page writes as the person using it', () => {
  test('Owner and By are the member signed in; the sheet holds what the sidebar would have written', () => {
    const e = crm();
    const id = lead(e, 'Budi Santoso');
    const r = e.callWebApp(RINA, 'logActivity', {
      leadId: id,
      type: 'Follow-up Call',
      summary: 'Minta penawaran',
      nextFollowUp: '2026-11-27',
    }) as { ok: boolean; followUps: number; nextFollowUp: string };
    expect(r).toMatchObject({ ok: true, nextFollowUp: '2026-11-27' });
    const leads = records(e.spreadsheet, 'Leads');
    expect(leads[0].Owner).toBe(RINA);
    const acts = records(e.spreadsheet, 'Activities').filter((a) => a['Lead ID'] === id);
    expect(acts.at(-1)).toMatchObject({ Type: 'Follow-up Call', By: RINA, Summary: 'Minta penawaran' });
  });

  test('the same entries from the phone and from the sidebar leave the same sheet', () => {
    const run = (via: (e: Environment, fn: string, arg: unknown) => unknown) => {
      const e = crm({ user: RINA });
      via(e, 'submitLead', { name: 'Budi Santoso', phone: '0812-3456-7890', source: 'Website', needs: 'CCTV' });
      via(e, 'logActivity', { leadId: 'L-000001', type: 'Meeting', summary: 'Survei', nextFollowUp: '2026-11-27' });
      via(e, 'setLeadStatus', {
        leadId: 'L-000001',
        status: 'Quotation Sent',
        fields: { dealValue: '15 juta', expectedClose: '2026-12-20' },
      });
      return snapshot(e.spreadsheet);
    };
    const sidebar = run((e, fn, arg) => e.callRaw(fn, arg));
    const phone = run((e, fn, arg) => e.callWebApp(RINA, fn, { ...(arg as object), requestId: `req-${fn}-0001` }));
    expect(phone.Leads).toEqual(sidebar.Leads);
    expect(phone.Activities).toEqual(sidebar.Activities);
  });

  test('a retried save (same request ID) is answered from the first result: nothing is saved twice', () => {
    const e = crm();
    const id = lead(e, 'Budi Santoso');
    const log = { leadId: id, type: 'Follow-up Call', summary: 'Sinyal hilang', requestId: 'req-log-000001' };
    const first = e.callWebApp(RINA, 'logActivity', log);
    e.clock.advance(60000);
    const again = e.callWebApp(RINA, 'logActivity', log);
    expect(again).toEqual(first);
    const count = () => records(e.spreadsheet, 'Activities').filter((a) => a.Summary === 'Sinyal hilang').length;
    expect(count()).toBe(1);
    // A new entry (a new request ID) is a new activity.
    e.callWebApp(RINA, 'logActivity', { ...log, requestId: 'req-log-000002' });
    expect(count()).toBe(2);

    const status = {
      leadId: id,
      status: 'Quotation Sent',
      fields: { dealValue: '15 juta', expectedClose: '2026-12-20' },
    };
    const s1 = e.callWebApp(RINA, 'setLeadStatus', { ...status, requestId: 'req-status-01' });
    const s2 = e.callWebApp(RINA, 'setLeadStatus', { ...status, requestId: 'req-status-01' });
    expect(s2).toEqual(s1);
    expect(records(e.spreadsheet, 'Activities').filter((a) => a.Type === 'Status Change').length).toBe(1);

    const form = {
      name: 'Sekali Saja',
      phone: '0813-3333-4444',
      source: 'Website',
      needs: 'Alarm',
      requestId: 'req-lead-0001',
    };
    const l1 = e.callWebApp(RINA, 'submitLead', form);
    const l2 = e.callWebApp(RINA, 'submitLead', form);
    expect(l1).toMatchObject({ ok: true });
    expect(l2).toEqual(l1);
    expect(records(e.spreadsheet, 'Leads').filter((r) => r.Name === 'Sekali Saja').length).toBe(1);
  });

  test('a request ID is the user’s own: another member sending the same ID saves their own entry', () => {
    const e = crm();
    const id = lead(e, 'Budi Santoso');
    const log = { leadId: id, type: 'Note', summary: 'Sama', requestId: 'req-shared-01' };
    e.callWebApp(RINA, 'logActivity', log);
    e.callWebApp('owner@firma.id', 'logActivity', log);
    expect(
      records(e.spreadsheet, 'Activities')
        .filter((a) => a.Summary === 'Sama')
        .map((a) => a.By),
    ).toEqual([RINA, 'owner@firma.id']);
  });

  test('a refused save is not remembered: corrected and sent again with the same ID, it saves', () => {
    const e = crm();
    const id = lead(e, 'Budi Santoso');
    const bad = e.callWebApp(RINA, 'logActivity', {
      leadId: id,
      type: 'Follow-up Call',
      nextFollowUp: '31/02/2026',
      requestId: 'req-fix-0001',
    }) as {
      ok: boolean;
    };
    expect(bad.ok).toBe(false);
    const good = e.callWebApp(RINA, 'logActivity', {
      leadId: id,
      type: 'Follow-up Call',
      nextFollowUp: '28/11/2026',
      requestId: 'req-fix-0001',
    }) as {
      ok: boolean;
    };
    expect(good.ok).toBe(true);
  });

  test('a phone and the sidebar saving at once never interleave: both take the script lock', () => {
    const e = crm();
    const id = lead(e, 'Budi Santoso');
    // Someone else's execution holds the script lock (a save from the phone, say).
    e.locks.hold('script', 'other-execution');
    expect(() => e.call('logActivity', { leadId: id, type: 'Note', summary: 'sidebar' })).toThrow();
    expect(() => e.callWebApp(RINA, 'logActivity', { leadId: id, type: 'Note', summary: 'phone' })).toThrow();
    // A Status typed into the grid meanwhile is put back, with the toast that asks to try again.
    const statusCol = LEAD_COLUMNS.findIndex((c) => c.header === 'Status') + 1;
    e.userEdit('Leads', 2, statusCol, [['Lost']]);
    expect(records(e.spreadsheet, 'Leads')[0].Status).toBe('Lead');
    expect(e.spreadsheet.toasts.at(-1)!.message).toMatch(/\S/);
    e.locks.release('script');
    // And the sidebar's document lock still keeps the phone's save out while the sidebar writes.
    e.locks.hold(`doc:${e.spreadsheet.getId()}`, 'sidebar-execution');
    expect(() => e.call('logActivity', { leadId: id, type: 'Note', summary: 'sidebar 2' })).toThrow();
    e.locks.release(`doc:${e.spreadsheet.getId()}`);
    expect(records(e.spreadsheet, 'Activities').filter((a) => a.Type === 'Note').length).toBe(0);
  });
});

test('the phone page keeps Settings and Team in the script cache; a Team row added in the sheet lets the person in at once', () => {
  const e = crm();
  const newcomer = 'dimas@firma.id';
  expect(() => e.callWebApp(newcomer, 'getMyDay')).toThrow(/tidak ada di Tim CRM ini/);
  // A second call reads the cached copy: no tab is read for Settings or Team.
  e.callWebApp(RINA, 'getMyDay');
  const before = e.counter.snapshot()['Range.getValues'] ?? 0;
  e.callWebApp(RINA, 'getMyDay');
  expect((e.counter.snapshot()['Range.getValues'] ?? 0) - before).toBe(0);
  // The manager adds Dimas in the Team tab (onEdit drops the copies, the phone's too).
  personTypes(e.spreadsheet, 'Team', 4, 1, [[newcomer, 'Dimas Prasetyo', '', 'Sales', 'id']]);
  expect(e.callWebApp(newcomer, 'getMyDay')).toMatchObject({ owner: newcomer });
});
