// The Sheet and Range calls the Summary's layout uses, as strict as Google: column widths within
// the grid, wrapping as a per-cell format, and the one formula the tab writes computed on read.
import { FakeSpreadsheet } from '../../src/local/spreadsheet';
import { Clock } from '../../src/local/services';

const clock = new Clock(Date.parse('2026-12-07T09:00:00+07:00'));
const newSheet = () =>
  new FakeSpreadsheet({ now: () => clock.now(), activeUser: () => 'a@x.id' }, 'ss', 'T', 'in_ID').getSheets()[0];

test('setColumnWidths: within the grid only, kept per column, moved with inserted and deleted columns', () => {
  const sheet = newSheet();
  expect(sheet.getColumnWidth(3)).toBe(100);
  sheet.setColumnWidths(2, 3, 120).setColumnWidth(1, 250);
  expect([1, 2, 3, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([250, 120, 120, 120, 100]);
  expect(() => sheet.setColumnWidths(25, 3, 100)).toThrow('Those columns are out of bounds.');
  expect(() => sheet.setColumnWidths(0, 1, 100)).toThrow('Those columns are out of bounds.');
  expect(() => sheet.setColumnWidths(1, 0, 100)).toThrow('Those columns are out of bounds.');
  expect(() => sheet.getColumnWidth(27)).toThrow('Those columns are out of bounds.');
  expect(() => sheet.setColumnWidth(1, -5)).toThrow('Invalid argument');
  sheet.insertColumnsAfter(1, 1);
  expect([1, 2, 3].map((c) => sheet.getColumnWidth(c))).toEqual([250, 100, 120]);
  sheet.deleteColumn(1);
  expect(sheet.getColumnWidth(1)).toBe(100);
  // Clearing a sheet clears its cells and formats, not its column widths.
  sheet.clear();
  expect(sheet.getColumnWidth(2)).toBe(120);
});

test('setWrap/setWraps: a format per cell, the shape checked, off by default and after clear', () => {
  const sheet = newSheet();
  expect(sheet.getRange(1, 1).getWrap()).toBe(false);
  sheet.getRange(1, 1, 1, 2).setWraps([[true, false]]);
  expect(sheet.getRange(1, 1, 1, 2).getWraps()).toEqual([[true, false]]);
  expect(() => sheet.getRange(1, 1, 1, 2).setWraps([[true]])).toThrow('The number of columns in the data');
  expect(() => sheet.getRange(1, 1, 2, 1).setWraps([[true]])).toThrow('The number of rows in the data');
  sheet.getRange(2, 1, 1, 3).setWrap(true);
  expect(sheet.getRange(2, 1, 1, 3).getWraps()).toEqual([[true, true, true]]);
  sheet.clear();
  expect(sheet.getRange(2, 2).getWrap()).toBe(false);
});

test('formulas: IF, TODAY (the spreadsheet’s day, on every read), DATE and comparisons; any other reads #NAME?', () => {
  const sheet = newSheet();
  const cell = sheet.getRange(1, 1);
  cell.setFormula('=IF(TODAY()>DATE(2026,12,6),"old ""figures""","")');
  expect(cell.getValue()).toBe('old "figures"');
  cell.setFormula('=IF(TODAY()>DATE(2026,12,7),"old","")');
  expect(cell.getValue()).toBe('');
  expect(cell.getDisplayValue()).toBe('');
  clock.advance(15 * 3600 * 1000); // 8 Dec, 00:00 in the sheet's zone
  expect(cell.getValue()).toBe('old');
  cell.setFormula('=TODAY()>DATE(2026,12,1)');
  expect(cell.getDisplayValue()).toBe('TRUE');
  cell.setFormula('=SUM(A2:A3)');
  expect(cell.getValue()).toBe('#NAME?');
});
