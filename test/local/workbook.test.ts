// The .xlsx workbook keeps what was written, and what Apps Script keeps outside the sheet.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { loadWorkbook, saveWorkbook } from '../../src/local/workbook';
import { FakeSpreadsheet, DataValidationBuilder } from '../../src/local/spreadsheet';
import { Clock, emptyState } from '../../src/local/services';
import { withWorkbook, acquireFileLock } from '../../src/local/session';
import { DIST } from '../helpers';

const clock = new Clock(Date.parse('2026-11-24T09:00:00+07:00'));
const ctx = { now: () => clock.now(), activeUser: () => 'a@x.id' };
const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-')), 'crm.xlsx');

test('text, numbers, dates, formulas, validations, formats, frozen header and hidden tabs round-trip', async () => {
  const ss = new FakeSpreadsheet(ctx, 'x');
  const sheet = ss.getSheets()[0];
  sheet.setName('Leads');
  sheet.getRange(1, 1, 1, 4).setValues([['Phone', 'Value', 'When', 'Status']]);
  sheet.getRange(1, 1, 1, 4).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.getRange(2, 1, 10, 1).setNumberFormat('@');
  sheet
    .getRange(2, 4, 10, 1)
    .setDataValidation(new DataValidationBuilder().requireValueInList(['Lead', 'Won']).setAllowInvalid(false).build());
  const when = new Date('2026-03-04T05:06:07.000Z');
  sheet.getRange(2, 1, 2, 4).setValues([
    ['0812-3456-7890', 1250000, when, 'Lead'],
    ['=HYPERLINK("x")', 0.5, '', 'Won'],
  ]);
  sheet.getRange(2, 2, 2, 1).setNumberFormat('#,##0');
  const hidden = ss.insertSheet('Shadow');
  hidden.getRange(1, 1).setValue('x');
  hidden.hideSheet();
  const state = emptyState();
  state.documentProperties.lastLeadNumber = '17';
  state.triggers.push({
    id: '1',
    handler: 'runDailyJobs',
    eventType: 'CLOCK',
    atHour: 8,
    everyDays: 1,
    owner: 'a@x.id',
  });
  state.mailQuota = { date: '2026-11-23', used: 7 };

  const file = tmp();
  await saveWorkbook(file, ss, state);
  const back = await loadWorkbook(file, ctx);
  const s2 = back.spreadsheet.getSheetByName('Leads')!;
  expect(s2.getRange(1, 1, 3, 4).getValues()).toEqual(sheet.getRange(1, 1, 3, 4).getValues());
  expect(s2.getRange(3, 1).getValue()).toBe('=HYPERLINK("x")');
  expect((s2.getRange(2, 3).getValue() as Date).toISOString()).toBe(when.toISOString());
  expect(s2.getRange(2, 1).getNumberFormat()).toBe('@');
  expect(s2.getRange(11, 1).getNumberFormat()).toBe('@');
  expect(s2.getRange(2, 2).getNumberFormat()).toBe('#,##0');
  expect(s2.getFrozenRows()).toBe(1);
  expect(s2.getRange(1, 2).getFontWeight()).toBe('bold');
  expect(() => s2.getRange(5, 4).setValue('Hot')).toThrow(/violates/);
  expect(s2.getRange(11, 4).getDataValidation()!.getCriteriaValues()[0]).toEqual(['Lead', 'Won']);
  expect(back.spreadsheet.getSheetByName('Shadow')!.isSheetHidden()).toBe(true);
  expect(back.state).toEqual(state);
  expect(back.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Leads', 'Shadow']);

  // A spreadsheet program sees ordinary tabs; our state tab is very hidden.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.getWorksheet('_lembar_state')!.state).toBe('veryHidden');
  expect(wb.getWorksheet('Leads')!.getCell('A2').value).toBe('0812-3456-7890');
});

test('properties and triggers persist between executions over the workbook file', async () => {
  const file = tmp();
  await withWorkbook(file, { create: true, distDir: DIST, now: '2026-11-24T09:00:00+07:00' }, (e) => {
    e.call('setupCrm');
    e.state.documentProperties.marker = 'kept';
  });
  const seen = await withWorkbook(file, { distDir: DIST }, (e) => ({
    marker: e.state.documentProperties.marker,
    tabs: e.spreadsheet.getSheets().map((s) => s.getName()),
  }));
  expect(seen.marker).toBe('kept');
  expect(seen.tabs).toContain('Settings');
});

test('a second process waits for the workbook lock, then gets it once released', async () => {
  const file = tmp();
  const release = await acquireFileLock(file);
  await expect(acquireFileLock(file, 100)).rejects.toThrow(/busy/);
  setTimeout(release, 100);
  (await acquireFileLock(file, 2000))();
});
