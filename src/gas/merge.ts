// mergeDuplicates and undoMerge (SPEC §4): ticked groups are merged into their primary under
// the lock; nothing is lost (the others go to Archive in full, differing values go to the
// activity log) and every merge can be undone.
//
// Each merge first writes its whole plan to the journal (merge-log.ts), then applies it in
// steps that each check what is already done. A run that dies anywhere is finished by the next
// merge, undo or audit (`finishUnfinishedMerges`); the same holds for an undo.
import { isBlank } from '../core/fields';
import {
  ACTIVITY_COLUMNS,
  ARCHIVE_COLUMNS,
  DUPLICATE_COLUMNS,
  LEAD_COLUMNS,
  TAB,
  type ActivityHeader,
  type ActivityRecord,
  type ArchiveHeader,
  type DuplicateHeader,
  type LeadHeader,
  type RecordOf,
} from '../core/schema';
import { mapHeaders } from '../core/headers';
import { t, userText, CrmError } from '../core/i18n';
import { isDate, toYmd } from '../core/dates';
import { changeText } from '../core/change-text';
import { Table, appendHeaders } from './table';
import { openCrm, withDocumentLock, cellText, currentUser, type Crm } from './services';
import { appendRunLog } from './runlog';
import { updateShadow } from './shadow';
import { giveStatusDropdown } from './leads';
import { applyLinks, linkGroups, undoLink } from './link';
import { decideGroups, readTickedGroups, tickedSignature, type TickedGroup } from './merge-groups';
import {
  MERGE_SEQ,
  activityKey,
  decode,
  encode,
  planRows,
  readJournal,
  stateRow,
  writeJournal,
  type Journal,
  type MergePlanRecord,
} from './merge-log';
import { documentProperties, sheetNamed } from './execution';

const sameValue = (a: unknown, b: unknown, offset: number) =>
  isDate(a) && isDate(b)
    ? a.getTime() === b.getTime()
    : !isDate(a) && !isDate(b) && cellText(a, offset) === cellText(b, offset) && typeof a === typeof b;

export interface MergeResult {
  merged: { mergeId: string; primary: string; archived: string[] }[];
  /** Link groups carried out (SPEC §4): the rows share `clientId`, each keeps its deal. */
  linked: { mergeId: string; clientId: string; leadIds: string[] }[];
  skipped: string[];
  /** Merges or undos a run that died had left unfinished, finished by this one. */
  recovered?: string[];
  /** What was done, in one sentence of the user's language (the toast's and the dialog's). */
  message?: string;
}

/** Leads and Archive with the team's own columns: merges copy whole rows. */
interface Tables {
  leads: Table<LeadHeader>;
  archive: Table<ArchiveHeader>;
  acts: Table<ActivityHeader>;
}

function openTables(crm: Crm): Tables {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang).withUserColumns();
  return {
    leads,
    archive: openArchive(crm, leads),
    acts: Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang),
  };
}

/**
 * Merges (and links) the ticked groups of the Duplicates tab. `expect`, from the merge dialog, is
 * the signature of the groups its preview showed: when the ticked groups differ now, nothing is
 * done and the person is told to look again.
 */
