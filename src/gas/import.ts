// importLeads / undoImport (issue 14): a team's old sheet or CSV into Leads. The core plans the
// import (mapping, cleaning, report); this file reads the source, and writes the plan in one
// block per table under the document lock, or nothing. A journal entry (a document property)
// written before the first row says what the import adds, so a run that dies half way is rolled
// back by the next one and undoImport removes exactly what it added.
import { CATALOG, CrmError, t, type Message } from '../core/i18n';
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB } from '../core/schema';
import { parseCsvText } from '../core/csv';
import { planImport, type ImportAnswers, type ImportPlan, type SourceTable } from '../core/import';
import { IMPORTABLE } from '../core/import-map';
import { formatLeadId, leadIdNumber, nextLeadNumber } from '../core/lead';
import { cleanText } from '../core/fields';
import { parseYmd } from '../core/dates';
import { Table, appendHeaders } from './table';
import { LAST_ID_PROPERTY, cellText, currentUser, message, openCrm, withDocumentLock, type Crm } from './services';
import { statusRule } from './setup';
import { appendShadow, readShadow, writeShadow } from './shadow';
import { appendRunLog } from './runlog';

const MAX_ROWS = 50000;
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
}

interface Journal {
  importId: string;
  file: string;
  first: number;
  last: number;
  /** Team columns this import added to Leads, and how many columns it inserted for them. */
  columns: string[];
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
  problems: { row: number; column: string; value: string; message: string }[];
  questions: { kind: 'status' | 'source'; value: string; rows: number; message: string }[];
  duplicates: { row: number; leads: string[]; rows: number[]; matchedOn: string[] }[];
  /** What the dialog offers: the Leads headers, Settings' statuses and sources, the tabs. */
  choices: { headers: string[]; statuses: string[]; sources: string[] };
  /** A few rows as read, for the dialog's preview. */
  sample: string[][];
  message: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const obj = (v: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v as object)) if (typeof x === 'string') out[k] = x;
  return out;
};

export function importLeads(request: ImportRequest): ImportReport {
  const crm = openCrm();
  const raw: Record<string, unknown> = request && typeof request === 'object' && !Array.isArray(request) ? (request as unknown as Record<string, unknown>) : {};
  const req: ImportRequest = {
    csv: str(raw.csv),
    fileName: cleanText(str(raw.fileName)).slice(0, 200),
    tab: cleanText(str(raw.tab)),
    mapping: obj(raw.mapping),
    statusMap: obj(raw.statusMap),
    sourceMap: obj(raw.sourceMap),
    dryRun: raw.dryRun === true,
  };
  const table = readSource(crm, req);
  if (table.rows.length > MAX_ROWS) throw new CrmError({ key: 'import.tooLarge', params: { rows: table.rows.length, max: MAX_ROWS } }, crm.lang);
  return withDocumentLock(crm.lang, () => {
    rollBackUnfinished(crm);
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const cols = leads.columnsOf(['Lead ID', 'Phone', 'Email']);
    const plan = planImport(table, req, crm.settings, { phone: cols['Phone'], email: cols['Email'] }, crm.offset);
    const report = reportOf(crm, table, plan, cols['Lead ID'], req.dryRun === true);
    if (plan.fatal) return { ...report, ok: false, message: message(crm.lang, plan.fatal) };
    if (plan.questions.length > 0) return { ...report, ok: false, message: t(crm.lang, 'import.needsAnswers', { count: plan.questions.length }) };
    if (req.dryRun) return { ...report, ok: true, message: t(crm.lang, 'import.checked', { count: plan.leads.length }) };
    const written = write(crm, leads, plan, cols['Lead ID'], req.fileName || req.tab || 'CSV');
    return { ...report, ok: true, importId: written.importId, imported: plan.leads.length, message: written.text };
  });
}

function readSource(crm: Crm, req: ImportRequest): SourceTable {
  if (req.tab) {
    const sheet = crm.ss.getSheetByName(req.tab);
    if (!sheet || (Object.values(TAB) as string[]).includes(req.tab)) throw new CrmError({ key: 'import.tabMissing', params: { tab: req.tab } }, crm.lang);
    const values = sheet.getDataRange().getValues();
    return { headers: (values[0] ?? []).map((h) => cellText(h, crm.offset)), rows: values.slice(1) };
  }
  if (!req.csv) throw new CrmError({ key: 'import.noSource' }, crm.lang);
  const r = parseCsvText(req.csv);
  if (!r.ok) throw new CrmError({ key: 'import.csv', params: { reason: r.reason, row: r.row } }, crm.lang);
  return { headers: r.rows[0] ?? [], rows: r.rows.slice(1) };
}

