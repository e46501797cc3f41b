// Archiving old activities to a separate spreadsheet: which rows go, how a row
// travels through the Sheets API and back unchanged, and how rows are recognised again.
// Plain data only; the gas layer does the calls.
import { cellDate, isDate, parseYmd } from './dates';
import { userText, type Message } from './i18n';
import { ZoneClock } from './zone';

const DAY = 86400000;
/** Days from Sheets' epoch (1899-12-30) to 1970-01-01. */
const EPOCH_DAYS = 25569;

/**
 * The spreadsheet's time zone: a ZoneClock (each date with the offset its zone had at that
 * date), or a fixed offset in minutes east of UTC (a zone without daylight saving).
 */
export type Zone = ZoneClock | number;
const clockOf = (z: Zone): ZoneClock => (typeof z === 'number' ? ZoneClock.fixed(z) : z);

/** A Date as a Sheets serial number: days since 1899-12-30 on the spreadsheet's wall clock at that date. */
export function toSerial(d: Date, zone: Zone): number {
  return clockOf(zone).wallOf(d.getTime()) / DAY + EPOCH_DAYS;
}

/** A Sheets serial number (a wall-clock time) back to the instant, to the millisecond a Date holds. */
export function fromSerial(serial: number, zone: Zone): Date {
  return new Date(clockOf(zone).instantOf(Math.round((serial - EPOCH_DAYS) * DAY)));
}

/** The local calendar year of an activity's Timestamp cell; null when it is not a date. */
export function yearOf(v: unknown, zone: Zone): number | null {
  if (isDate(v)) return clockOf(zone).yearOf(v.getTime());
  // A YYYY-MM-DD text is a calendar day already; any other date is an instant.
  const day = typeof v === 'string' ? parseYmd(v, 0) : null;
  if (day) return day.getUTCFullYear();
  const d = cellDate(v, 0);
  return d ? clockOf(zone).yearOf(d.getTime()) : null;
}