export function mergeDuplicates(arg?: { expect?: string }): MergeResult {
  const crm = openCrm();
  const expect = arg !== null && typeof arg === 'object' && typeof arg.expect === 'string' ? arg.expect : null;
  return withDocumentLock(crm.lang, () => {
    const journal = readJournal(crm);
    const recovered = finishUnfinished(crm, journal);
    const { dup, ticked, alreadyMerged } = readTickedGroups(crm, journal);
    if (expect !== null && tickedSignature(ticked) !== expect)
      throw new CrmError({ key: 'mergeDialog.changed' }, crm.lang);
    const result: MergeResult = { merged: [], linked: [], skipped: [], ...(recovered.length ? { recovered } : {}) };
    if (ticked.length === 0) {
      if (alreadyMerged) untick(dup);
      const said = t(crm.lang, recovered.length ? 'merge.recovered' : 'merge.none', { ids: recovered.join(', ') });
      crm.ss.toast(said, t(crm.lang, 'menu.title'), 10);
      return { ...result, message: said };
    }
    const tables = openTables(crm);
    const { leads } = tables;
    const raw = leads.allRows();
    const formats = leads.formatsOf(0, raw.length);
    const indexOf = new Map<string, number>();
    const idCol = leads.indexOf('Lead ID');
    raw.forEach((r, i) => indexOf.set(cellText(r[idCol], crm.offset).trim(), i));
    const actRows = tables.acts.allRows().map((r) => tables.acts.toRecord(r));
    const props = documentProperties();
    let seq = Number(props.getProperty(MERGE_SEQ) ?? 0) || 0;
    const by = currentUser();
    const at = crm.now.toISOString();
    const plans: MergePlanRecord[] = [];
    const linking: [string, TickedGroup][] = [];
    const show = changeText(crm.lang, crm.settings.currency);
    const noteValue = (v: unknown) => (isDate(v) ? toYmd(v, crm.offset) : cellText(v, crm.offset));
    for (const d of decideGroups(crm, journal, leads, raw, ticked)) {
      const { name, g } = d;
      if (d.kind === 'skip') {
        result.skipped.push(d.reason);
        continue;
      }
      // Links go after the merges, on the rows as the merges leave them.
      if (d.kind === 'link') {
        linking.push([name, g]);
        continue;
      }
      const { others, merge } = d;
      const mergeId = `M-${String(++seq).padStart(6, '0')}`;
      const plan: MergePlanRecord = {
        mergeId,
        group: name,
        primary: g.primary,
        at,
        by,
        filled: Object.fromEntries(Object.entries(merge.filled).map(([h, v]) => [h, encode(v)])),
        others: others.map((id) => {
          const i = indexOf.get(id)!;
          const row: Record<string, unknown> = {};
          const fmt: Record<string, string> = {};
          leads.headers.headers.forEach((h, c) => {
            if (h === '') return;
            row[h] = encode(raw[i][c]);
            fmt[h] = formats[i][c];
          });
          return { leadId: id, row, formats: fmt };
        }),
        repoint: actRows
          .filter((a) => others.includes(cellText(a['Lead ID'], crm.offset).trim()))
          .map((a) => ({ from: cellText(a['Lead ID'], crm.offset).trim(), key: activityKey(a, crm.offset) })),
        notes: others.map((id) => {
          const mine = merge.conflicts.filter((c) => c.leadId === id);
          // As the sidebar's notes read: labels, days and money the local way (change-text.ts).
          const values = mine
            .map((c) => `${show.name(c.header)}: ${show.value(c.header, noteValue(c.value))}`)
            .join('; ');
          return mine.length
            ? t(crm.lang, 'merge.note', { mergeId, leadId: id, values })
            : t(crm.lang, 'merge.noteNoConflict', { mergeId, leadId: id });
        }),
      };
      plans.push(plan);
      result.merged.push({ mergeId, primary: g.primary, archived: others });
    }
    if (plans.length > 0) {
      // The IDs are taken before anything is written, so a run that dies never reuses one.
      props.setProperty(MERGE_SEQ, String(seq));
      writeJournal(journal, plans.flatMap(planRows));
      applyMerges(tables, plans, crm.offset);
      writeJournal(
        journal,
        plans.map((p) => stateRow(p, 'done')),
      );
    }
    if (linking.length > 0) {
      seq = linkGroups(
        crm,
        tables,
        journal,
        linking.map(([name, g]) => ({ name, ids: g.ids, primary: g.primary })),
        { seq, at, by },
        result,
      );
    }
    if (plans.length > 0 || result.linked.length > 0) untick(dup);
    // Only what happened is said: never "0 groups merged" beside the groups that were linked.
    const said = [
      result.merged.length > 0
        ? t(crm.lang, 'merge.done', {
            merged: result.merged.length,
            rows: result.merged.reduce((n, m) => n + m.archived.length, 0),
          })
        : '',
      result.linked.length > 0
        ? t(crm.lang, 'link.done', {
            linked: result.linked.length,
            rows: result.linked.reduce((n, m) => n + m.leadIds.length, 0),
          })
        : '',
      result.skipped.length > 0 ? t(crm.lang, 'merge.skippedCount', { skipped: result.skipped.length }) : '',
    ].filter(Boolean);
    const text = said.length > 0 ? said.join(' ') : t(crm.lang, 'merge.nothingDone');
    appendRunLog(
      crm.ss,
      crm.lang,
      crm.now,
      'mergeDuplicates',
      result.skipped.length ? 'partial' : 'ok',
      [text, ...result.skipped].join(' '),
    );
    crm.ss.toast([text, ...result.skipped].join('\n'), t(crm.lang, 'menu.title'), 15);
    return { ...result, message: text };
  });
}

