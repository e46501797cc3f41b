// How Google Sheets reads a string written with setValue/setValues (or typed, or imported):
// as if a person typed it, unless the cell is formatted as plain text (`@`). This is what
// turns `0812…` into a number and `=…` into a formula, so the emulation must do it too.
import { fromWallClock } from './format-date';

export type CellValue = string | number | boolean | Date;

export interface Parsed {
  value: CellValue | null;
  formula?: string;
  /** A number format Sheets applies on its own (dates, percent). */
  autoFormat?: string;
}

const NUMBER_RE = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][+-]?\d+)?$/;
const PERCENT_RE = /^[+-]?\d+(\.\d+)?%$/;
const ISO_DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE_RE = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * @param locale spreadsheet locale: `en_US` reads `1/2` as January 2, others as 1 February.
 * @param currentYear used for dates typed without a year.
 */
export function parseTyped(input: string, locale: string, timeZone: string, currentYear: number): Parsed {
  if (input === '') return { value: null };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) return { value: null, formula: input };
  const s = input.trim();
  if (/^(true|false)$/i.test(s)) return { value: s.toUpperCase() === 'TRUE' };
  if (NUMBER_RE.test(s)) return { value: Number(s.replace(/,/g, '')) };
  if (PERCENT_RE.test(s)) return { value: Number(s.slice(0, -1)) / 100, autoFormat: '0.00%' };
  let m = ISO_DATE_RE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validYmd(y, mo, d)) {
      const hasTime = m[4] !== undefined;
      return {
        value: fromWallClock(timeZone, y, mo, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)),
        autoFormat: hasTime ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd',
      };
    }
  }
  m = SLASH_DATE_RE.exec(s);
  if (m) {
    const monthFirst = /^en_US/i.test(locale);
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [mo, d] = monthFirst ? [a, b] : [b, a];
    let y = m[3] === undefined ? currentYear : Number(m[3]);
    if (m[3] !== undefined && m[3].length === 2) y += y < 30 ? 2000 : 1900;
    if (validYmd(y, mo, d)) {
      return {
        value: fromWallClock(timeZone, y, mo, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)),
        autoFormat: m[4] !== undefined ? 'dd/mm/yyyy hh:mm:ss' : 'dd/mm/yyyy',
      };
    }
  }
  return { value: input };
}
