// The local workbook: an .xlsx file (exceljs) that opens in LibreOffice or Excel and uploads to
// Google Sheets. What Apps Script keeps outside the sheet (properties, triggers, mail quota) is
// saved in a very hidden tab, so it persists with the workbook as it would with a document.
//
// A save changes only what the add-on changed. The exceljs workbook read from the file is kept
// beside the emulated spreadsheet with a copy of the cells as read; a save writes the cells that
// differ from that copy into it and leaves the rest as it was: hyperlinks, notes, fonts, column
// widths, conditional formats, error values and cached formula results of cells the add-on did
// not touch survive, and a row the add-on deleted or inserted moves everything it carried.
import ExcelJS from 'exceljs';
import * as path from 'node:path';
import {
  FakeSpreadsheet,
  type FakeSheet,
  DataValidation,
  isDate,
  a1,
  type Cell,
  type SheetsContext,
  type ChartSpec,
} from './spreadsheet';
import { emptyState, type PersistedState } from './services';
import { wallClock, fromWallClock } from './format-date';
import { encodeXmlText, needsEncoding } from './xml-text';

const STATE_SHEET = '_lembar_state';

/** exceljs keeps sheet-level validations in `dataValidations`, which its typings leave out. */
interface SheetValidations {
  dataValidations: {
    add(address: string, dv: ExcelJS.DataValidation): void;
    model: Record<string, ExcelJS.DataValidation | undefined>;
  };
}
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as SheetValidations).dataValidations;
const CHUNK = 30000; // an xlsx cell holds at most 32,767 characters

interface Meta {
  version: 1;
  name: string;
  locale: string;
  timeZone: string;
  sheets: Record<
    string,
    {
      maxRows: number;
      maxCols: number;
      hidden: boolean;
      protections: { a1: string | null; warningOnly: boolean; description: string }[];
      charts?: ChartSpec[];
      /** The form whose responses this tab receives (Sheet.getFormUrl()). */
      formUrl?: string;
    }
  >;
  state: PersistedState;
}

/** What was read from (or last saved to) the file, to save only the differences. */
interface Origin {
  wb: ExcelJS.Workbook;
  sheets: Map<FakeSheet, { ws: ExcelJS.Worksheet; cells: Cell[][]; revision: number }>;
  /** The meta (with the state) as last read or saved. */
  meta: string;
}
const origins = new WeakMap<FakeSpreadsheet, Origin>();

/** Excel serials are wall-clock times: write the spreadsheet-zone wall clock as if it were UTC. */
function toExcelDate(d: Date, tz: string): Date {
  const w = wallClock(d, tz);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms));
}
function fromExcelDate(d: Date, tz: string): Date {
  return fromWallClock(
    tz,
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
}

function metaOf(ss: FakeSpreadsheet, state: PersistedState): Meta {
  const meta: Meta = { version: 1, name: ss.name, locale: ss.locale, timeZone: ss.timeZone, sheets: {}, state };
  for (const sheet of ss.sheets) {
    meta.sheets[sheet.name] = {
      maxRows: sheet.maxRows,
      maxCols: sheet.maxCols,
      hidden: sheet.hidden,
      protections: sheet.protections.map((p) => ({
        a1: p.a1Notation,
        warningOnly: p.warningOnly,
        description: p.description,
      })),
      // xlsx charts are not written by exceljs: the chart descriptions travel in our state.
      charts: sheet.charts,
      ...(sheet.formUrl ? { formUrl: sheet.formUrl } : {}),
    };
  }
  return meta;
}
/** Sheet order and frozen rows are part of what a save must notice. */
const metaKey = (ss: FakeSpreadsheet, state: PersistedState) =>
  JSON.stringify([metaOf(ss, state), ss.sheets.map((s) => [s.name, s.frozenRows])]);

const copyCell = (c: Cell | undefined): Cell | undefined =>
  c ? { ...c, v: isDate(c.v) ? new Date(c.v.getTime()) : c.v } : undefined;
const copyCells = (cells: Cell[][]): Cell[][] => cells.map((line) => (line ? line.map(copyCell) : line)) as Cell[][];

function sameValue(a: Cell['v'] | undefined, b: Cell['v'] | undefined): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}
function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (!a || !b) return isBlank(a) && isBlank(b);
  return (
    sameValue(a.v, b.v) &&
    (a.f ?? '') === (b.f ?? '') &&
    sameFmt(a.fmt, b.fmt) &&
    !!a.bold === !!b.bold &&
    (a.bg ?? '') === (b.bg ?? '') &&
    sameRule(a.dv, b.dv) &&
    (a.note ?? '') === (b.note ?? '')
  );
}
const isBlank = (c: Cell | undefined) =>
  !c ||
  ((c.v === null || c.v === undefined || c.v === '') &&
    !c.f &&
    sameFmt(c.fmt, undefined) &&
    !c.bold &&
    !c.bg &&
    !c.dv &&
    !c.note);
