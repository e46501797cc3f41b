// mergeDuplicates and undoMerge (SPEC §4): ticked groups are merged into their primary under
// the lock; nothing is lost (the others go to Archive in full, differing values go to the
// activity log) and every merge can be undone from what the merge recorded.
import { ACTIVITY_COLUMNS, ARCHIVE_EXTRA_COLUMNS, DUPLICATE_COLUMNS, LEAD_COLUMNS, TAB } from '../core/schema';
import { fingerprint, planMerge } from '../core/merge';
import { mapHeaders } from '../core/headers';
import { t, CrmError } from '../core/i18n';
import { isDate } from '../core/dates';
import { Table } from './table';
import { openCrm, withDocumentLock, cellText, currentUser, type Crm } from './services';
import { appendRunLog } from './runlog';
import { updateShadow } from './shadow';

/** What each merge did, so it can be undone: a hidden, protected tab. */
const MERGES_TAB = '_lembar_merges';
const MERGE_LOG_HEADERS = ['Merge ID', 'Kind', 'Lead ID', 'Field', 'Value'];
const MERGE_SEQ = 'lembar.lastMergeNumber';
const LEAD_HEADERS = LEAD_COLUMNS.map((c) => c.header);
const ARCHIVE_ONLY = new Set(ARCHIVE_EXTRA_COLUMNS.map((c) => c.header));

const encode = (v: unknown) => JSON.stringify(isDate(v) ? { $date: v.toISOString() } : v);
const decode = (s: unknown): unknown => {
  const v = JSON.parse(String(s)) as unknown;
  return v && typeof v === 'object' && '$date' in (v as object) ? new Date((v as { $date: string }).$date) : v;
};

function mergeLog(crm: Crm): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = crm.ss.getSheetByName(MERGES_TAB);
  if (!sheet) {
    sheet = crm.ss.insertSheet(MERGES_TAB);
    sheet.getRange(1, 1, 1, MERGE_LOG_HEADERS.length).setValues([MERGE_LOG_HEADERS]);
    sheet.hideSheet();
    sheet.protect().setDescription('Lembar CRM: merge records for undo').setWarningOnly(true);
  }
  return sheet;
}

function appendMergeLog(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: unknown[][]): void {
  if (rows.length === 0) return;
  const start = sheet.getLastRow() + 1;
  const max = sheet.getMaxRows();
  if (start + rows.length - 1 > max) sheet.insertRowsAfter(max, start + rows.length - 1 - max);
  const range = sheet.getRange(start, 1, rows.length, MERGE_LOG_HEADERS.length);
  range.setNumberFormat('@');
  range.setValues(rows);
}

export interface MergeResult {
  merged: { mergeId: string; primary: string; archived: string[] }[];
  skipped: string[];
}

