// importLeads: a team's old sheet or CSV into Leads. The core plans the import (mapping,
// cleaning, owners, duplicates, report); this file reads the source, and writes the plan in one
// block per table under the document lock, or nothing. The journal (import-journal.ts) written
// before the first row lets a run that dies half way be rolled back, and undoImport take it back.
import { CATALOG, CrmError, ref, t, userText, type Lang, type MessageKey } from '../core/i18n';
import {
  ACTIVITY_COLUMNS,
  LEAD_COLUMNS,
  TAB,
  TEAM_COLUMNS,
  camelKey,
  type ActivityRecord,
  type LeadHeader,
} from '../core/schema';
import { parseCsvText } from '../core/csv';
import { planImport, type ImportAnswers, type ImportPlan, type SourceTable } from '../core/import';
import { MAX_SOURCE_COLUMNS, SHEET_MAX_CELLS, SHEET_MAX_COLUMNS, dict, own } from '../core/import-columns';
import { TEXT_ENCODINGS, type TextEncoding } from '../core/encoding';
import { fingerprint } from '../core/merge';
import { formatLeadId, nextLeadNumber } from '../core/lead';
import { cleanText } from '../core/fields';
import { parseYmd } from '../core/dates';
import type { Person } from '../core/people';
import { Table, appendHeaders } from './table';
import { LAST_ID_PROPERTY, cellText, currentUser, message, openCrm, withDocumentLock, type Crm } from './services';
import { giveStatusDropdown } from './leads';
import { clientIdsForNew } from './clients';
import { appendShadow } from './shadow';
import { appendRunLog } from './runlog';
import { forgetTeam, readTeam } from './team';
import {
  JOURNAL,
  LAST_IMPORT,
  recentImports,
  rollBackUnfinished,
  type AddedColumns,
  type Journal,
  type RecentImport,
} from './import-journal';
import { reportOf, type ImportReport } from './import-report';
import { importWarnings } from './import-warnings';
import { ownerNamesFor, type OwnerNames } from './owners';

export { undoImport, type UndoImportResult } from './import-journal';
export type { ImportReport } from './import-report';
import { documentProperties } from './execution';

const MAX_ROWS = 50000;

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
    ownerMap: obj(raw.ownerMap),
    duplicates: obj(raw.duplicates),
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
    // One read of Leads: every column the duplicate rule, the fills and the report look at.
    const all = leads.rowCount > 0 ? leads.allRows() : [];
    const cols = dict<unknown[]>() as Partial<Record<LeadHeader, unknown[]>>;
    for (const c of LEAD_COLUMNS) {
      const i = own(leads.headers.index, c.header);
      cols[c.header] = i === undefined ? all.map(() => '') : all.map((r) => r[i]);
    }
    const team: Person[] = [...readTeam(crm).values()].map((m) => ({ email: m.email, name: m.name }));
    const plan = planImport(
      table,
      req,
      crm.settings,
      { leads: cols, team, columns: leads.headers.headers },
      crm.offset,
      crm.lang,
    );
    const warnings = importWarnings(crm, plan, req.csv !== '' && req.encoding === 'windows-1252');
    const report = reportOf(crm, table, plan, cols, team, { dryRun: req.dryRun === true, warnings });
    if (plan.fatal) return { ...report, ok: false, waitingFor: 'other', message: message(crm.lang, plan.fatal) };
    // What Sheets would refuse: too many columns in a sheet, too many cells in a spreadsheet (Leads' own at least).
    const wide = leads.headers.width + newColumns(leads, plan).length;
    if (wide > SHEET_MAX_COLUMNS)
      return {
        ...report,
        ok: false,
        waitingFor: 'other',
        message: t(crm.lang, 'import.leadsTooWide', { columns: wide, max: SHEET_MAX_COLUMNS }),
      };
    const cells = wide * (leads.lastRow + plan.leads.length);
    if (cells > SHEET_MAX_CELLS)
      return {
        ...report,
        ok: false,
        waitingFor: 'other',
        message: t(crm.lang, 'import.tooManyCells', { cells, max: SHEET_MAX_CELLS }),
      };
    if (plan.questions.length > 0)
      return {
        ...report,
        ok: false,
        waitingFor: 'answers',
        message: t(crm.lang, 'import.needsAnswers', { count: plan.questions.length }),
      };
    const blocking = plan.problems.filter((p) => p.blocking).length;
    if (blocking > 0)
      return { ...report, ok: false, waitingFor: 'fixes', message: t(crm.lang, 'import.mustFix', { count: blocking }) };
    const counts = { count: plan.leads.length, skipped: plan.skipped, filled: plan.fills.length };
    if (req.dryRun) return { ...report, ok: true, message: t(crm.lang, 'import.checked', counts) };
    // Nothing new: the file is already in the CRM. Not a cell is written, not even a log line.
    if (plan.leads.length === 0 && plan.fills.length === 0 && plan.newTeam.length === 0)
      return { ...report, ok: true, message: t(crm.lang, 'import.nothingNew', counts) };
    const written = write(crm, leads, plan, cols, req.fileName || req.tab || 'CSV');
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
  const r = parseCsvText(req.csv, { keepBlank: true });
  if (!r.ok) throw new CrmError({ key: 'import.csv', params: { reason: r.reason, row: r.row } }, crm.lang);
  return { headers: r.rows[0] ?? [], rows: r.rows.slice(1) };
}

