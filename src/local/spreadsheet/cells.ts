// Cells and A1 notation: what a cell holds and how its row and column are named.
import type { CellValue } from '../typed-input';
import type { DataValidation } from './validation';

export interface Cell {
  v: CellValue | null;
  f?: string;
  fmt?: string;
  dv?: DataValidation;
  bold?: boolean;
  bg?: string;
  /** The cell's note (Range.getNote), shown on hover in the playground. */
  note?: string;
  /** Text wrapping (Range.setWrap); off by default. */
  wrap?: boolean;
}

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return columnLetter(col) + row;
}
