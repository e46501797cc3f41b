// A campaign chosen in the dialog (issue 29 item 6): the segment picked from lists becomes the
// Campaigns row's segment text (core/campaign.ts reads it back), and the sends are laid out over
// the days the daily run has mail quota for. Pure: plain data in, plain data out.
import { ref, userText, type Message, type MessageKey } from './i18n';

/** What the dialog's lists and dates chose; an empty list means "any". */
export interface SegmentChoice {
  status?: string[];
  source?: string[];
  owner?: string[];
  product?: string[];
  /** Created on or after / on or before (YYYY-MM-DD). */
  createdFrom?: string;
  createdTo?: string;
  /** Last contacted before this day (YYYY-MM-DD). */
  lastContactBefore?: string;
}

const YMD = /^\d{4}-\d{2}-\d{2}$/;

function validDay(s: string): boolean {
  if (!YMD.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The day before or after a YYYY-MM-DD day. */
export function shiftDay(ymd: string, days: number): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const LISTS: [keyof SegmentChoice, string, MessageKey][] = [
  ['status', 'Status', 'field.status'],
  ['source', 'Source', 'field.source'],
  ['owner', 'Owner', 'field.owner'],
  ['product', 'Product', 'field.product'],
];

/**
 * The segment text of a choice (`Status=Lead,Negotiation; Created=2026-01-01..2026-06-30`), or
 * the field whose value cannot be written in it (a comma or semicolon separates values there).
 */
export function segmentText(choice: SegmentChoice): { ok: true; text: string } | { ok: false; error: Message } {
  const parts: string[] = [];
  for (const [key, field, label] of LISTS) {
    const values = ((choice[key] as string[] | undefined) ?? []).map((v) => String(v).trim()).filter(Boolean);
    if (values.length === 0) continue;
    const bad = values.find((v) => /[;,=<>]/.test(v));
    if (bad)
      return {
        ok: false,
        error: { key: 'campaignDialog.badValue', params: { field: ref(label), value: userText(bad) } },
      };
    parts.push(`${field}=${values.join(',')}`);
  }
  const days: [keyof SegmentChoice, MessageKey][] = [
    ['createdFrom', 'campaignDialog.createdFrom'],
    ['createdTo', 'campaignDialog.createdTo'],
    ['lastContactBefore', 'campaignDialog.lastContactBefore'],
  ];
  for (const [key, label] of days) {
    const v = String(choice[key] ?? '').trim();
    if (v !== '' && !validDay(v))
      return { ok: false, error: { key: 'campaignDialog.badDay', params: { field: ref(label) } } };
  }
  const from = String(choice.createdFrom ?? '').trim();
  const to = String(choice.createdTo ?? '').trim();
  if (from && to) {
    if (from > to) return { ok: false, error: { key: 'campaignDialog.badRange' } };
    parts.push(`Created=${from}..${to}`);
  } else if (from) parts.push(`Created>${shiftDay(from, -1)}`);
  else if (to) parts.push(`Created<${shiftDay(to, 1)}`);
  const before = String(choice.lastContactBefore ?? '').trim();
  if (before) parts.push(`Last Contact<${before}`);
  return { ok: true, text: parts.join('; ') };
}

/** How many go out on each day: `perDay` a run, from `firstDay` on, until everyone has theirs. */
export function sendSchedule(total: number, perDay: number, firstDay: string): { day: string; count: number }[] {
  if (total <= 0 || perDay <= 0) return [];
  const out: { day: string; count: number }[] = [];
  let left = total;
  for (let i = 0; left > 0; i++) {
    const n = Math.min(perDay, left);
    out.push({ day: shiftDay(firstDay, i), count: n });
    left -= n;
  }
  return out;
}