function reportOf(crm: Crm, table: SourceTable, plan: ImportPlan, ids: unknown[], dryRun: boolean): ImportReport {
  const m = (msg: Message) => message(crm.lang, msg);
  return {
    ok: false,
    dryRun,
    importId: null,
    imported: 0,
    rows: plan.leads.length,
    headers: table.headers,
    mapping: plan.mapping,
    statusMap: plan.statusMap,
    sourceMap: plan.sourceMap,
    teamColumns: plan.teamColumns,
    problems: plan.problems.map((p) => ({ row: p.row, column: p.column, value: p.value, message: m(p.message) })),
    questions: plan.questions.map((q) => ({ ...q, message: t(crm.lang, q.kind === 'status' ? 'import.question.status' : 'import.question.source', { value: q.value, rows: q.rows }) })),
    duplicates: plan.duplicates.map((d) => ({ row: d.row, leads: d.existing.map((i) => cellText(ids[i], crm.offset)), rows: d.rows, matchedOn: d.matchedOn })),
    choices: {
      headers: IMPORTABLE,
      statuses: crm.settings.statuses,
      sources: crm.settings.sources,
    },
    sample: table.rows.slice(0, 5).map((r) => r.map((v) => cellText(v, crm.offset))),
    message: '',
  };
}

/** Writes the plan: journal, columns, Leads block, Activities block, status record, journal done. */
function write(crm: Crm, leads: Table, plan: ImportPlan, ids: unknown[], file: string): { importId: string; text: string } {
  const props = PropertiesService.getDocumentProperties();
  const importId = `I-${String((Number(props.getProperty(LAST_IMPORT)) || 0) + 1).padStart(6, '0')}`;
  const first = nextLeadNumber(Number(props.getProperty(LAST_ID_PROPERTY) ?? 0) || 0, ids);
  const last = first + plan.leads.length - 1;
  const added = plan.teamColumns.filter((h) => !(h in leads.headers.index));
  const inserted = Math.max(0, leads.sheet.getLastColumn() + added.length - leads.sheet.getMaxColumns());
  const journal: Journal = { importId, file, first, last, columns: added, inserted, state: 'writing' };
  // The intent first, and the numbers taken: a run that dies from here on never reuses them.
  props.setProperties({ [LAST_IMPORT]: importId.slice(2), [LAST_ID_PROPERTY]: String(last), [JOURNAL + importId]: JSON.stringify(journal) });
  appendHeaders(leads.sheet, added);
  const table = added.length > 0 ? Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns() : leads.withUserColumns();
  const owner = currentUser();
  const date = (v: string | number | undefined) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? (parseYmd(v, crm.offset) ?? v) : (v ?? ''));
  const records = plan.leads.map((l, i) => {
    const v = l.values;
    return {
      ...l.extra,
      ...v,
      'Lead ID': formatLeadId(first + i),
      'Created At': v['Created At'] ? date(v['Created At']) : crm.now,
      'Expected Close': date(v['Expected Close']),
      'Next Follow-up': date(v['Next Follow-up']),
      'Completed On': date(v['Completed On']),
      Owner: v.Owner || owner,
      'Follow-ups': 0,
      'Status Changed At': crm.now,
    };
  });
  const start = table.append(records);
  table.sheet.getRange(start, table.col('Status'), records.length, 1).setDataValidation(statusRule(crm.settings.statuses));
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const note = t(crm.lang, 'import.noteSummary', { file, importId });
  acts.append(records.map((r) => ({ Timestamp: crm.now, 'Lead ID': r['Lead ID'], Type: 'Note', Summary: note, By: owner, 'Next Follow-up': '' })));
  appendShadow(
    crm.ss,
    records.map((r, i) => [r['Lead ID'], String(plan.leads[i].values.Status)]),
  );
  const text = t(crm.lang, 'import.done', { count: records.length, first: formatLeadId(first), last: formatLeadId(last), importId });
  appendRunLog(crm.ss, crm.lang, crm.now, 'importLeads', 'ok', text);
  // Done is the very last write: a run that dies before it is rolled back, whole.
  props.setProperty(JOURNAL + importId, JSON.stringify({ ...journal, state: 'done' }));
  return { importId, text };
}

/** The Note an import wrote for each of its leads (it names the import ID). */
const isImportNote = (type: unknown, summary: unknown, importId: string, offset: number) => cellText(type, offset) === 'Note' && cellText(summary, offset).includes(importId);

