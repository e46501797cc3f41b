// Archiving old activities to a separate spreadsheet: which rows go, how a row
// travels through the Sheets API and back unchanged, and how rows are recognised again.
// Plain data only; the gas layer does the calls.
import { cellDate, isDate } from './dates';
import { userText, type Message } from './i18n';

const DAY = 86400000;
/** Days from Sheets' epoch (1899-12-30) to 1970-01-01. */
const EPOCH_DAYS = 25569;

/** A Date as a Sheets serial number: days since 1899-12-30 on the spreadsheet's wall clock. */
export function toSerial(d: Date, offsetMinutes: number): number {
  return (d.getTime() + offsetMinutes * 60000) / DAY + EPOCH_DAYS;
}

/** A Sheets serial number back to the instant (rounded to the millisecond a Date holds). */
export function fromSerial(serial: number, offsetMinutes: number): Date {
  return new Date(Math.round((serial - EPOCH_DAYS) * DAY) - offsetMinutes * 60000);
}

/** The local calendar year of an activity's Timestamp cell; null when it is not a date. */
export function yearOf(v: unknown, offsetMinutes: number): number | null {
  const d = cellDate(v, offsetMinutes);
  return d ? new Date(d.getTime() + offsetMinutes * 60000).getUTCFullYear() : null;
}

/** How many activities each year holds (the dialog's choices), oldest first. */
export function activityYears(timestamps: unknown[], offsetMinutes: number): { year: number; count: number }[] {
  const by = new Map<number, number>();
  for (const v of timestamps) {
    const y = yearOf(v, offsetMinutes);
    if (y !== null) by.set(y, (by.get(y) ?? 0) + 1);
  }
  return [...by.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}

/** Data rows (0-based) whose Timestamp falls before 1 January of `beforeYear`. Rows without a date stay. */
export function rowsBefore(timestamps: unknown[], beforeYear: number, offsetMinutes: number): number[] {
  const out: number[] = [];
  timestamps.forEach((v, i) => {
    const y = yearOf(v, offsetMinutes);
    if (y !== null && y < beforeYear) out.push(i);
  });
  return out;
}

/**
 * The year a person chose: a whole year, not after `maxYear` (never this year's work, nor the
 * last weeks the Summary counts). Returns the year or a message naming the field.
 */
export function checkYear(input: unknown, maxYear: number): { year: number } | { error: Message } {
  const s = typeof input === 'string' || typeof input === 'number' ? String(input).trim() : '';
  if (!/^\d{4}$/.test(s)) return { error: { key: 'archive.badYear', params: { value: userText(s) } } };
  const year = Number(s);
  if (year < 1900 || year > maxYear) return { error: { key: 'archive.yearRange', params: { max: maxYear } } };
  return { year };
}

/** A Sheets API CellData (only the fields we write). */
export interface CellData {
  userEnteredValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean };
  userEnteredFormat?: { numberFormat: { type: 'DATE' | 'DATE_TIME'; pattern: string } };
}

export const DATE_PATTERN = 'yyyy-mm-dd';
export const DATE_TIME_PATTERN = 'yyyy-mm-dd hh:mm:ss';

/**
 * One cell as the Sheets API writes it with `updateCells`: text as `stringValue` (never parsed,
 * so `=1+1`, `0812…` and `1/2` stay text), numbers and booleans as themselves, and a Date as its
 * serial number with a date format on that cell only, so it reads as a date and comes back as one.
 */
export function toCellData(v: unknown, offsetMinutes: number): CellData {
  if (v === null || v === undefined || v === '') return {};
  if (isDate(v)) {
    const local = v.getTime() + offsetMinutes * 60000;
    const midnight = ((local % DAY) + DAY) % DAY === 0;
    return {
      userEnteredValue: { numberValue: toSerial(v, offsetMinutes) },
      userEnteredFormat: {
        numberFormat: midnight
          ? { type: 'DATE', pattern: DATE_PATTERN }
          : { type: 'DATE_TIME', pattern: DATE_TIME_PATTERN },
      },
    };
  }
  if (typeof v === 'number') return { userEnteredValue: { numberValue: v } };
  if (typeof v === 'boolean') return { userEnteredValue: { boolValue: v } };
  return { userEnteredValue: { stringValue: String(v) } };
}

/**
 * Rows read back with `values.get` twice, once with dates as serial numbers and once with dates
 * as formatted strings: a cell that is a number in the first and text in the second is a date.
 * The API leaves out empty trailing cells and rows, so rows are padded back to `width`.
 */
export function fromReads(
  serialRows: unknown[][],
  formattedRows: unknown[][],
  count: number,
  width: number,
  offsetMinutes: number,
): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 0; r < count; r++) {
    const a = serialRows[r] ?? [];
    const b = formattedRows[r] ?? [];
    const row: unknown[] = new Array(width).fill('');
    for (let c = 0; c < width; c++) {
      const v = a[c];
      if (v === undefined || v === null) continue;
      row[c] = typeof v === 'number' && typeof b[c] === 'string' ? fromSerial(v, offsetMinutes) : v;
    }
    out.push(row);
  }
  return out;
}

/** A row as one comparable string: the same values of the same types (trailing blanks ignored). */
export function rowKey(row: unknown[]): string {
  const parts = row.map((v) => {
    if (v === null || v === undefined || v === '') return '';
    if (isDate(v)) return `d${v.getTime()}`;
    return `${typeof v === 'number' ? 'n' : typeof v === 'boolean' ? 'b' : 's'}${String(v)}`;
  });
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return JSON.stringify(parts);
}

/**
 * The rows of `present` (0-based) that stand for rows of `wanted`, each wanted row matched at
 * most once: how an interrupted archive finds what it still has to remove, and how an undo
 * finds which archived rows are already back.
 */
export function matchRows(present: unknown[][], wanted: unknown[][]): { found: number[]; missing: number[] } {
  const need = new Map<string, number[]>();
  wanted.forEach((row, i) => {
    const k = rowKey(row);
    const list = need.get(k);
    if (list) list.push(i);
    else need.set(k, [i]);
  });
  const found: number[] = [];
  const matched = new Set<number>();
  present.forEach((row, i) => {
    const list = need.get(rowKey(row));
    if (list && list.length > 0) {
      matched.add(list.shift()!);
      found.push(i);
    }
  });
  const missing = wanted.map((_, i) => i).filter((i) => !matched.has(i));
  return { found, missing };
}

/** Rows per Sheets API request: about 50,000 cells, well under the 2 MB payload Google recommends. */
export function rowsPerRequest(width: number): number {
  return Math.max(1, Math.floor(50000 / Math.max(1, width)));
}

/** What the archive journal (a document property) records, so a run that dies can be finished or undone. */
export interface ArchiveRecord {
  id: string;
  beforeYear: number;
  count: number;
  width: number;
  /** copying: the CRM is untouched; removing: rows are being removed; done; undone; failed: the copy did not verify. */
  state: 'copying' | 'removing' | 'done' | 'undone' | 'failed';
  spreadsheetId: string;
  url: string;
  at: string;
  by: string;
}