/** The Duplicates tab is generated: a tab of an older version gets the headers it lacks. */
export function openDuplicates(crm: Crm): Table<DuplicateHeader> {
  // The header as the Table reads it (once): no second read of the same row to open it after.
  const have = Table.headerOf(crm.ss, TAB.duplicates);
  if (have?.headers.some((h) => h !== '')) {
    const missing = DUPLICATE_COLUMNS.map((c) => c.header).filter((h) => !(h in have.index));
    if (missing.length > 0) appendHeaders(sheetNamed(crm.ss, TAB.duplicates)!, missing);
  }
  return Table.open(crm.ss, TAB.duplicates, DUPLICATE_COLUMNS, crm.lang);
}

/** The merged groups are done: untick them so a second run cannot act on stale rows. */
function untick(dup: Table<DuplicateHeader>): void {
  const merge = dup.column('Merge');
  if (merge.some((v) => v === true))
    dup.writeColumn(
      'Merge',
      0,
      merge.map((v) => (v === true ? false : v)),
    );
}

/**
 * Carries out merge plans. Every step looks at the sheet first, so applying a plan that was
 * partly applied (its run died) completes it without doing anything twice.
 */
function applyMerges(tables: Tables, plans: MergePlanRecord[], offset: number): void {
  const { leads, archive, acts } = tables;
  // 1. Fill the primaries' empty cells (one read of Leads serves every step).
  const rows = leads.allRows();
  const idCol = leads.indexOf('Lead ID');
  const ids = rows.map((r) => cellText(r[idCol], offset).trim());
  for (const p of plans) {
    const i = ids.indexOf(p.primary);
    if (i < 0) continue;
    // The journal names its headers as text: the primary is read as a full row.
    const current: Record<string, unknown> = leads.toRecord(rows[i]);
    const fill: Record<string, unknown> = {};
    for (const [h, v] of Object.entries(p.filled)) if (isBlank(current[h])) fill[h] = decode(v);
    if (Object.keys(fill).length > 0) leads.update(i, fill);
  }
  // 2. Copy the others to Archive, unless a previous attempt already did.
  const [mergeCol, leadCol] = [archive.indexOf('Merge ID'), archive.indexOf('Lead ID')];
  const archivedKeys = new Set(
    archive.allRows().map((r) => `${cellText(r[mergeCol], offset)}|${cellText(r[leadCol], offset)}`),
  );
  const toArchive: { rec: RecordOf<ArchiveHeader>; formats: Record<string, string> }[] = [];
  for (const p of plans) {
    for (const o of p.others) {
      if (archivedKeys.has(`${p.mergeId}|${o.leadId}`)) continue;
      const rec: Record<string, unknown> = {};
      for (const [h, v] of Object.entries(o.row)) rec[h] = decode(v);
      toArchive.push({
        rec: {
          ...rec,
          'Merged Into': p.primary,
          'Merge ID': p.mergeId,
          'Archived At': new Date(p.at),
          'Archived By': p.by,
        },
        formats: o.formats,
      });
    }
  }
  archive.append(
    toArchive.map((x) => x.rec),
    { formats: toArchive.map((x) => archive.headers.headers.map((h) => x.formats[h])) },
  );
  // 3. Point the others' activities at the primary; 4. add each merge's notes once.
  const actRows = acts.allRows().map((r) => acts.toRecord(r));
  const actIds = actRows.map((a) => cellText(a['Lead ID'], offset).trim());
  let repointed = false;
  const notes: ActivityRecord[] = [];
  for (const p of plans) {
    for (const r of p.repoint) {
      const k = actRows.findIndex((a, i) => actIds[i] === r.from && activityKey(a, offset) === r.key);
      if (k >= 0) {
        actIds[k] = p.primary;
        repointed = true;
      }
    }
    const at = new Date(p.at);
    for (const summary of p.notes) {
      const present = actRows.some(
        (a, i) =>
          actIds[i] === p.primary &&
          cellText(a['Type'], offset) === 'Note' &&
          cellText(a['Summary'], offset) === summary &&
          isDate(a['Timestamp']) &&
          a['Timestamp'].getTime() === at.getTime(),
      );
      if (!present) notes.push({ Timestamp: at, 'Lead ID': p.primary, Type: 'Note', Summary: summary, By: p.by });
    }
  }
  if (repointed) acts.writeColumn('Lead ID', 0, actIds);
  acts.append(notes);
  // 5. Only now, with the copies in Archive, remove the others from Leads (filling changed no
  // row's place, so the IDs read above still say where each lead is).
  const gone = new Set(plans.flatMap((p) => p.others.map((o) => o.leadId)));
  leads.deleteDataRows(ids.flatMap((id, i) => (gone.has(id) ? [i] : [])));
}