const sameFmt = (a: string | undefined, b: string | undefined) => (a ?? 'General') === (b ?? 'General');
const sameRule = (a: DataValidation | undefined, b: DataValidation | undefined) =>
  a === b ||
  (!!a &&
    !!b &&
    a.kind === b.kind &&
    a.allowInvalid === b.allowInvalid &&
    a.values.join('\u0000') === b.values.join('\u0000'));

/** Row r of the result came from row map[r-1] of the file (null: a new row). */
function rowMap(edits: FakeSheet['rowEdits'], rows: number): (number | null)[] {
  const map: (number | null)[] = Array.from({ length: rows }, (_, i) => i + 1);
  for (const e of edits) {
    if (e.op === 'delete') map.splice(e.at - 1, e.count);
    else if (e.at - 1 <= map.length) map.splice(e.at - 1, 0, ...new Array<null>(e.count).fill(null));
  }
  return map;
}

/** Moves the file's rows as the add-on moved its rows: values, styles, notes, hyperlinks, heights and validations. */
function moveRows(ws: ExcelJS.Worksheet, map: (number | null)[], last: number): void {
  let first = 1;
  while (first <= map.length && map[first - 1] === first) first++;
  if (first > last && first > map.length) return;
  const saved = new Map<number, { height?: number; cells: [number, ExcelJS.CellModel][] }>();
  for (let r = first; r <= last; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const cells: [number, ExcelJS.CellModel][] = [];
    row.eachCell({ includeEmpty: true }, (xc, c) => cells.push([c, xc.model as ExcelJS.CellModel]));
    saved.set(r, { height: row.height, cells });
  }
  const model = validations(ws).model;
  const rules = new Map<number, [number, ExcelJS.DataValidation][]>();
  for (const [addr, dv] of Object.entries(model)) {
    const m = /^([A-Z]+)(\d+)$/.exec(addr);
    if (!m || Number(m[2]) < first || !dv) continue;
    const r = Number(m[2]);
    rules.set(r, [...(rules.get(r) ?? []), [ws.getColumn(m[1]).number, dv]]);
    delete model[addr];
  }
  const rows = (ws as unknown as { _rows: unknown[] })._rows;
  for (let r = first; r <= Math.max(last, map.length); r++) rows[r - 1] = undefined;
  for (let r = first; r <= map.length; r++) {
    const from = map[r - 1];
    const src = from === null ? undefined : saved.get(from);
    if (src) {
      const row = ws.getRow(r);
      if (src.height) row.height = src.height;
      for (const [c, m] of src.cells)
        row.getCell(c).model = { ...m, address: a1(r, c) } as unknown as ExcelJS.CellModel;
    }
    for (const [c, dv] of from === null ? [] : (rules.get(from) ?? [])) validations(ws).add(a1(r, c), dv);
  }
}

