// setupCrm through the built bundle, over the emulated services.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { env, setUpEnv, snapshot, records, DIST, FIXTURES } from '../helpers';
import { LEAD_COLUMNS, TABLES } from '../../src/core/schema';
import { CATALOG } from '../../src/core/i18n';
import { importCsv } from '../../src/local/import';

const SPEC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'SPEC.md'), 'utf8');

describe('the built bundle', () => {
  test('declares every SPEC §6 global function at top level', () => {
    const section = SPEC.slice(SPEC.indexOf('## 6.'), SPEC.indexOf('## 7.'));
    const names = [...new Set([...section.matchAll(/`([a-zA-Z]+)\(/g)].map((m) => m[1]))];
    expect(names.length).toBeGreaterThanOrEqual(17);
    const code = fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');
    // Functions the SPEC lists for issues still open: each must be absent until its issue lands
    // (and then this list shrinks), so the list can never hide a function that exists.
    const PENDING: Record<string, number> = {};
    for (const n of names)
      expect({ n, declared: new RegExp(`^function ${n}\\(`, 'm').test(code) }).toEqual({
        n,
        declared: !(n in PENDING),
      });
    expect(code).not.toMatch(/^export /m);
  });

  test('clasp pushes every file the add-on opens: .claspignore lets each dist/*.html through', () => {
    const allowed = fs.readFileSync(path.join(DIST, '..', '.claspignore'), 'utf8');
    for (const f of fs.readdirSync(DIST).filter((n) => n.endsWith('.html') || n.endsWith('.js') || n.endsWith('.json')))
      expect({ f, pushed: allowed.includes(`!${f}`) }).toEqual({ f, pushed: true });
  });

  test('the pages carry no catalog: they show the messages the server sends them', () => {
    const serverOnly = [
      CATALOG.en['merge.none'],
      CATALOG.id['merge.none'],
      CATALOG.en['digest.footer'],
      CATALOG.id['digest.footer'],
    ];
    for (const f of fs.readdirSync(DIST).filter((n) => n.endsWith('.html'))) {
      const page = fs.readFileSync(path.join(DIST, f), 'utf8');
      expect({ f, catalog: serverOnly.filter((x) => page.includes(x)) }).toEqual({ f, catalog: [] });
    }
  });

  test('the manifest is V8 in Asia/Jakarta with explicit scopes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Jakarta');
    // The phone page, a web app, opens the spreadsheet by ID: openById needs `spreadsheets`
    // (currentonly has no current document in a web app). The README's scope table says so.
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  });
});

describe('setupCrm', () => {
  test('creates every tab with SPEC headers, bold frozen header, formats and the Status dropdown', () => {
    const e = env();
    const result = e.call('setupCrm');
    expect(result.createdTabs).toEqual([
      'Leads',
      'Activities',
      'Settings',
      'Duplicates',
      'Archive',
      'Run Log',
      'Team',
      'Templates',
      'Campaigns',
      'Summary',
    ]);
    const ss = e.spreadsheet;
    for (const t of TABLES) {
      const sheet = ss.getSheetByName(t.name)!;
      expect(sheet.getRange(1, 1, 1, t.columns.length).getValues()[0]).toEqual(t.columns.map((c) => c.header));
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    }
    const leads = ss.getSheetByName('Leads')!;
    const col = (h: string) => LEAD_COLUMNS.findIndex((c) => c.header === h) + 1;
    expect(leads.getRange(2, col('Phone')).getNumberFormat()).toBe('@');
    expect(leads.getRange(500, col('Name')).getNumberFormat()).toBe('@');
    expect(leads.getRange(2, col('Expected Close')).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(leads.getRange(2, col('Created At')).getNumberFormat()).toBe('yyyy-mm-dd hh:mm');
    const dv = leads.getRange(2, col('Status')).getDataValidation()!;
    expect(dv.getCriteriaValues()[0]).toEqual(['Lead', 'Quotation Sent', 'Negotiation', 'Won', 'Lost', 'Past Client']);
    expect(dv.getAllowInvalid()).toBe(false);
    expect(() => leads.getRange(2, col('Status')).setValue('Hot')).toThrow(/violates the data validation/);
    expect(ss.toasts.at(-1)!.message).toMatch(/Lembar CRM siap/);
  });

  test('writes every setting with its default and a description in the user language', () => {
    const e = setUpEnv();
    const settings = records(e.spreadsheet, 'Settings');
    const byName = Object.fromEntries(settings.map((r) => [r.Setting, r.Value]));
    expect(byName['First-contact SLA (hours)']).toBe('24');
    expect(byName['Follow-up interval (days)']).toBe('3');
    expect(byName['Maximum follow-ups']).toBe('3');
    expect(byName['Re-contact delay (months)']).toBe('12');
    expect(byName['Duplicate audit interval (months)']).toBe('6');
    expect(byName['Reminder hour']).toBe('8');
    expect(byName['Currency']).toBe('IDR');
    expect(byName['Transitions from: Lead']).toBe('Quotation Sent, Lost');
    expect(byName['Required for: Past Client']).toBe('Contract Value, Product, Completed On');
    expect(byName['Sources']).toMatch(/^Google Ads, Website, Referral/);
    expect(settings.find((r) => r.Setting === 'Reminder hour')!.Description).toMatch(/Jam pengingat/);
    expect(settings.every((r) => r.Problem === '')).toBe(true);
  });

  test('switched to English, Set up / repair writes our descriptions in English; one a person wrote stays', () => {
    const e = setUpEnv();
    const sheet = e.spreadsheet.getSheetByName('Settings')!;
    const values = sheet.getDataRange().getValues();
    const [head] = values;
    const row = (name: string) => values.findIndex((r) => r[head.indexOf('Setting')] === name) + 1;
    sheet.getRange(row('Language'), head.indexOf('Value') + 1).setValue('en');
    sheet.getRange(row('Currency'), head.indexOf('Description') + 1).setValue('Rupiah saja, tanpa sen');
    sheet
      .getRange(row('Sources'), head.indexOf('Description') + 1)
      .setNumberFormat('General')
      .setFormula('="Sumber: "&"tim"');
    e.call('setupCrm');
    // Only our cells are written: a person's formula stays a formula.
    expect(sheet.getRange(row('Sources'), head.indexOf('Description') + 1).getFormula()).toBe('="Sumber: "&"tim"');
    const byName = Object.fromEntries(records(e.spreadsheet, 'Settings').map((r) => [r.Setting, r.Description]));
    expect(byName['Reminder hour']).toMatch(/^[A-Z][a-z]/);
    expect(byName['Reminder hour']).not.toMatch(/Jam pengingat/);
    expect(byName['Reminder hour']).toBe(CATALOG.en['desc.reminderHour']);
    expect(byName.Currency).toBe('Rupiah saja, tanpa sen');
  });

  test('running it twice changes nothing', () => {
    const e = setUpEnv();
    const before = snapshot(e.spreadsheet);
    const second = e.call('setupCrm');
    expect(second.createdTabs).toEqual([]);
    expect(second.addedHeaders).toEqual([]);
    expect(second.addedSettings).toEqual([]);
    expect(snapshot(e.spreadsheet)).toEqual(before);
  });

  test('on a sheet with 3,000 imported records it touches no record but its empty Client ID', () => {
    const e = setUpEnv();
    const csv = fs.readFileSync(path.join(FIXTURES, 'leads-dev-3k.csv'), 'utf8');
    expect(importCsv(e.spreadsheet, csv).rows).toBe(3000);
    const before = records(e.spreadsheet, 'Leads');
    const beforeFormulas = e.spreadsheet.getSheetByName('Leads')!.getDataRange().getFormulas();
    expect(e.call('setupCrm').clientIds).toBe(3000);
    const after = records(e.spreadsheet, 'Leads');
    expect(after.map((r) => ({ ...r, 'Client ID': '' }))).toEqual(before);
    expect(after.every((r) => /^C-\d{6}$/.test(String(r['Client ID'])))).toBe(true);
    expect(e.spreadsheet.getSheetByName('Leads')!.getDataRange().getFormulas()).toEqual(beforeFormulas);
    // Phones stayed text through the import, leading zero and all.
    expect(before.some((r) => String(r.Phone).startsWith('08'))).toBe(true);
    // The rows of one client share one Client ID, and only they: the audit's groups.
    const audit = e.call('runDuplicateAuditNow');
    const idOf = new Map(after.map((r) => [String(r['Lead ID']), String(r['Client ID'])]));
    const clients = new Map<string, Set<string>>();
    for (const [lead, client] of idOf) clients.set(client, (clients.get(client) ?? new Set()).add(lead));
    for (const g of audit.groups) expect(new Set(g.leadIds.map((id) => idOf.get(id))).size).toBe(1);
    const multi = [...clients.values()].filter((c) => c.size > 1).length;
    expect(multi).toBeGreaterThan(100);
    expect(e.call('setupCrm').clientIds).toBe(0);
  });

  test('an existing CRM of today\u2019s layout gets the Client ID column and its values, nothing else', () => {
    const e = setUpEnv();
    // Today's layout: no Client ID in Leads or Archive.
    for (const tab of ['Leads', 'Archive']) e.spreadsheet.getSheetByName(tab)!.deleteColumn(2);
    const csv = fs.readFileSync(path.join(FIXTURES, 'leads-dev-3k.csv'), 'utf8');
    importCsv(e.spreadsheet, csv);
    const before = snapshot(e.spreadsheet);
    const leads = e.spreadsheet.getSheetByName('Leads')!;
    const width = leads.getLastColumn();
    const result = e.call('setupCrm');
    expect(result.addedHeaders).toEqual([
      { tab: 'Leads', header: 'Client ID' },
      { tab: 'Archive', header: 'Client ID' },
    ]);
    expect(result.clientIds).toBe(3000);
    const after = snapshot(e.spreadsheet);
    expect(leads.getRange(1, width + 1).getValue()).toBe('Client ID');
    // Every cell that was there is as it was (value, formula, format); the new column is the only
    // change in Leads and Archive. (The Status dropdown reaching the rows the raw import added is
    // setup's ordinary repair, so validations are left out.)
    const plain = (c: unknown) => (c && typeof c === 'object' ? { ...(c as object), dv: undefined } : c);
    for (const tab of Object.keys(before)) {
      const cut = (rows: unknown[]) =>
        (rows as unknown[][]).map((r) => (tab === 'Leads' || tab === 'Archive' ? r.slice(0, width) : r).map(plain));
      expect({ tab, cells: cut(after[tab]) }).toEqual({ tab, cells: cut(before[tab]) });
    }
    const ids = leads.getRange(2, width + 1, 3000, 1).getValues();
    expect(ids.every(([v]) => /^C-\d{6}$/.test(String(v)))).toBe(true);
    const again = snapshot(e.spreadsheet);
    e.call('setupCrm');
    expect(snapshot(e.spreadsheet)).toEqual(again);
  });

  test('20,000 rows without Client IDs are numbered in under 30 s, with a constant number of calls', () => {
    const e = setUpEnv();
    const csv = fs.readFileSync(path.join(FIXTURES, 'leads-dev-20k.csv'), 'utf8');
    importCsv(e.spreadsheet, csv);
    const started = Date.now();
    expect(e.call('setupCrm').clientIds).toBe(20000);
    expect(Date.now() - started).toBeLessThan(30000);
    const numbering = e.lastRun.serviceCalls;
    // A run with nothing to number: the numbering itself is a few reads and one write.
    e.call('setupCrm');
    expect(numbering - e.lastRun.serviceCalls).toBeLessThan(40);
  });

  test('reordered columns and user columns are kept; a deleted header is added back at the end', () => {
    const e = env();
    const leads = e.spreadsheet.insertSheet('Leads');
    const headers = LEAD_COLUMNS.map((c) => c.header)
      .reverse()
      .filter((h) => h !== 'Product');
    leads.getRange(1, 1, 1, headers.length + 1).setValues([[...headers.slice(0, 3), 'Catatan', ...headers.slice(3)]]);
    leads.getRange(2, 1, 1, 4).setValues([['BAST-7', 5, 'Ahmad', 'pelanggan lama']]);
    const result = e.call('setupCrm');
    expect(result.addedHeaders.filter((h) => h.tab === 'Leads')).toEqual([{ tab: 'Leads', header: 'Product' }]);
    const row1 = leads.getRange(1, 1, 1, leads.getLastColumn()).getValues()[0];
    expect(row1[3]).toBe('Catatan');
    expect(row1[row1.length - 1]).toBe('Product');
    expect(leads.getRange(2, 1, 1, 4).getValues()[0]).toEqual(['BAST-7', 5, 'Ahmad', 'pelanggan lama']);
    // The dropdown went to the Status column wherever it is.
    const statusCol = row1.indexOf('Status') + 1;
    expect(leads.getRange(3, statusCol).getDataValidation()).not.toBeNull();
    expect(leads.getRange(3, 4).getDataValidation()).toBeNull();
  });

  test('bad settings are reported in the Problem column and defaults are used', () => {
    const e = setUpEnv();
    const sheet = e.spreadsheet.getSheetByName('Settings')!;
    const values = sheet.getDataRange().getValues();
    const slaRow = values.findIndex((r) => r[0] === 'First-contact SLA (hours)') + 1;
    const tRow = values.findIndex((r) => r[0] === 'Transitions from: Lead') + 1;
    sheet.getRange(slaRow, 2).setValue('sehari');
    sheet.getRange(tRow, 2).setValue('Quotation Sent, Hot');
    const result = e.call('setupCrm');
    expect(result.settingsProblems.map((p) => p.setting)).toEqual([
      'Transitions from: Lead',
      'First-contact SLA (hours)',
    ]);
    expect(sheet.getRange(slaRow, 4).getValue()).toMatch(/"sehari" bukan angka; memakai nilai bawaan 24/);
    expect(sheet.getRange(tRow, 4).getValue()).toMatch(/Status "Hot" tidak dikenal/);
    expect(sheet.getRange(slaRow, 2).getValue()).toBe('sehari');
    expect(e.spreadsheet.toasts.at(-1)!.message).toMatch(/2 pengaturan tidak valid/);
  });

  test('an English spreadsheet gets English text', () => {
    const e = env();
    e.spreadsheet.setSpreadsheetLocale('en_US');
    e.call('setupCrm');
    expect(e.spreadsheet.toasts.at(-1)!.message).toMatch(/Lembar CRM is set up: 10 tabs created/);
  });

  test('runs under the document lock: another holder makes it fail with a clear message and write nothing', () => {
    const e = env();
    e.locks.holders.set(`doc:${e.spreadsheet.getId()}`, 'someone-else');
    expect(() => e.call('setupCrm')).toThrow('Orang lain sedang menyimpan');
    expect(e.spreadsheet.getSheetByName('Leads')).toBeNull();
  });
});

describe('menu', () => {
  test('onOpen adds the menu in the user language', () => {
    const e = setUpEnv();
    e.call('onOpen', { authMode: 'FULL' });
    const menu = e.spreadsheetApp.ui.menus.at(-1)!;
    expect(menu.items.map((i) => i.fn)).toEqual([
      'showSidebar',
      'showPipelineBoard',
      'refreshSummary',
      'runDuplicateAuditNow',
      'showMergeDialog',
      'undoMerge',
      'showCampaignDialog',
      'previewCampaign',
      'startCampaign',
      'stopCampaign',
      'showImportDialog',
      'showArchiveDialog',
      'setupCrm',
      'installTriggers',
      'showNextRun',
    ]);
    expect(menu.items[0].caption).toBe('Buka panel prospek');
    // Daily work at the top level; the rest in submenus (admin last).
    const top = menu.entries.map((x) => ('separator' in x ? '—' : 'items' in x ? `${x.caption} ▸` : x.caption));
    expect(top).toEqual([
      'Buka panel prospek',
      'Papan pipeline',
      'Perbarui ringkasan',
      '—',
      'Duplikat ▸',
      'Kampanye ▸',
      '—',
      'Admin ▸',
    ]);
  });
});

test('setupCrm protects generated tabs and header rows with warning-only protections, once', () => {
  const e = setUpEnv();
  e.call('setupCrm');
  const ss = e.spreadsheet;
  for (const tab of ['Archive', 'Run Log', 'Summary', 'Duplicates']) {
    const p = ss.getSheetByName(tab)!.getProtections('SHEET');
    expect({ tab, n: p.length, warningOnly: p[0]?.isWarningOnly() }).toEqual({ tab, n: 1, warningOnly: true });
  }
  // What a reviewer fills in: Merge (the tick), Primary and Action.
  expect(ss.getSheetByName('Duplicates')!.getProtections('SHEET')[0].getUnprotectedRanges()).toEqual([
    'N2:N1000',
    'L2:L1000',
    'B2:B1000',
  ]);
  for (const tab of ['Leads', 'Activities', 'Settings']) {
    const p = ss.getSheetByName(tab)!.getProtections('RANGE');
    expect({ tab, ranges: p.map((x) => x.a1Notation), warningOnly: p.every((x) => x.isWarningOnly()) }).toEqual({
      tab,
      ranges: [expect.stringMatching(/^A1:[A-Z]+1$/)],
      warningOnly: true,
    });
  }
});