function readJournal(importId: string): Journal | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(JOURNAL + importId);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Journal;
  } catch {
    return null;
  }
}

/**
 * Removes what an import added: its leads (by their numbers), its Note activities, its status
 * records and the team columns it added when they are empty again.
 */
function removeImport(crm: Crm, j: Journal): number {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const mine = (id: unknown) => {
    const n = leadIdNumber(cellText(id, crm.offset));
    return n !== null && n >= j.first && n <= j.last;
  };
  const rows = leads
    .column('Lead ID')
    .map((id, i) => (mine(id) ? i : -1))
    .filter((i) => i >= 0);
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const actIds = acts.column('Lead ID');
  const types = acts.column('Type');
  const summaries = acts.column('Summary');
  const notes = actIds.map((id, i) => (mine(id) && isImportNote(types[i], summaries[i], j.importId, crm.offset) ? i : -1)).filter((i) => i >= 0);
  acts.deleteDataRows(notes);
  leads.deleteDataRows(rows);
  const shadow = readShadow(crm.ss, crm.offset);
  let changed = false;
  for (const id of [...shadow.keys()])
    if (mine(id)) {
      shadow.delete(id);
      changed = true;
    }
  if (changed) writeShadow(crm.ss, shadow);
  removeEmptyColumns(crm, j);
  return rows.length;
}

/**
 * Takes back the team columns an import added, once empty: their header cells are cleared, and
 * the columns it had to insert at the end of the tab are deleted again.
 */
function removeEmptyColumns(crm: Crm, j: Journal): void {
  if (j.columns.length === 0) return;
  const table = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns();
  const all = table.rowCount > 0 ? table.allRows() : [];
  const empty = j.columns
    .filter((h) => h in table.headers.index)
    .map((h) => table.headers.index[h] + 1)
    .filter((c) => all.every((r) => r[c - 1] === '' || r[c - 1] === null));
  if (empty.length < j.columns.length) return; // a team wrote into one since: leave them all
  for (const c of empty) table.sheet.getRange(1, c).clear();
  const sheet = table.sheet;
  const max = sheet.getMaxColumns();
  if (j.inserted > 0 && sheet.getLastColumn() <= max - j.inserted) sheet.deleteColumns(max - j.inserted + 1, j.inserted);
}

/** An import that died half way is taken back before anything else is written. */
function rollBackUnfinished(crm: Crm): void {
  const props = PropertiesService.getDocumentProperties();
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
    removeImport(crm, j);
    props.setProperty(key, JSON.stringify({ ...j, state: 'rolledBack' }));
    appendRunLog(crm.ss, crm.lang, crm.now, 'importLeads', 'ok', t(crm.lang, 'import.recovered', { importId: j.importId }));
  }
}

/** Removes exactly what one import added, unless its leads have been worked on since. */
export function undoImport(arg: { importId?: string }): { importId: string; removed: number; message: string } {
  const crm = openCrm();
  const importId = cleanText(arg && typeof arg === 'object' ? (arg as { importId?: unknown }).importId : '');
  return withDocumentLock(crm.lang, () => {
    rollBackUnfinished(crm);
    const j = /^I-\d{6}$/.test(importId) ? readJournal(importId) : null;
    if (!j || j.state === 'rolledBack') throw new CrmError({ key: 'import.unknown', params: { importId: importId || '?' } }, crm.lang);
    if (j.state === 'undone') throw new CrmError({ key: 'import.alreadyUndone', params: { importId } }, crm.lang);
    // Worked on since: any activity other than the import's own note.
    const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
    const ids = acts.column('Lead ID');
    const types = acts.column('Type');
    const summaries = acts.column('Summary');
    const worked = new Set<string>();
    ids.forEach((id, i) => {
      const n = leadIdNumber(cellText(id, crm.offset));
      if (n !== null && n >= j.first && n <= j.last && !isImportNote(types[i], summaries[i], importId, crm.offset)) worked.add(cellText(id, crm.offset));
    });
    if (worked.size > 0) throw new CrmError({ key: 'import.worked', params: { importId, count: worked.size, ids: [...worked].slice(0, 5).join(', ') } }, crm.lang);
    const removed = removeImport(crm, j);
    PropertiesService.getDocumentProperties().setProperty(JOURNAL + importId, JSON.stringify({ ...j, state: 'undone' }));
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
export function getImportContext(): { lang: string; messages: Record<string, string>; tabs: string[] } {
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
