// importLeads / undoImport: a team's old sheet or CSV into Leads. The core plans the
// import (mapping, cleaning, report); this file reads the source, and writes the plan in one
// block per table under the document lock, or nothing. A journal entry (a document property)
// written before the first row says what the import adds, so a run that dies half way is rolled
// back by the next one and undoImport removes exactly what it added. Both keep a lead worked on
// since (one rule: `workedOn`).
import { CATALOG, CrmError, t, userText, type Lang, type Message } from '../core/i18n';
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type ActivityRecord, type LeadHeader } from '../core/schema';
import { parseCsvText } from '../core/csv';
import { cut, planImport, type ImportAnswers, type ImportPlan, type SourceTable } from '../core/import';
import { IMPORTABLE } from '../core/import-map';
import { MAX_SOURCE_COLUMNS, SHEET_MAX_CELLS, SHEET_MAX_COLUMNS, dict, own } from '../core/import-columns';
import { TEXT_ENCODINGS, type TextEncoding } from '../core/encoding';
import { fingerprint } from '../core/merge';
import { formatLeadId, leadIdNumber, nextLeadNumber } from '../core/lead';
import { cleanText } from '../core/fields';
import { parseYmd } from '../core/dates';
import { Table, appendHeaders } from './table';
import { mapHeaders } from '../core/headers';
import { LAST_ID_PROPERTY, cellText, currentUser, message, openCrm, withDocumentLock, type Crm } from './services';
import { giveStatusDropdown } from './leads';
import { clientIdsForNew } from './clients';
import { appendShadow, readShadow, writeShadow } from './shadow';
import { appendRunLog } from './runlog';
import { documentProperties } from './execution';

const MAX_ROWS = 50000;
/** The most problems and duplicates a report lists (it says how many there are in all). */
const REPORT_MAX = 1000;
const LAST_IMPORT = 'lembar.lastImport';
const JOURNAL = 'lembar.import.';

export interface ImportRequest extends ImportAnswers {
  /** CSV or TSV text (pasted, or an uploaded file's content). */
  csv?: string;
  fileName?: string;
  /** Or a tab of this spreadsheet. */
  tab?: string;
  /** Check only: report, write nothing. */
  dryRun?: boolean;
  /** The encoding the CSV text was read in from a file (the dialog and the CLI detect it). */
  encoding?: TextEncoding;
}

/**
 * The team columns an import added: how many, where the first was, and a fingerprint of their
 * headers, never the headers themselves, so the journal stays far under a property's 9 KB
 * whatever the file's headers are. (Journals written before held the names: still read.)
 */
interface AddedColumns {
  at: number;
  count: number;
  digest: string;
}

