// "Archive old activities…": activities before a chosen year move to a new
// spreadsheet in the user's Drive, which keeps them readable and frees this file's cells, and
// can be undone. The new file is made with the Sheets advanced service under the drive.file
// scope (only files this add-on creates), so the add-on still cannot open the user's other
// spreadsheets. Order: journal, create, copy, read the copy back and compare, then remove; a run
// that dies before the removal leaves the CRM as it was, one that dies during it is finished
// (or undone) by the next call, which recognises the archived rows by their values.
import {
  activityYears,
  checkYear,
  fromReads,
  matchRows,
  rowKey,
  rowsBefore,
  rowsPerRequest,
  toCellData,
  type ArchiveRecord,
} from '../core/archive';
import { CATALOG, CrmError, t, userText, type Lang } from '../core/i18n';
import { ACTIVITY_COLUMNS, TAB, type ActivityHeader } from '../core/schema';
import { cleanText } from '../core/fields';
import { currentUser, message, openCrm, withDocumentLock, type Crm } from './services';
import { Table, type Row } from './table';

// Document properties: the last archive number, and one journal record per archive.
const LAST = 'lembar.archive.last';
const RECORD = 'lembar.archive.';
const ID_PREFIX = 'AR-';
const TAB_NAME = TAB.activities;
const RECENT_DAYS = 84;

/** The part of the Sheets advanced service (Sheets API v4) the archive uses. */
interface SheetsResource {
  create(resource: object): {
    spreadsheetId?: string;
    spreadsheetUrl?: string;
    sheets?: { properties?: { sheetId?: number } }[];
  };
  batchUpdate(resource: object, spreadsheetId: string): unknown;
  Values: { get(spreadsheetId: string, range: string, options: object): { values?: unknown[][] } };
}

/** The Sheets advanced service, or a clear error when the project does not enable it. */
function api(crm: Crm): SheetsResource {
  const s = typeof Sheets === 'undefined' ? undefined : (Sheets?.Spreadsheets as unknown as SheetsResource | undefined);
  if (!s?.Values) throw new CrmError({ key: 'archive.noService' }, crm.lang);
  return s;
}

export function showArchiveDialog(): void {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile('Archive').setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, t(crm.lang, 'archive.title'));
}

export interface ArchiveContext {
  lang: Lang;
  messages: Record<string, string>;
  /** The latest year one may archive before: the Summary's last 12 weeks stay in the CRM. */
  maxYear: number;
  /** Activities per year, oldest first. */
  years: { year: number; count: number }[];
  /** Cells in one row of the Activities tab (its grid's columns, used or not): what each archived row frees. */
  cellsPerRow: number;
  archives: ArchiveRecord[];
}

/** What the dialog shows: the years there are, and the archives made so far (newest first). */
export function getArchiveContext(): ArchiveContext {
  const crm = openCrm();
  const acts = Table.open(crm.ss, TAB_NAME, ACTIVITY_COLUMNS, crm.lang);
  return {
    lang: crm.lang,
    messages: CATALOG[crm.lang],
    maxYear: maxYear(crm),
    years: activityYears(acts.column('Timestamp'), crm.offset),
    cellsPerRow: acts.sheet.getMaxColumns(),
    archives: readRecords(),
  };
}

export type ArchiveResult =
  | { ok: true; archiveId: string; count: number; url: string; cellsFreed: number; message: string }
  | { ok: false; errors: Record<string, string> };

