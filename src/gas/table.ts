// A table repository over one tab: finds columns by header, reads whole columns or blocks and
// writes whole blocks, so the number of service calls never depends on the number of rows.
// Reads go through Sheet.getSheetValues: one call for a block, where getRange(...).getValues()
// is two.
import { mapHeaders, missingHeaders, type HeaderMap } from '../core/headers';
import { CrmError, type Lang } from '../core/i18n';
import { ROOM_AHEAD, NUMBER_FORMAT, TAB, type ColumnDef, type ColumnKind, type RecordOf } from '../core/schema';
import type { Ss } from './services';
import { forgetTabs, lockHeld, rememberTab, sheetNamed, tabState, type TabState } from './execution';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type Row = unknown[];

/**
 * A table of one tab, typed by its headers `H` (`LeadHeader`, ...): every header named in code is
 * checked against the tab's column list, so a misspelt one does not compile. A table opened
 * `withUserColumns` also reads and writes the team's own columns, for full-row copies: its records
 * hold them too, but code only names them through a widened `Record<string, unknown>`.
 */
export class Table<H extends string> {
  private constructor(
    private readonly state: TabState,
    readonly name: string,
    /** Our columns, then (withUserColumns) the team's own. */
    readonly columns: readonly ColumnDef[],
  ) {}

  get sheet(): Sheet {
    return this.state.sheet;
  }
  get headers(): HeaderMap {
    return this.state.headers;
  }

  /** Last row with content (1-based, header included), shared by every Table of the tab. */
  get lastRow(): number {
    if (this.state.lastRow === null) this.state.lastRow = Math.max(this.sheet.getLastRow(), 1);
    return this.state.lastRow;
  }
  set lastRow(n: number) {
    this.state.lastRow = n;
  }

  /**
   * Opens a tab, checking that every required header is there (a clear error otherwise). The
   * tab's header and size are read once per execution and lock section (src/gas/execution.ts):
   * the data range's dimensions come with the handle, so opening costs a lookup, the range and
   * one read of the header row.
   */
  static open<H extends string>(ss: Ss, name: string, columns: readonly ColumnDef<H>[], lang: Lang): Table<H> {
    const state = Table.state(ss, name);
    if (!state) throw new CrmError({ key: 'error.missingTab', params: { tab: name } }, lang);
    const missing = missingHeaders(
      state.headers,
      columns.map((c) => c.header),
    );
    if (missing.length > 0)
      throw new CrmError({ key: 'error.missingHeader', params: { tab: name, header: missing[0] } }, lang);
    return new Table<H>(state, name, columns);
  }

  /**
   * A tab's header row (and size), read once per execution: null when there is no such tab.
   * `sheet`: its handle when the caller has it already (an edit event's range).
   */
  static headerOf(ss: Ss, name: string, sheet?: Sheet): HeaderMap | null {
    return Table.state(ss, name, sheet)?.headers ?? null;
  }

  private static state(ss: Ss, name: string, known?: Sheet): TabState | null {
    const seen = tabState(ss, name);
    if (seen) return seen;
    const sheet = known ?? sheetNamed(ss, name);
    if (!sheet) return null;
    const data = sheet.getDataRange();
    const lastRow = data.getNumRows();
    const headers = mapHeaders(sheet.getSheetValues(1, 1, 1, data.getNumColumns())[0]);
    const state: TabState = { sheet, headers, lastRow: Math.max(lastRow, 1), maxRows: null, rows: new Map() };
    rememberTab(ss, name, state);
    return state;
  }

  /** The same table with the team's own columns included (as `general` columns), for full-row copies. */
  withUserColumns(): Table<H> {
    const ours = new Set(this.columns.map((c) => c.header));
    const extra: ColumnDef[] = this.headers.headers
      .filter((h) => h !== '' && !ours.has(h))
      .map((h) => ({ header: h, key: h, kind: 'general' }));
    return new Table<H>(this.state, this.name, [...this.columns, ...extra]);
  }

  /** The sheet's row count: asked once, then kept as rows are inserted and deleted here. */
  private maxRows(): number {
    if (this.state.maxRows === null) this.state.maxRows = this.sheet.getMaxRows();
    return this.state.maxRows;
  }

  private insertRowsAtEnd(howMany: number): void {
    const max = this.maxRows();
    this.sheet.insertRowsAfter(max, howMany);
    this.state.maxRows = max + howMany;
  }

  get rowCount(): number {
    return this.lastRow - 1;
  }

