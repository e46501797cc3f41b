// "Archive old activities…": activities before a chosen year move to a new
// spreadsheet in the user's Drive, which keeps them readable and frees this file's cells, and
// can be undone. The new file is made with the Sheets advanced service under the drive.file
// scope (only files this add-on creates), so the add-on still cannot open the user's other
// spreadsheets, nor a teammate's archive: an archive's file is its creator's, so only the
// creator can put it back or finish it, and others are told so instead of failing. Order:
// journal, create, copy, read the copy back and compare, then remove; a run that dies before the
// removal leaves the CRM as it was, one that dies during it is finished (or undone) by the
// creator's next call, which recognises the archived rows by their values. An undo journals what
// it puts back, so a run killed after inserting rows is settled by whoever calls next.
import {
  activityYears,
  checkYear,
  fingerprint,
  fromReads,
  isBlankRow,
  isOwnArchive,
  jsonBytes,
  matchRows,
  packRows,
  rowKey,
  rowsBefore,
  rowsPerRequest,
  toCellData,
  type ArchiveRecord,
} from '../core/archive';
import { offsetFromZ, toYmd } from '../core/dates';
import { CATALOG, CrmError, t, userText, type Lang, type Message } from '../core/i18n';
import { ACTIVITY_COLUMNS, TAB, type ActivityHeader } from '../core/schema';
import { cleanText } from '../core/fields';
import { ZoneClock } from '../core/zone';
import { currentUser, message, openCrm, withDocumentLock, type Crm } from './services';
import { Table, type Row } from './table';
import { documentProperties } from './execution';

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
  /**
   * Newest first; `mine`: the file is this user's, so they can open it and put it back; `day`:
   * when it was made, in the spreadsheet's time zone (YYYY-MM-DD).
   */
  archives: (ArchiveRecord & { mine: boolean; day: string })[];
}

/** What the dialog shows: the years there are, and the archives made so far (newest first). */
export function getArchiveContext(): ArchiveContext {
  const crm = openCrm();
  const acts = Table.open(crm.ss, TAB_NAME, ACTIVITY_COLUMNS, crm.lang);
  const me = currentUser();
  return {
    lang: crm.lang,
    messages: CATALOG[crm.lang],
    maxYear: maxYear(crm),
    years: activityYears(acts.column('Timestamp'), zoneOf(crm)),
    cellsPerRow: acts.sheet.getMaxColumns(),
    archives: readRecords().map((r) => ({
      ...r,
      mine: isOwnArchive(r, me),
      day: Number.isNaN(Date.parse(r.at)) ? '' : toYmd(new Date(r.at), crm.offset),
    })),
  };
}

/**
 * The spreadsheet's time zone, each date with its own offset: probed through
 * Utilities.formatDate (the `Z` pattern) at the ends of each two weeks the dates span, never per row.
 */
function zoneOf(crm: Crm): ZoneClock {
  return new ZoneClock((ms) => offsetFromZ(Utilities.formatDate(new Date(ms), crm.timeZone, 'Z')));
}

const cannotOpen = (err: unknown) => err instanceof CrmError && err.msg.key === 'archive.cannotOpen';

/** Who made an archive, for a message (the person's email, or words when nobody was named). */
function byOf(crm: Crm, rec: ArchiveRecord) {
  return rec.by ? userText(rec.by) : t(crm.lang, 'archive.someone');
}

/**
 * Runs a call on an archive's file. Under drive.file the API answers "not found" (or "no
 * permission") for a file this user's add-on did not make, or one deleted: that becomes a
 * message naming the archive and whose Drive it is in. Any other failure stays what it is.
 */