export function mergeDuplicates(): MergeResult {
  const crm = openCrm();
  return withDocumentLock(crm.lang, () => {
    const dup = Table.open(crm.ss, TAB.duplicates, DUPLICATE_COLUMNS, crm.lang);
    const dupRows = dup.allRows().map((r) => dup.toRecord(r));
    const groups = new Map<string, { ids: string[]; checks: string[]; primary: string; ticked: boolean }>();
    for (const r of dupRows) {
      const g = cellText(r['Group']);
      if (!/^G\d+$/.test(g)) continue;
      const entry = groups.get(g) ?? { ids: [], checks: [], primary: cellText(r['Primary']).trim(), ticked: false };
      entry.ids.push(cellText(r['Lead ID']).trim());
      entry.checks.push(cellText(r['Check']));
      if (r['Merge'] === true) entry.ticked = true;
      groups.set(g, entry);
    }
    const ticked = [...groups.entries()].filter(([, g]) => g.ticked);
    const result: MergeResult = { merged: [], skipped: [] };
    if (ticked.length === 0) {
      crm.ss.toast(t(crm.lang, 'merge.none'), t(crm.lang, 'menu.title'), 10);
      return result;
    }
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const raw = leads.allRows();
    const indexOf = new Map<string, number>();
    raw.forEach((r, i) => indexOf.set(cellText(r[leads.headers.index['Lead ID']]).trim(), i));
    const archive = openArchive(crm, leads);
    const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
    const actIds = acts.column('Lead ID').map((v) => cellText(v).trim());
    let actChanged = false;
    const props = PropertiesService.getDocumentProperties();
    let seq = Number(props.getProperty(MERGE_SEQ) ?? 0) || 0;
    const archived: Record<string, unknown>[] = [];
    const notes: Record<string, unknown>[] = [];
    const log: unknown[][] = [];
    const remove: number[] = [];
    const by = currentUser();
    for (const [name, g] of ticked) {
      const idx = g.ids.map((id) => indexOf.get(id));
      if (idx.some((i) => i === undefined) || idx.some((i, k) => fingerprint(raw[i!]) !== g.checks[k])) {
        result.skipped.push(t(crm.lang, 'merge.changed', { group: name }));
        continue;
      }
      if (!g.ids.includes(g.primary)) {
        result.skipped.push(t(crm.lang, 'merge.badPrimary', { group: name, primary: g.primary }));
        continue;
      }
      const mergeId = `M-${String(++seq).padStart(6, '0')}`;
      const pIndex = indexOf.get(g.primary)!;
      const primary = leads.toRecord(raw[pIndex]);
      const others = g.ids.filter((id) => id !== g.primary);
      const otherRecords = others.map((id) => leads.toRecord(raw[indexOf.get(id)!]));
      const plan = planMerge(primary, otherRecords, LEAD_HEADERS);
      if (Object.keys(plan.filled).length > 0) leads.update(pIndex, plan.filled);
      for (const [h, v] of Object.entries(plan.filled)) log.push([mergeId, 'filled', g.primary, h, encode(v)]);
      others.forEach((id, k) => {
        const full: Record<string, unknown> = {};
        leads.headers.headers.forEach((h, c) => {
          if (h !== '') full[h] = raw[indexOf.get(id)!][c];
        });
        archived.push({ ...full, 'Merged Into': g.primary, 'Merge ID': mergeId, 'Archived At': crm.now, 'Archived By': by });
        remove.push(indexOf.get(id)!);
        actIds.forEach((a, row) => {
          if (a === id) {
            actIds[row] = g.primary;
            actChanged = true;
            log.push([mergeId, 'repoint', id, String(row), '']);
          }
        });
        const mine = plan.conflicts.filter((c) => c.leadId === id);
        const values = mine.map((c) => `${c.header}: ${isDate(c.value) ? c.value.toISOString().slice(0, 10) : cellText(c.value)}`).join('; ');
        notes.push({
          Timestamp: crm.now,
          'Lead ID': g.primary,
          Type: 'Note',
          Summary: mine.length ? t(crm.lang, 'merge.note', { mergeId, leadId: id, values }) : t(crm.lang, 'merge.noteNoConflict', { mergeId, leadId: otherRecords[k]['Lead ID'] as string }),
          By: by,
        });
      });
      log.push([mergeId, 'merged', g.primary, others.join(','), '']);
      result.merged.push({ mergeId, primary: g.primary, archived: others });
    }
    if (result.merged.length > 0) {
      archive.append(archived);
      if (actChanged) acts.writeColumn('Lead ID', 0, actIds);
      acts.append(notes);
      appendMergeLog(mergeLog(crm), log);
      props.setProperty(MERGE_SEQ, String(seq));
      deleteRows(leads, remove);
      // The merged groups are done: untick them so a second run cannot act on stale rows.
      const merge = dup.column('Merge').map((v) => (v === true ? false : v));
      dup.writeColumn('Merge', 0, merge);
    }
    const text = t(crm.lang, 'merge.done', { merged: result.merged.length, rows: archived.length, skipped: result.skipped.length });
    appendRunLog(crm.ss, crm.lang, crm.now, 'mergeDuplicates', result.skipped.length ? 'partial' : 'ok', [text, ...result.skipped].join(' '));
    crm.ss.toast([text, ...result.skipped].join('\n'), t(crm.lang, 'menu.title'), 15);
    return result;
  });
}

/** The Archive keeps full rows: the team's own Leads columns are added to it too. */
function openArchive(crm: Crm, leads: Table): Table {
  const columns = [...LEAD_COLUMNS, ...ARCHIVE_EXTRA_COLUMNS];
  let archive = Table.open(crm.ss, TAB.archive, columns, crm.lang);
  const missing = leads.headers.headers.filter((h) => h !== '' && !(h in archive.headers.index));
  if (missing.length > 0) {
    const start = archive.headers.width + 1;
    const max = archive.sheet.getMaxColumns();
    if (start + missing.length - 1 > max) archive.sheet.insertColumnsAfter(max, start + missing.length - 1 - max);
    archive.sheet.getRange(1, start, 1, missing.length).setValues([missing]);
    archive = Table.open(crm.ss, TAB.archive, columns, crm.lang);
  }
  return archive.withUserColumns();
}

