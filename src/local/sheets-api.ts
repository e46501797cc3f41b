// The Sheets advanced service (Sheets API v4 through Apps Script) over a local "Drive" of
// spreadsheets, as strict as Google where the add-on depends on it:
// - a call needs one of the scopes the API method lists (drive, drive.file or spreadsheets);
//   a file is its creator's (the current user when it is created): with drive.file only files
//   this app created for the current user are visible ("Requested entity was not found."), with
//   a broad scope those the user owns or that are shared with them ("The caller does not have
//   permission"), so a teammate's add-on cannot open an archive made by someone else;
// - a batchUpdate request over 2 MB of JSON is refused (Google recommends at most 2 MB);
// - values.get leaves out empty trailing rows and cells, and `values` itself when all is empty;
//   it renders FORMATTED_VALUE (text) unless asked for UNFORMATTED_VALUE; dates come back as
//   serial numbers unless dateTimeRenderOption is FORMATTED_STRING;
// - a range or a write outside the sheet's grid is refused; updateCells needs a field mask;
// - a spreadsheet holds at most 10,000,000 cells.
// Only the requests the add-on sends are modelled; any other throws, so nothing passes unseen.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ServiceObject } from './counter';
import { FakeSpreadsheet, isDate, type FakeSheet, type SheetsContext } from './spreadsheet';
import { formatDate, fromWallClock, wallClock } from './format-date';
import { hasChanges, loadWorkbook } from './workbook';
import { emptyState, type PersistedState } from './services';

const DAY = 86400000;
const CELL_LIMIT = 10_000_000;
const API = 'GoogleJsonResponseException: API call to sheets.spreadsheets';

interface DriveFile {
  ss: FakeSpreadsheet;
  /** The file's state; `state.drive` holds its owner and who it is shared with. */
  state: PersistedState;
  /** Created by this app (what drive.file may see, for the owner). */
  byApp: boolean;
}

const sameUser = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The user's Drive as far as the add-on can see it: spreadsheets by id. With a folder, each is a
 * `.xlsx` file there (`<workbook>.files/<id>.xlsx`), loaded with the workbook and saved after it.
 */
export class LocalDrive {
  readonly files = new Map<string, DriveFile>();
  constructor(
    readonly dir: string | null = null,
    /** How a file's address is shown (the playground serves them under /files/). */
    readonly urlOf: (id: string) => string = (id) =>
      dir ? `file://${path.join(dir, `${id}.xlsx`)}` : `https://docs.google.com/spreadsheets/d/${id}/edit`,
  ) {}

  /** The folder of files that belong with a workbook. */
  static folderOf(workbook: string): string {
    return path.join(path.dirname(path.resolve(workbook)), `${path.basename(workbook, '.xlsx')}.files`);
  }

  /** Loads every spreadsheet saved in the folder (files the add-on created earlier). */
  async load(ctx: SheetsContext): Promise<void> {
    if (!this.dir || !fs.existsSync(this.dir)) return;
    for (const name of fs.readdirSync(this.dir)) {
      if (!name.endsWith('.xlsx') || name.startsWith('.')) continue;
      const { spreadsheet, state } = await loadWorkbook(path.join(this.dir, name), ctx);
      this.files.set(name.slice(0, -5), { ss: spreadsheet, state, byApp: true });
    }
  }

  get unsaved(): boolean {
    return [...this.files.values()].some((f) => hasChanges(f.ss, f.state));
  }

  /** Saves what changed, each file atomically. */
  async save(
    saveAtomically: (file: string, ss: FakeSpreadsheet, state: PersistedState) => Promise<void>,
  ): Promise<void> {
    if (!this.dir) return;
    for (const [id, f] of this.files) {
      if (!hasChanges(f.ss, f.state)) continue;
      fs.mkdirSync(this.dir, { recursive: true });
      await saveAtomically(path.join(this.dir, `${id}.xlsx`), f.ss, f.state);
    }
  }

  /** A new file in `owner`'s Drive, made by this app. */
  add(ss: FakeSpreadsheet, title: string, owner = ''): string {
    const slug = title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    const id = `${slug || 'spreadsheet'}-${randomBytes(4).toString('hex')}`;
    this.files.set(id, { ss, state: { ...emptyState(), drive: { owner, sharedWith: [] } }, byApp: true });
    return id;
  }