function writeCell(
  ws: ExcelJS.Worksheet,
  r: number,
  c: number,
  cell: Cell | undefined,
  was: Cell | undefined,
  tz: string,
): void {
  const xc = ws.getCell(r, c);
  if (!sameValue(cell?.v, was?.v) || (cell?.f ?? '') !== (was?.f ?? '')) {
    if (cell?.f) xc.value = { formula: cell.f.slice(1), result: undefined } as ExcelJS.CellFormulaValue;
    else if (cell?.v !== null && cell?.v !== undefined) xc.value = isDate(cell.v) ? toExcelDate(cell.v, tz) : cell.v;
    else xc.value = null;
  }
  // Styles may be shared between cells by exceljs: replace the style object, never edit it.
  if (!sameFmt(cell?.fmt, was?.fmt)) xc.style = { ...xc.style, numFmt: cell?.fmt ?? 'General' };
  if (!!cell?.bold !== !!was?.bold) xc.style = { ...xc.style, font: { ...xc.style.font, bold: !!cell?.bold } };
  if ((cell?.bg ?? '') !== (was?.bg ?? '')) {
    const fill = cell?.bg
      ? ({
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: `FF${cell.bg.replace('#', '').toUpperCase()}` },
        } as ExcelJS.Fill)
      : undefined;
    xc.style = { ...xc.style, fill };
  }
  if (!sameRule(cell?.dv, was?.dv)) {
    const addr = a1(r, c);
    delete validations(ws).model[addr];
    const dv = cell?.dv;
    if (dv) {
      validations(ws).add(addr, {
        type: 'list',
        allowBlank: true,
        formulae: [dv.kind === 'checkbox' ? '"TRUE,FALSE"' : `"${dv.values.join(',')}"`],
        showErrorMessage: !dv.allowInvalid,
        errorStyle: dv.allowInvalid ? 'warning' : 'stop',
        // The prompt marks our checkboxes, which xlsx has no type for.
        promptTitle: dv.kind === 'checkbox' ? 'checkbox' : undefined,
      });
    }
  }
  if ((cell?.note ?? '') !== (was?.note ?? '')) {
    if (cell?.note) xc.note = cell.note;
    else (xc as unknown as { _comment?: unknown })._comment = undefined;
  }
}

/** Writes what changed since `origin` into its workbook; afterwards the origin matches `ss`. */
function apply(origin: Origin, ss: FakeSpreadsheet, state: PersistedState): void {
  const { wb } = origin;
  const state0 = wb.getWorksheet(STATE_SHEET);
  if (state0) wb.removeWorksheet(state0.id);
  for (const [sheet, { ws }] of origin.sheets) {
    if (!ss.sheets.includes(sheet)) {
      wb.removeWorksheet(ws.id);
      origin.sheets.delete(sheet);
    }
  }
  for (const sheet of ss.sheets) {
    let entry = origin.sheets.get(sheet);
    if (!entry) {
      entry = { ws: wb.addWorksheet(sheet.name), cells: [], revision: -1 };
      origin.sheets.set(sheet, entry);
    }
    const { ws } = entry;
    ws.name = sheet.name;
    ws.state = sheet.hidden ? 'hidden' : 'visible';
    ws.views = sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: 0 }] : [];
    if (entry.revision === sheet.revision && sheet.rowEdits.length === 0 && !sheet.columnsShifted) continue; // nobody wrote to it
    let was = entry.cells;
    if (sheet.rowEdits.length > 0) {
      const last = Math.max(ws.rowCount, was.length);
      const map = rowMap(sheet.rowEdits, last);
      moveRows(ws, map, last);
      was = map.map((from) => (from === null ? [] : (was[from - 1] ?? [])));
    }
    if (sheet.columnsShifted) {
      // Moving columns is not modelled: the tab is written again from the emulation (its notes and links go).
      const rows = (ws as unknown as { _rows: unknown[] })._rows;
      rows.length = 0;
      for (const addr of Object.keys(validations(ws).model)) delete validations(ws).model[addr];
      was = [];
    }
    const rows = Math.max(sheet.cells.length, was.length);
    for (let r = 0; r < rows; r++) {
      const line = sheet.cells[r];
      const old = was[r];
      const cols = Math.max(line?.length ?? 0, old?.length ?? 0);
      for (let c = 0; c < cols; c++)
        if (!sameCell(line?.[c], old?.[c])) writeCell(ws, r + 1, c + 1, line?.[c], old?.[c], ss.timeZone);
    }
    entry.cells = copyCells(sheet.cells);
    entry.revision = sheet.revision;
    sheet.rowEdits = [];
    sheet.columnsShifted = false;
  }
  // Tabs in the spreadsheet's order, then our state.
  const order = ss.sheets.map((s) => origin.sheets.get(s)!.ws);
  order.forEach((ws, i) => {
    (ws as unknown as { orderNo: number }).orderNo = i;
  });
  const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  (ws as unknown as { orderNo: number }).orderNo = order.length;
  const json = JSON.stringify(metaOf(ss, state));
  for (let i = 0; i * CHUNK < json.length; i++) ws.getCell(i + 1, 1).value = json.slice(i * CHUNK, (i + 1) * CHUNK);
  origin.meta = metaKey(ss, state);
}

