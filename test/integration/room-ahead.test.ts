// Leads, its status record and Activities grow with almost every save, so the add-on keeps
// ROOM_AHEAD empty rows below them (src/gas/table.ts `intoGrid`): a save inside the grid writes
// without asking the sheet's row count, and only a save that meets the end of the grid inserts
// rows, a hundred at a time, with the Status dropdown on the new rows of Leads.
import { setUpEnv, ok, records, killedAt } from '../helpers';
import { LEAD_COLUMNS, ROOM_AHEAD } from '../../src/core/schema';
import type { Environment } from '../../src/local/environment';

const STATUS = LEAD_COLUMNS.findIndex((c) => c.header === 'Status') + 1;

const form = (i: number) => ({
  name: `Pelanggan ${i}`,
  phone: `0812-3456-${String(7000 + i)}`,
  source: 'Website',
  needs: 'CCTV',
});

/** Leads and its status record cut to exactly their rows: the next save meets the end of the grid. */
function fullGrid(e: Environment): void {
  for (const name of ['Leads', '_lembar_status']) {
    const sheet = e.spreadsheet.getSheetByName(name)!;
    const last = Math.max(sheet.getLastRow(), 2);
    if (sheet.getMaxRows() > last) sheet.deleteRows(last + 1, sheet.getMaxRows() - last);
  }
}

const calls = (e: Environment, method: string) => e.counter.snapshot()[method] ?? 0;

test('a new lead inside the grid asks no row count and inserts nothing (its row gets the dropdown); at the end of the grid a hundred rows come with it, with the dropdown', () => {
  const e = setUpEnv();
  ok(e.call('submitLead', form(1)));
  const count = () => ['Sheet.getMaxRows', 'Sheet.insertRowsAfter'].map((m) => calls(e, m));
  const before = count();
  // A row in the grid that lost its dropdown (an undo that emptied it): the new lead gets one.
  const sheet = e.spreadsheet.getSheetByName('Leads')!;
  sheet.getRange(3, STATUS).clearDataValidations();
  ok(e.call('submitLead', form(2)));
  expect(count()).toEqual(before);
  expect(sheet.getRange(3, STATUS).getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');

  fullGrid(e);
  const leads = e.spreadsheet.getSheetByName('Leads')!;
  const rows = leads.getMaxRows();
  const id = ok(e.call('submitLead', form(3))).leadId;
  expect(leads.getMaxRows()).toBe(rows + 1 + ROOM_AHEAD);
  expect(leads.getRange(rows + 1, 1, 1, 1).getValues()[0][0]).toBe(id);
  for (const row of [rows + 1, rows + 1 + ROOM_AHEAD])
    expect(leads.getRange(row, STATUS).getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
  const shadow = e.spreadsheet.getSheetByName('_lembar_status')!;
  expect(shadow.getMaxRows()).toBeGreaterThan(shadow.getLastRow() + ROOM_AHEAD - 1);
  expect(shadow.getRange(shadow.getLastRow(), 1, 1, 2).getValues()[0]).toEqual([id, 'Lead']);

  // The rows ahead take the next leads without another insert.
  const inserts = calls(e, 'Sheet.insertRowsAfter');
  ok(e.call('submitLead', form(4)));
  expect(calls(e, 'Sheet.insertRowsAfter')).toBe(inserts);
  expect(records(e.spreadsheet, 'Leads').map((r) => r.Name)).toEqual([
    'Pelanggan 1',
    'Pelanggan 2',
    'Pelanggan 3',
    'Pelanggan 4',
  ]);
});

test('a run stopped at the tried write of a full grid stops there: nothing written, nothing inserted', () => {
  const e = setUpEnv();
  ok(e.call('submitLead', form(1)));
  fullGrid(e);
  const leads = e.spreadsheet.getSheetByName('Leads')!;
  const rows = leads.getMaxRows();
  // The tried write's getRange is the first Sheet.getRange after the lock: found on a copy of the
  // run, then killed exactly there.
  let at = 0;
  e.counter.fault = (name, _nth, total) => {
    if (name === 'Sheet.getRange' && at === 0 && calls(e, 'Lock.tryLock') > 0) at = total;
    return null;
  };
  const start = e.counter.total;
  ok(e.call('submitLead', form(9)));
  e.counter.fault = null;
  const n = at - start;
  expect(n).toBeGreaterThan(0);
  const fresh = setUpEnv();
  ok(fresh.call('submitLead', form(1)));
  fullGrid(fresh);
  const freshLeads = fresh.spreadsheet.getSheetByName('Leads')!;
  expect(killedAt(fresh, n, () => fresh.call('submitLead', form(2)))).toBe(true);
  expect(freshLeads.getMaxRows()).toBe(rows);
  expect(records(fresh.spreadsheet, 'Leads')).toHaveLength(1);
});
