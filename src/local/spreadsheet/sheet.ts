// Sheet: a tab's cells, size, frozen rows, protections and charts, and how a typed value is stored and shown.
import { ServiceObject } from '../counter';
import { parseTyped, type CellValue } from '../typed-input';
import { formatDate, wallClock } from '../format-date';
import { a1, columnNumber, isDate, type Cell } from './cells';
import { FakeRange } from './range';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder, type ChartSpec } from './charts';
import { Protection } from './protection';
import { evaluateFormula } from './formula';
import type { FakeSpreadsheet } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class FakeSheet
  extends ServiceObject
  implements
    Pick<
      Sheet,
      | 'getName'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getFrozenRows'
      | 'isSheetHidden'
      | 'getSheetId'
    >
{
  readonly serviceName = 'Sheet';
  cells: Cell[][] = [];
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  hidden = false;
  protections: Protection[] = [];
  charts: ChartSpec[] = [];
  /** The form whose responses land in this tab (a form linked in Google Forms); null for any other tab. */
  formUrl: string | null = null;
  /** Row insertions and deletions since the workbook was last saved, so a save can move what it does not model with its row. */
  rowEdits: { op: 'insert' | 'delete'; at: number; count: number }[] = [];
  /** A column was inserted or deleted inside the data since the last save. */
  columnsShifted = false;
  /** Bumped by every write to the cells, so a save (or the check for changes) skips a tab nobody wrote. */
  revision = 0;
  constructor(
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {
    super();
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    if (this.parent.sheets.some((s) => s !== this && s.name === name))
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  /** The URL of the form that sends its responses to this tab, or null (reference/spreadsheet/sheet#getFormUrl). */
  getFormUrl(): string | null {
    return this.formUrl;
  }
  getParent(): FakeSpreadsheet {
    return this.parent;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  getLastRow(): number {
    for (let r = this.cells.length - 1; r >= 0; r--) if (this.cells[r]?.some(hasContent)) return r + 1;
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const line of this.cells) {
      if (!line) continue;
      for (let c = line.length - 1; c >= last; c--)
        if (hasContent(line[c])) {
          last = c + 1;
          break;
        }
    }
    return last;
  }
  getRange(a: number | string, b?: number, c?: number, d?: number): FakeRange {
    if (typeof a === 'string') return this.rangeFromA1(a);
    const row = a;
    const col = b ?? NaN;
    const nr = c ?? 1;
    const nc = d ?? 1;
    for (const n of [row, col, nr, nc])
      if (!Number.isInteger(n))
        throw new Error(
          "Exception: The parameters (number,number,number,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
        );
    if (row < 1) throw new Error('Exception: The starting row of the range is too small.');
    if (col < 1) throw new Error('Exception: The starting column of the range is too small.');
    if (nr < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    if (nc < 1) throw new Error('Exception: The number of columns in the range must be at least 1.');
    if (row + nr - 1 > this.maxRows || col + nc - 1 > this.maxCols)
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this, row, col, nr, nc);
  }
  /**
   * The values of a block, read in one call (Sheet.getSheetValues): the same grid, checks and
   * messages as getRange(...).getValues(); -1 as the start row or column means the last one
   * with data, as Google says.
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const row = startRow === -1 ? Math.max(1, this.getLastRow()) : startRow;
    const col = startColumn === -1 ? Math.max(1, this.getLastColumn()) : startColumn;
    return this.getRange(row, col, numRows, numColumns).getValues();
  }
  private rangeFromA1(ref: string): FakeRange {
    const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/i.exec(ref.replace(/\$/g, '').replace(/^.*!/, ''));
    if (!m || (m[1] === '' && m[2] === '')) throw new Error('Exception: Range not found');
    const c1 = m[1] ? columnNumber(m[1]) : 1;
    const r1 = m[2] ? Number(m[2]) : 1;
    const c2 = m[3] !== undefined ? (m[3] ? columnNumber(m[3]) : this.maxCols) : m[1] ? c1 : this.maxCols;
    const r2 = m[4] !== undefined ? (m[4] ? Number(m[4]) : this.maxRows) : m[2] ? r1 : this.maxRows;
    return this.getRange(Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  appendRow(values: unknown[]): this {
    if (!Array.isArray(values)) throw new Error('Exception: Invalid argument: rowContents');
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (values.length > this.maxCols) this.maxCols = values.length;
    if (values.length > 0) new FakeRange(this, row, 1, 1, values.length).setValues([values]);
    return this;
  }
  insertRowsAfter(after: number, howMany: number): this {
    if (after < 1 || after > this.maxRows || howMany < 1) throw new Error('Exception: Those rows are out of bounds.');
    this.cells.splice(
      after,
      0,
      ...Array.from({ length: Math.max(0, Math.min(howMany, this.cells.length - after)) }, () => [] as Cell[]),
    );
    this.maxRows += howMany;
    this.rowEdits.push({ op: 'insert', at: after + 1, count: howMany });
    this.revision++;
    return this;
  }
  insertRowAfter(after: number): this {
    return this.insertRowsAfter(after, 1);
  }
  insertColumnsAfter(after: number, howMany: number): this {
    if (after < 1 || after > this.maxCols || howMany < 1)
      throw new Error('Exception: Those columns are out of bounds.');
    for (const line of this.cells)
      if (line && line.length > after) {
        line.splice(after, 0, ...new Array<Cell>(howMany));
        this.columnsShifted = true;
      }
    // A width belongs to its column: the columns after the inserted ones keep theirs.
    if (this.columnWidths.length > after) this.columnWidths.splice(after, 0, ...new Array<number>(howMany));
    this.maxCols += howMany;
    this.revision++;
    return this;
  }
  insertColumnAfter(after: number): this {
    return this.insertColumnsAfter(after, 1);
  }
  deleteRows(start: number, howMany: number): this {
    if (start < 1 || start + howMany - 1 > this.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (this.maxRows - howMany < 1) throw new Error("Exception: You can't delete all the rows on the sheet.");
    // Sheets keeps at least one row below the frozen ones (not in the reference; observed message).
    const frozenDeleted = Math.max(0, Math.min(start + howMany - 1, this.frozenRows) - start + 1);
    if (this.maxRows - this.frozenRows - (howMany - frozenDeleted) < 1)
      throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    this.cells.splice(start - 1, howMany);
    this.maxRows -= howMany;
    this.rowEdits.push({ op: 'delete', at: start, count: howMany });
    this.revision++;
    return this;
  }
  deleteRow(row: number): this {
    return this.deleteRows(row, 1);
  }
  deleteColumns(start: number, howMany: number): this {
    if (start < 1 || howMany < 1 || start + howMany - 1 > this.maxCols)
      throw new Error('Exception: Those columns are out of bounds.');
    if (this.maxCols - howMany < 1) throw new Error("Exception: You can't delete all the columns on the sheet.");
    for (let i = 0; i < howMany; i++) this.deleteColumn(start);
    return this;
  }
  deleteColumn(col: number): this {
    if (col < 1 || col > this.maxCols) throw new Error('Exception: Those columns are out of bounds.');
    for (const line of this.cells) if (line) line.splice(col - 1, 1);
    this.columnWidths.splice(col - 1, 1);
    this.maxCols -= 1;
    this.columnsShifted = true;
    this.revision++;
    return this;
  }
  setFrozenRows(n: number): this {
    this.frozenRows = n;
    return this;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  hideSheet(): this {
    if (this.parent.sheets.filter((s) => !s.hidden).length <= 1)
      throw new Error("Exception: You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  protect(): Protection {
    const p = new Protection(this.name, null);
    this.protections.push(p);
    return p;
  }
  getProtections(type: string): Protection[] {
    return this.protections.filter((p) => (type === 'SHEET' ? p.a1Notation === null : p.a1Notation !== null));
  }
  clear(): this {
    this.revision++;
    this.cells = [];
    return this;
  }
  clearContents(): this {
    this.revision++;
    for (const line of this.cells)
      if (line)
        for (const cell of line)
          if (cell) {
            cell.v = null;
            delete cell.f;
          }
    return this;
  }
  activate(): this {
    this.parent.active = { sheet: this, range: new FakeRange(this, 1, 1, 1, 1) };
    return this;
  }
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this);
  }
  insertChart(chart: FakeEmbeddedChart): void {
    if (!(chart instanceof FakeEmbeddedChart) || chart.sheet !== this)
      throw new Error('Exception: Invalid argument: chart');
    this.charts.push(chart.spec);
  }
  getCharts(): FakeEmbeddedChart[] {
    return this.charts.map((c) => new FakeEmbeddedChart(c, this));
  }
  removeChart(chart: FakeEmbeddedChart): void {
    const before = this.charts.length;
    this.charts = this.charts.filter((c) => c.id !== chart.spec.id);
    if (this.charts.length === before) throw new Error('Exception: The chart does not exist.');
  }
  /** Column widths in pixels set by setColumnWidth(s) (Google's default is 100). */
  columnWidths: number[] = [];
  /** Google refuses a column outside the grid ("Those columns are out of bounds.") and a width that is not a pixel count. */
  private checkColumns(start: number, howMany: number, width?: number): void {
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(howMany) ||
      start < 1 ||
      howMany < 1 ||
      start + howMany - 1 > this.maxCols
    )
      throw new Error('Exception: Those columns are out of bounds.');
    if (width !== undefined && (typeof width !== 'number' || !Number.isFinite(width) || width < 0))
      throw new Error('Exception: Invalid argument: width');
  }
  getColumnWidth(column: number): number {
    this.checkColumns(column, 1);
    return this.columnWidths[column - 1] ?? 100;
  }
  setColumnWidth(column: number, width: number): this {
    return this.setColumnWidths(column, 1, width);
  }
  setColumnWidths(start: number, howMany: number, width: number): this {
    this.checkColumns(start, howMany, width);
    for (let c = start; c < start + howMany; c++) this.columnWidths[c - 1] = Math.round(width);
    return this;
  }
  autoResizeColumns(_c: number, _n: number): this {
    return this;
  }
  setTabColor(_c: string | null): this {
    return this;
  }

  /** What a formula computes now (formula.ts), or null for one the emulation does not know. */
  formulaValue(formula: string): string | number | boolean | null {
    return evaluateFormula(formula, this.parent.ctx.now(), this.parent.timeZone);
  }

  // ----- internals used by FakeRange (not part of the Apps Script surface)
  cellAt(row: number, col: number): Cell {
    this.revision++;
    let line = this.cells[row - 1];
    if (!line) line = this.cells[row - 1] = [];
    let cell = line[col - 1];
    if (!cell) cell = line[col - 1] = { v: null };
    return cell;
  }
  parseInput(v: unknown, row: number, col: number): { value: CellValue | null; formula?: string; autoFormat?: string } {
    if (v === null || v === undefined || v === '') return { value: null };
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`Exception: Invalid value in cell ${a1(row, col)}: ${v}`);
      return { value: v };
    }
    if (typeof v === 'boolean') return { value: v };
    if (isDate(v)) {
      if (Number.isNaN(v.getTime())) throw new Error(`Exception: Invalid date in cell ${a1(row, col)}.`);
      return { value: new Date(v.getTime()), autoFormat: 'yyyy-mm-dd hh:mm:ss' };
    }
    if (typeof v === 'string') {
      if (v.length > 50000)
        throw new Error('Exception: Your input contains more than the maximum of 50000 characters in a single cell.');
      const fmt = this.cells[row - 1]?.[col - 1]?.fmt;
      if (fmt === '@') return { value: v };
      const now = this.parent.ctx.now();
      return parseTyped(v, this.parent.locale, this.parent.timeZone, wallClock(now, this.parent.timeZone).year);
    }
    // Objects and arrays are not cell values; the real service refuses them too.
    throw new Error(`Exception: Invalid value in cell ${a1(row, col)}: an object cannot be stored in a cell.`);
  }
  checkValidation(p: { value: CellValue | null; formula?: string }, row: number, col: number): void {
    const dv = this.cells[row - 1]?.[col - 1]?.dv;
    if (!dv || dv.allowInvalid || p.formula) return;
    if (!dv.accepts(p.value))
      throw new Error(
        `Exception: The data you entered in cell ${a1(row, col)} violates the data validation rules set on this cell.`,
      );
  }
  store(p: { value: CellValue | null; formula?: string; autoFormat?: string }, row: number, col: number): void {
    const cell = this.cellAt(row, col);
    cell.v = p.value;
    if (p.formula) cell.f = p.formula;
    else delete cell.f;
    if (p.autoFormat && (!cell.fmt || cell.fmt === 'General')) cell.fmt = p.autoFormat;
  }
  display(cell: Cell | undefined): string {
    if (!cell) return '';
    if (cell.f) {
      const v = cell.v ?? this.formulaValue(cell.f);
      return v === null ? '#NAME?' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    }
    const v = cell.v;
    if (v === null || v === undefined) return '';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (isDate(v)) {
      const fmt = cell.fmt ?? 'yyyy-mm-dd';
      const pattern = /h/i.test(fmt) ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd';
      return formatDate(v, this.parent.timeZone, pattern);
    }
    // Sheets writes numbers with the spreadsheet locale's separators: 50,0% and 1.250.000 in
    // Indonesian, 50.0% and 1,250,000 in English.
    const locale = this.parent.locale.replace('_', '-').replace(/^in-/, 'id-');
    if (typeof v === 'number' && cell.fmt && /%$/.test(cell.fmt)) {
      const decimals = /\.(0+)%$/.exec(cell.fmt)?.[1].length ?? 0;
      const text = (v * 100).toLocaleString(locale, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        useGrouping: false,
      });
      return `${text}%`;
    }
    if (typeof v === 'number' && cell.fmt && /#,##0/.test(cell.fmt)) {
      const prefix = /^"([^"]*)"/.exec(cell.fmt)?.[1] ?? '';
      return prefix + v.toLocaleString(locale, { maximumFractionDigits: /\.0/.test(cell.fmt) ? 2 : 0 });
    }
    return String(v);
  }
}

function hasContent(cell: Cell | undefined): boolean {
  return !!cell && ((cell.v !== null && cell.v !== '' && cell.v !== undefined) || !!cell.f);
}