/** Whether `ss` or the state differ from what was read or last saved (reading changes nothing). */
export function hasChanges(ss: FakeSpreadsheet, state: PersistedState): boolean {
  const origin = origins.get(ss);
  if (!origin || origin.meta !== metaKey(ss, state)) return true;
  for (const sheet of ss.sheets) {
    const entry = origin.sheets.get(sheet);
    if (!entry || sheet.rowEdits.length > 0 || sheet.columnsShifted) return true;
    if (entry.revision === sheet.revision) continue; // nobody wrote to it
    const rows = Math.max(sheet.cells.length, entry.cells.length);
    for (let r = 0; r < rows; r++) {
      const line = sheet.cells[r];
      const old = entry.cells[r];
      if (line === old) continue;
      const cols = Math.max(line?.length ?? 0, old?.length ?? 0);
      for (let c = 0; c < cols; c++) if (!sameCell(line?.[c], old?.[c])) return true;
    }
  }
  return false;
}

/** Every string of the workbook in the form XML can hold; returns how to put the originals back. */
function encodeStrings(wb: ExcelJS.Workbook): () => void {
  const undo: (() => void)[] = [];
  const enc = (s: unknown) => (typeof s === 'string' && needsEncoding(s) ? encodeXmlText(s) : s);
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (xc) => {
        const v = xc.value as unknown;
        let next: unknown = v;
        if (typeof v === 'string') next = enc(v);
        else if (v && typeof v === 'object') {
          const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; formula?: unknown };
          if (o.richText?.some((t) => needsEncoding(t.text)))
            next = { ...o, richText: o.richText.map((t) => ({ ...t, text: enc(t.text) })) };
          else if ('hyperlink' in o && typeof o.text === 'string' && needsEncoding(o.text))
            next = { ...o, text: enc(o.text) };
          else if ('formula' in o && typeof o.result === 'string' && needsEncoding(o.result))
            next = { ...o, result: enc(o.result) };
        }
        if (next !== v) {
          xc.value = next as ExcelJS.CellValue;
          undo.push(() => {
            xc.value = v as ExcelJS.CellValue;
          });
        }
        const note = xc.note;
        if (typeof note === 'string' && needsEncoding(note)) {
          xc.note = encodeXmlText(note);
          undo.push(() => {
            xc.note = note;
          });
        }
      }),
    );
  }
  return () => {
    for (const u of undo.reverse()) u();
  };
}

/** Saves `ss` to `file` (written in place: callers that need atomicity write a temporary file and rename it). */
export async function saveWorkbook(file: string, ss: FakeSpreadsheet, state: PersistedState): Promise<void> {
  let origin = origins.get(ss);
  if (!origin) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Lembar CRM';
    origin = { wb, sheets: new Map(), meta: '' };
    origins.set(ss, origin);
  }
  apply(origin, ss, state);
  const restore = encodeStrings(origin.wb);
  try {
    // The fastest deflate level: a 20,000-row save spent more time compressing than the audit
    // took; the file is a little larger, any xlsx reader opens it the same.
    await origin.wb.xlsx.writeFile(file, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
  } catch (e) {
    origin.meta = ''; // not on disk: the next save writes again
    throw e;
  } finally {
    restore();
  }
}

/** An xlsx list validation as our rule (shared by identical cells); checkboxes are marked by their prompt. */
function ruleOf(dv: ExcelJS.DataValidation | undefined, rules: Map<string, DataValidation>): DataValidation | null {
  if (dv?.type !== 'list' || !dv.formulae?.[0]) return null;
  const key = `${dv.formulae[0]}|${dv.errorStyle}|${dv.promptTitle}`;
  let rule = rules.get(key);
  if (!rule) {
    const checkbox = dv.promptTitle === 'checkbox';
    rule = new DataValidation(
      checkbox ? 'checkbox' : 'list',
      checkbox ? [] : String(dv.formulae[0]).replace(/^"|"$/g, '').split(','),
      dv.errorStyle !== 'stop',
      true,
    );
    rules.set(key, rule);
  }
  return rule;
}