interface Journal {
  importId: string;
  file: string;
  first: number;
  last: number;
  /** Team columns this import added to Leads, and how many columns it inserted for them. */
  columns: AddedColumns | string[];
  inserted: number;
  state: 'writing' | 'done' | 'undone' | 'rolledBack';
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  importId: string | null;
  imported: number;
  rows: number;
  headers: string[];
  mapping: Record<string, string>;
  statusMap: Record<string, string>;
  sourceMap: Record<string, string>;
  teamColumns: string[];
  /** The first REPORT_MAX problems, those that stop the import first. */
  problems: { row: number; column: string; value: string; message: string; blocking: boolean }[];
  problemCount: number;
  questions: { kind: 'status' | 'source'; value: string; rows: number; message: string }[];
  duplicates: { row: number; leads: string[]; rows: number[]; matchedOn: string[] }[];
  duplicateCount: number;
  /** About the file as a whole (the encoding it was read in). */
  warnings: string[];
  /** What the dialog offers: the Leads headers, Settings' statuses and sources, the tabs. */
  choices: { headers: string[]; statuses: string[]; sources: string[] };
  /** A few rows as read, for the dialog's preview. */
  sample: string[][];
  message: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const obj = (v: unknown): Record<string, string> => {
  const out = dict<string>();
  if (v && typeof v === 'object' && !Array.isArray(v))
    for (const [k, x] of Object.entries(v as object)) if (typeof x === 'string') out[k] = x;
  return out;
};

export function importLeads(request: ImportRequest): ImportReport {
  const crm = openCrm();
  const raw: Record<string, unknown> =
    request && typeof request === 'object' && !Array.isArray(request)
      ? (request as unknown as Record<string, unknown>)
      : {};
  const req: ImportRequest = {
    csv: str(raw.csv),
    fileName: cleanText(str(raw.fileName)).slice(0, 200),
    tab: cleanText(str(raw.tab)),
    mapping: obj(raw.mapping),
    statusMap: obj(raw.statusMap),
    sourceMap: obj(raw.sourceMap),
    dryRun: raw.dryRun === true,
    encoding: TEXT_ENCODINGS.find((e) => e === raw.encoding),
  };
  const table = readSource(crm, req);
  if (table.rows.length > MAX_ROWS)
    throw new CrmError({ key: 'import.tooLarge', params: { rows: table.rows.length, max: MAX_ROWS } }, crm.lang);
  // Refused before any work: a file this wide would take the check minutes and the report megabytes.
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), table.headers.length);
  if (width > MAX_SOURCE_COLUMNS)
    throw new CrmError({ key: 'import.tooWide', params: { columns: width, max: MAX_SOURCE_COLUMNS } }, crm.lang);
  return withDocumentLock(crm.lang, () => {
    rollBackUnfinished(crm);
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const cols = leads.columnsOf(['Lead ID', 'Phone', 'Email']);
    const plan = planImport(
      table,
      req,
      crm.settings,
      { phone: cols['Phone'], email: cols['Email'] },
      crm.offset,
      crm.lang,
    );
    const report = reportOf(crm, table, plan, cols['Lead ID'], req);
    if (plan.fatal) return { ...report, ok: false, message: message(crm.lang, plan.fatal) };
    // What Sheets would refuse: too many columns in a sheet, too many cells in a spreadsheet (Leads' own at least).
    const wide = leads.headers.width + newColumns(leads, plan).length;
    if (wide > SHEET_MAX_COLUMNS)
      return {
        ...report,
        ok: false,
        message: t(crm.lang, 'import.leadsTooWide', { columns: wide, max: SHEET_MAX_COLUMNS }),
      };
    const cells = wide * (leads.lastRow + plan.leads.length);
    if (cells > SHEET_MAX_CELLS)
      return { ...report, ok: false, message: t(crm.lang, 'import.tooManyCells', { cells, max: SHEET_MAX_CELLS }) };
    if (plan.questions.length > 0)
      return { ...report, ok: false, message: t(crm.lang, 'import.needsAnswers', { count: plan.questions.length }) };
    const blocking = plan.problems.filter((p) => p.blocking).length;
    if (blocking > 0) return { ...report, ok: false, message: t(crm.lang, 'import.mustFix', { count: blocking }) };
    if (req.dryRun)
      return { ...report, ok: true, message: t(crm.lang, 'import.checked', { count: plan.leads.length }) };
    const written = write(crm, leads, plan, cols['Lead ID'], req.fileName || req.tab || 'CSV');
    return { ...report, ok: true, importId: written.importId, imported: plan.leads.length, message: written.text };
  });
}

function readSource(crm: Crm, req: ImportRequest): SourceTable {
  if (req.tab) {
    const sheet = crm.ss.getSheetByName(req.tab);
    if (!sheet || (Object.values(TAB) as string[]).includes(req.tab))
      throw new CrmError({ key: 'import.tabMissing', params: { tab: userText(req.tab) } }, crm.lang);
    const values = sheet.getDataRange().getValues();
    return { headers: (values[0] ?? []).map((h) => cellText(h, crm.offset)), rows: values.slice(1) };
  }
  if (!req.csv) throw new CrmError({ key: 'import.noSource' }, crm.lang);
  const r = parseCsvText(req.csv);
  if (!r.ok) throw new CrmError({ key: 'import.csv', params: { reason: r.reason, row: r.row } }, crm.lang);
  return { headers: r.rows[0] ?? [], rows: r.rows.slice(1) };
}

/** The plan's team columns that Leads does not have yet. */
const newColumns = (leads: Table<LeadHeader>, plan: ImportPlan) =>
  plan.teamColumns.filter((h) => own(leads.headers.index, h) === undefined);