export function archiveActivities(input: { beforeYear?: unknown }): ArchiveResult {
  const crm = openCrm();
  const checked = checkYear(input?.beforeYear, maxYear(crm));
  if ('error' in checked) return { ok: false, errors: { beforeYear: message(crm.lang, checked.error) } };
  const year = checked.year;
  return withDocumentLock(crm.lang, () => {
    const props = PropertiesService.getDocumentProperties();
    const acts = Table.open(crm.ss, TAB_NAME, ACTIVITY_COLUMNS, crm.lang).withUserColumns();
    let rows = acts.allRows();
    // An archive a run left half-removed is finished first, so none of its rows is copied twice.
    for (const rec of readRecords()) {
      if (rec.state !== 'removing') continue;
      finishRemoval(crm, rec, acts, rows);
      rows = acts.allRows();
    }
    const at = acts.indexOf('Timestamp');
    const picked = rowsBefore(
      rows.map((r) => r[at]),
      year,
      crm.offset,
    );
    if (picked.length === 0)
      return { ok: false as const, errors: { beforeYear: t(crm.lang, 'archive.nothing', { year }) } };
    const moving = picked.map((i) => rows[i]);
    const width = acts.headers.width;
    const number = (Number(props.getProperty(LAST)) || 0) + 1;
    const id = `${ID_PREFIX}${String(number).padStart(4, '0')}`;
    const rec: ArchiveRecord = {
      id,
      beforeYear: year,
      count: moving.length,
      width,
      state: 'copying',
      spreadsheetId: '',
      url: '',
      at: crm.now.toISOString(),
      by: currentUser(),
    };
    const save = () => saveRecord(rec);
    props.setProperty(LAST, String(number));
    save();

    const sheets = api(crm);
    const created = sheets.create({
      // No locale: the API refuses some locale codes Apps Script reports (dates carry their own pattern).
      properties: { title: t(crm.lang, 'archive.fileTitle', { name: crm.ss.getName(), year }), timeZone: crm.timeZone },
      sheets: [
        {
          properties: {
            title: TAB_NAME,
            gridProperties: { rowCount: moving.length + 1, columnCount: width, frozenRowCount: 1 },
          },
        },
      ],
    });
    rec.spreadsheetId = String(created.spreadsheetId);
    rec.url = String(created.spreadsheetUrl);
    save();
    const sheetId = Number(created.sheets?.[0]?.properties?.sheetId ?? 0);
    writeCopy(sheets, rec.spreadsheetId, sheetId, acts.headers.headers.slice(0, width), moving, crm.offset);

    // Nothing leaves the CRM until the copy reads back equal, value for value.
    const back = readCopy(sheets, rec, crm.offset);
    if (back.length !== moving.length || back.some((r, i) => rowKey(r) !== rowKey(moving[i]))) {
      rec.state = 'failed';
      save();
      throw new CrmError({ key: 'archive.verifyFailed', params: { url: rec.url } }, crm.lang);
    }
    rec.state = 'removing';
    save();
    const gridBefore = acts.sheet.getMaxRows();
    acts.deleteDataRows(picked);
    const cellsFreed = (gridBefore - acts.sheet.getMaxRows()) * acts.sheet.getMaxColumns();
    rec.state = 'done';
    save();
    return {
      ok: true as const,
      archiveId: id,
      count: moving.length,
      url: rec.url,
      cellsFreed,
      message: t(crm.lang, 'archive.done', { count: moving.length, year }),
    };
  });
}

export type UndoArchiveResult = { ok: true; restored: number; message: string };

/** Puts an archive's activities back at the top of Activities (oldest first, as they were). */
export function undoArchive(input: { archiveId?: unknown }): UndoArchiveResult {
  const crm = openCrm();
  return withDocumentLock(crm.lang, () => {
    const id = cleanText(input?.archiveId);
    const rec = readRecords().find((r) => r.id === id);
    if (!rec) throw new CrmError({ key: 'archive.unknown', params: { id: userText(id || '?') } }, crm.lang);
    if (rec.state !== 'done' && rec.state !== 'removing')
      throw new CrmError({ key: 'archive.cannotUndo', params: { id: userText(id) } }, crm.lang);
    const sheets = api(crm);
    const back = readCopy(sheets, rec, crm.offset);
    const acts = Table.open(crm.ss, TAB_NAME, ACTIVITY_COLUMNS, crm.lang).withUserColumns();
    if (acts.headers.width < rec.width)
      throw new CrmError({ key: 'archive.narrower', params: { id: userText(id) } }, crm.lang);
    // Rows already back (a half-finished archive) are not added twice.
    const { missing } = matchRows(acts.allRows(), back);
    const restore = missing.map((i) => back[i]);
    acts.insertAtTop(restore);
    rec.state = 'undone';
    saveRecord(rec);
    sheets.batchUpdate(
      {
        requests: [
          {
            updateSpreadsheetProperties: {
              properties: {
                title: t(crm.lang, 'archive.restoredTitle', { year: rec.beforeYear, name: crm.ss.getName() }),
              },
              fields: 'title',
            },
          },
        ],
      },
      rec.spreadsheetId,
    );
    return {
      ok: true as const,
      restored: restore.length,
      message: t(crm.lang, 'archive.undone', { count: restore.length }),
    };
  });
}