  /** Whose Drive a file is in ('' for a file saved before owners were kept: anyone's). */
  ownerOf(id: string): string {
    return this.files.get(id)?.state.drive?.owner ?? '';
  }

  /** Shares a file with a person (as its owner would in Drive). */
  share(id: string, user: string): void {
    const f = this.files.get(id);
    if (!f) throw new Error(`no file ${id}`);
    f.state.drive ??= { owner: '', sharedWith: [] };
    if (!f.state.drive.sharedWith.some((u) => sameUser(u, user))) f.state.drive.sharedWith.push(user);
  }

  /**
   * Whether the user's add-on may open a file. drive.file covers only the files this app
   * created (or the user opened with it, through a picker the add-on does not have) for this
   * user: a file shared with them is visible to them in Drive, not to the add-on on their behalf.
   */
  canOpen(id: string, user: string, onlyOwnFiles: boolean): boolean {
    const f = this.files.get(id);
    if (!f) return false;
    const owner = f.state.drive?.owner ?? '';
    const owns = owner === '' || sameUser(owner, user);
    if (onlyOwnFiles) return f.byApp && owns;
    return owns || (f.state.drive?.sharedWith ?? []).some((u) => sameUser(u, user));
  }
}

type Scopes = readonly string[];
const WRITE_SCOPES = ['drive', 'drive.file', 'spreadsheets'].map((s) => `https://www.googleapis.com/auth/${s}`);
const READ_SCOPES = [
  ...WRITE_SCOPES,
  ...['drive.readonly', 'spreadsheets.readonly'].map((s) => `https://www.googleapis.com/auth/${s}`),
];

function needScope(scopes: Scopes, allowed: string[], method: string): void {
  if (!scopes.some((s) => allowed.includes(s)))
    throw new Error(`${API}.${method} failed with error: Request had insufficient authentication scopes.`);
}

export class FakeSheetsAdvanced extends ServiceObject {
  readonly serviceName = 'Sheets';
  readonly Spreadsheets: FakeSpreadsheetsResource;
  /** `home`: the spreadsheet the script is bound to (not one of the app's Drive files). */
  constructor(drive: LocalDrive, ctx: SheetsContext, scopes: Scopes, home?: FakeSpreadsheet) {
    super();
    this.Spreadsheets = new FakeSpreadsheetsResource(drive, ctx, scopes, home);
  }
}

function fileOf(drive: LocalDrive, scopes: Scopes, user: string, id: unknown, method: string): FakeSpreadsheet {
  const f = drive.files.get(String(id));
  const onlyOwn = !scopes.some((s) => s.endsWith('/drive') || s.endsWith('/spreadsheets') || s.endsWith('.readonly'));
  if (!f || (onlyOwn && !drive.canOpen(String(id), user, true)))
    throw new Error(`${API}.${method} failed with error: Requested entity was not found.`);
  if (!drive.canOpen(String(id), user, onlyOwn))
    throw new Error(`${API}.${method} failed with error: The caller does not have permission`);
  return f.ss;
}

/** Google recommends at most 2 MB per request; the emulation refuses more (stricter reading). */
const MAX_PAYLOAD = 2 * 1024 * 1024;

export class FakeSpreadsheetsResource extends ServiceObject {
  readonly serviceName = 'Sheets.Spreadsheets';
  readonly Values: FakeValuesResource;
  constructor(
    private readonly drive: LocalDrive,
    private readonly ctx: SheetsContext,
    private readonly scopes: Scopes,
    private readonly home?: FakeSpreadsheet,
  ) {
    super();
    this.Values = new FakeValuesResource(drive, ctx, scopes);
  }