/** The plan's team columns that Leads does not have yet. */
const newColumns = (leads: Table<LeadHeader>, plan: ImportPlan) =>
  plan.teamColumns.filter((h) => own(leads.headers.index, h) === undefined);

/** Writes the plan: journal, columns, Leads block, fills, Team rows, Activities block, status record, journal done. */
function write(
  crm: Crm,
  leads: Table<LeadHeader>,
  plan: ImportPlan,
  cols: Partial<Record<LeadHeader, unknown[]>>,
  file: string,
): { importId: string; text: string } {
  const props = documentProperties();
  const importId = `I-${String((Number(props.getProperty(LAST_IMPORT)) || 0) + 1).padStart(6, '0')}`;
  const ids = cols['Lead ID'] ?? [];
  const first = nextLeadNumber(Number(props.getProperty(LAST_ID_PROPERTY) ?? 0) || 0, ids);
  const last = first + plan.leads.length - 1;
  const added = plan.leads.length > 0 ? newColumns(leads, plan) : [];
  const lastColumn = leads.sheet.getLastColumn();
  const inserted = Math.max(0, lastColumn + added.length - leads.sheet.getMaxColumns());
  const columns: AddedColumns = { at: lastColumn + 1, count: added.length, digest: fingerprint(added) };
  const journal: Journal = {
    importId,
    file,
    first,
    last,
    columns,
    inserted,
    ...(plan.fills.length > 0 ? { filled: plan.fills.length } : {}),
    // Kept small: the journal is one document property (9 KB); a file with more new people keeps them on undo.
    ...(plan.newTeam.length > 0 && plan.newTeam.length <= 100 ? { team: plan.newTeam.map((p) => p.email) } : {}),
    state: 'writing',
    at: crm.now.toISOString(),
  };
  // The intent first, and the numbers taken: a run that dies from here on never reuses them.
  props.setProperties({
    [LAST_IMPORT]: importId.slice(2),
    ...(plan.leads.length > 0 ? { [LAST_ID_PROPERTY]: String(last) } : {}),
    [JOURNAL + importId]: JSON.stringify(journal),
  });
  appendHeaders(leads.sheet, added);
  const table =
    added.length > 0
      ? Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns()
      : leads.withUserColumns();
  const owner = currentUser();
  const date = (v: string | number | undefined) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? (parseYmd(v, crm.offset) ?? v) : (v ?? '');
  const records = plan.leads.length > 0 ? newRecords(crm, leads, plan, cols, first, owner, date) : [];
  if (records.length > 0) {
    const start = table.append(records);
    giveStatusDropdown(table, start, records.length, crm.settings.statuses);
  }
  fill(table, plan, date);
  addTeamRows(crm, plan.newTeam);
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const note = t(crm.lang, 'import.noteSummary', { file: userText(file), importId });
  const fields = (values: object) =>
    Object.keys(values)
      .map((h) => message(crm.lang, { key: 'import.fieldName', params: { field: labelRef(h) } }))
      .join(', ');
  // The file's remarks follow the import's words, as the team wrote them (whole: not an excerpt).
  const withRemarks = (text: string, remarks: string | undefined) => (remarks ? `${text} ${remarks}` : text);
  acts.append([
    ...records.map(
      (r, i): ActivityRecord => ({
        Timestamp: crm.now,
        'Lead ID': r['Lead ID'],
        Type: 'Note',
        Summary: withRemarks(note, plan.leads[i].note),
        By: owner,
        'Next Follow-up': '',
      }),
    ),
    // What came from the import, on each lead it filled in (the import ID names it for undo's rule).
    ...plan.fills.map(
      (f): ActivityRecord => ({
        Timestamp: crm.now,
        'Lead ID': cellText(ids[f.index], crm.offset),
        Type: 'Note',
        Summary: withRemarks(
          Object.keys(f.values).length > 0
            ? t(crm.lang, 'import.noteFilled', {
                file: userText(file),
                importId,
                row: f.row,
                fields: userText(fields(f.values)),
              })
            : t(crm.lang, 'import.noteRemarks', { file: userText(file), importId, row: f.row }),
          f.note,
        ),
        By: owner,
        'Next Follow-up': '',
      }),
    ),
  ]);
  if (records.length > 0)
    appendShadow(
      crm.ss,
      records.map((r, i) => [String(r['Lead ID']), String(plan.leads[i].values.Status)]),
    );
  const text = t(crm.lang, records.length > 0 ? 'import.done' : 'import.doneFilled', {
    count: records.length,
    first: formatLeadId(first),
    last: formatLeadId(last),
    importId,
    skipped: plan.skipped,
    filled: plan.fills.length,
  });
  appendRunLog(crm.ss, crm.lang, crm.now, 'importLeads', 'ok', text);
  // Done is the very last write: a run that dies before it is rolled back, whole.
  props.setProperty(JOURNAL + importId, JSON.stringify({ ...journal, state: 'done' }));
  return { importId, text };
}