/** How many activities each year holds (the dialog's choices), oldest first. */
export function activityYears(timestamps: unknown[], zone: Zone): { year: number; count: number }[] {
  const clock = clockOf(zone);
  const by = new Map<number, number>();
  for (const v of timestamps) {
    const y = yearOf(v, clock);
    if (y !== null) by.set(y, (by.get(y) ?? 0) + 1);
  }
  return [...by.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}

/** Data rows (0-based) whose Timestamp falls before 1 January of `beforeYear`. Rows without a date stay. */
export function rowsBefore(timestamps: unknown[], beforeYear: number, zone: Zone): number[] {
  const clock = clockOf(zone);
  const out: number[] = [];
  timestamps.forEach((v, i) => {
    const y = yearOf(v, clock);
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
export function toCellData(v: unknown, zone: Zone): CellData {
  if (v === null || v === undefined || v === '') return {};
  if (isDate(v)) {
    const local = clockOf(zone).wallOf(v.getTime());
    const midnight = ((local % DAY) + DAY) % DAY === 0;
    return {
      userEnteredValue: { numberValue: local / DAY + EPOCH_DAYS },
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
  zone: Zone,
): unknown[][] {
  const clock = clockOf(zone);
  const isDateCell = (r: number, c: number) =>
    typeof serialRows[r]?.[c] === 'number' && typeof formattedRows[r]?.[c] === 'string';
  const out: unknown[][] = [];
  for (let r = 0; r < count; r++) {
    const a = serialRows[r] ?? [];
    const row: unknown[] = new Array(width).fill('');
    for (let c = 0; c < width; c++) {
      const v = a[c];
      if (v === undefined || v === null) continue;
      row[c] = isDateCell(r, c) ? fromSerial(v as number, clock) : v;
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

/** Rows per read (values.get): about 50,000 cells. */
export function rowsPerRequest(width: number): number {
  return Math.max(1, Math.floor(50000 / Math.max(1, width)));
}

/**
 * The JSON a write request may carry. Google recommends at most 2 MB per Sheets API request; a
 * fixed count of rows is not a size (a row of long notes is kilobytes), so writes are sized by
 * the bytes of their rows, with room for the request's own fields.
 */
export const MAX_REQUEST_BYTES = 1_500_000;
/** What an updateCells request adds around its rows (start, fields, brackets), generously. */
const BLOCK_OVERHEAD = 256;

/** The UTF-8 bytes of a value's JSON: what it weighs in a request. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // 2 bytes to U+07FF, 3 for the rest of the BMP, 4 for a surrogate pair (2 + 2).
    if (c > 0x7f) n += c > 0x7ff && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** One updateCells block: rows of cells starting at a data row (0-based) and a column (0-based). */
export interface CellBlock {
  row: number;
  col: number;
  rows: CellData[][];
}

/**
 * Rows packed into requests (each a list of blocks) whose JSON stays under `max` bytes: adjacent
 * whole rows share a block; a row too large for one request alone is split into runs of cells.
 * `reserve` is what the first request already carries (the header).
 */
export function packRows(rows: CellData[][], max = MAX_REQUEST_BYTES, reserve = 0): CellBlock[][] {
  const batches: CellBlock[][] = [];
  let batch: CellBlock[] = [];
  let bytes = reserve;
  let block: CellBlock | null = null;
  const close = () => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    bytes = 0;
    block = null;
  };
  const place = (row: number, col: number, cells: CellData[], size: number, alone: boolean) => {
    const extra = size + (block && !alone ? 0 : BLOCK_OVERHEAD);
    if (batch.length > 0 && bytes + extra > max) close();
    if (!block || alone) {
      block = { row, col, rows: [] };
      batch.push(block);
      bytes += BLOCK_OVERHEAD;
    }
    block.rows.push(cells);
    bytes += size;
    if (alone) block = null;
  };
  rows.forEach((cells, i) => {
    const size = jsonBytes({ values: cells }) + 1;
    if (size + BLOCK_OVERHEAD <= max) {
      place(i, 0, cells, size, false);
      return;
    }
    // A row heavier than a request: runs of its cells, each a block of its own.
    block = null;
    let start = 0;
    while (start < cells.length) {
      let end = start;
      let run = 16; // {"values":[]} and a comma
      while (end < cells.length) {
        const cell = jsonBytes(cells[end]) + 1;
        if (end > start && run + cell + BLOCK_OVERHEAD > max) break;
        run += cell;
        end++;
      }
      place(i, start, cells.slice(start, end), run, true);
      start = end;
    }
  });
  close();
  return batches;
}

/**
 * A short fingerprint of rows (their count, and the values and types of up to 64 of them spread
 * from the first to the last): how an interrupted undo tells rows it wrote from rows that were
 * there, without the archive file.
 */
export function fingerprint(rows: unknown[][]): string {
  let h = 0x811c9dc5;
  const step = Math.max(1, Math.ceil(rows.length / 64));
  const picked = rows.filter((_, i) => i % step === 0 || i === rows.length - 1);
  for (const row of picked) {
    const k = `${rowKey(row)}\n`;
    for (let i = 0; i < k.length; i++) {
      h ^= k.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return `${rows.length}:${h.toString(16).padStart(8, '0')}`;
}

/** A row with nothing in it (what an insert leaves before its values are written). */
export const isBlankRow = (row: unknown[]): boolean => row.every((v) => v === '' || v === null || v === undefined);

/** What the archive journal (a document property) records, so a run that dies can be finished or undone. */
export interface ArchiveRecord {
  id: string;
  beforeYear: number;
  count: number;
  width: number;
  /**
   * copying: the CRM is untouched; removing: rows are being removed; done; restoring: an undo is
   * putting rows back; undone; failed: the copy did not verify.
   */
  state: 'copying' | 'removing' | 'done' | 'restoring' | 'undone' | 'failed';
  spreadsheetId: string;
  url: string;
  at: string;
  /** Who made it: the file is in their Drive, and only their add-on can open it (drive.file). */
  by: string;
  /** While restoring: how many rows go in at the top, their fingerprint, and the state before. */
  restoring?: { rows: number; key: string; from: 'done' | 'removing' };
}

/** Whether an archive's file is the user's own (or nobody can tell): drive.file opens only those. */
export function isOwnArchive(rec: Pick<ArchiveRecord, 'by'>, user: string): boolean {
  return rec.by === '' || user === '' || rec.by.trim().toLowerCase() === user.trim().toLowerCase();
}