  /** 1-based sheet column of a header. */
  col(header: H): number {
    return this.headers.index[header] + 1;
  }

  /** 0-based position of a header in a full-width row (`allRows`, `toRecord`). */
  indexOf(header: H): number {
    return this.headers.index[header];
  }

  /** Every data row's value in one column (one read). */
  column(header: H): unknown[] {
    if (this.rowCount === 0) return [];
    return this.sheet.getSheetValues(2, this.col(header), this.rowCount, 1).map((r) => r[0]);
  }

  /**
   * Several columns at once, keyed by header: one read of the block from the leftmost to the
   * rightmost of them (the columns between come along; a call costs more than a cell).
   */
  columnsOf<K extends H>(headers: readonly K[]): Record<K, unknown[]> {
    const out = {} as Record<K, unknown[]>;
    if (headers.length === 0) return out;
    if (this.rowCount === 0) {
      for (const h of headers) out[h] = [];
      return out;
    }
    const at = headers.map((h) => this.headers.index[h]);
    const from = Math.min(...at);
    const width = Math.max(...at) - from + 1;
    const block = this.sheet.getSheetValues(2, from + 1, this.rowCount, width);
    headers.forEach((h, k) => {
      const i = at[k] - from;
      out[h] = block.map((r) => r[i]);
    });
    return out;
  }

  /** All data rows as full-width arrays (one read). */
  allRows(): Row[] {
    if (this.rowCount === 0) return [];
    return this.sheet.getSheetValues(2, 1, this.rowCount, this.headers.width);
  }

  /** One data row (0-based data index) as a record keyed by header. */
  readRow(dataIndex: number): RecordOf<H> {
    const row = this.sheet.getSheetValues(dataIndex + 2, 1, 1, this.headers.width)[0];
    if (this.held()) this.state.rows.set(dataIndex, [...row]);
    return this.toRecord(row);
  }

  /**
   * Several data rows (0-based, any order) as records, in the order asked. Rows close together
   * come in one read: two reads merge when the cells between them cost less to move than a call
   * (bench/time-model.ts: a read 40 ms, a cell 0.01 ms), so a lead's activities logged one after
   * another (a call and the status change it led to) are one read. `maxReads` bounds the calls:
   * the closest reads merge until no more are left.
   */
  readRows(indices: readonly number[], maxReads = Number.POSITIVE_INFINITY): RecordOf<H>[] {
    const sorted = [...new Set(indices)].sort((a, b) => a - b);
    const gapRows = Math.max(1, Math.floor(4000 / Math.max(1, this.headers.width)));
    const blocks: [number, number][] = [];
    for (const i of sorted) {
      const last = blocks[blocks.length - 1];
      if (last && i - last[1] - 1 <= gapRows) last[1] = i;
      else blocks.push([i, i]);
    }
    while (blocks.length > Math.max(1, maxReads)) {
      let best = 0;
      for (let b = 1; b < blocks.length - 1; b++)
        if (blocks[b + 1][0] - blocks[b][1] < blocks[best + 1][0] - blocks[best][1]) best = b;
      blocks.splice(best, 2, [blocks[best][0], blocks[best + 1][1]]);
    }
    const got = new Map<number, Row>();
    for (const [first, last] of blocks) {
      const block = this.sheet.getSheetValues(first + 2, 1, last - first + 1, this.headers.width);
      for (const i of sorted) if (i >= first && i <= last) got.set(i, block[i - first]);
    }
    return indices.map((i) => this.toRecord(got.get(i) as Row));
  }

  /**
   * A data row as it stands: read under this lock and kept up to date by `update`, so a write's
   * answer (the card) needs no second read; read from the sheet otherwise.
   */
  currentRow(dataIndex: number): RecordOf<H> {
    const known = this.held() ? this.state.rows.get(dataIndex) : undefined;
    return known ? this.toRecord([...known]) : this.readRow(dataIndex);
  }

  /** Rows are kept (TabState.rows) only under the lock: read before it, they may be stale. */
  private held(): boolean {
    return lockHeld();
  }

