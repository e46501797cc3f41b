// Range: reads and writes a block of a sheet's cells with the real service's shapes, bounds and errors.
import { ServiceObject } from '../counter';
import type { CellValue } from '../typed-input';
import { a1, isDate, type Cell } from './cells';
import { DataValidation, DataValidationBuilder } from './validation';
import { Protection } from './protection';
import type { FakeSheet } from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;

export class FakeRange
  extends ServiceObject
  implements
    Pick<
      Range,
      | 'getValues'
      | 'getValue'
      | 'getDisplayValues'
      | 'getFormulas'
      | 'getNumberFormats'
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getA1Notation'
      | 'getLastRow'
      | 'getLastColumn'
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
    if (r < 1 || c < 1 || r > this.numRows || c > this.numCols)
      throw new Error('Exception: Cell reference out of range');
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
    return this.map((cell) => readValue(cell, this.sheet));
  }
  getValue(): any {
    return readValue(this.sheet.cells[this.row - 1]?.[this.col - 1], this.sheet);
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
    const fmt = String(format);
    this.each((cell) => {
      cell.fmt = fmt;
    });
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    checkShape(formats, this.numRows, this.numCols);
    this.each((cell, r, c) => {
      cell.fmt = String(formats[r][c]);
    });
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
    ws.forEach((line, r) =>
      line.forEach((w, c) => (this.sheet.cellAt(this.row + r, this.col + c).bold = w === 'bold')),
    );
    return this;
  }
  setBackground(color: string | null): this {
    this.each((cell) => {
      if (color) cell.bg = color;
      else delete cell.bg;
    });
    return this;
  }
  /** Text wrapping is a cell format: on, or off (Sheets' default, where text overflows into empty neighbours). */
  setWrap(isWrapEnabled: boolean): this {
    if (typeof isWrapEnabled !== 'boolean') throw new Error('Exception: Invalid argument: isWrapEnabled');
    this.each((cell) => (cell.wrap = isWrapEnabled));
    return this;
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    checkShape(isWrapEnabled, this.numRows, this.numCols);
    isWrapEnabled.forEach((line, r) =>
      line.forEach((w, c) => {
        if (typeof w !== 'boolean') throw new Error('Exception: Invalid argument: isWrapEnabled');
        this.sheet.cellAt(this.row + r, this.col + c).wrap = w;
      }),
    );
    return this;
  }
  getWrap(): boolean {
    return this.sheet.cells[this.row - 1]?.[this.col - 1]?.wrap ?? false;
  }
  getWraps(): boolean[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from(
        { length: this.numCols },
        (_, c) => this.sheet.cells[this.row - 1 + r]?.[this.col - 1 + c]?.wrap ?? false,
      ),
    );
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
  /**
   * Every cell of the range, created when missing (as cellAt does, in one pass: setup formats and
   * validates whole columns, and a call per cell made the emulation the slow part of the suite).
   */
  private each(fn: (cell: Cell, r: number, c: number) => void): void {
    const cells = this.sheet.cells;
    this.sheet.revision++;
    for (let r = 0; r < this.numRows; r++) {
      cells[this.row - 1 + r] ??= [];
      const line = cells[this.row - 1 + r];
      for (let c = 0; c < this.numCols; c++) {
        line[this.col - 1 + c] ??= { v: null };
        fn(line[this.col - 1 + c], r, c);
      }
    }
  }
}

function fill<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
}

function checkShape(values: unknown, rows: number, cols: number): void {
  if (!Array.isArray(values))
    throw new Error(
      "Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  if (values.length !== rows) {
    throw new Error(
      `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rows}.`,
    );
  }
  for (const line of values) {
    if (!Array.isArray(line))
      throw new Error(
        "Exception: The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
      );
    if (line.length !== cols) {
      throw new Error(
        `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${cols}.`,
      );
    }
  }
}

function readValue(cell: Cell | undefined, sheet: FakeSheet): CellValue {
  if (!cell) return '';
  if (cell.f) return cell.v ?? sheet.formulaValue(cell.f) ?? '#NAME?';
  const v = cell.v;
  if (v === null || v === undefined) return '';
  if (isDate(v)) return new Date(v.getTime());
  return v;
}
