// The daily run near its floor (issue 30): what it no longer asks Google, and that the tabs,
// mails and Run Log come out as they did. The Summary written as figures only equals the tab a
// full build writes; a tab a person broke is built anew; the Run Log's lines are the jobs', in
// order, written in one block; jobs with nothing to do take no lock.
import { setUpEnv, records, snapshot, ok } from '../helpers';
import { setSetting } from '../../src/local/demo';
import type { Environment } from '../../src/local/environment';

const DAY = 24 * 3600 * 1000;

function crm(): Environment {
  const e = setUpEnv();
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  ok(e.call('submitLead', { name: 'Budi', phone: '0812-1111-2222', source: 'Website', needs: 'CCTV' }));
  ok(e.call('submitLead', { name: 'Sari', email: 'sari@contoh.id', source: 'Referral', needs: 'Alarm' }));
  return e;
}

/** The service methods one trigger run calls, in order. */
function traced(e: Environment, fn = 'runDailyJobs'): string[] {
  const calls: string[] = [];
  e.counter.fault = (name) => {
    calls.push(name);
    return null;
  };
  try {
    e.runTrigger(fn);
  } finally {
    e.counter.fault = null;
  }
  return calls;
}

/** The Summary tab: cells (values, formulas, formats), widths, and its charts. */
function summaryTab(e: Environment) {
  const sheet = e.spreadsheet.getSheetByName('Summary')!;
  return {
    cells: snapshot(e.spreadsheet).Summary,
    widths: Array.from({ length: 14 }, (_, i) => sheet.getColumnWidth(i + 1)),
    charts: sheet.charts.map((c) => JSON.stringify([c.type, c.options, c.position, c.ranges])),
  };
}

describe('the Summary tab in the daily run', () => {
  test('the next day only its figures are written, and the tab is the one a full build writes', () => {
    const e = crm();
    e.runTrigger('runDailyJobs');
    e.clock.advance(DAY);
    ok(e.call('submitLead', { name: 'Tono', phone: '0813-2222-3333', source: 'Website', needs: 'CCTV' }));
    const calls = traced(e);
    for (const m of ['Sheet.clear', 'Sheet.insertChart', 'Sheet.removeChart', 'Range.setWraps', 'Sheet.setColumnWidth'])
      expect(calls).not.toContain(m);
    const daily = summaryTab(e);
    // Today's: the line that says the tab is old names today, and the time it was made.
    const values = e.spreadsheet.getSheetByName('Summary')!.getDataRange().getValues();
    expect(values[1][0]).toBe('Diperbarui 25 Nov 2026 09.00');
    expect(e.spreadsheet.getSheetByName('Summary')!.getRange(3, 1).getFormula()).toContain('DATE(2026,11,25)');
    // The menu's Refresh builds the tab anew: the same tab, cell for cell, chart for chart.
    e.call('refreshSummary');
    const built = summaryTab(e);
    expect(daily.cells).toEqual(built.cells);
    expect(daily.widths).toEqual(built.widths);
    expect(daily.charts).toEqual(built.charts);
  });

  test('a chart deleted or a row deleted by hand: the next run builds the tab anew', () => {
    const e = crm();
    e.runTrigger('runDailyJobs');
    const sheet = e.spreadsheet.getSheetByName('Summary')!;
    const built = summaryTab(e);
    sheet.removeChart(sheet.getCharts()[0]);
    e.clock.advance(DAY);
    expect(traced(e)).toContain('Sheet.insertChart');
    expect(sheet.charts).toHaveLength(4);
    sheet.deleteRows(5, 1);
    e.clock.advance(DAY);
    expect(traced(e)).toContain('Sheet.clear');
    expect(summaryTab(e).charts).toEqual(built.charts);
    expect(summaryTab(e).widths).toEqual(built.widths);
  });

  test('another language is another layout: built anew, in that language', () => {
    const e = crm();
    e.runTrigger('runDailyJobs');
    setSetting(e.spreadsheet, 'Language', 'en');
    e.call('setupCrm'); // Settings edited: the cached copy is dropped
    e.clock.advance(DAY);
    expect(traced(e)).toContain('Sheet.clear');
    const sheet = e.spreadsheet.getSheetByName('Summary')!;
    expect(sheet.getRange(1, 1).getValue()).toBe('Lembar CRM — Summary');
    expect(sheet.charts.map((c) => c.options.title)).toContain('Leads per week');
  });
});

test("capacity counts every tab's grid in one Sheets API request, the same as tab by tab", () => {
  const e = crm();
  const before = e.counter.snapshot();
  const s = e.call('getCrmSummary');
  const after = e.counter.snapshot();
  const n = (m: string) => (after[m] ?? 0) - (before[m] ?? 0);
  expect(n('Sheets.Spreadsheets.get')).toBe(1);
  expect(n('Sheet.getMaxRows') + n('Sheet.getMaxColumns')).toBe(0);
  const cells = e.spreadsheet.sheets.reduce((sum, sh) => sum + sh.getMaxRows() * sh.getMaxColumns(), 0);
  expect(s.capacity.cells).toBe(cells);
  // The API failing (a quota, a hiccup): the tabs are counted one by one, to the same figure.
  e.counter.fault = (name) => (name === 'Sheets.Spreadsheets.get' ? new Error('Service unavailable') : null);
  try {
    expect(e.call('getCrmSummary').capacity.cells).toBe(cells);
  } finally {
    e.counter.fault = null;
  }
});

test("the Run Log gets the jobs' lines in their order, written in one block at the run's end", () => {
  const e = crm();
  const rows = () => records(e.spreadsheet, 'Run Log').map((r) => String(r.Job));
  const writes = (calls: string[]) => calls.filter((m) => m === 'Range.setValues').length;
  // Values written: the Duplicates tab, the Summary, and the Run Log once (not once per job).
  expect(writes(traced(e))).toBe(3);
  expect(rows()).toEqual(['runFollowUpReminders', 'runWeeklyReport', 'runDuplicateAudit', 'refreshSummary']);
  e.clock.advance(DAY);
  // The Summary's figures and the Run Log.
  expect(writes(traced(e))).toBe(2);
  expect(rows().slice(4)).toEqual(['runFollowUpReminders', 'runDuplicateAudit', 'refreshSummary']);
});

test('the next day the weekly report (sent) and the audit (not due) take no lock; the digests and the Summary one each', () => {
  const e = crm();
  e.runTrigger('runDailyJobs');
  e.clock.advance(DAY);
  const calls = traced(e);
  const count = (m: string) => calls.filter((x) => x === m).length;
  // Lock cycles: each takes every lock the CRM uses (gas/services.ts).
  const cycles = count('Lock.tryLock') / (count('LockService.getDocumentLock') + count('LockService.getScriptLock'));
  expect(cycles).toBe(2);
  expect(count('Properties.getProperties')).toBeLessThanOrEqual(2);
  expect(count('MailApp.getRemainingDailyQuota')).toBeLessThanOrEqual(1);
});
