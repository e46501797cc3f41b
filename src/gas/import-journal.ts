// The import journal (a document property per import): what an import added, so a run that
// died half way is rolled back by the next one, and undoImport removes exactly what it added.
// Both keep a lead worked on since (one rule: `workedOn`).
import { CrmError, t, userText } from '../core/i18n';
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, TEAM_COLUMNS } from '../core/schema';
import { own } from '../core/import-columns';
import { fingerprint } from '../core/merge';
import { leadIdNumber } from '../core/lead';
import { cleanText } from '../core/fields';
import { mapHeaders } from '../core/headers';
import { Table } from './table';
import { cellText, openCrm, withDocumentLock, type Crm } from './services';
import { readShadow, writeShadow } from './shadow';
import { appendRunLog } from './runlog';
import { forgetTeam } from './team';
import { documentProperties, forgetTabs } from './execution';

export const LAST_IMPORT = 'lembar.lastImport';
export const JOURNAL = 'lembar.import.';

/**
 * The team columns an import added: how many, where the first was, and a fingerprint of their
 * headers, never the headers themselves, so the journal stays far under a property's 9 KB
 * whatever the file's headers are. (Journals written before held the names: still read.)
 */
export interface AddedColumns {
  at: number;
  count: number;
  digest: string;
}

export interface Journal {
  importId: string;
  file: string;
  first: number;
  last: number;
  /** Team columns this import added to Leads, and how many columns it inserted for them. */
  columns: AddedColumns | string[];
  inserted: number;
  /** Existing leads whose empty fields it filled: undo leaves them (each has a Note saying what came). */
  filled?: number;
  /** Team rows it added (their emails): taken back with it while no lead it keeps is theirs. */
  team?: string[];
  state: 'writing' | 'done' | 'undone' | 'rolledBack';
  /** When it was written (ISO; journals written before did not say). */
  at?: string;
}

/** An import that can still be taken back, as the dialog offers it after it was closed. */
export interface RecentImport {
  importId: string;
  file: string;
  /** The leads it wrote. */
  count: number;
  /** When it was written, as the spreadsheet's day and time (YYYY-MM-DD HH:mm), or ''. */
  at: string;
}

/** How long an import is offered for undo after its dialog was closed. */
const RECENT_DAYS = 7;

/**
 * The last imports of the past week still in the CRM (done, not undone), newest first: the
 * dialog offers their undo after the dialog that made them was closed. Older ones are not:
 * their leads have been lived with (edited in the grid, which undo's worked-on rule does not
 * see). One read of the document properties.
 */
export function recentImports(crm: Crm, limit = 3): RecentImport[] {
  const since = crm.now.getTime() - RECENT_DAYS * 86400000;
  const all = documentProperties().getProperties();
  const out: Journal[] = [];
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(JOURNAL)) continue;
    try {
      const j = JSON.parse(v) as Journal;
      const at = j && typeof j.at === 'string' ? new Date(j.at).getTime() : Number.NaN;
      if (j.state === 'done' && /^I-\d{6}$/.test(String(j.importId)) && j.last >= j.first && at >= since) out.push(j);
    } catch (_e) {
      /* a journal nobody can read is offered to no one */
    }
  }
  return out
    .sort((a, b) => b.importId.localeCompare(a.importId))
    .slice(0, limit)
    .map((j) => ({
      importId: j.importId,
      file: String(j.file ?? ''),
      count: j.last - j.first + 1,
      at: j.at ? localStamp(new Date(j.at), crm.offset) : '',
    }));
}

/** A moment as the spreadsheet's day and time, `YYYY-MM-DD HH:mm` (the page shows it the local way). */
const localStamp = (d: Date, offset: number) =>
  Number.isNaN(d.getTime()) ? '' : new Date(d.getTime() + offset * 60000).toISOString().slice(0, 16).replace('T', ' ');

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
  removeTeamRows(crm, j, keep.size > 0);
  return rows.length;
}

/** The Team rows an import added, unless a lead it keeps may still be theirs. */
function removeTeamRows(crm: Crm, j: Journal, kept: boolean): void {
  if (!j.team || j.team.length === 0 || kept || !crm.ss.getSheetByName(TAB.team)) return;
  const team = Table.open(crm.ss, TAB.team, TEAM_COLUMNS, crm.lang);
  const added = new Set(j.team);
  const rows = team
    .column('Email')
    .map((e, i) => (added.has(cellText(e, crm.offset).trim().toLowerCase()) ? i : -1))
    .filter((i) => i >= 0);
  team.deleteDataRows(rows);
  forgetTeam();
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
    // Header cells changed outside a Table: any Table of Leads opened from here reads them again.
    forgetTabs();
  }
  // A run that died before writing the headers still inserted the columns: they go when empty.
  const sheet = table.sheet;
  const max = sheet.getMaxColumns();
  if (j.inserted > 0 && sheet.getLastColumn() <= max - j.inserted) {
    sheet.deleteColumns(max - j.inserted + 1, j.inserted);
    forgetTabs();
  }
}

/** An import that died half way is taken back before anything else is written, but for what was worked on since. */
export function rollBackUnfinished(crm: Crm): void {
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
    const text =
      (j.filled ?? 0) > 0
        ? t(crm.lang, 'import.undoneFilled', { importId, count: removed, filled: j.filled ?? 0 })
        : t(crm.lang, 'import.undone', { importId, count: removed });
    appendRunLog(crm.ss, crm.lang, crm.now, 'undoImport', 'ok', text);
    crm.ss.toast(text, t(crm.lang, 'menu.title'), 10);
    return { importId, removed, message: text };
  });
}
