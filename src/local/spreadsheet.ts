// In-memory SpreadsheetApp: strict where the real service is strict (shapes, bounds, typed
// input, data validation), so a bug that would hit a real user fails a test here first.
import { ServiceObject } from './counter';
import { parseTyped, type CellValue } from './typed-input';
import { formatDate, wallClock } from './format-date';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetsContext {
  now(): Date;
  /** Who is running the script (for protections and the active user). */
  activeUser(): string;
}

export interface Cell {
  v: CellValue | null;
  f?: string;
  fmt?: string;
  dv?: DataValidation;
  bold?: boolean;
  bg?: string;
  /** The cell's note (Range.getNote), shown on hover in the playground. */
  note?: string;
}

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return columnLetter(col) + row;
}

// ---------------------------------------------------------------- data validation

export class DataValidation extends ServiceObject {
  readonly serviceName = 'DataValidation';
  constructor(
    readonly kind: 'list' | 'checkbox',
    readonly values: string[],
    readonly allowInvalid: boolean,
    readonly showDropdown: boolean,
  ) {
    super();
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getCriteriaValues(): unknown[] {
    return this.kind === 'list' ? [this.values.slice(), this.showDropdown] : [];
  }
  getCriteriaType(): string {
    return this.kind === 'list' ? 'VALUE_IN_LIST' : 'CHECKBOX';
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder();
    b.kind = this.kind;
    b.values = this.values.slice();
    b.allowInvalid = this.allowInvalid;
    b.showDropdown = this.showDropdown;
    return b;
  }
  accepts(v: CellValue | null): boolean {
    if (v === null || v === '') return true;
    if (this.kind === 'checkbox') return typeof v === 'boolean';
    return typeof v === 'string' ? this.values.includes(v) : this.values.includes(String(v));
  }
}

export class DataValidationBuilder extends ServiceObject {
  readonly serviceName = 'DataValidationBuilder';
  kind: 'list' | 'checkbox' | undefined;
  values: string[] = [];
  allowInvalid = true;
  showDropdown = true;
  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0) throw new Error('Exception: Invalid argument: values');
    this.kind = 'list';
    this.values = values.map(String);
    this.showDropdown = showDropdown;
    return this;
  }
  requireCheckbox(): this {
    this.kind = 'checkbox';
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(_t: string): this {
    return this;
  }
  build(): DataValidation {
    if (!this.kind) throw new Error('Exception: You must specify criteria for the data validation rule.');
    return new DataValidation(this.kind, this.values.slice(), this.allowInvalid, this.showDropdown);
  }
}

// ---------------------------------------------------------------- charts