function onFile<T>(crm: Crm, rec: ArchiveRecord, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const text = String((err as Error)?.message ?? err);
    if (err instanceof CrmError || !/not found|permission|forbidden/i.test(text)) throw err;
    throw new CrmError({ key: 'archive.cannotOpen', params: { id: userText(rec.id), by: byOf(crm, rec) } }, crm.lang);
  }
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
    const props = documentProperties();
    const acts = Table.open(crm.ss, TAB_NAME, ACTIVITY_COLUMNS, crm.lang).withUserColumns();
    const me = currentUser();
    const zone = zoneOf(crm);
    settleRestores(crm, acts, me);
    let rows = acts.allRows();
    // An archive a run left half-removed is finished first, so none of its rows is copied twice.
    // Only its creator's add-on can open its file: anyone else waits, told why.
    for (const rec of readRecords()) {
      if (rec.state !== 'removing') continue;
      const wait = (m: Message) => ({ ok: false as const, errors: { beforeYear: message(crm.lang, m) } });
      if (!isOwnArchive(rec, me)) return wait({ key: 'archive.waitOwner', params: { id: rec.id, by: byOf(crm, rec) } });
      try {
        finishRemoval(crm, rec, acts, rows, zone);
      } catch (err) {
        if (!cannotOpen(err)) throw err;
        return wait({ key: 'archive.blocked', params: { id: rec.id } });
      }
      rows = acts.allRows();
    }
    const at = acts.indexOf('Timestamp');
    const picked = rowsBefore(
      rows.map((r) => r[at]),
      year,
      zone,
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
      by: me,
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
    writeCopy(sheets, rec.spreadsheetId, sheetId, acts.headers.headers.slice(0, width), moving, zone);

    // Nothing leaves the CRM until the copy reads back equal, value for value.
    const back = readCopy(sheets, rec, zone);
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
    const me = currentUser();
    const acts = Table.open(crm.ss, TAB_NAME, ACTIVITY_COLUMNS, crm.lang).withUserColumns();
    // An undo that died while putting rows back is settled first (whoever calls).
    settleRestores(crm, acts, me);
    const rec = readRecords().find((r) => r.id === id);
    if (!rec) throw new CrmError({ key: 'archive.unknown', params: { id: userText(id || '?') } }, crm.lang);
    if (rec.state !== 'done' && rec.state !== 'removing')
      throw new CrmError({ key: 'archive.cannotUndo', params: { id: userText(id) } }, crm.lang);
    if (!isOwnArchive(rec, me))
      throw new CrmError({ key: 'archive.onlyOwner', params: { id: rec.id, by: byOf(crm, rec) } }, crm.lang);
    const sheets = api(crm);
    const back = onFile(crm, rec, () => readCopy(sheets, rec, zoneOf(crm)));
    if (acts.headers.width < rec.width)
      throw new CrmError({ key: 'archive.narrower', params: { id: userText(id) } }, crm.lang);
    // Rows already back (a half-finished archive) are not added twice.
    const { missing } = matchRows(acts.allRows(), back);
    const restore = missing.map((i) => back[i]);
    if (restore.length > 0) {
      // Journal first: a run killed after inserting the rows leaves blank rows that the next
      // call removes (or, when the values are in, counts the undo as done).
      rec.restoring = { rows: restore.length, key: fingerprint(restore), from: rec.state };
      rec.state = 'restoring';
      saveRecord(rec);
      acts.insertAtTop(restore);
    }
    rec.state = 'undone';
    delete rec.restoring;
    saveRecord(rec);
    renameRestored(crm, rec);
    return {
      ok: true as const,
      restored: restore.length,
      message: t(crm.lang, 'archive.undone', { count: restore.length }),
    };
  });
}

/** Renames a put-back archive's file so its owner knows it may be deleted. */
function renameRestored(crm: Crm, rec: ArchiveRecord): void {
  onFile(crm, rec, () =>
    api(crm).batchUpdate(
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
    ),
  );
}