/** Finishes what a run that died left half done; returns the merge IDs it finished. */
function finishUnfinished(crm: Crm, journal: Journal): string[] {
  const inState = (s: string) =>
    [...journal.state.entries()].filter(([, x]) => x === s).map(([id]) => journal.plans.get(id)!);
  const planned = inState('planned');
  const merges = planned.filter((p) => p.kind !== 'link');
  const links = planned.filter((p) => p.kind === 'link');
  const undos = inState('undoing');
  if (planned.length === 0 && undos.length === 0) return [];
  const tables = openTables(crm);
  if (merges.length > 0) applyMerges(tables, merges, crm.offset);
  if (links.length > 0) applyLinks(crm, tables.leads, tables.acts, links);
  if (planned.length > 0) {
    writeJournal(
      journal,
      planned.map((p) => stateRow(p, 'done')),
    );
    for (const p of planned) journal.state.set(p.mergeId, 'done');
  }
  for (const p of undos) {
    const fresh = openTables(crm);
    if (p.kind === 'link') undoLink(crm, fresh.leads, fresh.acts, p);
    else applyUndo(crm, fresh, p);
    writeJournal(journal, [stateRow(p, 'undone')]);
    journal.state.set(p.mergeId, 'undone');
  }
  appendRunLog(
    crm.ss,
    crm.lang,
    crm.now,
    'mergeDuplicates',
    'ok',
    t(crm.lang, 'merge.recovered', { ids: [...planned, ...undos].map((p) => p.mergeId).join(', ') }),
  );
  return [...planned, ...undos].map((p) => p.mergeId);
}

/** For the audit: finish any merge or undo a run that died left half done (under the lock). */
export function finishUnfinishedMerges(crm: Crm): string[] {
  return withDocumentLock(crm.lang, () => finishUnfinished(crm, readJournal(crm)));
}

/** The Archive keeps full rows: the team's own Leads columns are added to it too. */
function openArchive(crm: Crm, leads: Table<LeadHeader>): Table<ArchiveHeader> {
  let archive = Table.open(crm.ss, TAB.archive, ARCHIVE_COLUMNS, crm.lang);
  const missing = leads.headers.headers.filter((h) => h !== '' && !(h in archive.headers.index));
  if (missing.length > 0) {
    appendHeaders(archive.sheet, missing);
    archive = Table.open(crm.ss, TAB.archive, ARCHIVE_COLUMNS, crm.lang);
  }
  return archive.withUserColumns();
}

export interface UndoResult {
  mergeId: string;
  restored: string[];
}

