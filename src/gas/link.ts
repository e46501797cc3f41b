// The audit's link (SPEC §4): a client's other deals get one Client ID and the same contact facts.
// A link never moves a deal, a value or a status; it is journalled like a merge (merge-log.ts),
// every step of it can be repeated by a run that finishes it, and undoMerge reverses it.
import { linkChanges } from '../core/deals';
import { formatClientId, nextClientNumber } from '../core/client';
import { describeChanges } from '../core/lead-edit';
import { isDate } from '../core/dates';
import { t, userText } from '../core/i18n';
import type { ActivityHeader, ActivityRecord, LeadHeader, LeadRecord } from '../core/schema';
import type { Table } from './table';
import { cellText, type Crm } from './services';
import { lastClientNumber, LAST_CLIENT_PROPERTY } from './clients';
import {
  MERGE_SEQ,
  decode,
  encode,
  planRows,
  stateRow,
  writeJournal,
  type Journal,
  type MergePlanRecord,
} from './merge-log';
import { documentProperties } from './execution';

/** A ticked link group of the Duplicates tab. */
export interface LinkGroup {
  name: string;
  ids: string[];
  primary: string;
}

const sameValue = (a: unknown, b: unknown, offset: number) =>
  isDate(a) && isDate(b)
    ? a.getTime() === b.getTime()
    : !isDate(a) && !isDate(b) && cellText(a, offset).trim() === cellText(b, offset).trim();

/**
 * The plan of one link: the Client ID the rows will share (the one most of them have, else a new
 * one, taken now), and per row what changes. Null when nothing would change.
 */
export function planLink(
  crm: Crm,
  rows: readonly LeadRecord[],
  group: LinkGroup,
  mergeId: string,
  at: string,
  by: string,
  clientIds: () => unknown[],
): MergePlanRecord | null {
  const text = (v: unknown) => cellText(v, crm.offset);
  const plan = linkChanges(rows, group.ids.indexOf(group.primary), text, crm.offset);
  let clientId = plan.clientId;
  if (!clientId) {
    const n = nextClientNumber(lastClientNumber(), clientIds());
    documentProperties().setProperty(LAST_CLIENT_PROPERTY, String(n));
    clientId = formatClientId(n);
    for (const c of plan.changes) (c as Record<string, unknown>)['Client ID'] = clientId;
  }
  const linked = group.ids.flatMap((leadId, k) => {
    const after = plan.changes[k] as Record<string, unknown>;
    if (Object.keys(after).length === 0) return [];
    const row = rows[k] as Record<string, unknown>;
    const before = Object.fromEntries(Object.keys(after).map((h) => [h, encode(row[h])]));
    const changes = describeChanges(
      Object.keys(after).map((h) => ({ header: h, from: text(row[h]), to: text(after[h]) })),
    );
    // A record, like a merge's note: the values in full, as data.
    const note = t(crm.lang, 'link.note', {
      mergeId,
      clientId,
      leadIds: group.ids.filter((id) => id !== leadId).join(', '),
      changes,
    });
    return [{ leadId, before, after: Object.fromEntries(Object.entries(after).map(([h, v]) => [h, encode(v)])), note }];
  });
  if (linked.length === 0) return null;
  return {
    mergeId,
    group: group.name,
    primary: group.primary,
    at,
    by,
    filled: {},
    others: [],
    repoint: [],
    notes: [],
    kind: 'link',
    leadIds: group.ids,
    clientId,
    linked,
  };
}

/**
 * Links the ticked link groups (after the run's merges, on the rows as they leave them): plans
 * them, journals the plans, applies them, marks them done. Returns the last merge number taken.
 */