/** What the dialog and the CLI show: bounded, whatever the file holds. */
function reportOf(crm: Crm, table: SourceTable, plan: ImportPlan, ids: unknown[], req: ImportRequest): ImportReport {
  const m = (msg: Message) => message(crm.lang, msg);
  // Those that stop the import first, so a long list never hides one.
  const problems = [...plan.problems.filter((p) => p.blocking), ...plan.problems.filter((p) => !p.blocking)].slice(
    0,
    REPORT_MAX,
  );
  return {
    ok: false,
    dryRun: req.dryRun === true,
    importId: null,
    imported: 0,
    rows: plan.leads.length,
    headers: plan.headers,
    mapping: plan.mapping,
    statusMap: plan.statusMap,
    sourceMap: plan.sourceMap,
    teamColumns: plan.teamColumns,
    problems: problems.map((p) => ({
      row: p.row,
      column: p.column,
      value: p.value,
      message: m(p.message),
      blocking: p.blocking === true,
    })),
    problemCount: plan.problems.length,
    questions: plan.questions.map((q) => ({
      ...q,
      message: t(crm.lang, q.kind === 'status' ? 'import.question.status' : 'import.question.source', {
        value: userText(q.value),
        rows: q.rows,
      }),
    })),
    duplicates: plan.duplicates.slice(0, REPORT_MAX).map((d) => ({
      row: d.row,
      leads: d.existing.map((i) => cellText(ids[i], crm.offset)),
      rows: d.rows,
      matchedOn: d.matchedOn,
    })),
    duplicateCount: plan.duplicates.length,
    warnings: req.csv && req.encoding === 'windows-1252' ? [t(crm.lang, 'import.encoding1252')] : [],
    choices: {
      headers: IMPORTABLE,
      statuses: crm.settings.statuses,
      sources: crm.settings.sources,
    },
    sample: table.rows.slice(0, 5).map((r) => plan.sources.map((i) => cut(cellText(r[i] ?? '', crm.offset)))),
    message: '',
  };
}

/** Writes the plan: journal, columns, Leads block, Activities block, status record, journal done. */
function write(
  crm: Crm,
  leads: Table<LeadHeader>,
  plan: ImportPlan,
  ids: unknown[],
  file: string,
): { importId: string; text: string } {
  const props = documentProperties();
  const importId = `I-${String((Number(props.getProperty(LAST_IMPORT)) || 0) + 1).padStart(6, '0')}`;
  const first = nextLeadNumber(Number(props.getProperty(LAST_ID_PROPERTY) ?? 0) || 0, ids);
  const last = first + plan.leads.length - 1;
  const added = newColumns(leads, plan);
  const lastColumn = leads.sheet.getLastColumn();
  const inserted = Math.max(0, lastColumn + added.length - leads.sheet.getMaxColumns());
  const columns: AddedColumns = { at: lastColumn + 1, count: added.length, digest: fingerprint(added) };
  const journal: Journal = { importId, file, first, last, columns, inserted, state: 'writing' };
  // The intent first, and the numbers taken: a run that dies from here on never reuses them.
  props.setProperties({
    [LAST_IMPORT]: importId.slice(2),
    [LAST_ID_PROPERTY]: String(last),
    [JOURNAL + importId]: JSON.stringify(journal),
  });
  appendHeaders(leads.sheet, added);
  const table =
    added.length > 0
      ? Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns()
      : leads.withUserColumns();
  const owner = currentUser();
  // Rows of a known client get its Client ID; rows of one new client share a new one.
  const clients = clientIdsForNew(
    crm,
    leads,
    plan.leads.map((l) => ({
      leadId: '',
      name: l.values.Name ?? '',
      company: l.values.Company ?? '',
      phone: l.values.Phone ?? '',
      email: l.values.Email ?? '',
    })),
  );
  const date = (v: string | number | undefined) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? (parseYmd(v, crm.offset) ?? v) : (v ?? '');
  // Without a prototype: a team column named `constructor` or `__proto__` is a column like any other.
  const records = plan.leads.map((l, i) => {
    const v = l.values;
    return Object.assign(dict<unknown>(), l.extra, v, {
      'Lead ID': formatLeadId(first + i),
      'Client ID': clients[i],
      'Created At': v['Created At'] ? date(v['Created At']) : crm.now,
      'Expected Close': date(v['Expected Close']),
      'Next Follow-up': date(v['Next Follow-up']),
      'Completed On': date(v['Completed On']),
      Owner: v.Owner || owner,
      // A team's history, when the file has it; else what a new lead starts with.
      'Follow-ups': v['Follow-ups'] ?? 0,
      'Last Contact': date(v['Last Contact']),
      'Status Changed At': v['Status Changed At'] ? date(v['Status Changed At']) : crm.now,
    });
  });
  const start = table.append(records);
  giveStatusDropdown(table, start, records.length, crm.settings.statuses);
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const note = t(crm.lang, 'import.noteSummary', { file: userText(file), importId });
  acts.append(
    records.map(
      (r): ActivityRecord => ({
        Timestamp: crm.now,
        'Lead ID': r['Lead ID'],
        Type: 'Note',
        Summary: note,
        By: owner,
        'Next Follow-up': '',
      }),
    ),
  );
  appendShadow(
    crm.ss,
    records.map((r, i) => [String(r['Lead ID']), String(plan.leads[i].values.Status)]),
  );
  const text = t(crm.lang, 'import.done', {
    count: records.length,
    first: formatLeadId(first),
    last: formatLeadId(last),
    importId,
  });
  appendRunLog(crm.ss, crm.lang, crm.now, 'importLeads', 'ok', text);
  // Done is the very last write: a run that dies before it is rolled back, whole.
  props.setProperty(JOURNAL + importId, JSON.stringify({ ...journal, state: 'done' }));
  return { importId, text };
}