export interface ChartSpec {
  id: string;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export class FakeEmbeddedChart extends ServiceObject {
  readonly serviceName = 'EmbeddedChart';
  constructor(
    readonly spec: ChartSpec,
    readonly sheet: FakeSheet,
  ) {
    super();
  }
  getChartId(): string {
    return this.spec.id;
  }
  getRanges(): FakeRange[] {
    return this.spec.ranges.map((a) => this.sheet.getRange(a));
  }
  getOptions(): { get(key: string): unknown } {
    return { get: (k: string) => this.spec.options[k] };
  }
}

export class FakeEmbeddedChartBuilder extends ServiceObject {
  readonly serviceName = 'EmbeddedChartBuilder';
  private type = '';
  private readonly ranges: string[] = [];
  private readonly options: Record<string, unknown> = {};
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  constructor(private readonly sheet: FakeSheet) {
    super();
  }
  setChartType(type: string): this {
    this.type = String(type);
    return this;
  }
  addRange(range: FakeRange): this {
    if (!(range instanceof FakeRange) || range.sheet !== this.sheet) throw new Error('Exception: Invalid argument: range');
    this.ranges.push(range.getA1Notation());
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.position = { row, column, offsetX, offsetY };
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = JSON.parse(JSON.stringify(value ?? null));
    return this;
  }
  setNumHeaders(n: number): this {
    this.options.numHeaders = n;
    return this;
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  build(): FakeEmbeddedChart {
    if (!this.type) throw new Error('Exception: The chart type must be set.');
    if (this.ranges.length === 0) throw new Error('Exception: The chart needs at least one range.');
    return new FakeEmbeddedChart({ id: `chart-${++chartSeq}`, type: this.type, ranges: [...this.ranges], options: { ...this.options }, position: { ...this.position } }, this.sheet);
  }
}
let chartSeq = 0;

// ---------------------------------------------------------------- protection

export class Protection extends ServiceObject {
  readonly serviceName = 'Protection';
  warningOnly = false;
  description = '';
  constructor(
    readonly sheetName: string,
    readonly a1Notation: string | null,
  ) {
    super();
  }
  setWarningOnly(w: boolean): this {
    this.warningOnly = w;
    return this;
  }
  setDescription(d: string): this {
    this.description = d;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  unprotected: string[] = [];
  setUnprotectedRanges(ranges: FakeRange[]): this {
    if (this.a1Notation !== null) throw new Error('Exception: Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = ranges.map((r) => r.getA1Notation());
    return this;
  }
  getUnprotectedRanges(): string[] {
    return [...this.unprotected];
  }
  getRange(): string | null {
    return this.a1Notation;
  }
  removeEditors(_e: unknown[]): this {
    return this;
  }
  getEditors(): unknown[] {
    return [];
  }
  canDomainEdit(): boolean {
    return false;
  }
  setDomainEdit(_b: boolean): this {
    return this;
  }
  remove(): void {
    /* no-op: nothing enforces protections for the script's own writes */
  }
}

// ---------------------------------------------------------------- range

export class FakeRange
  extends ServiceObject
  implements
    Pick<
      Range,
      'getValues' | 'getValue' | 'getDisplayValues' | 'getFormulas' | 'getNumberFormats' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getA1Notation' | 'getLastRow' | 'getLastColumn'
    >
{
  readonly serviceName = 'Range';
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {
    super();
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getRowIndex(): number {
    return this.row;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getA1Notation(): string {
    const tl = a1(this.row, this.col);
    return this.numRows === 1 && this.numCols === 1 ? tl : `${tl}:${a1(this.getLastRow(), this.getLastColumn())}`;
  }
  getCell(r: number, c: number): FakeRange {
    if (r < 1 || c < 1 || r > this.numRows || c > this.numCols) throw new Error('Exception: Cell reference out of range');
    return new FakeRange(this.sheet, this.row + r - 1, this.col + c - 1, 1, 1);
  }
  offset(r: number, c: number, nr?: number, nc?: number): FakeRange {
    return this.sheet.getRange(this.row + r, this.col + c, nr ?? this.numRows, nc ?? this.numCols);
  }

  private map<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const rowCells = this.sheet.cells[this.row - 1 + r];
      const line: T[] = new Array(this.numCols);
      for (let c = 0; c < this.numCols; c++) line[c] = fn(rowCells?.[this.col - 1 + c], this.row + r, this.col + c);
      out.push(line);
    }
    return out;
  }

  getValues(): any[][] {
    return this.map((cell) => readValue(cell));
  }
  getValue(): any {
    return readValue(this.sheet.cells[this.row - 1]?.[this.col - 1]);
  }
  getDisplayValues(): string[][] {
    return this.map((cell) => this.sheet.display(cell));
  }
  getDisplayValue(): string {
    return this.sheet.display(this.sheet.cells[this.row - 1]?.[this.col - 1]);
  }
  getFormulas(): string[][] {
    return this.map((cell) => cell?.f ?? '');
  }
  getFormula(): string {
    return this.sheet.cells[this.row - 1]?.[this.col - 1]?.f ?? '';
  }
  getNumberFormats(): string[][] {
    return this.map((cell) => cell?.fmt ?? 'General');
  }
  getNumberFormat(): string {
    return this.sheet.cells[this.row - 1]?.[this.col - 1]?.fmt ?? 'General';
  }
  getDataValidation(): DataValidation | null {
    return this.sheet.cells[this.row - 1]?.[this.col - 1]?.dv ?? null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.map((cell) => cell?.dv ?? null);
  }
  getNote(): string {
    return this.sheet.cells[this.row - 1]?.[this.col - 1]?.note ?? '';
  }
  getNotes(): string[][] {
    return this.map((cell) => cell?.note ?? '');
  }
  setNote(note: string | null): this {
    this.each((cell) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this;
  }
  clearNote(): this {
    return this.setNote(null);
  }
  getFontWeight(): string {
    return this.sheet.cells[this.row - 1]?.[this.col - 1]?.bold ? 'bold' : 'normal';
  }
  getBackground(): string {
    return this.sheet.cells[this.row - 1]?.[this.col - 1]?.bg ?? '#ffffff';
  }

  setValues(values: unknown[][]): this {
    checkShape(values, this.numRows, this.numCols);
    // Validate the whole block first: a rejected value writes nothing, as in Sheets.
    const parsed = values.map((line, r) => line.map((v, c) => this.sheet.parseInput(v, this.row + r, this.col + c)));
    parsed.forEach((line, r) => line.forEach((p, c) => this.sheet.checkValidation(p, this.row + r, this.col + c)));
    parsed.forEach((line, r) => line.forEach((p, c) => this.sheet.store(p, this.row + r, this.col + c)));
    return this;
  }
  setValue(value: unknown): this {
    return this.setValues(fill(this.numRows, this.numCols, value));
  }
  setFormula(formula: string): this {
    return this.setValues(fill(this.numRows, this.numCols, formula.startsWith('=') ? formula : `=${formula}`));
  }
  setFormulas(formulas: string[][]): this {
    return this.setValues(formulas);
  }
  setNumberFormat(format: string): this {
    return this.setNumberFormats(fill(this.numRows, this.numCols, format));
  }
  setNumberFormats(formats: string[][]): this {
    checkShape(formats, this.numRows, this.numCols);
    formats.forEach((line, r) => line.forEach((f, c) => (this.sheet.cellAt(this.row + r, this.col + c).fmt = String(f))));
    return this;
  }
  setDataValidation(rule: DataValidation | null): this {
    if (rule !== null && !(rule instanceof DataValidation)) throw new Error('Exception: Invalid argument: rule');
    this.each((cell) => {
      if (rule) cell.dv = rule;
      else delete cell.dv;
    });
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]): this {
    checkShape(rules, this.numRows, this.numCols);
    rules.forEach((line, r) =>
      line.forEach((rule, c) => {
        if (rule !== null && !(rule instanceof DataValidation)) throw new Error('Exception: Invalid argument: rules');
        const cell = this.sheet.cellAt(this.row + r, this.col + c);
        if (rule) cell.dv = rule;
        else delete cell.dv;
      }),
    );
    return this;
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }
  insertCheckboxes(): this {
    const rule = new DataValidationBuilder().requireCheckbox().build();
    this.each((cell) => {
      cell.dv = rule;
      if (cell.v === null || cell.v === '') cell.v = false;
    });
    return this;
  }
  setFontWeight(w: string | null): this {
    this.each((cell) => (cell.bold = w === 'bold'));
    return this;
  }
  setFontWeights(ws: string[][]): this {
    checkShape(ws, this.numRows, this.numCols);
    ws.forEach((line, r) => line.forEach((w, c) => (this.sheet.cellAt(this.row + r, this.col + c).bold = w === 'bold')));
    return this;
  }
  setBackground(color: string | null): this {
    this.each((cell) => {
      if (color) cell.bg = color;
      else delete cell.bg;
    });
    return this;
  }
  setWrap(_w: boolean): this {
    return this;
  }
  setHorizontalAlignment(_a: string): this {
    return this;
  }
  clearContent(): this {
    this.each((cell) => {
      cell.v = null;
      delete cell.f;
    });
    return this;
  }
  clear(): this {
    this.sheet.revision++;
    for (let r = 0; r < this.numRows; r++) {
      const line = this.sheet.cells[this.row - 1 + r];
      if (line) for (let c = 0; c < this.numCols; c++) line[this.col - 1 + c] = undefined as unknown as Cell;
    }
    return this;
  }
  protect(): Protection {
    const p = new Protection(this.sheet.name, this.getA1Notation());
    this.sheet.protections.push(p);
    return p;
  }
  activate(): this {
    this.sheet.parent.active = { sheet: this.sheet, range: this };
    return this;
  }
  private each(fn: (cell: Cell) => void): void {
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numCols; c++) fn(this.sheet.cellAt(this.row + r, this.col + c));
  }
}

function fill<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
}

function checkShape(values: unknown, rows: number, cols: number): void {
  if (!Array.isArray(values)) throw new Error("Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
  if (values.length !== rows) {
    throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rows}.`);
  }
  for (const line of values) {
    if (!Array.isArray(line)) throw new Error("Exception: The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
    if (line.length !== cols) {
      throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${cols}.`);
    }
  }
}

