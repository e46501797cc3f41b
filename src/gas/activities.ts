// logActivity (SPEC §3): append to Activities and update the lead's contact fields, under the lock.
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type ActivityRecord, type LeadRecord } from '../core/schema';
import { validateActivity, contactUpdate, pastFollowUp, type ActivityInput } from '../core/activity';
import { isDate, toYmd } from '../core/dates';
import { userText } from '../core/i18n';
import { Table } from './table';
import { cardAfterWrite, type CardUpdate } from './card';
import { getMyDay, type TodayList } from './day';
import { findLead } from './leads';
import { openCrm, withDocumentLock, renderErrors, currentUser, cellText } from './services';

export type LogActivityResult =
  | {
      ok: true;
      leadId: string;
      lastContact: string;
      followUps: number;
      nextFollowUp: string;
      /** The selected-lead card after the write: the page redraws from it, no second call. */
      card: CardUpdate;
      /** With `day` asked (the Today tab logged it): the list as it now is, for the same reason. */
      day?: TodayList;
    }
  | { ok: false; errors: Record<string, string> };

/** `day`: the Today tab logs, and redraws from the list this answers (whose, as getMyDay takes it). */
export function logActivity(input: ActivityInput & { day?: { owner?: string } }): LogActivityResult {
  const result = recordActivity(input);
  if (!result.ok || !input || typeof input !== 'object' || !input.day) return result;
  // The activity is written: a list that cannot be drawn now (the person is no longer a manager,
  // a run out of time) must not turn the answer into a failure, or a retry would log it twice.
  try {
    return { ...result, day: getMyDay(input.day) };
  } catch (_err) {
    return result;
  }
}

function recordActivity(input: ActivityInput): LogActivityResult {
  const crm = openCrm();
  const valid = validateActivity(input ?? {});
  if (!valid.ok) return { ok: false, errors: renderErrors(crm.lang, valid.errors) };
  const a = valid.activity;
  const past = pastFollowUp(a.nextFollowUp, toYmd(crm.now, crm.offset));
  if (past) return { ok: false, errors: renderErrors(crm.lang, { nextFollowUp: past }) };
  return withDocumentLock(crm.lang, () => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const index = findLead(leads, a.leadId, crm.offset);
    if (index < 0)
      return {
        ok: false,
        errors: renderErrors(crm.lang, {
          leadId: { key: 'error.unknownLead', params: { leadId: userText(a.leadId) } },
        }),
      };
    const activities = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
    const lead = leads.readRow(index);
    const update = contactUpdate(
      {
        status: cellText(lead['Status'], crm.offset),
        lastContact: lead['Last Contact'],
        followUps: lead['Follow-ups'],
        nextFollowUp: lead['Next Follow-up'],
      },
      a,
      crm.now,
      crm.settings,
      crm.offset,
    );
    const logged: ActivityRecord = {
      Timestamp: crm.now,
      'Lead ID': a.leadId,
      Type: a.type,
      Summary: a.summary,
      By: currentUser(),
      'Next Follow-up': update.nextFollowUp ?? '',
    };
    activities.append([logged]);
    const changes: LeadRecord = {};
    if (update.lastContact) changes['Last Contact'] = update.lastContact;
    if (update.followUps !== undefined) changes['Follow-ups'] = update.followUps;
    if (update.nextFollowUp) changes['Next Follow-up'] = update.nextFollowUp;
    if (Object.keys(changes).length > 0) leads.update(index, changes);
    const followUps = update.followUps ?? Number(lead['Follow-ups'] || 0);
    const last = update.lastContact ?? lead['Last Contact'];
    const next = update.nextFollowUp ?? lead['Next Follow-up'];
    return {
      ok: true,
      leadId: a.leadId,
      lastContact: isDate(last) ? last.toISOString() : cellText(last, crm.offset),
      followUps,
      nextFollowUp: isDate(next) ? toYmd(next, crm.offset) : cellText(next, crm.offset),
      card: cardAfterWrite(crm, leads, index, [logged]),
    };
  });
}