/** A cell as Apps Script reads it: a link's text, a formula's last result, an error's code. */
function readCell(xc: ExcelJS.Cell, tz: string): Cell {
  const cell: Cell = { v: null };
  const v = xc.value as unknown;
  const scalar = (x: unknown): Cell['v'] => {
    if (isDate(x)) return fromExcelDate(x, tz);
    if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return x;
    if (x && typeof x === 'object' && 'error' in x) return String((x as { error: unknown }).error);
    return null;
  };
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    cell.f = `=${xc.formula}`;
    cell.v = scalar(xc.result);
  } else if (v && typeof v === 'object' && 'richText' in v)
    cell.v = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  else if (v && typeof v === 'object' && 'hyperlink' in v) {
    const text = (v as unknown as { text: unknown }).text;
    cell.v =
      text && typeof text === 'object' && 'richText' in text
        ? (text as { richText: { text: string }[] }).richText.map((t) => t.text).join('')
        : scalar(text);
  } else cell.v = scalar(v);
  if (xc.numFmt) cell.fmt = xc.numFmt;
  if (xc.font?.bold) cell.bold = true;
  const note = xc.note as unknown;
  if (typeof note === 'string' && note) cell.note = note;
  else if (note && typeof note === 'object' && 'texts' in note)
    cell.note = (note as { texts: { text: string }[] }).texts.map((t) => t.text).join('');
  return cell;
}

export async function loadWorkbook(
  file: string,
  ctx: SheetsContext,
): Promise<{ spreadsheet: FakeSpreadsheet; state: PersistedState }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const stateWs = wb.getWorksheet(STATE_SHEET);
  let meta: Meta | null = null;
  if (stateWs) {
    let json = '';
    for (let r = 1; r <= stateWs.rowCount; r++) json += String(stateWs.getCell(r, 1).value ?? '');
    meta = JSON.parse(json) as Meta;
  }
  const ss = new FakeSpreadsheet(
    ctx,
    path.resolve(file),
    meta?.name ?? path.basename(file, '.xlsx'),
    meta?.locale ?? 'in_ID',
    meta?.timeZone ?? 'Asia/Jakarta',
  );
  ss.sheets = [];
  const origin: Origin = { wb, sheets: new Map(), meta: '' };
  for (const ws of wb.worksheets) {
    if (ws.name === STATE_SHEET) continue;
    const sheet = ss.insertSheet(ws.name);
    const m = meta?.sheets[ws.name];
    sheet.maxRows = Math.max(m?.maxRows ?? 1000, ws.rowCount);
    sheet.maxCols = Math.max(m?.maxCols ?? 26, ws.columnCount);
    sheet.hidden = m?.hidden ?? ws.state !== 'visible';
    const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
    sheet.frozenRows = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
    sheet.charts = m?.charts ?? [];
    sheet.formUrl = m?.formUrl ?? null;
    for (const p of m?.protections ?? []) {
      const prot = p.a1 === null ? sheet.protect() : sheet.getRange(p.a1).protect();
      prot.setWarningOnly(p.warningOnly).setDescription(p.description);
    }
    const rules = new Map<string, DataValidation>();
    // Rows holding only formats (plain text on empty rows) count too, so visit every row.
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      if (!row) continue;
      row.eachCell({ includeEmpty: true }, (xc, c) => {
        const cell = readCell(xc, ss.timeZone);
        const rule = ruleOf(xc.dataValidation as ExcelJS.DataValidation | undefined, rules);
        if (rule) cell.dv = rule;
        if (cell.v !== null || cell.f || cell.fmt || cell.bold || cell.dv || cell.note) {
          sheet.cells[r - 1] ??= [];
          sheet.cells[r - 1][c - 1] = cell;
        }
      });
    }
    // exceljs only visits rows with values: validations of empty rows come from its model.
    const model = validations(ws).model;
    for (const [addr, dv] of Object.entries(model)) {
      const rule = ruleOf(dv, rules);
      if (!rule || !/^[A-Z]+\d+$/.test(addr)) continue;
      const range = sheet.getRange(addr);
      if (sheet.cells[range.row - 1]?.[range.col - 1]?.dv) continue;
      sheet.cellAt(range.row, range.col).dv = rule;
    }
    sheet.rowEdits = [];
    origin.sheets.set(sheet, { ws, cells: copyCells(sheet.cells), revision: sheet.revision });
  }
  if (ss.sheets.length === 0) ss.insertSheet('Sheet1');
  const state = meta?.state ?? emptyState();
  origin.meta = metaKey(ss, state);
  origins.set(ss, origin);
  return { spreadsheet: ss, state };
}