  /** A full-width row as a record keyed by header (the team's columns too, when opened with them). */
  toRecord(row: Row): RecordOf<H> {
    // Headers and their positions looked up once per table, not once per cell of every row.
    if (!this.fields) {
      const names = this.columns.map((c) => c.header);
      this.fields = { names, at: names.map((h) => this.headers.index[h]) };
    }
    const { names, at } = this.fields;
    const rec: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) rec[names[i]] = row[at[i]];
    return rec as RecordOf<H>;
  }
  private fields: { names: string[]; at: number[] } | null = null;

  /**
   * The rows the last `append` inserted at the end of the sheet (the room kept ahead included),
   * or null: rows that were in the grid already. Leads gives the inserted ones the Status dropdown.
   */
  inserted: { first: number; rows: number } | null = null;

  /**
   * Appends records (keyed by header) below the last row, formatted as `writeNewRows` says. A
   * full-row copy passes the team's columns too, as a `Record<string, unknown>`. The sheet's row
   * count is not asked first (see `intoGrid`): inside the grid, the usual case with the room
   * kept ahead of Leads and Activities, the write is all it takes.
   */
  append(records: readonly RecordOf<H>[], options: { formats?: (string | null | undefined)[][] } = {}): number {
    this.inserted = null;
    if (records.length === 0) return this.lastRow + 1;
    const start = this.lastRow + 1;
    const rows = records.map((rec) => {
      const row: unknown[] = new Array(this.headers.width).fill('');
      for (const c of this.columns) row[this.headers.index[c.header]] = (rec as Record<string, unknown>)[c.header];
      return row;
    });
    intoGrid(
      // Tried first only where room is kept ahead: other tabs are sized to their rows.
      this.state.maxRows === null && GROWING.has(this.name),
      () => this.writeNewRows(start, rows, options.formats),
      () => {
        const needed = start + rows.length - 1 - this.maxRows();
        if (needed <= 0) return false;
        const first = this.maxRows() + 1;
        const howMany = needed + (GROWING.has(this.name) ? ROOM_AHEAD : 0);
        this.insertRowsAtEnd(howMany);
        this.inserted = { first, rows: howMany };
        return true;
      },
    );
    this.lastRow = start + records.length - 1;
    return start;
  }

  /**
   * Inserts full-width rows right under the header (an undo putting old rows back where they
   * were), with the same formats as `append`, and plain: not bold like the header above them.
   */
  insertAtTop(rows: Row[]): void {
    if (rows.length === 0) return;
    this.sheet.insertRowsAfter(1, rows.length);
    this.state.rows.clear();
    if (this.state.maxRows !== null) this.state.maxRows += rows.length;
    this.writeNewRows(2, rows);
    // Sheets may give rows inserted below the header its look; ours are data.
    this.sheet.getRange(2, 1, rows.length, this.headers.width).setFontWeight('normal');
    this.lastRow += rows.length;
  }

  /**
   * Writes rows (by column index) into new, empty rows. Our columns get their format; a team's
   * own column keeps the format its cells have (or the one given, for a full-row copy), so the
   * add-on never reformats a column it does not own. Formats go first, so text stays text (a
   * new row inherits no format in Sheets), and text in a cell that is not plain text is written
   * literally (see `literal`).
   */
  private writeNewRows(start: number, rows: unknown[][], given?: (string | null | undefined)[][]): void {
    const width = this.headers.width;
    const kinds = this.kindsByIndex();
    const range = this.sheet.getRange(start, 1, rows.length, width);
    // A team's column (or a blank one) keeps its format, so it is read only when there is one.
    const known = (c: number) => given !== undefined && rows.every((_, r) => given[r]?.[c] != null);
    const existing = kinds.every((k, c) => owned(k) || known(c)) ? [] : range.getNumberFormats();
    const formats = rows.map((_, r) =>
      kinds.map((k, c) => (owned(k) ? NUMBER_FORMAT[k] : (given?.[r]?.[c] ?? existing[r]?.[c]))),
    );
    range.setNumberFormats(formats);
    range.setValues(
      rows.map((row, r) =>
        formats[r].map((f, c) => (row[c] === undefined || row[c] === null ? '' : literal(row[c], f))),
      ),
    );
  }

  /** The number formats of data rows (0-based), full width: one read. */
  formatsOf(firstDataIndex: number, count: number): string[][] {
    if (count < 1) return [];
    return this.sheet.getRange(firstDataIndex + 2, 1, count, this.headers.width).getNumberFormats();
  }

  /**
   * Writes the given headers' values into one data row: one block per run of adjacent columns,
   * so user columns in between (and their formulas) are never rewritten. Our columns get their
   * format; a team's own column keeps its format and gets its value literally.
   */
  update(dataIndex: number, changes: RecordOf<H>): void {
    const cols = Object.keys(changes)
      .filter((h) => Object.prototype.hasOwnProperty.call(this.headers.index, h))
      .map((h) => ({ h, i: this.headers.index[h], v: (changes as Record<string, unknown>)[h] }))
      .sort((a, b) => a.i - b.i);
    const kinds = this.kindsByIndex();
    // The row as read under this lock, if it was: the columns between two changed ones are then
    // written back as they are, so the change is one block. Only our own columns are bridged: a
    // team's column between (and its formulas) is never rewritten.
    const known = this.state.rows.get(dataIndex);
    const bridge = (from: number, to: number) => {
      if (!known) return null;
      const out: { h: string; i: number; v: unknown }[] = [];
      for (let i = from; i < to; i++) {
        if (!owned(kinds[i])) return null;
        out.push({ h: this.headers.headers[i], i, v: known[i] });
      }
      return out;
    };
    let run: { h: string; i: number; v: unknown }[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const range = this.sheet.getRange(dataIndex + 2, run[0].i + 1, 1, run.length);
      // A team's column keeps the format it has, so that one is read (only when the run has one).
      const theirs = run.some((x) => !owned(kinds[x.i]));
      const existing = theirs ? range.getNumberFormats()[0] : [];
      const formats = run.map((x, k) => (owned(kinds[x.i]) ? NUMBER_FORMAT[kinds[x.i] as ColumnKind] : existing[k]));
      if (run.some((x) => owned(kinds[x.i]))) range.setNumberFormats([formats]);
      range.setValues([run.map((x, k) => literal(blankNull(x.v), formats[k]))]);
      if (known) for (const x of run) known[x.i] = blankNull(x.v);
      run = [];
    };
    for (const c of cols) {
      const last = run[run.length - 1];
      if (last && c.i !== last.i + 1) {
        const between = bridge(last.i + 1, c.i);
        if (between) run.push(...between);
        else flush();
      }
      run.push(c);
    }
    flush();
  }

  /**
   * Writes columns over consecutive data rows, given the rows as read under this lock (full
   * width, from `firstDataIndex`): the changed columns and our own columns between them go in one
   * block, written back as they are; a team's column between splits the block, so it (and its
   * formulas) is never rewritten. Our columns get their format, as `update` gives them.
   */
  updateRows(firstDataIndex: number, current: readonly Row[], changes: Partial<Record<H, unknown[]>>): void {
    const n = current.length;
    if (n === 0) return;
    const kinds = this.kindsByIndex();
    const changed = new Map<number, unknown[]>();
    for (const [h, values] of Object.entries(changes) as [string, unknown[] | undefined][])
      if (values && Object.prototype.hasOwnProperty.call(this.headers.index, h))
        changed.set(this.headers.index[h], values);
    const at = [...changed.keys()].sort((a, b) => a - b);
    let k = 0;
    while (k < at.length) {
      let j = k;
      while (j + 1 < at.length) {
        let ours = true;
        for (let c = at[j] + 1; c < at[j + 1]; c++) if (!owned(kinds[c])) ours = false;
        if (!ours) break;
        j++;
      }
      const from = at[k];
      const width = at[j] - from + 1;
      const formats = Array.from(
        { length: width },
        (_, c) => NUMBER_FORMAT[(kinds[from + c] ?? 'general') as ColumnKind],
      );
      const values = current.map((row, r) =>
        formats.map((f, c) => {
          const mine = changed.get(from + c);
          return literal(blankNull(mine ? mine[r] : row[from + c]), f);
        }),
      );
      const range = this.sheet.getRange(firstDataIndex + 2, from + 1, n, width);
      if (formats.every((f, c) => owned(kinds[from + c]) && f !== undefined))
        range.setNumberFormats(current.map(() => formats));
      range.setValues(values);
      k = j + 1;
    }
    this.state.rows.clear();
  }

  /** Empties every data row (values and validations) of a generated tab; the header stays. */
  clearData(): void {
    this.state.rows.clear();
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
    this.state.rows.clear();
    const max = this.maxRows();
    if (want > max) this.insertRowsAtEnd(want - max);
    else if (want < max) this.state.maxRows = deleteSheetRows(this.sheet, want + 1, max - want, max);
  }

  /** Deletes data rows (0-based), bottom up, one call per run of adjacent rows. */
  deleteDataRows(indices: number[]): void {
    const sorted = [...new Set(indices)].sort((a, b) => b - a);
    if (sorted.length === 0) return;
    this.state.rows.clear();
    let max = this.maxRows();
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] - 1) j++;
      max = deleteSheetRows(this.sheet, sorted[j] + 2, j - i + 1, max);
      i = j + 1;
    }
    this.state.maxRows = max;
    this.lastRow -= sorted.length;
  }

  /** Writes one column over consecutive data rows in one block. */
  writeColumn(header: H, firstDataIndex: number, values: unknown[]): void {
    if (values.length === 0) return;
    this.state.rows.clear();
    this.sheet
      .getRange(firstDataIndex + 2, this.col(header), values.length, 1)
      .setValues(values.map((v) => [blankNull(v)]));
  }

  private kindsByIndex(): (ColumnKind | undefined)[] {
    const kinds: (ColumnKind | undefined)[] = new Array(this.headers.width).fill(undefined);
    for (const c of this.columns) kinds[this.headers.index[c.header]] = c.kind;
    return kinds;
  }
}