function readValue(cell: Cell | undefined): CellValue {
  if (!cell) return '';
  if (cell.f) return cell.v ?? '#NAME?';
  const v = cell.v;
  if (v === null || v === undefined) return '';
  if (isDate(v)) return new Date(v.getTime());
  return v;
}

// ---------------------------------------------------------------- sheet

export class FakeSheet extends ServiceObject implements Pick<Sheet, 'getName' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'getFrozenRows' | 'isSheetHidden' | 'getSheetId'> {
  readonly serviceName = 'Sheet';
  cells: Cell[][] = [];
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  hidden = false;
  protections: Protection[] = [];
  charts: ChartSpec[] = [];
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
    if (this.parent.sheets.some((s) => s !== this && s.name === name)) throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.id;
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
      if (!Number.isInteger(n)) throw new Error("Exception: The parameters (number,number,number,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    if (row < 1) throw new Error('Exception: The starting row of the range is too small.');
    if (col < 1) throw new Error('Exception: The starting column of the range is too small.');
    if (nr < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    if (nc < 1) throw new Error('Exception: The number of columns in the range must be at least 1.');
    if (row + nr - 1 > this.maxRows || col + nc - 1 > this.maxCols) throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this, row, col, nr, nc);
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
    this.cells.splice(after, 0, ...Array.from({ length: Math.max(0, Math.min(howMany, this.cells.length - after)) }, () => [] as Cell[]));
    this.maxRows += howMany;
    this.rowEdits.push({ op: 'insert', at: after + 1, count: howMany });
    this.revision++;
    return this;
  }
  insertRowAfter(after: number): this {
    return this.insertRowsAfter(after, 1);
  }
  insertColumnsAfter(after: number, howMany: number): this {
    if (after < 1 || after > this.maxCols || howMany < 1) throw new Error('Exception: Those columns are out of bounds.');
    for (const line of this.cells)
      if (line && line.length > after) {
        line.splice(after, 0, ...new Array<Cell>(howMany));
        this.columnsShifted = true;
      }
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
    if (this.maxRows - this.frozenRows - (howMany - frozenDeleted) < 1) throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
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
    if (start < 1 || howMany < 1 || start + howMany - 1 > this.maxCols) throw new Error('Exception: Those columns are out of bounds.');
    if (this.maxCols - howMany < 1) throw new Error("Exception: You can't delete all the columns on the sheet.");
    for (let i = 0; i < howMany; i++) this.deleteColumn(start);
    return this;
  }
  deleteColumn(col: number): this {
    if (col < 1 || col > this.maxCols) throw new Error('Exception: Those columns are out of bounds.');
    for (const line of this.cells) if (line) line.splice(col - 1, 1);
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
    if (this.parent.sheets.filter((s) => !s.hidden).length <= 1) throw new Error("Exception: You can't hide all the sheets in a document.");
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
    if (!(chart instanceof FakeEmbeddedChart) || chart.sheet !== this) throw new Error('Exception: Invalid argument: chart');
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
  setColumnWidth(_c: number, _w: number): this {
    return this;
  }
  setColumnWidths(_c: number, _n: number, _w: number): this {
    return this;
  }
  autoResizeColumns(_c: number, _n: number): this {
    return this;
  }
  setTabColor(_c: string | null): this {
    return this;
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
      if (v.length > 50000) throw new Error('Exception: Your input contains more than the maximum of 50000 characters in a single cell.');
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
    if (!dv.accepts(p.value)) throw new Error(`Exception: The data you entered in cell ${a1(row, col)} violates the data validation rules set on this cell.`);
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
    if (cell.f) return String(cell.v ?? '#NAME?');
    const v = cell.v;
    if (v === null || v === undefined) return '';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (isDate(v)) {
      const fmt = cell.fmt ?? 'yyyy-mm-dd';
      const pattern = /h/i.test(fmt) ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd';
      return formatDate(v, this.parent.timeZone, pattern);
    }
    if (typeof v === 'number' && cell.fmt && /%$/.test(cell.fmt)) {
      const decimals = /\.(0+)%$/.exec(cell.fmt)?.[1].length ?? 0;
      return `${(v * 100).toFixed(decimals)}%`;
    }
    if (typeof v === 'number' && cell.fmt && /#,##0/.test(cell.fmt)) {
      const prefix = /^"([^"]*)"/.exec(cell.fmt)?.[1] ?? '';
      return prefix + v.toLocaleString('id-ID', { maximumFractionDigits: /\.0/.test(cell.fmt) ? 2 : 0 });
    }
    return String(v);
  }
}

