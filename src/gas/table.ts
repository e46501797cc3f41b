// A table repository over one tab: finds columns by header, reads whole columns or blocks and
// writes whole blocks, so the number of service calls never depends on the number of rows.
import { mapHeaders, missingHeaders, type HeaderMap } from '../core/headers';
import { CrmError, type Lang } from '../core/i18n';
import { NUMBER_FORMAT, type ColumnDef, type ColumnKind } from '../core/schema';
import type { Ss } from './services';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;


export type Row = unknown[];

export class Table {
  private constructor(
    readonly sheet: Sheet,
    readonly name: string,
    readonly columns: ColumnDef[],
    readonly headers: HeaderMap,
    /** Last row with content (1-based, header included). */
    public lastRow: number,
  ) {}

  /** Opens a tab, checking that every required header is there (a clear error otherwise). */
  static open(ss: Ss, name: string, columns: ColumnDef[], lang: Lang): Table {
    const sheet = ss.getSheetByName(name);
    if (!sheet) throw new CrmError({ key: 'error.missingTab', params: { tab: name } }, lang);
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    const headers = mapHeaders(lastCol > 0 ? sheet.getRange(1, 1, 1, lastCol).getValues()[0] : []);
    const missing = missingHeaders(
      headers,
      columns.map((c) => c.header),
    );
    if (missing.length > 0) throw new CrmError({ key: 'error.missingHeader', params: { tab: name, header: missing[0] } }, lang);
    return new Table(sheet, name, columns, headers, Math.max(lastRow, 1));
  }

  /** The same table with the team's own columns included (as `general` columns), for full-row copies. */
  withUserColumns(): Table {
    const ours = new Set(this.columns.map((c) => c.header));
    const extra: ColumnDef[] = this.headers.headers.filter((h) => h !== '' && !ours.has(h)).map((h) => ({ header: h, key: h, kind: 'general' }));
    return new Table(this.sheet, this.name, [...this.columns, ...extra], this.headers, this.lastRow);
  }

  get rowCount(): number {
    return this.lastRow - 1;
  }

  /** 1-based sheet column of a header. */
  col(header: string): number {
    return this.headers.index[header] + 1;
  }

  /** Every data row's value in one column (one read). */
  column(header: string): unknown[] {
    if (this.rowCount === 0) return [];
    return this.sheet.getRange(2, this.col(header), this.rowCount, 1).getValues().map((r) => r[0]);
  }

  /** Several columns at once, keyed by header: one read per column. */
  columnsOf(headers: string[]): Record<string, unknown[]> {
    const out: Record<string, unknown[]> = {};
    for (const h of headers) out[h] = this.column(h);
    return out;
  }

  /** All data rows as full-width arrays (one read). */
  allRows(): Row[] {
    if (this.rowCount === 0) return [];
    return this.sheet.getRange(2, 1, this.rowCount, this.headers.width).getValues();
  }

  /** One data row (0-based data index) as a record keyed by header. */
  readRow(dataIndex: number): Record<string, unknown> {
    const row = this.sheet.getRange(dataIndex + 2, 1, 1, this.headers.width).getValues()[0];
    return this.toRecord(row);
  }

  toRecord(row: Row): Record<string, unknown> {
    const rec: Record<string, unknown> = {};
    for (const c of this.columns) rec[c.header] = row[this.headers.index[c.header]];
    return rec;
  }

  /** Appends records (keyed by header) below the last row, formats included. */
  append(records: Record<string, unknown>[]): number {
    if (records.length === 0) return this.lastRow + 1;
    const start = this.lastRow + 1;
    const width = this.headers.width;
    const maxRows = this.sheet.getMaxRows();
    const needed = start + records.length - 1 - maxRows;
    if (needed > 0) this.sheet.insertRowsAfter(maxRows, needed);
    const kinds = this.kindsByIndex();
    const formats = records.map(() => kinds.map((k) => (k ? NUMBER_FORMAT[k] : 'General')));
    const values = records.map((rec) => {
      const row: unknown[] = new Array(width).fill('');
      for (const c of this.columns) if (rec[c.header] !== undefined && rec[c.header] !== null) row[this.headers.index[c.header]] = rec[c.header];
      return row;
    });
    const range = this.sheet.getRange(start, 1, records.length, width);
    // Format before writing, so text stays text (a new row inherits no format in Sheets).
    range.setNumberFormats(formats);
    range.setValues(values);
    this.lastRow = start + records.length - 1;
    return start;
  }

  /**
   * Writes the given headers' values into one data row: one block per run of adjacent columns,
   * so user columns in between (and their formulas) are never rewritten.
   */
  update(dataIndex: number, changes: Record<string, unknown>): void {
    const cols = Object.keys(changes)
      .map((h) => ({ h, i: this.headers.index[h] }))
      .sort((a, b) => a.i - b.i);
    const kinds = this.kindsByIndex();
    let run: { h: string; i: number }[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const range = this.sheet.getRange(dataIndex + 2, run[0].i + 1, 1, run.length);
      range.setNumberFormats([run.map((x) => NUMBER_FORMAT[kinds[x.i] ?? 'text'])]);
      range.setValues([run.map((x) => blankNull(changes[x.h]))]);
      run = [];
    };
    for (const c of cols) {
      if (run.length > 0 && c.i !== run[run.length - 1].i + 1) flush();
      run.push(c);
    }
    flush();
  }

  /** Empties every data row (values and validations) of a generated tab; the header stays. */
  clearData(): void {
    if (this.rowCount > 0) {
      const old = this.sheet.getRange(2, 1, this.rowCount, this.headers.width);
      old.clearDataValidations();
      old.clearContent();
    }
    this.lastRow = 1;
  }

  /** Sizes the tab to exactly `dataRows` rows below the header (one call when it differs). */
  fitRows(dataRows: number): void {
    const want = Math.max(2, dataRows + 1);
    const max = this.sheet.getMaxRows();
    if (want > max) this.sheet.insertRowsAfter(max, want - max);
    else if (want < max) this.sheet.deleteRows(want + 1, max - want);
  }

  /** Writes one column over consecutive data rows in one block. */
  writeColumn(header: string, firstDataIndex: number, values: unknown[]): void {
    if (values.length === 0) return;
    this.sheet.getRange(firstDataIndex + 2, this.col(header), values.length, 1).setValues(values.map((v) => [blankNull(v)]));
  }

  private kindsByIndex(): (ColumnKind | undefined)[] {
    const kinds: (ColumnKind | undefined)[] = new Array(this.headers.width).fill(undefined);
    for (const c of this.columns) kinds[this.headers.index[c.header]] = c.kind;
    return kinds;
  }
}

function blankNull(v: unknown): unknown {
  return v === null || v === undefined ? '' : v;
}