  /**
   * spreadsheets.get with a field mask: only the one the add-on sends is modelled (every tab's
   * grid size, which Google counts against a spreadsheet's 10,000,000 cells), and any other
   * throws. The bound spreadsheet is read with a scope that reaches every spreadsheet of the
   * user (spreadsheets, drive, or their read-only forms); drive.file alone does not reach it
   * (the add-on did not create it), and the API answers as for a file it cannot see.
   */
  get(spreadsheetId: string, options: { fields?: string } = {}): SpreadsheetResource {
    needScope(this.scopes, READ_SCOPES, 'get');
    if (options.fields !== GRID_FIELDS)
      throw new Error(`spreadsheets.get: only fields=${GRID_FIELDS} is modelled (got ${String(options.fields)})`);
    const home = this.home && String(spreadsheetId) === this.home.getId() ? this.home : null;
    const broad = this.scopes.some((s) => READ_SCOPES.includes(s) && !s.endsWith('/drive.file'));
    if (home && !broad) throw new Error(`${API}.get failed with error: Requested entity was not found.`);
    const ss = home ?? fileOf(this.drive, this.scopes, this.ctx.activeUser(), spreadsheetId, 'get');
    return {
      sheets: ss.sheets.map((s) => ({
        properties: { gridProperties: { rowCount: s.maxRows, columnCount: s.maxCols } },
      })),
    };
  }

  create(resource: SpreadsheetResource): SpreadsheetResource {
    needScope(this.scopes, WRITE_SCOPES, 'create');
    const props = resource?.properties ?? {};
    const title = String(props.title ?? 'Untitled spreadsheet');
    const ss = new FakeSpreadsheet(
      this.ctx,
      'pending',
      title,
      String(props.locale ?? 'en_US'),
      String(props.timeZone ?? 'America/Los_Angeles'),
    );
    const wanted = resource?.sheets ?? [];
    if (wanted.length > 0) {
      ss.sheets = [];
      for (const s of wanted) {
        const sheet = ss.insertSheet(s.properties?.title);
        const g = s.properties?.gridProperties ?? {};
        sheet.maxRows = g.rowCount ?? 1000;
        sheet.maxCols = g.columnCount ?? 26;
        sheet.frozenRows = g.frozenRowCount ?? 0;
      }
    }
    const cells = ss.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
    if (cells > CELL_LIMIT)
      throw new Error(
        `${API}.create failed with error: Invalid requests: This action would increase the number of cells in the workbook above the limit of 10000000 cells.`,
      );
    const id = this.drive.add(ss, title, this.ctx.activeUser());
    return describe(ss, id, this.drive.urlOf(id));
  }

  batchUpdate(resource: { requests?: Request[] }, spreadsheetId: string): { spreadsheetId: string; replies: object[] } {
    needScope(this.scopes, WRITE_SCOPES, 'batchUpdate');
    const ss = fileOf(this.drive, this.scopes, this.ctx.activeUser(), spreadsheetId, 'batchUpdate');
    const bytes = Buffer.byteLength(JSON.stringify(resource ?? {}), 'utf8');
    if (bytes > MAX_PAYLOAD)
      throw new Error(
        `${API}.batchUpdate failed with error: the request carries ${bytes} bytes; Google recommends at most 2 MB per request, and the emulation refuses more.`,
      );
    const requests = resource?.requests ?? [];
    // The API applies a batch atomically: check every request before changing anything.
    const apply = requests.map((r, i) => plan(ss, r, i));
    for (const f of apply) f();
    return { spreadsheetId, replies: requests.map(() => ({})) };
  }
}

export class FakeValuesResource extends ServiceObject {
  readonly serviceName = 'Sheets.Spreadsheets.Values';
  constructor(
    private readonly drive: LocalDrive,
    private readonly ctx: SheetsContext,
    private readonly scopes: Scopes,
  ) {
    super();
  }