/** A Leads header by its label in the user's language, when it has one. */
function labelRef(header: string) {
  const key = `field.${camelKey(header)}`;
  return Object.prototype.hasOwnProperty.call(CATALOG.en, key) ? ref(key as MessageKey) : userText(header);
}

/**
 * The new rows: the file's values, its history when it has one (Created At, Status Changed At,
 * Last Contact, Follow-ups; never "now" for what the file does not say), a Lead ID, and the
 * client's Client ID (a new deal keeps the one of the lead or row it was chosen for).
 */
function newRecords(
  crm: Crm,
  leads: Table<LeadHeader>,
  plan: ImportPlan,
  cols: Partial<Record<LeadHeader, unknown[]>>,
  first: number,
  owner: string,
  date: (v: string | number | undefined) => unknown,
): Record<string, unknown>[] {
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
  const clientOfRow = new Map<number, string>();
  plan.leads.forEach((l, i) => {
    const known = l.clientOf !== undefined ? cellText(cols['Client ID']?.[l.clientOf], crm.offset).trim() : '';
    const earlier = l.clientOfRow !== undefined ? (clientOfRow.get(l.clientOfRow) ?? '') : '';
    if (known || earlier) clients[i] = known || earlier;
    clientOfRow.set(l.row, clients[i]);
  });
  // Without a prototype: a team column named `constructor` or `__proto__` is a column like any other.
  return plan.leads.map((l, i) => {
    const v = l.values;
    return Object.assign(dict<unknown>(), l.extra, v, {
      'Lead ID': formatLeadId(first + i),
      'Client ID': clients[i],
      'Created At': date(v['Created At']),
      'Expected Close': date(v['Expected Close']),
      'Next Follow-up': date(v['Next Follow-up']),
      'Completed On': date(v['Completed On']),
      // No Owner column (or an empty cell): the person importing; an owner answered "nobody": empty.
      Owner: v.Owner ?? owner,
      'Follow-ups': v['Follow-ups'] ?? 0,
      'Last Contact': date(v['Last Contact']),
      'Status Changed At': date(v['Status Changed At']),
    });
  });
}

/**
 * Existing leads' empty fields filled from the file: per column, one block over the rows it
 * touches (the cells between are written back as they were read, under the same lock).
 */
function fill(table: Table<string>, plan: ImportPlan, date: (v: string | number | undefined) => unknown): void {
  if (plan.fills.length === 0) return;
  const headers = [...new Set(plan.fills.flatMap((f) => Object.keys(f.values)))];
  for (const h of headers) {
    const fills = plan.fills.filter((f) => own(f.values as Record<string, unknown>, h) !== undefined);
    const lo = Math.min(...fills.map((f) => f.index));
    const hi = Math.max(...fills.map((f) => f.index));
    const values = table.sheet.getSheetValues(lo + 2, table.col(h), hi - lo + 1, 1).map((r) => r[0]);
    for (const f of fills) values[f.index - lo] = date((f.values as Record<string, string | number>)[h]);
    table.writeColumn(h, lo, values);
  }
}

/** Team rows for the owners the person gave a new email (their name as the file wrote it). */
function addTeamRows(crm: Crm, people: readonly Person[]): void {
  if (people.length === 0) return;
  if (!crm.ss.getSheetByName(TAB.team)) return;
  const team = Table.open(crm.ss, TAB.team, TEAM_COLUMNS, crm.lang);
  // They own leads in the file: sales people (the admin changes the Role when it is not so).
  team.append(people.map((p) => ({ Email: p.email, Name: p.name, Role: 'Sales' })));
  forgetTeam();
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
  /** Owners Leads holds as names, not emails: offered for mapping before any import. */
  ownerNames: OwnerNames;
  /** The last imports still in the CRM: their undo, after the dialog that made them was closed. */
  recent: RecentImport[];
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
    ownerNames: ownerNamesFor(crm),
    recent: recentImports(crm),
  };
}