/** A merge ID from the caller, or from the selected Archive row (the menu). */
function mergeIdOf(crm: Crm, arg: unknown): string {
  const given =
    arg !== null && typeof arg === 'object' && Object.prototype.hasOwnProperty.call(arg, 'mergeId')
      ? (arg as { mergeId: unknown }).mergeId
      : undefined;
  if (given !== undefined && given !== null && given !== '') {
    if (typeof given !== 'string') throw new CrmError({ key: 'merge.unknown', params: { mergeId: '?' } }, crm.lang);
    return given.trim();
  }
  const range = crm.ss.getActiveRange();
  const sheet = range?.getSheet();
  if (range && sheet && sheet.getName() === TAB.archive && range.getRow() >= 2) {
    const header = mapHeaders<ArchiveHeader>(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
    if (header.index['Merge ID'] !== undefined)
      return cellText(sheet.getRange(range.getRow(), header.index['Merge ID'] + 1).getValue(), crm.offset).trim();
  }
  // A link leaves nothing in the Archive: its note in Activities names it (a merge's note too).
  if (range && sheet && sheet.getName() === TAB.activities && range.getRow() >= 2) {
    const header = mapHeaders<ActivityHeader>(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
    if (header.index['Summary'] !== undefined) {
      const summary = cellText(sheet.getRange(range.getRow(), header.index['Summary'] + 1).getValue(), crm.offset);
      return /^[^:]*\b(M-\d{6}):/.exec(summary)?.[1] ?? '';
    }
  }
  return '';
}

export function undoMerge(arg?: { mergeId?: string }): UndoResult {
  const crm = openCrm();
  const mergeId = mergeIdOf(crm, arg);
  if (!mergeId) throw new CrmError({ key: 'merge.pickArchive' }, crm.lang);
  return withDocumentLock(crm.lang, () => {
    const journal = readJournal(crm);
    finishUnfinished(crm, journal);
    const plan = journal.plans.get(mergeId);
    const state = journal.state.get(mergeId);
    if (!plan || state !== 'done')
      throw new CrmError(
        { key: state === 'undone' ? 'merge.alreadyUndone' : 'merge.unknown', params: { mergeId: userText(mergeId) } },
        crm.lang,
      );
    // The intent first: a run that dies from here on is finished by the next one.
    writeJournal(journal, [stateRow(plan, 'undoing')]);
    const tables = openTables(crm);
    const restored =
      plan.kind === 'link' ? undoLink(crm, tables.leads, tables.acts, plan) : applyUndo(crm, tables, plan);
    writeJournal(journal, [stateRow(plan, 'undone')]);
    const text = t(crm.lang, plan.kind === 'link' ? 'link.undone' : 'merge.undone', { mergeId, rows: restored.length });
    appendRunLog(crm.ss, crm.lang, crm.now, 'undoMerge', 'ok', text);
    crm.ss.toast(text, t(crm.lang, 'menu.title'), 10);
    return { mergeId, restored };
  });
}

/**
 * Puts a merge back: the archived leads return to Leads with their own IDs, values and formats
 * (and the Status dropdown, like any new row), what the merge filled into the primary goes
 * (unless changed since), their activities point back at them, the merge's notes and Archive
 * rows go. Each step checks what is already done.
 */
function applyUndo(crm: Crm, tables: Tables, plan: MergePlanRecord): string[] {
  const { leads, archive, acts } = tables;
  const ids = leads.column('Lead ID').map((v) => cellText(v, crm.offset).trim());
  const missing = plan.others.filter((o) => !ids.includes(o.leadId));
  if (missing.length > 0) {
    const start = leads.append(
      missing.map((o) => Object.fromEntries(Object.entries(o.row).map(([h, v]) => [h, decode(v)]))),
      { formats: missing.map((o) => leads.headers.headers.map((h) => o.formats[h])) },
    );
    giveStatusDropdown(leads, start, missing.length, crm.settings.statuses);
  }
  // What the merge filled into the primary goes, unless someone changed it since.
  const pIndex = ids.indexOf(plan.primary);
  if (pIndex >= 0) {
    const current: Record<string, unknown> = leads.readRow(pIndex);
    const clear: Record<string, unknown> = {};
    for (const [h, v] of Object.entries(plan.filled)) if (sameValue(current[h], decode(v), crm.offset)) clear[h] = '';
    if (Object.keys(clear).length > 0) leads.update(pIndex, clear);
  }
  // Activities point back to their own leads; the merge's own notes go.
  const actRows = acts.allRows().map((r) => acts.toRecord(r));
  const actIds = actRows.map((a) => cellText(a['Lead ID'], crm.offset).trim());
  let changed = false;
  for (const r of plan.repoint) {
    const k = actRows.findIndex((a, i) => actIds[i] === plan.primary && activityKey(a, crm.offset) === r.key);
    if (k >= 0) {
      actIds[k] = r.from;
      changed = true;
    }
  }
  if (changed) acts.writeColumn('Lead ID', 0, actIds);
  const at = new Date(plan.at).getTime();
  const notes = new Set(plan.notes);
  acts.deleteDataRows(
    actRows.flatMap((a, i) =>
      actIds[i] === plan.primary &&
      cellText(a['Type'], crm.offset) === 'Note' &&
      notes.has(cellText(a['Summary'], crm.offset)) &&
      isDate(a['Timestamp']) &&
      a['Timestamp'].getTime() === at
        ? [i]
        : [],
    ),
  );
  const mine = archive
    .column('Merge ID')
    .flatMap((v, i) => (cellText(v, crm.offset).trim() === plan.mergeId ? [i] : []));
  archive.deleteDataRows(mine);
  const restored = plan.others.map((o) => o.leadId);
  updateShadow(
    crm.ss,
    plan.others.map((o) => [o.leadId, cellText(decode(o.row['Status']), crm.offset)]),
    crm.offset,
  );
  return restored;
}