function hasContent(cell: Cell | undefined): boolean {
  return !!cell && ((cell.v !== null && cell.v !== '' && cell.v !== undefined) || !!cell.f);
}

// ---------------------------------------------------------------- spreadsheet

export interface Toast {
  message: string;
  title: string;
}

export class FakeSpreadsheet extends ServiceObject implements Pick<Spreadsheet, 'getId' | 'getName' | 'getSpreadsheetLocale' | 'getSpreadsheetTimeZone' | 'getUrl'> {
  readonly serviceName = 'Spreadsheet';
  sheets: FakeSheet[] = [];
  toasts: Toast[] = [];
  active: { sheet: FakeSheet; range: FakeRange } | null = null;
  private nextSheetId = 1;
  constructor(
    readonly ctx: SheetsContext,
    readonly id = 'local-spreadsheet',
    public name = 'Lembar CRM',
    public locale = 'in_ID',
    public timeZone = 'Asia/Jakarta',
  ) {
    super();
    this.insertSheet('Sheet1');
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `file://${this.id}`;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(l: string): void {
    this.locale = l;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(tz: string): void {
    this.timeZone = tz;
  }
  getSheets(): FakeSheet[] {
    return this.sheets.slice();
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.getSheetByName(sheetName)) throw new Error(`Exception: A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, sheetName, this.nextSheetId++);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length <= 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }
  getActiveSheet(): FakeSheet {
    return this.active?.sheet ?? this.sheets[0];
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    sheet.activate();
    return sheet;
  }
  getActiveRange(): FakeRange | null {
    return this.active?.range ?? null;
  }
  getActiveCell(): FakeRange {
    const r = this.active?.range;
    return r ? new FakeRange(r.sheet, r.row, r.col, 1, 1) : new FakeRange(this.getActiveSheet(), 1, 1, 1, 1);
  }
  toast(message: string, title = '', _timeout?: number): void {
    this.toasts.push({ message: String(message), title: String(title) });
  }
}