/**
 * Adds header cells after the last used column (plain text, bold), inserting columns when the
 * sheet is too narrow: setupCrm's missing headers and an import's team columns. Returns how many
 * columns it inserted.
 */
export function appendHeaders(sheet: Sheet, names: string[]): number {
  if (names.length === 0) return 0;
  // Any Table open in this execution maps the old header row.
  forgetTabs();
  const start = sheet.getLastColumn() + 1;
  const over = Math.max(0, start + names.length - 1 - sheet.getMaxColumns());
  if (over > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), over);
  sheet.getRange(1, start, 1, names.length).setNumberFormat('@').setValues([names]).setFontWeight('bold');
  return over;
}

/**
 * Deletes rows `start`..`start+howMany-1` of a sheet of `maxRows` rows whose header row is
 * frozen, but never every row below it: Sheets refuses that ("it is not possible to delete all
 * non-frozen rows"), so the last one is emptied (values and validations) instead. Returns the
 * sheet's row count afterwards.
 */
export function deleteSheetRows(sheet: Sheet, start: number, howMany: number, maxRows: number): number {
  if (howMany < 1) return maxRows;
  if (maxRows - 1 - howMany >= 1) {
    sheet.deleteRows(start, howMany);
    return maxRows - howMany;
  }
  if (howMany > 1) sheet.deleteRows(start + 1, howMany - 1);
  const keep = sheet.getRange(start, 1, 1, sheet.getMaxColumns());
  keep.clearDataValidations();
  keep.clearContent();
  return maxRows - howMany + 1;
}