/** Deletes data rows (0-based), bottom up, one call per run of adjacent rows. */
function deleteRows(table: Table, indices: number[]): void {
  const sorted = [...new Set(indices)].sort((a, b) => b - a);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] - 1) j++;
    table.sheet.deleteRows(sorted[j] + 2, j - i + 1);
    i = j + 1;
  }
  table.lastRow -= sorted.length;
}

export interface UndoResult {
  mergeId: string;
  restored: string[];
}

export function undoMerge(arg?: { mergeId?: string }): UndoResult {
  const crm = openCrm();
  let mergeId = cellText(arg?.mergeId).trim();
  if (!mergeId) {
    // From the menu: the merge of the selected Archive row.
    const range = crm.ss.getActiveRange();
    const sheet = range?.getSheet();
    if (range && sheet && sheet.getName() === TAB.archive && range.getRow() >= 2) {
      const header = mapHeaders(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]);
      mergeId = cellText(sheet.getRange(range.getRow(), header.index['Merge ID'] + 1).getValue()).trim();
    }
    if (!mergeId) throw new CrmError({ key: 'merge.pickArchive' }, crm.lang);
  }
  return withDocumentLock(crm.lang, () => {
    const archive = Table.open(crm.ss, TAB.archive, [...LEAD_COLUMNS, ...ARCHIVE_EXTRA_COLUMNS], crm.lang).withUserColumns();
    const rows = archive.allRows();
    const mine = rows.map((r, i) => ({ r, i })).filter(({ r }) => cellText(r[archive.headers.index['Merge ID']]).trim() === mergeId);
    if (mine.length === 0) throw new CrmError({ key: 'merge.unknown', params: { mergeId } }, crm.lang);
    const logSheet = mergeLog(crm);
    const logRows = logSheet.getLastRow() > 1 ? logSheet.getRange(2, 1, logSheet.getLastRow() - 1, MERGE_LOG_HEADERS.length).getValues() : [];
    const entries = logRows.filter((r) => cellText(r[0]) === mergeId);
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns();
    const primaryId = cellText(mine[0].r[archive.headers.index['Merged Into']]).trim();
    // The archived rows come back with their own IDs, as they were (the team's columns too).
    const restored = mine.map(({ r }) => {
      const rec: Record<string, unknown> = {};
      archive.headers.headers.forEach((h, c) => {
        if (h !== '' && h in leads.headers.index && !ARCHIVE_ONLY.has(h)) rec[h] = r[c];
      });
      return rec;
    });
    leads.append(restored);
    // What the merge filled into the primary goes, unless someone changed it since.
    const ids = leads.column('Lead ID').map((v) => cellText(v).trim());
    const pIndex = ids.lastIndexOf(primaryId);
    if (pIndex >= 0) {
      const current = leads.readRow(pIndex);
      const clear: Record<string, unknown> = {};
      for (const e of entries.filter((x) => x[1] === 'filled')) {
        const h = cellText(e[3]);
        const v = decode(e[4]);
        const now = current[h];
        if ((isDate(v) && isDate(now) && v.getTime() === now.getTime()) || cellText(now) === cellText(v)) clear[h] = '';
      }
      if (Object.keys(clear).length > 0) leads.update(pIndex, clear);
    }
    // Activities point back to their own leads.
    const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
    const actIds = acts.column('Lead ID').map((v) => cellText(v).trim());
    let changed = false;
    for (const e of entries.filter((x) => x[1] === 'repoint')) {
      const row = Number(e[3]);
      if (actIds[row] === primaryId) {
        actIds[row] = cellText(e[2]);
        changed = true;
      }
    }
    if (changed) acts.writeColumn('Lead ID', 0, actIds);
    const restoredIds = restored.map((r) => cellText(r['Lead ID']));
    acts.append([{ Timestamp: crm.now, 'Lead ID': primaryId, Type: 'Note', Summary: t(crm.lang, 'merge.undoNote', { mergeId, leadIds: restoredIds.join(', ') }), By: currentUser() }]);
    deleteRows(archive, mine.map((m) => m.i));
    appendMergeLog(logSheet, [[mergeId, 'undone', primaryId, restoredIds.join(','), '']]);
    updateShadow(
      crm.ss,
      restored.map((r) => [cellText(r['Lead ID']), cellText(r['Status'])]),
    );
    const text = t(crm.lang, 'merge.undone', { mergeId, rows: restored.length });
    appendRunLog(crm.ss, crm.lang, crm.now, 'undoMerge', 'ok', text);
    crm.ss.toast(text, t(crm.lang, 'menu.title'), 10);
    return { mergeId, restored: restoredIds };
  });
}