  get(
    spreadsheetId: string,
    range: string,
    options: { valueRenderOption?: string; dateTimeRenderOption?: string } = {},
  ): { range: string; majorDimension: 'ROWS'; values?: unknown[][] } {
    needScope(this.scopes, READ_SCOPES, 'values.get');
    const ss = fileOf(this.drive, this.scopes, this.ctx.activeUser(), spreadsheetId, 'values.get');
    const { sheet, r1, c1, r2, c2 } = parseRange(ss, range, 'values.get');
    const render = options.valueRenderOption ?? 'FORMATTED_VALUE';
    const dates = options.dateTimeRenderOption ?? 'SERIAL_NUMBER';
    const rows: unknown[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row: unknown[] = [];
      for (let c = c1; c <= c2; c++) {
        const cell = sheet.cells[r - 1]?.[c - 1];
        const v = cell?.v;
        if (v === null || v === undefined || v === '') row.push('');
        else if (isDate(v)) {
          const text = formatDate(v, ss.timeZone, javaPattern(cell?.fmt));
          row.push(render === 'FORMATTED_VALUE' || dates === 'FORMATTED_STRING' ? text : serialOf(v, ss.timeZone));
        } else if (render === 'FORMATTED_VALUE') row.push(typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
        else row.push(v);
      }
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      rows.push(row);
    }
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    const out: { range: string; majorDimension: 'ROWS'; values?: unknown[][] } = { range, majorDimension: 'ROWS' };
    if (rows.length > 0) out.values = rows;
    return out;
  }
}

// ---------------------------------------------------------------- shapes and helpers

interface GridProperties {
  rowCount?: number;
  columnCount?: number;
  frozenRowCount?: number;
}
interface SpreadsheetResource {
  spreadsheetId?: string;
  spreadsheetUrl?: string;
  properties?: { title?: string; locale?: string; timeZone?: string };
  sheets?: { properties?: { sheetId?: number; title?: string; gridProperties?: GridProperties } }[];
}
interface CellData {
  userEnteredValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean; formulaValue?: string };
  userEnteredFormat?: { numberFormat?: { type?: string; pattern?: string }; textFormat?: { bold?: boolean } };
}
interface Request {
  updateCells?: {
    start?: { sheetId?: number; rowIndex?: number; columnIndex?: number };
    rows?: { values?: CellData[] }[];
    fields?: string;
  };
  updateSpreadsheetProperties?: { properties?: { title?: string }; fields?: string };
}

function describe(ss: FakeSpreadsheet, id: string, url: string): SpreadsheetResource {
  return {
    spreadsheetId: id,
    spreadsheetUrl: url,
    properties: { title: ss.name, locale: ss.locale, timeZone: ss.timeZone },
    sheets: ss.sheets.map((s) => ({
      properties: {
        sheetId: s.id,
        title: s.name,
        gridProperties: { rowCount: s.maxRows, columnCount: s.maxCols, frozenRowCount: s.frozenRows },
      },
    })),
  };
}

/** The one field mask of spreadsheets.get the add-on sends (src/gas/summary.ts). */
export const GRID_FIELDS = 'sheets.properties.gridProperties(rowCount,columnCount)';

const KNOWN_FIELDS = new Set([
  'userEnteredValue',
  'userEnteredFormat.numberFormat',
  'userEnteredFormat.textFormat.bold',
]);

/** Checks one request and returns what applying it does (nothing changes until all are checked). */
function plan(ss: FakeSpreadsheet, r: Request, i: number): () => void {
  const fail = (why: string) => new Error(`${API}.batchUpdate failed with error: Invalid requests[${i}]: ${why}`);
  if (r.updateSpreadsheetProperties) {
    const title = r.updateSpreadsheetProperties.properties?.title;
    if (r.updateSpreadsheetProperties.fields !== 'title' || typeof title !== 'string')
      throw fail('only a title change is modelled.');
    return () => {
      ss.name = title;
      for (const s of ss.sheets) s.revision++;
    };
  }
  const u = r.updateCells;
  if (!u) throw fail(`${Object.keys(r)[0] ?? 'an empty request'} is not modelled by the emulation.`);
  if (!u.fields) throw fail('updateCells: At least one field must be specified.');
  const fields = u.fields.split(',').map((f) => f.trim());
  for (const f of fields)
    if (!KNOWN_FIELDS.has(f)) throw fail(`updateCells: the field "${f}" is not modelled by the emulation.`);
  const sheet = ss.sheets.find((s) => s.id === u.start?.sheetId);
  if (!sheet) throw fail(`No grid with id: ${u.start?.sheetId}`);
  const row0 = u.start?.rowIndex ?? 0;
  const col0 = u.start?.columnIndex ?? 0;
  const rows = u.rows ?? [];
  const width = rows.reduce((n, x) => Math.max(n, x.values?.length ?? 0), 0);
  if (row0 + rows.length > sheet.maxRows || col0 + width > sheet.maxCols) {
    throw fail(
      `Range (${sheet.name}!R${row0 + 1}C${col0 + 1}:R${row0 + rows.length}C${col0 + width}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`,
    );
  }
  for (const x of rows)
    for (const cd of x.values ?? []) {
      const uv = cd.userEnteredValue;
      if (uv?.formulaValue !== undefined) throw fail('formulaValue is not modelled by the emulation.');
      if (uv && Object.keys(uv).length > 1) throw fail('a cell value has more than one kind.');
      if (uv?.numberValue !== undefined && !Number.isFinite(uv.numberValue))
        throw fail('numberValue must be a finite number.');
    }
  return () => {
    rows.forEach((x, ri) => {
      (x.values ?? []).forEach((cd, ci) => writeCell(sheet, row0 + ri + 1, col0 + ci + 1, cd, fields, ss.timeZone));
    });
    sheet.revision++;
  };
}

