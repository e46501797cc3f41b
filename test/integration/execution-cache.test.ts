// What an execution keeps (src/gas/execution.ts, services.ts, team.ts): Settings, Team and Templates are
// read from their tabs once and then from a cached copy until a person edits
// them (onEdit), setupCrm runs, or the copy is 6 hours old (CacheService's document cache); sizes and properties are read again
// under every lock; one lock and one properties read per daily job.
import { setUpEnv, ok } from '../helpers';
import { setSetting, personTypes } from '../../src/local/demo';
import type { Environment } from '../../src/local/environment';

/** The Settings row of `setting`, written as a script or the Sheets API would: no onEdit. */
function unreported(e: Environment, setting: string, value: string): void {
  const sheet = e.spreadsheet.getSheetByName('Settings')!;
  const names = sheet
    .getDataRange()
    .getValues()
    .map((r) => r[0]);
  sheet.getRange(names.indexOf(setting) + 1, 2).setValue(value);
}

const reads = (e: Environment, tab: string, fn: () => unknown): number => {
  let n = 0;
  const sheet = e.spreadsheet.getSheetByName(tab)!;
  const original = sheet.getDataRange.bind(sheet);
  sheet.getDataRange = () => {
    n++;
    return original();
  };
  try {
    fn();
  } finally {
    sheet.getDataRange = original;
  }
  return n;
};

test('Settings are read once, then kept until a person edits them, setup runs or 6 hours pass', () => {
  const e = setUpEnv();
  setSetting(e.spreadsheet, 'Language', 'en');
  expect(e.call('getSidebarContext').lang).toBe('en');
  // Kept: the next executions do not read the tab at all.
  expect(reads(e, 'Settings', () => e.call('getSidebarContext'))).toBe(0);
  expect(reads(e, 'Settings', () => e.open())).toBe(0);
  // A change Sheets does not report to onEdit is not seen...
  unreported(e, 'Language', 'id');
  expect(e.call('getSidebarContext').lang).toBe('en');
  // ...until setup runs,
  e.call('setupCrm');
  expect(e.call('getSidebarContext').lang).toBe('id');
  // or a person edits Settings (onEdit forgets the copy),
  setSetting(e.spreadsheet, 'Language', 'en');
  expect(e.call('getSidebarContext').lang).toBe('en');
  // or the copy is 6 hours old.
  unreported(e, 'Language', 'id');
  e.clock.advance(5 * 3600000);
  expect(e.call('getSidebarContext').lang).toBe('en');
  e.clock.advance(3600000);
  expect(e.call('getSidebarContext').lang).toBe('id');
});

test('Team is kept the same way: a person adding a teammate is seen at once', () => {
  const e = setUpEnv({ user: 'rina@firma.id' });
  personTypes(e.spreadsheet, 'Team', 2, 1, [['rina@firma.id', 'Rina', '', 'Sales']]);
  ok(e.call('submitLead', { name: 'Budi', phone: '0812-1111-2222', source: 'Website', needs: 'CCTV' }));
  e.call('getMyDay');
  expect(reads(e, 'Team', () => e.call('getMyDay'))).toBe(0);
  personTypes(e.spreadsheet, 'Team', 3, 1, [['andi@firma.id', 'Andi', '', 'Sales']]);
  expect(reads(e, 'Team', () => e.call('getMyDay'))).toBe(1);
});

test('Templates are kept the same way: a person editing a template is seen at once', () => {
  const e = setUpEnv({ user: 'rina@firma.id' });
  personTypes(e.spreadsheet, 'Team', 2, 1, [['rina@firma.id', 'Rina', '', 'Sales']]);
  const lead = ok(e.call('submitLead', { name: 'Budi', phone: '0812-1111-2222', source: 'Website', needs: 'CCTV' }));
  const render = () => e.call('renderTemplate', { templateId: 'T-002', leadId: lead.leadId }).text;
  render();
  expect(reads(e, 'Templates', () => e.call('getSelectedLead', { leadId: lead.leadId }))).toBe(0);
  expect(reads(e, 'Templates', () => e.call('getMyDay'))).toBe(0);
  const values = e.spreadsheet.getSheetByName('Templates')!.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === 'T-002') + 1;
  personTypes(e.spreadsheet, 'Templates', row, values[0].indexOf('Text') + 1, [['Halo {nama}, teks baru.']]);
  let text = '';
  expect(reads(e, 'Templates', () => (text = render()))).toBe(1);
  expect(text).toBe('Halo Budi, teks baru.');
});

test('what a write relies on is read under its lock: a save just before it is not overwritten', () => {
  const a = setUpEnv({ user: 'rina@firma.id' });
  const b = new (a.constructor as typeof Environment)({
    distDir: a.distDir,
    spreadsheet: a.spreadsheet,
    state: a.state,
    locks: a.locks,
    clock: a.clock,
    user: 'andi@firma.id',
  });
  a.call('getSidebarContext'); // Settings kept: rina's submitLead starts without reading them
  let other = '';
  a.counter.fault = (name) => {
    // Andi saves a lead just before Rina's execution takes the lock.
    if (name === 'Lock.tryLock' && other === '')
      other = ok(b.call('submitLead', { name: 'Dua', phone: '0812-1000-0002', source: 'Website', needs: 'x' })).leadId;
    return null;
  };
  const mine = ok(a.call('submitLead', { name: 'Satu', phone: '0812-1000-0001', source: 'Website', needs: 'x' }));
  a.counter.fault = null;
  expect(other).not.toBe('');
  expect(mine.leadId).not.toBe(other);
  const leads = a.spreadsheet.getSheetByName('Leads')!;
  expect(leads.getLastRow()).toBe(3);
});

test('the daily run takes the lock once per job, and reads the properties once per job', () => {
  const e = setUpEnv();
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  ok(e.call('submitLead', { name: 'Budi', phone: '0812-1111-2222', source: 'Website', needs: 'CCTV' }));
  const before = e.counter.snapshot();
  e.runTrigger('runDailyJobs');
  const after = e.counter.snapshot();
  const n = (m: string) => (after[m] ?? 0) - (before[m] ?? 0);
  // Six jobs: four hold the locks from start to end (each cycle takes the document lock and the
  // script lock, gas/services.ts); intake and a campaign (none here) take their own.
  expect(n('Lock.tryLock')).toBeLessThanOrEqual(10);
  expect(n('Properties.getProperties')).toBeLessThanOrEqual(6);
  expect(n('PropertiesService.getDocumentProperties')).toBe(1);
  expect(n('LockService.getDocumentLock')).toBe(1);
});