/** The tabs that grow with almost every save: rows are inserted with room ahead (ROOM_AHEAD). */
const GROWING: ReadonlySet<string> = new Set([TAB.leads, TAB.activities]);

/**
 * Writes new rows without asking the sheet's row count first: `write` is tried when `tryFirst`
 * (the count is not known yet), and only when it fails does `grow` ask the count and insert the
 * rows missing (true when it did), and the write runs again. A range past the grid is refused
 * before anything is written (Sheets throws at `getRange`), so a failed first try wrote nothing;
 * any other failure, with the rows inside the grid, is passed on. So is a run stopped at its time
 * limit: on Google no code catches that, and the emulation stops a run by throwing it.
 */
export function intoGrid(tryFirst: boolean, write: () => void, grow: () => boolean): void {
  if (tryFirst) {
    try {
      write();
      return;
    } catch (err) {
      if (String(err).includes(TIME_LIMIT) || !grow()) throw err;
      write();
      return;
    }
  }
  grow();
  write();
}

/** The message Apps Script stops a run with at its time limit. */
const TIME_LIMIT = 'Exceeded maximum execution time';

/** A column the add-on formats itself (a team's own columns are `general` or unknown). */
function owned(kind: ColumnKind | undefined): kind is ColumnKind {
  return kind !== undefined && kind !== 'general';
}

/**
 * A value as Sheets must store it. Sheets reads a string written into a cell that is not plain
 * text (`@`) as if typed: `04110` becomes 4110, `+62 21 555 1234` a formula, `1/2` a date. A
 * leading apostrophe makes Sheets keep the text as it is, so a value copied from one cell to
 * another (Leads → Archive → Leads) reads back equal in value and type.
 */
export function literal(v: unknown, format: string | null | undefined): unknown {
  if (typeof v !== 'string' || v === '' || format === '@') return v;
  return `'${v}`;
}

function blankNull(v: unknown): unknown {
  return v === null || v === undefined ? '' : v;
}
