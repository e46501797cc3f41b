// Merging a group of duplicate leads into one, losslessly: what fills the primary's empty
// fields, what conflicts (kept in the activity log), and a fingerprint to detect later edits.
import { isBlank } from './fields';
import { isDate } from './dates';
import type { LeadHeader, LeadRecord } from './schema';

/** How far a lead got: the most advanced row is the natural primary. */
const ADVANCEMENT: Record<string, number> = {
  'Past Client': 5,
  Won: 4,
  Negotiation: 3,
  'Quotation Sent': 2,
  Lead: 1,
  Lost: 0,
};

/** The most advanced, then most complete, then oldest row. */
export function suggestPrimary(rows: LeadRecord[], headers: readonly LeadHeader[]): number {
  let best = 0;
  const rank = (r: LeadRecord) => [
    ADVANCEMENT[String(r['Status'] ?? '').trim()] ?? 0,
    headers.filter((h) => !isBlank(r[h])).length,
  ];
  rows.forEach((r, i) => {
    const [a1, c1] = rank(r);
    const [a0, c0] = rank(rows[best]);
    if (a1 > a0 || (a1 === a0 && c1 > c0)) best = i;
  });
  return best;
}

/** A short, stable fingerprint of a row's values (to skip groups edited after the audit). */
export function fingerprint(values: unknown[]): string {
  let h = 5381;
  const s = values
    .map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : String(v ?? '')))
    .join('\u0001');
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/** Fields never filled from another row: identity and the pipeline state stay the primary's. */
const KEPT = new Set<LeadHeader>(['Lead ID', 'Created At', 'Status', 'Status Changed At', 'Follow-ups']);
/** Of those, the ones a person reads in the note when the other row's differ (its own status, day and count). */
const NOTED = new Set<LeadHeader>(['Created At', 'Status', 'Follow-ups']);

export interface MergePlan {
  /** Header -> value filled into the primary's empty cell. */
  filled: LeadRecord;
  /** Values of the others that differ from the primary's: recorded, never dropped. */
  conflicts: { leadId: string; header: LeadHeader; value: unknown }[];
}

const same = (a: unknown, b: unknown) => {
  const n = (v: unknown) =>
    Object.prototype.toString.call(v) === '[object Date]'
      ? (v as Date).getTime()
      : typeof v === 'string'
        ? v.trim().toLowerCase()
        : v;
  return n(a) === n(b);
};

/** Two time stamps of one day are no difference a note needs (a copy entered minutes later). */
const sameDay = (a: unknown, b: unknown) =>
  isDate(a) && isDate(b) && Math.abs(a.getTime() - b.getTime()) < 12 * 3600 * 1000;

export function planMerge(primary: LeadRecord, others: LeadRecord[], headers: readonly LeadHeader[]): MergePlan {
  const filled: LeadRecord = {};
  const conflicts: MergePlan['conflicts'] = [];
  for (const o of others) {
    for (const h of headers) {
      if (isBlank(o[h])) continue;
      if (KEPT.has(h)) {
        if (NOTED.has(h) && !same(primary[h], o[h]) && !sameDay(primary[h], o[h]))
          conflicts.push({ leadId: String(o['Lead ID'] ?? ''), header: h, value: o[h] });
        continue;
      }
      const current = h in filled ? filled[h] : primary[h];
      if (isBlank(current)) filled[h] = o[h];
      // Rows of one deal keep the primary's client: another Client ID is no value to keep.
      else if (h === 'Client ID') continue;
      else if (!same(current, o[h])) conflicts.push({ leadId: String(o['Lead ID'] ?? ''), header: h, value: o[h] });
    }
  }
  return { filled, conflicts };
}
