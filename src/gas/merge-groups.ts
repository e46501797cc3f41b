// What a merge would do with each ticked group of the Duplicates tab (SPEC §4), read once and
// decided once for both the merge (merge.ts) and the dialog's preview of it (merge-dialog.ts):
// a group edited since the audit, with a primary outside it, or whose merge would take an open
// deal out of the pipeline is skipped with the reason; a link group is linked; the rest merge.
import { dealFacts, isOpenStatus } from '../core/deals';
import { fingerprint, planMerge, type MergePlan } from '../core/merge';
import { t, userText } from '../core/i18n';
import { LEAD_COLUMNS, type DuplicateHeader, type LeadHeader, type LeadRecord } from '../core/schema';
import { isDate } from '../core/dates';
import type { Table, Row } from './table';
import { cellText, type Crm } from './services';
import { openDuplicates } from './merge';
import { LAST_AUDIT, decode, planKey, type Journal } from './merge-log';
import { documentProperties } from './execution';

const LEAD_HEADERS = LEAD_COLUMNS.map((c) => c.header);

/** A group of the Duplicates tab as the reviewer left it. */
export interface TickedGroup {
  ids: string[];
  checks: string[];
  primary: string;
  ticked: boolean;
  /** Its Action is link (else merge). */
  link: boolean;
}

const sameValue = (a: unknown, b: unknown, offset: number) =>
  isDate(a) && isDate(b)
    ? a.getTime() === b.getTime()
    : !isDate(a) && !isDate(b) && cellText(a, offset) === cellText(b, offset) && typeof a === typeof b;

/** Whether merging `other` into `primary` would take an open deal with its own value out of the pipeline. */
function takesOpenDeal(primary: LeadRecord, other: LeadRecord, offset: number): boolean {
  const o = dealFacts(other, offset);
  if (!isOpenStatus(o.status) || o.dealValue === null) return false;
  const p = dealFacts(primary, offset);
  return !isOpenStatus(p.status) || (p.dealValue !== null && p.dealValue !== o.dealValue);
}

/** The ticked groups not carried out yet, and whether a ticked one was (its box left ticked). */
export function readTickedGroups(
  crm: Crm,
  journal: Journal,
): { dup: Table<DuplicateHeader>; ticked: [string, TickedGroup][]; alreadyMerged: boolean } {
  const dup = openDuplicates(crm);
  const dupRows = dup.allRows().map((r) => dup.toRecord(r));
  const groups = new Map<string, TickedGroup>();
  for (const r of dupRows) {
    const g = cellText(r['Group'], crm.offset);
    if (!/^G\d+$/.test(g)) continue;
    const entry = groups.get(g) ?? {
      ids: [],
      checks: [],
      primary: cellText(r['Primary'], crm.offset).trim(),
      ticked: false,
      // A tab written before groups had an Action was all merges.
      link: false,
    };
    entry.ids.push(cellText(r['Lead ID'], crm.offset).trim());
    entry.checks.push(cellText(r['Check'], crm.offset));
    if (r['Merge'] === true) entry.ticked = true;
    if (cellText(r['Action'], crm.offset).trim().toLowerCase() === 'link') entry.link = true;
    groups.set(g, entry);
  }
  // A group a merge already carried out (a recovered one, or one whose run died before it
  // could untick the box) is done, not "changed".
  const finished = new Set(
    [...journal.plans.values()].filter((p) => journal.state.get(p.mergeId) === 'done').map(planKey),
  );
  const alreadyMerged = [...groups.values()].some((g) => g.ticked && finished.has([...g.ids].sort().join(',')));
  const ticked = [...groups.entries()].filter(([, g]) => g.ticked && !finished.has([...g.ids].sort().join(',')));
  return { dup, ticked, alreadyMerged };
}

/** The ticked groups as one short text: what a preview showed, compared when it is confirmed. */
export function tickedSignature(ticked: [string, TickedGroup][]): string {
  return fingerprint(
    ticked.map(([name, g]) => [name, g.primary, g.link ? 'link' : 'merge', ...g.ids, ...g.checks].join('|')),
  );
}

export type Decision =
  | { kind: 'skip'; name: string; g: TickedGroup; reason: string }
  | { kind: 'link'; name: string; g: TickedGroup }
  | { kind: 'merge'; name: string; g: TickedGroup; others: string[]; otherRecords: LeadRecord[]; merge: MergePlan };

/** What happens to each ticked group, in the tab's order, on the Leads rows as they are now. */
export function decideGroups(
  crm: Crm,
  journal: Journal,
  leads: Table<LeadHeader>,
  raw: Row[],
  ticked: [string, TickedGroup][],
): Decision[] {
  const indexOf = new Map<string, number>();
  const idCol = leads.indexOf('Lead ID');
  raw.forEach((r, i) => indexOf.set(cellText(r[idCol], crm.offset).trim(), i));
  // A row a merge since the audit filled (a group's primary that is also in a link group, the
  // merge done by a run that died) is unchanged when what the merge filled is taken out again.
  const since = documentProperties().getProperty(LAST_AUDIT) ?? '';
  const fills = [...journal.plans.values()].filter(
    (p) => p.kind !== 'link' && journal.state.get(p.mergeId) === 'done' && p.at >= since,
  );
  const unchanged = (row: unknown[], check: string): boolean => {
    if (fingerprint(row) === check) return true;
    const id = cellText(row[idCol], crm.offset).trim();
    const mine = fills.filter((p) => p.primary === id);
    if (mine.length === 0) return false;
    const before = [...row];
    for (const p of mine)
      for (const [h, v] of Object.entries(p.filled)) {
        const c = leads.headers.index[h];
        if (c !== undefined && sameValue(before[c], decode(v), crm.offset)) before[c] = '';
      }
    return fingerprint(before) === check;
  };
  const out: Decision[] = [];
  for (const [name, g] of ticked) {
    const idx = g.ids.map((id) => indexOf.get(id));
    if (idx.some((i) => i === undefined) || idx.some((i, k) => !unchanged(raw[i!], g.checks[k]))) {
      out.push({ kind: 'skip', name, g, reason: t(crm.lang, 'merge.changed', { group: userText(name) }) });
      continue;
    }
    if (!g.ids.includes(g.primary)) {
      out.push({
        kind: 'skip',
        name,
        g,
        reason: t(crm.lang, 'merge.badPrimary', { group: userText(name), primary: userText(g.primary) }),
      });
      continue;
    }
    if (g.link) {
      out.push({ kind: 'link', name, g });
      continue;
    }
    const primary = leads.toRecord(raw[indexOf.get(g.primary)!]);
    const others = g.ids.filter((id) => id !== g.primary);
    const otherRecords = others.map((id) => leads.toRecord(raw[indexOf.get(id)!]));
    // A merge never takes an open deal with a value of its own out of the pipeline.
    const open = others.find((_, k) => takesOpenDeal(primary, otherRecords[k], crm.offset));
    if (open) {
      out.push({
        kind: 'skip',
        name,
        g,
        reason: t(crm.lang, 'merge.openDeal', { group: userText(name), leadId: userText(open) }),
      });
      continue;
    }
    out.push({ kind: 'merge', name, g, others, otherRecords, merge: planMerge(primary, otherRecords, LEAD_HEADERS) });
  }
  return out;
}