/** Every archive made in this document, newest first. */
export function readRecords(): ArchiveRecord[] {
  const all = PropertiesService.getDocumentProperties().getProperties();
  return Object.keys(all)
    .filter((k) => k.startsWith(RECORD + ID_PREFIX))
    .map((k) => JSON.parse(all[k]) as ArchiveRecord)
    .sort((a, b) => (a.id < b.id ? 1 : -1));
}

function saveRecord(rec: ArchiveRecord): void {
  PropertiesService.getDocumentProperties().setProperty(RECORD + rec.id, JSON.stringify(rec));
}

/**
 * 1 January of the year chosen must be at least 12 weeks ago: the Summary's weekly figures, the
 * scorecard and the capacity forecast look back that far, and would go blank in January.
 */
function maxYear(crm: Crm): number {
  return new Date(crm.now.getTime() - RECENT_DAYS * 86400000 + crm.offset * 60000).getUTCFullYear();
}

function a1Column(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The header, then the rows (never none), in requests of about 50,000 cells each. */
function writeCopy(
  sheets: SheetsResource,
  spreadsheetId: string,
  sheetId: number,
  headers: string[],
  rows: Row[],
  offset: number,
): void {
  const header = {
    values: headers.map((h) => ({
      userEnteredValue: { stringValue: String(h) },
      userEnteredFormat: { textFormat: { bold: true } },
    })),
  };
  const per = rowsPerRequest(headers.length);
  for (let start = 0; start < rows.length; start += per) {
    const chunk = rows.slice(start, start + per).map((r) => ({ values: r.map((v) => toCellData(v, offset)) }));
    const requests: object[] = [
      {
        updateCells: {
          start: { sheetId, rowIndex: start + 1, columnIndex: 0 },
          rows: chunk,
          fields: 'userEnteredValue,userEnteredFormat.numberFormat',
        },
      },
    ];
    if (start === 0)
      requests.unshift({
        updateCells: {
          start: { sheetId, rowIndex: 0, columnIndex: 0 },
          rows: [header],
          fields: 'userEnteredValue,userEnteredFormat.textFormat.bold',
        },
      });
    sheets.batchUpdate({ requests }, spreadsheetId);
  }
}

/** The archived rows as they are in the archive file, Dates as Dates (two reads per chunk). */
function readCopy(sheets: SheetsResource, rec: ArchiveRecord, offset: number): Row[] {
  const per = rowsPerRequest(rec.width);
  const out: Row[] = [];
  for (let start = 0; start < rec.count; start += per) {
    const n = Math.min(per, rec.count - start);
    const range = `'${TAB_NAME}'!A${start + 2}:${a1Column(rec.width)}${start + 1 + n}`;
    const serial =
      sheets.Values.get(rec.spreadsheetId, range, {
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
      }).values ?? [];
    const formatted =
      sheets.Values.get(rec.spreadsheetId, range, {
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'FORMATTED_STRING',
      }).values ?? [];
    out.push(...fromReads(serial, formatted, n, rec.width, offset));
  }
  return out;
}

/** Removes from Activities the rows of an archive that a dead run left there (matched by value). */
function finishRemoval(crm: Crm, rec: ArchiveRecord, acts: Table<ActivityHeader>, rows: Row[]): void {
  const back = readCopy(api(crm), rec, crm.offset);
  const { found } = matchRows(rows, back);
  acts.deleteDataRows(found);
  rec.state = 'done';
  saveRecord(rec);
}
