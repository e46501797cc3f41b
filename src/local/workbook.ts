// The local workbook: an .xlsx file (exceljs) that opens in LibreOffice or Excel and uploads to
// Google Sheets. What Apps Script keeps outside the sheet (properties, triggers, mail quota) is
// saved in a very hidden tab, so it persists with the workbook as it would with a document.
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FakeSpreadsheet, DataValidation, isDate, a1, type Cell, type SheetsContext, type ChartSpec } from './spreadsheet';
import { emptyState, type PersistedState } from './services';
import { wallClock, fromWallClock } from './format-date';

const STATE_SHEET = '_lembar_state';

/** exceljs keeps sheet-level validations in `dataValidations`, which its typings leave out. */
interface SheetValidations {
  dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void; model: Record<string, ExcelJS.DataValidation | undefined> };
}
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as SheetValidations).dataValidations;
const CHUNK = 30000; // an xlsx cell holds at most 32,767 characters

interface Meta {
  version: 1;
  name: string;
  locale: string;
  timeZone: string;
  sheets: Record<string, { maxRows: number; maxCols: number; hidden: boolean; protections: { a1: string | null; warningOnly: boolean; description: string }[]; charts?: ChartSpec[] }>;
  state: PersistedState;
}

/** Excel serials are wall-clock times: write the spreadsheet-zone wall clock as if it were UTC. */
function toExcelDate(d: Date, tz: string): Date {
  const w = wallClock(d, tz);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms));
}
function fromExcelDate(d: Date, tz: string): Date {
  return fromWallClock(tz, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

export async function saveWorkbook(file: string, ss: FakeSpreadsheet, state: PersistedState): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lembar CRM';
  const meta: Meta = { version: 1, name: ss.name, locale: ss.locale, timeZone: ss.timeZone, sheets: {}, state };
  for (const sheet of ss.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
    if (sheet.frozenRows > 0) ws.views = [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: 0 }];
    meta.sheets[sheet.name] = {
      maxRows: sheet.maxRows,
      maxCols: sheet.maxCols,
      hidden: sheet.hidden,
      protections: sheet.protections.map((p) => ({ a1: p.a1Notation, warningOnly: p.warningOnly, description: p.description })),
      // xlsx charts are not written by exceljs: the chart descriptions travel in our state.
      charts: sheet.charts,
    };
    sheet.cells.forEach((line, r) => {
      if (!line) return;
      line.forEach((cell, c) => {
        if (!cell) return;
        const xc = ws.getCell(r + 1, c + 1);
        if (cell.f) xc.value = { formula: cell.f.slice(1), result: undefined } as ExcelJS.CellFormulaValue;
        else if (cell.v !== null && cell.v !== undefined) xc.value = isDate(cell.v) ? toExcelDate(cell.v, ss.timeZone) : cell.v;
        if (cell.fmt && cell.fmt !== 'General') xc.numFmt = cell.fmt;
        if (cell.bold) xc.font = { bold: true };
        if (cell.bg) xc.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.bg.replace('#', '').toUpperCase()}` } };
        if (cell.dv) {
          validations(ws).add(a1(r + 1, c + 1), {
            type: 'list',
            allowBlank: true,
            formulae: [cell.dv.kind === 'checkbox' ? '"TRUE,FALSE"' : `"${cell.dv.values.join(',')}"`],
            showErrorMessage: !cell.dv.allowInvalid,
            errorStyle: cell.dv.allowInvalid ? 'warning' : 'stop',
            // The prompt marks our checkboxes, which xlsx has no type for.
            promptTitle: cell.dv.kind === 'checkbox' ? 'checkbox' : undefined,
          });
        }
      });
    });
  }
  const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  const json = JSON.stringify(meta);
  for (let i = 0; i * CHUNK < json.length; i++) ws.getCell(i + 1, 1).value = json.slice(i * CHUNK, (i + 1) * CHUNK);
  // Write beside the file and rename, so a crash never leaves half a workbook.
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  await wb.xlsx.writeFile(tmp);
  fs.renameSync(tmp, file);
}

/** An xlsx list validation as our rule (shared by identical cells); checkboxes are marked by their prompt. */
function ruleOf(dv: ExcelJS.DataValidation | undefined, rules: Map<string, DataValidation>): DataValidation | null {
  if (dv?.type !== 'list' || !dv.formulae?.[0]) return null;
  const key = `${dv.formulae[0]}|${dv.errorStyle}|${dv.promptTitle}`;
  let rule = rules.get(key);
  if (!rule) {
    const checkbox = dv.promptTitle === 'checkbox';
    rule = new DataValidation(checkbox ? 'checkbox' : 'list', checkbox ? [] : String(dv.formulae[0]).replace(/^"|"$/g, '').split(','), dv.errorStyle !== 'stop', true);
    rules.set(key, rule);
  }
  return rule;
}

export async function loadWorkbook(file: string, ctx: SheetsContext): Promise<{ spreadsheet: FakeSpreadsheet; state: PersistedState }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const stateWs = wb.getWorksheet(STATE_SHEET);
  let meta: Meta | null = null;
  if (stateWs) {
    let json = '';
    for (let r = 1; r <= stateWs.rowCount; r++) json += String(stateWs.getCell(r, 1).value ?? '');
    meta = JSON.parse(json) as Meta;
  }
  const ss = new FakeSpreadsheet(ctx, path.resolve(file), meta?.name ?? path.basename(file, '.xlsx'), meta?.locale ?? 'in_ID', meta?.timeZone ?? 'Asia/Jakarta');
  ss.sheets = [];
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
        const cell: Cell = { v: null };
        const v = xc.value as unknown;
        if (v && typeof v === 'object' && 'formula' in (v as object)) cell.f = `=${(v as { formula: string }).formula}`;
        else if (v && typeof v === 'object' && 'richText' in (v as object)) cell.v = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
        else if (isDate(v)) cell.v = fromExcelDate(v, ss.timeZone);
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') cell.v = v;
        if (xc.numFmt) cell.fmt = xc.numFmt;
        if (xc.font?.bold) cell.bold = true;
        const rule = ruleOf(xc.dataValidation as ExcelJS.DataValidation | undefined, rules);
        if (rule) cell.dv = rule;
        if (cell.v !== null || cell.f || cell.fmt || cell.bold || cell.dv) {
          sheet.cells[r - 1] ??= [];
          sheet.cells[r - 1][c - 1] = cell;
        }
      });
    }
    // exceljs only visits rows with values: validations and formats of empty rows come from its model.
    const model = validations(ws).model;
    for (const [addr, dv] of Object.entries(model)) {
      const rule = ruleOf(dv, rules);
      if (!rule || !/^[A-Z]+\d+$/.test(addr)) continue;
      const range = sheet.getRange(addr);
      if (sheet.cells[range.row - 1]?.[range.col - 1]?.dv) continue;
      sheet.cellAt(range.row, range.col).dv = rule;
    }
  }
  if (ss.sheets.length === 0) ss.insertSheet('Sheet1');
  return { spreadsheet: ss, state: meta?.state ?? emptyState() };
}