/** The Note an import wrote for each of its leads (it names the import ID). */
const isImportNote = (type: unknown, summary: unknown, importId: string, offset: number) =>
  cellText(type, offset) === 'Note' && cellText(summary, offset).includes(importId);

/** The number of a lead this import wrote (by its Lead ID), else null. */
const numberIn = (j: Journal, id: unknown, offset: number): number | null => {
  const n = leadIdNumber(cellText(id, offset));
  return n !== null && n >= j.first && n <= j.last ? n : null;
};

/**
 * The leads of an import worked on since it wrote them: any activity other than the import's own
 * Note (a call, a status change, an edit). The one rule for what an import may take back:
 * undoImport refuses while there is one, and the roll-back of a dead import keeps them.
 */
function workedOn(crm: Crm, j: Journal): Map<number, string> {
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const ids = acts.column('Lead ID');
  const types = acts.column('Type');
  const summaries = acts.column('Summary');
  const worked = new Map<number, string>();
  ids.forEach((id, i) => {
    const n = numberIn(j, id, crm.offset);
    if (n !== null && !isImportNote(types[i], summaries[i], j.importId, crm.offset))
      worked.set(n, cellText(id, crm.offset));
  });
  return worked;
}

function readJournal(importId: string): Journal | null {
  const raw = documentProperties().getProperty(JOURNAL + importId);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Journal;
  } catch {
    return null;
  }
}

/**
 * Removes what an import added: its leads (by their numbers), its Note activities, its status
 * records and the team columns it added when they are empty again; a lead in `keep` (worked on
 * since) stays with all of it.
 */
function removeImport(crm: Crm, j: Journal, keep: ReadonlyMap<number, string> = new Map()): number {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const mine = (id: unknown) => {
    const n = numberIn(j, id, crm.offset);
    return n !== null && !keep.has(n);
  };
  const leadIds = leads.column('Lead ID');
  const rows = leadIds.map((id, i) => (mine(id) ? i : -1)).filter((i) => i >= 0);
  // A kept lead of a run that died before its status record gets one, as the import would have.
  const statuses = keep.size > 0 ? leads.column('Status') : [];
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const actIds = acts.column('Lead ID');
  const types = acts.column('Type');
  const summaries = acts.column('Summary');
  const notes = actIds
    .map((id, i) => (mine(id) && isImportNote(types[i], summaries[i], j.importId, crm.offset) ? i : -1))
    .filter((i) => i >= 0);
  acts.deleteDataRows(notes);
  leads.deleteDataRows(rows);
  const shadow = readShadow(crm.ss, crm.offset);
  let changed = false;
  for (const id of [...shadow.keys()])
    if (mine(id)) {
      shadow.delete(id);
      changed = true;
    }
  leadIds.forEach((id, i) => {
    const n = numberIn(j, id, crm.offset);
    if (n === null || !keep.has(n) || shadow.has(cellText(id, crm.offset).trim())) return;
    shadow.set(cellText(id, crm.offset).trim(), cellText(statuses[i], crm.offset).trim());
    changed = true;
  });
  if (changed) writeShadow(crm.ss, shadow);
  removeEmptyColumns(crm, j);
  return rows.length;
}

/** The 1-based columns holding the team columns an import added (none when they are not found as written). */
function addedColumns(headers: readonly string[], columns: AddedColumns | string[]): number[] {
  if (Array.isArray(columns)) {
    const index = mapHeaders(headers).index;
    const found = columns.map((h) => own(index, h)).filter((i): i is number => i !== undefined);
    return found.length === columns.length ? found.map((i) => i + 1) : [];
  }
  const { at, count, digest } = columns;
  if (!(count > 0)) return [];
  const fits = (p: number) =>
    p >= 1 && p + count - 1 <= headers.length && fingerprint(headers.slice(p - 1, p - 1 + count)) === digest;
  // Where the import put them, or where they are now when the team moved them since.
  let p = fits(at) ? at : 0;
  for (let q = 1; p === 0 && q + count - 1 <= headers.length; q++) if (fits(q)) p = q;
  return p === 0 ? [] : Array.from({ length: count }, (_, k) => p + k);
}

/**
 * Takes back the team columns an import added, once empty: their header cells are cleared, and
 * the columns it had to insert at the end of the tab are deleted again.
 */
