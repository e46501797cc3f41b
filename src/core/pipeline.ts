// The pipeline rules of SPEC §2, judged on plain data: which status changes are allowed, which
// fields each stage needs, and what a change does to the lead.
import { labelRef, labelRefs, refs, userText, type Message, type MessageKey } from './i18n';
import type { Settings } from './settings';
import { LEAD_COLUMNS, camelKey, type LeadHeader, type LeadRecord } from './schema';
import { cellDate, startOfDay } from './dates';
import { parseMoney } from './money';
import { CLOSED_STATUSES, recontactAfter } from './activity';

const KIND = new Map(LEAD_COLUMNS.map((c) => [c.header, c.kind]));

/** A required field counts as filled when it holds a value of its kind (a number, a date, text). */
export function isFilled(header: LeadHeader, v: unknown, offsetMinutes = 0): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string' && v.trim() === '') return false;
  const kind = KIND.get(header);
  if (kind === 'number') return typeof v === 'number' ? Number.isFinite(v) && v >= 0 : (parseMoney(v) ?? -1) >= 0;
  if (kind === 'date' || kind === 'datetime') return cellDate(v, offsetMinutes) !== null;
  return true;
}

export type Verdict = { ok: true; change: boolean } | { ok: false; reason: Message; missing?: LeadHeader[] };

/**
 * Judges moving a lead from `from` to `to`. `from` is '' for a new row and null when unknown. A
 * status that is unknown or not in Settings (legacy) may move to any status whose fields are
 * filled: we cannot know its place in the pipeline.
 */
export function judgeTransition(
  from: string | null,
  to: string,
  lead: LeadRecord,
  settings: Settings,
  offsetMinutes = 0,
): Verdict {
  const f = from === null ? '?' : from.trim();
  const t = to.trim();
  if (f === t) return { ok: true, change: false };
  // Statuses are named by their label in the reader's language; a value that is not a status
  // is quoted as the user typed it.
  const st = (name: string) => labelRef('status', name);
  if (t === '') return { ok: false, reason: { key: 'pipeline.cleared', params: { from: st(f) } } };
  if (!settings.statuses.includes(t))
    return {
      ok: false,
      reason: {
        key: 'pipeline.unknownStatus',
        params: { to: userText(t), statuses: labelRefs('status', settings.statuses) },
      },
    };
  if (f === '') {
    if (t !== settings.statuses[0])
      return {
        ok: false,
        reason: { key: 'pipeline.newMustStart', params: { to: st(t), first: st(settings.statuses[0]) } },
      };
  } else if (settings.statuses.includes(f)) {
    const allowed = settings.transitions[f] ?? [];
    if (!allowed.includes(t)) {
      return allowed.length === 0
        ? { ok: false, reason: { key: 'pipeline.final', params: { from: st(f), to: st(t) } } }
        : {
            ok: false,
            reason: {
              key: 'pipeline.notAllowed',
              params: { from: st(f), to: st(t), allowed: labelRefs('status', allowed) },
            },
          };
    }
  }
  const missing = (settings.required[t] ?? []).filter((h) => !isFilled(h, lead[h], offsetMinutes));
  if (missing.length > 0)
    return {
      ok: false,
      reason: {
        key: 'pipeline.missingFields',
        params: {
          from: f ? st(f) : '–',
          to: st(t),
          fields: refs(missing.map((h) => `field.${camelKey(h)}` as MessageKey)),
        },
      },
      missing,
    };
  return { ok: true, change: true };
}

export interface StatusEffects {
  'Status Changed At': Date;
  /** Present when the status decides it: '' clears it. */
  'Next Follow-up'?: Date | '';
  /** 0 when the deal moved forward: the follow-ups "without progress" count from the new stage. */
  'Follow-ups'?: number;
}

/**
 * Whether `from` → `to` is progress: a later open stage in Settings' order, or Won. Lost is not
 * progress, nor is a move back; an unknown status is never judged progress.
 */
export function isForward(from: string, to: string, settings: Settings): boolean {
  const a = settings.statuses.indexOf(from.trim());
  const b = settings.statuses.indexOf(to.trim());
  if (a < 0 || b < 0 || to.trim() === 'Lost') return false;
  return b > a;
}

/**
 * What entering `to` from `from` does: the time stamp, the follow-up Won/Lost clear and Past
 * Client sets, and the follow-up count restarted by progress (issue 29: a lead moved to
 * Negotiation is not "3 follow-ups without progress").
 */
export function statusEffects(
  from: string,
  to: string,
  lead: LeadRecord,
  now: Date,
  settings: Settings,
  offsetMinutes: number,
): StatusEffects {
  const out: StatusEffects = { 'Status Changed At': now };
  if (isForward(from, to, settings) && (Number(lead['Follow-ups']) || 0) !== 0) out['Follow-ups'] = 0;
  if (to === 'Won' || to === 'Lost') out['Next Follow-up'] = '';
  // A closed deal opened again (Lost → Lead) is due today, its follow-ups counted afresh: it
  // would otherwise sit in nobody's Today with no follow-up.
  if (CLOSED_STATUSES.has(from.trim()) && !CLOSED_STATUSES.has(to)) {
    out['Next Follow-up'] = startOfDay(now, offsetMinutes);
    if ((Number(lead['Follow-ups']) || 0) !== 0) out['Follow-ups'] = 0;
  }
  if (to === 'Past Client') {
    const done = cellDate(lead['Completed On'], offsetMinutes);
    if (done) out['Next Follow-up'] = recontactAfter(done, settings, offsetMinutes);
  }
  return out;
}

/** The Status Change activity's summary: data names, so reports can parse it. */
export function statusChangeSummary(from: string, to: string): string {
  return `${from.trim() || '–'} → ${to}`;
}

/**
 * Whether an activity says a quotation went out: a Quotation Sent activity, or the Status Change
 * that moved the lead to Quotation Sent (the day a template's {tanggal_penawaran} names).
 */
export function isQuotationActivity(type: string, summary: string): boolean {
  if (type === 'Quotation Sent') return true;
  const moved = statusChangeSummary('', 'Quotation Sent'); // "– → Quotation Sent": from any status
  return type === 'Status Change' && summary.trim().endsWith(moved.slice(moved.indexOf(' → ')));
}