/**
 * Settles undos that died while putting rows back (state `restoring`), from the CRM alone: the
 * first rows of Activities are the ones the undo inserted. All blank: the run died between the
 * insert and the write, so they go and the archive is as before. Equal to what was being put
 * back: the undo is done (the file renamed when it is this user's). Otherwise the insert never
 * happened, and the archive is as before.
 */
function settleRestores(crm: Crm, acts: Table<ActivityHeader>, me: string): void {
  for (const rec of readRecords()) {
    if (rec.state !== 'restoring') continue;
    const r = rec.restoring ?? { rows: 0, key: '', from: 'done' as const };
    const n = r.rows <= acts.rowCount ? r.rows : 0;
    const top = n > 0 ? acts.sheet.getSheetValues(2, 1, n, acts.headers.width) : [];
    let done = false;
    if (n > 0 && top.every(isBlankRow)) acts.deleteDataRows(top.map((_, i) => i));
    else done = n > 0 && fingerprint(top) === r.key;
    rec.state = done ? 'undone' : r.from;
    delete rec.restoring;
    saveRecord(rec);
    if (done && isOwnArchive(rec, me)) {
      try {
        renameRestored(crm, rec);
      } catch (err) {
        if (!cannotOpen(err)) throw err; // a file gone keeps its name: nothing to tell
      }
    }
  }
}

/** Every archive made in this document, newest first. */
export function readRecords(): ArchiveRecord[] {
  const all = documentProperties().getProperties();
  return Object.keys(all)
    .filter((k) => k.startsWith(RECORD + ID_PREFIX))
    .map((k) => JSON.parse(all[k]) as ArchiveRecord)
    .sort((a, b) => (a.id < b.id ? 1 : -1));
}

function saveRecord(rec: ArchiveRecord): void {
  documentProperties().setProperty(RECORD + rec.id, JSON.stringify(rec));
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

/**
 * The header, then the rows, in requests sized by bytes (under the 2 MB Google recommends), each
 * Date with its own date's offset. The first request carries the header (never none).
 */
function writeCopy(
  sheets: SheetsResource,
  spreadsheetId: string,
  sheetId: number,
  headers: string[],
  rows: Row[],
  zone: ZoneClock,
): void {
  const header = {
    updateCells: {
      start: { sheetId, rowIndex: 0, columnIndex: 0 },
      rows: [
        {
          values: headers.map((h) => ({
            userEnteredValue: { stringValue: String(h) },
            userEnteredFormat: { textFormat: { bold: true } },
          })),
        },
      ],
      fields: 'userEnteredValue,userEnteredFormat.textFormat.bold',
    },
  };
  const cells = rows.map((r) => r.map((v) => toCellData(v, zone)));
  const batches = packRows(cells, undefined, jsonBytes(header));
  if (batches.length === 0) batches.push([]);
  batches.forEach((blocks, i) => {
    const requests: object[] = blocks.map((b) => ({
      updateCells: {
        start: { sheetId, rowIndex: b.row + 1, columnIndex: b.col },
        rows: b.rows.map((values) => ({ values })),
        fields: 'userEnteredValue,userEnteredFormat.numberFormat',
      },
    }));
    if (i === 0) requests.unshift(header);
    sheets.batchUpdate({ requests }, spreadsheetId);
  });
}

/** The archived rows as they are in the archive file, Dates as Dates (two reads per chunk). */
function readCopy(sheets: SheetsResource, rec: ArchiveRecord, zone: ZoneClock): Row[] {
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
    out.push(...fromReads(serial, formatted, n, rec.width, zone));
  }
  return out;
}

/** Removes from Activities the rows of an archive that a dead run left there (matched by value). */
function finishRemoval(crm: Crm, rec: ArchiveRecord, acts: Table<ActivityHeader>, rows: Row[], zone: ZoneClock): void {
  const back = onFile(crm, rec, () => readCopy(api(crm), rec, zone));
  const { found } = matchRows(rows, back);
  acts.deleteDataRows(found);
  rec.state = 'done';
  saveRecord(rec);
}