function removeEmptyColumns(crm: Crm, j: Journal): void {
  if ((Array.isArray(j.columns) ? j.columns.length : j.columns.count) === 0 && !(j.inserted > 0)) return;
  const table = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns();
  const found = addedColumns(table.headers.headers, j.columns);
  if (found.length > 0) {
    const all = table.rowCount > 0 ? table.allRows() : [];
    if (!found.every((c) => all.every((r) => r[c - 1] === '' || r[c - 1] === null))) return; // a team wrote into one since: leave them all
    // One call per run of adjacent columns.
    for (let k = 0; k < found.length; ) {
      let n = 1;
      while (k + n < found.length && found[k + n] === found[k] + n) n++;
      table.sheet.getRange(1, found[k], 1, n).clear();
      k += n;
    }
  }
  // A run that died before writing the headers still inserted the columns: they go when empty.
  const sheet = table.sheet;
  const max = sheet.getMaxColumns();
  if (j.inserted > 0 && sheet.getLastColumn() <= max - j.inserted)
    sheet.deleteColumns(max - j.inserted + 1, j.inserted);
}

/** An import that died half way is taken back before anything else is written, but for what was worked on since. */
function rollBackUnfinished(crm: Crm): void {
  const props = documentProperties();
  const all = props.getProperties();
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(JOURNAL)) continue;
    let j: Journal;
    try {
      j = JSON.parse(raw) as Journal;
    } catch {
      continue;
    }
    if (j.state !== 'writing') continue;
    const worked = workedOn(crm, j);
    removeImport(crm, j, worked);
    props.setProperty(key, JSON.stringify({ ...j, state: 'rolledBack' }));
    const text =
      worked.size > 0
        ? t(crm.lang, 'import.recoveredKept', {
            importId: j.importId,
            count: worked.size,
            ids: userText([...worked.values()].slice(0, 5).join(', ')),
          })
        : t(crm.lang, 'import.recovered', { importId: j.importId });
    appendRunLog(crm.ss, crm.lang, crm.now, 'importLeads', 'ok', text);
  }
}

export interface UndoImportResult {
  importId: string;
  /** Leads taken out. */
  removed: number;
  message: string;
}

/** Removes exactly what one import added, unless its leads have been worked on since. */
export function undoImport(arg: { importId?: string }): UndoImportResult {
  const crm = openCrm();
  const importId = cleanText(arg && typeof arg === 'object' ? (arg as { importId?: unknown }).importId : '');
  return withDocumentLock(crm.lang, () => {
    rollBackUnfinished(crm);
    const j = /^I-\d{6}$/.test(importId) ? readJournal(importId) : null;
    if (!j || j.state === 'rolledBack')
      throw new CrmError({ key: 'import.unknown', params: { importId: userText(importId || '?') } }, crm.lang);
    if (j.state === 'undone')
      throw new CrmError({ key: 'import.alreadyUndone', params: { importId: userText(importId) } }, crm.lang);
    const worked = workedOn(crm, j);
    if (worked.size > 0)
      throw new CrmError(
        {
          key: 'import.worked',
          params: { importId, count: worked.size, ids: userText([...worked.values()].slice(0, 5).join(', ')) },
        },
        crm.lang,
      );
    const removed = removeImport(crm, j);
    documentProperties().setProperty(JOURNAL + importId, JSON.stringify({ ...j, state: 'undone' }));
    const text = t(crm.lang, 'import.undone', { importId, count: removed });
    appendRunLog(crm.ss, crm.lang, crm.now, 'undoImport', 'ok', text);
    crm.ss.toast(text, t(crm.lang, 'menu.title'), 10);
    return { importId, removed, message: text };
  });
}

/** Opens the import dialog (Extensions → Lembar CRM → Import leads…). */
export function showImportDialog(): void {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile('Import').setWidth(960).setHeight(680);
  SpreadsheetApp.getUi().showModalDialog(html, t(crm.lang, 'import.title'));
}

/** What the dialog needs before the first check: its texts and the tabs it may import. */
export interface ImportContext {
  lang: Lang;
  messages: Record<string, string>;
  tabs: string[];
}

export function getImportContext(): ImportContext {
  const crm = openCrm();
  // The CRM's own tabs are not a team's old sheet.
  const protectedTabs: string[] = Object.values(TAB);
  return {
    lang: crm.lang,
    messages: CATALOG[crm.lang],
    tabs: crm.ss
      .getSheets()
      .map((s) => s.getName())
      .filter((n) => !n.startsWith('_') && !protectedTabs.includes(n)),
  };
}
