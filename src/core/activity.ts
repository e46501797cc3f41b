// The activity log (SPEC §1, §3): what logging a contact does to its lead.
import { ACTIVITY_TYPES, isContactType } from './schema';
import type { Errors } from './lead';
import type { Settings } from './settings';
import * as F from './fields';
import { addDays, addMonths, cellDate, parseYmd, startOfDay } from './dates';
import { labelRefs, ref, userText, type Message } from './i18n';

/** Types a person may log; Status Change is written only by the pipeline rules. */
export const LOGGABLE_TYPES = ACTIVITY_TYPES.filter((t) => t !== 'Status Change');

export interface ActivityInput {
  leadId?: unknown;
  type?: unknown;
  summary?: unknown;
  nextFollowUp?: unknown;
}

export interface ValidActivity {
  leadId: string;
  type: string;
  summary: string;
  nextFollowUp: string;
}

export function validateActivity(
  raw: ActivityInput,
): { ok: true; activity: ValidActivity } | { ok: false; errors: Errors } {
  const input: ActivityInput = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  const errors: Errors = {};
  const leadId = typeof input.leadId === 'string' ? F.cleanText(input.leadId) : '';
  const type = typeof input.type === 'string' ? F.cleanText(input.type) : '';
  if (leadId === '') errors.leadId = { key: 'valid.required', params: { field: ref('field.leadId') } };
  if (type === '') errors.type = { key: 'valid.required', params: { field: ref('field.type') } };
  else if (!(LOGGABLE_TYPES as readonly string[]).includes(type))
    errors.type = {
      key: 'error.unknownType',
      params: { type: userText(type), types: labelRefs('type', LOGGABLE_TYPES) },
    };
  const summary = F.text('summary', input.summary, type === 'Note');
  if (!summary.ok) errors.summary = summary.error;
  const next = F.ymd('nextFollowUp', input.nextFollowUp, false);
  if (!next.ok) errors.nextFollowUp = next.error;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    activity: { leadId, type, summary: summary.ok ? summary.value : '', nextFollowUp: next.ok ? next.value : '' },
  };
}

/**
 * A next follow-up set for a day already gone is refused (a plan is for today or later), named by
 * its field; null when it is fine or not given. `today` is the spreadsheet's YYYY-MM-DD.
 */
export function pastFollowUp(ymd: unknown, today: string): Message | null {
  return typeof ymd === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(ymd) && ymd < today
    ? { key: 'valid.pastFollowUp', params: { field: ref('field.nextFollowUp') } }
    : null;
}

export interface LeadContactState {
  status: string;
  lastContact: unknown;
  followUps: unknown;
  /** The follow-up already planned: one later than the default stays. */
  nextFollowUp?: unknown;
}

export interface LeadContactUpdate {
  lastContact?: Date;
  followUps?: number;
  nextFollowUp?: Date;
}

/** Statuses with no follow-up to schedule (SPEC §2: Won and Lost clear Next Follow-up). */
export const CLOSED_STATUSES = new Set(['Won', 'Lost', 'Past Client']);

/**
 * A past client's next re-contact (SPEC §2): the re-contact delay after `from` (its completion,
 * or the contact just logged), at the start of that day. The one rule for the status change,
 * the logged contact and the reminders.
 */
export function recontactAfter(from: Date, settings: Pick<Settings, 'recontactDelayMonths'>, offset: number): Date {
  return startOfDay(addMonths(from, settings.recontactDelayMonths, offset), offset);
}

/**
 * Contact types set Last Contact; a contact after the first one is a follow-up and counts.
 * Next Follow-up is the given date, else (for a contact on an open deal) now + the interval, or
 * (for a past client just re-contacted) now + the re-contact delay: the Past Client rule of SPEC
 * §2 counted from this contact, so Today stops asking for the call that was just made.
 */
export function contactUpdate(
  lead: LeadContactState,
  a: ValidActivity,
  now: Date,
  settings: Settings,
  offsetMinutes: number,
): LeadContactUpdate {
  const out: LeadContactUpdate = {};
  if (isContactType(a.type)) {
    const contacted = lead.lastContact !== '' && lead.lastContact !== null && lead.lastContact !== undefined;
    const count = Number(lead.followUps);
    out.lastContact = now;
    if (contacted) out.followUps = (Number.isFinite(count) ? count : 0) + 1;
    else if (lead.followUps === '' || lead.followUps === null || lead.followUps === undefined) out.followUps = 0;
  }
  if (a.nextFollowUp) out.nextFollowUp = parseYmd(a.nextFollowUp, offsetMinutes)!;
  else if (isContactType(a.type) && !CLOSED_STATUSES.has(lead.status)) {
    const next = startOfDay(addDays(now, settings.followUpIntervalDays), offsetMinutes);
    // A contact made ahead of a follow-up planned later (a call before the agreed day) leaves
    // that day where it was: the default never moves a plan earlier without a word.
    const planned = cellDate(lead.nextFollowUp, offsetMinutes);
    if (!planned || planned.getTime() <= next.getTime()) out.nextFollowUp = next;
  } else if (isContactType(a.type) && lead.status === 'Past Client') {
    const next = recontactAfter(now, settings, offsetMinutes);
    const planned = cellDate(lead.nextFollowUp, offsetMinutes);
    if (!planned || planned.getTime() <= next.getTime()) out.nextFollowUp = next;
  }
  return out;
}