function writeCell(sheet: FakeSheet, row: number, col: number, cd: CellData, fields: string[], tz: string): void {
  const cell = sheet.cellAt(row, col);
  if (fields.includes('userEnteredFormat.numberFormat'))
    cell.fmt = cd.userEnteredFormat?.numberFormat?.pattern ?? undefined;
  if (fields.includes('userEnteredFormat.textFormat.bold'))
    cell.bold = cd.userEnteredFormat?.textFormat?.bold === true ? true : undefined;
  if (fields.includes('userEnteredValue')) {
    const uv = cd.userEnteredValue;
    let v: string | number | boolean | Date | null = null;
    if (uv?.stringValue !== undefined) v = String(uv.stringValue);
    else if (uv?.boolValue !== undefined) v = uv.boolValue === true;
    else if (uv?.numberValue !== undefined) v = uv.numberValue;
    // A number in a date format is a date: what SpreadsheetApp hands back as a Date.
    if (typeof v === 'number' && isDateFormat(cell.fmt)) v = dateOfSerial(v, tz);
    cell.v = v;
  }
}

function isDateFormat(fmt: string | undefined): boolean {
  return !!fmt && /y|d/i.test(fmt.replace(/"[^"]*"/g, ''));
}

/** A Sheets number-format pattern as the Java pattern formatDate takes (the parts we write). */
function javaPattern(fmt: string | undefined): string {
  if (!fmt) return 'yyyy-MM-dd HH:mm:ss';
  return fmt
    .replace(/hh/g, 'HH')
    .replace(/(HH:)mm/g, '$1mm')
    .replace(/(^|[^:H])mm/g, '$1MM');
}

function serialOf(d: Date, tz: string): number {
  const w = wallClock(d, tz);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) / DAY + 25569;
}

function dateOfSerial(serial: number, tz: string): Date {
  const wall = new Date(Math.round((serial - 25569) * DAY));
  const at = fromWallClock(
    tz,
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
  return new Date(at.getTime() + wall.getUTCMilliseconds());
}

/** `'Tab name'!A1:F20`, `Tab!A2:F` or `Tab`: bounds inside the grid, or Google's error. */
function parseRange(
  ss: FakeSpreadsheet,
  range: string,
  method: string,
): { sheet: FakeSheet; r1: number; c1: number; r2: number; c2: number } {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))(?:!([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?)?$/.exec(String(range));
  const fail = () => new Error(`${API}.${method} failed with error: Unable to parse range: ${range}`);
  if (!m) throw fail();
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const sheet = ss.sheets.find((s) => s.name === name);
  if (!sheet) throw fail();
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = m[3] ? col(m[3]) : 1;
  const r1 = m[4] ? Number(m[4]) : 1;
  const c2 = m[5] ? col(m[5]) : m[3] ? c1 : sheet.maxCols;
  const r2 = m[6] ? Number(m[6]) : m[5] || !m[3] ? sheet.maxRows : r1;
  if (r2 > sheet.maxRows || c2 > sheet.maxCols || r1 < 1 || c1 < 1) {
    throw new Error(
      `${API}.${method} failed with error: Range (${range}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`,
    );
  }
  return { sheet, r1, c1, r2, c2 };
}