export function linkGroups(
  crm: Crm,
  tables: { leads: Table<LeadHeader>; acts: Table<ActivityHeader> },
  journal: Journal,
  groups: LinkGroup[],
  run: { seq: number; at: string; by: string },
  result: { linked: { mergeId: string; clientId: string; leadIds: string[] }[]; skipped: string[] },
): number {
  const { leads, acts } = tables;
  const rows = leads.allRows().map((r) => leads.toRecord(r));
  const where = new Map<string, number>();
  rows.forEach((r, i) => where.set(cellText(r['Lead ID'], crm.offset).trim(), i));
  let seq = run.seq;
  const plans: MergePlanRecord[] = [];
  for (const g of groups) {
    if (g.ids.some((id) => !where.has(id))) {
      result.skipped.push(t(crm.lang, 'merge.changed', { group: userText(g.name) }));
      continue;
    }
    const mergeId = `M-${String(seq + 1).padStart(6, '0')}`;
    const plan = planLink(
      crm,
      g.ids.map((id) => rows[where.get(id)!]),
      g,
      mergeId,
      run.at,
      run.by,
      () => rows.map((r) => r['Client ID']),
    );
    if (!plan) continue;
    seq++;
    plans.push(plan);
    result.linked.push({ mergeId, clientId: plan.clientId ?? '', leadIds: g.ids });
  }
  if (plans.length === 0) return seq;
  // The merge numbers are taken before anything is written, so a run that dies never reuses one.
  documentProperties().setProperty(MERGE_SEQ, String(seq));
  writeJournal(journal, plans.flatMap(planRows));
  applyLinks(crm, leads, acts, plans);
  writeJournal(
    journal,
    plans.map((p) => stateRow(p, 'done')),
  );
  return seq;
}

/** Carries out link plans; each step checks what is done, so a plan partly applied is completed. */
export function applyLinks(
  crm: Crm,
  leads: Table<LeadHeader>,
  acts: Table<ActivityHeader>,
  plans: MergePlanRecord[],
): void {
  const ids = leads.column('Lead ID').map((v) => cellText(v, crm.offset).trim());
  for (const p of plans)
    for (const r of p.linked ?? []) {
      const i = ids.indexOf(r.leadId);
      if (i >= 0) leads.update(i, Object.fromEntries(Object.entries(r.after).map(([h, v]) => [h, decode(v)])));
    }
  const actRows = acts.allRows().map((r) => acts.toRecord(r));
  const notes: ActivityRecord[] = [];
  for (const p of plans) {
    const at = new Date(p.at);
    for (const r of p.linked ?? []) {
      if (!ids.includes(r.leadId) || actRows.some((a) => isNote(a, r.leadId, r.note, at, crm.offset))) continue;
      notes.push({ Timestamp: at, 'Lead ID': r.leadId, Type: 'Note', Summary: r.note, By: p.by });
    }
  }
  acts.append(notes);
}

/**
 * Reverses a link: each cell it changed gets its old value back, unless someone changed it since;
 * its notes go. Returns the leads it touched.
 */
export function undoLink(
  crm: Crm,
  leads: Table<LeadHeader>,
  acts: Table<ActivityHeader>,
  plan: MergePlanRecord,
): string[] {
  const ids = leads.column('Lead ID').map((v) => cellText(v, crm.offset).trim());
  for (const r of plan.linked ?? []) {
    const i = ids.indexOf(r.leadId);
    if (i < 0) continue;
    const current = leads.readRow(i) as Record<string, unknown>;
    const back: Record<string, unknown> = {};
    for (const [h, v] of Object.entries(r.after))
      if (sameValue(current[h], decode(v), crm.offset)) back[h] = decode(r.before[h]);
    if (Object.keys(back).length > 0) leads.update(i, back);
  }
  const at = new Date(plan.at);
  const actRows = acts.allRows().map((r) => acts.toRecord(r));
  acts.deleteDataRows(
    actRows.flatMap((a, i) =>
      (plan.linked ?? []).some((r) => isNote(a, r.leadId, r.note, at, crm.offset)) ? [i] : [],
    ),
  );
  return (plan.linked ?? []).map((r) => r.leadId);
}

function isNote(a: ActivityRecord, leadId: string, note: string, at: Date, offset: number): boolean {
  return (
    cellText(a['Lead ID'], offset).trim() === leadId &&
    cellText(a['Type'], offset) === 'Note' &&
    cellText(a['Summary'], offset) === note &&
    isDate(a['Timestamp']) &&
    a['Timestamp'].getTime() === at.getTime()
  );
}
