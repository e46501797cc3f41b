// `lembar import`: brings a team's old sheet (CSV with SPEC §1 headers, any order, extra
// columns kept) into Leads as the sheet would hold it: no validation, no rewriting.
import { LEAD_COLUMNS, NUMBER_FORMAT, TAB, type ColumnKind } from '../core/schema';
import { mapHeaders } from '../core/headers';
import * as fs from 'node:fs';
import { decodeText, type TextEncoding } from '../core/encoding';
import { t } from '../core/i18n';
import { parseCsv, CsvError } from './csv';
import type { FakeSpreadsheet } from './spreadsheet';

/**
 * A CSV file's text, in whatever encoding a spreadsheet saved it (UTF-8, UTF-16, Windows-1252:
 * the detection the import dialog uses), with a warning when the encoding was a guess.
 */
export function readCsvFile(file: string): { text: string; encoding: TextEncoding; warning?: string } {
  const d = decodeText(fs.readFileSync(file));
  if (!d.ok) throw new CsvError(t('en', d.error.key, d.error.params));
  return d.encoding === 'windows-1252'
    ? { text: d.text, encoding: d.encoding, warning: t('en', 'import.encoding1252') }
    : { text: d.text, encoding: d.encoding };
}

export function importCsv(ss: FakeSpreadsheet, csvText: string): { rows: number; addedColumns: string[] } {
  const table = parseCsv(csvText);
  if (table.length === 0) throw new CsvError('The CSV file is empty.');
  const header = table[0].map((h) => h.trim());
  if (!header.some((h) => LEAD_COLUMNS.some((c) => c.header === h))) {
    throw new CsvError(`The CSV has none of the Leads headers (${LEAD_COLUMNS.map((c) => c.header).join(', ')}).`);
  }
  const dup = header.find((h, i) => h !== '' && header.indexOf(h) !== i);
  if (dup) throw new CsvError(`The CSV has the column "${dup}" twice.`);
  const body = table.slice(1);
  const bad = body.findIndex((r) => r.length !== header.length);
  if (bad >= 0)
    throw new CsvError(`CSV row ${bad + 2} has ${body[bad].length} fields; the header has ${header.length}.`);
  const sheet = ss.getSheetByName(TAB.leads);
  if (!sheet) throw new CsvError('The workbook has no Leads tab: run `npx lembar setup` first.');

  let map = mapHeaders(sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0]);
  const added = header.filter((h) => h !== '' && !(h in map.index));
  if (added.length > 0) {
    const start = sheet.getLastColumn() + 1;
    const over = start + added.length - 1 - sheet.getMaxColumns();
    if (over > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), over);
    sheet.getRange(1, start, 1, added.length).setValues([added]).setFontWeight('bold');
    map = mapHeaders(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]);
  }
  if (body.length === 0) return { rows: 0, addedColumns: added };
  const start = sheet.getLastRow() + 1;
  const over = start + body.length - 1 - sheet.getMaxRows();
  if (over > 0) sheet.insertRowsAfter(sheet.getMaxRows(), over);
  const kind = new Map<string, ColumnKind>(LEAD_COLUMNS.map((c) => [c.header, c.kind]));
  // The column formats setupCrm gives Leads, so the import reads as a paste into the sheet would.
  const formats = body.map(() =>
    map.headers.map((h) => {
      const k = kind.get(h);
      return k ? NUMBER_FORMAT[k] : 'General';
    }),
  );
  const values = body.map((r) => {
    const out: string[] = new Array(map.width).fill('');
    header.forEach((h, i) => {
      if (h !== '') out[map.index[h]] = r[i];
    });
    return out;
  });
  const range = sheet.getRange(start, 1, body.length, map.width);
  range.setNumberFormats(formats);
  range.setValues(values);
  return { rows: body.length, addedColumns: added };
}
