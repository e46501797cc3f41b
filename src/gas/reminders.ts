// runFollowUpReminders (SPEC §4): one digest per owner per day, a team digest for managers.
// Exactly-once: every email goes through the ledger (ledger.ts, mail.ts).
import { LEAD_COLUMNS, TAB } from '../core/schema';
import { planReminders, countOf } from '../core/reminders';
import { ownerDigestEmail, managerDigestEmail } from '../core/digest';
import { t } from '../core/i18n';
import { Table } from './table';
import { openCrm, type Crm } from './services';
import { pruneMail, readWaiting, waitingFirst, writeWaiting } from './ledger';
import { sendUnderLedger, type Outgoing } from './mail';
import { sendPendingAuditSummary } from './audit';
import { appendRunLog, type Outcome } from './runlog';
import { readTeam } from './team';
import { displayName, managersOf } from '../core/team';

export interface ReminderResult {
  date: string;
  sent: number;
  alreadySent: number;
  waitingForQuota: number;
  listed: number;
  errors: string[];
}

export function followUpReminders(crm: Crm): ReminderResult {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const rows = leads.allRows().map((r) => leads.toRecord(r));
  const plan = planReminders(rows, crm.settings, crm.now, crm.offset);
  const base = `${crm.ss.getUrl()}#gid=${leads.sheet.getSheetId()}&range=A`;
  const links = { row: (r: number) => `${base}${r}` };
  // Each person is greeted by their Team name, in their Team language; managers come from Team too.
  const team = readTeam(crm);
  const langOf = (email: string) => team.get(email)?.language || crm.lang;
  const emails: Outgoing[] = plan.owners
    .filter((d) => countOf(d) > 0)
    .map((d) => ({ key: `owner:${d.owner}`, email: ownerDigestEmail(langOf(d.owner), plan, d, crm.settings, links, displayName(team, d.owner)) }));
  if (plan.listed > 0 || plan.invalidOwners.length > 0) {
    for (const m of managersOf(team, crm.settings.managerEmails)) emails.push({ key: `team:${m}`, email: managerDigestEmail(langOf(m), plan, crm.settings, m, links) });
  }
  // Yesterday's ledger is no longer needed; whoever waited for quota last time goes first, so
  // a short quota never starves the same people day after day.
  pruneMail(crm, (scope) => scope === plan.today || !/^\d{4}-\d{2}-\d{2}$/.test(scope));
  // An audit summary the quota did not allow when the audit ran goes out first.
  const summary = sendPendingAuditSummary(crm);
  const ordered = waitingFirst(emails, readWaiting());
  const sent = sendUnderLedger(crm, plan.today, ordered);
  writeWaiting(crm, sent.waiting);
  return {
    date: plan.today,
    sent: sent.sent + summary.sent,
    alreadySent: sent.alreadySent + summary.alreadySent,
    waitingForQuota: sent.waiting.length + summary.waiting.length,
    listed: plan.listed,
    errors: [...sent.errors, ...summary.errors],
  };
}

export function runFollowUpReminders(): ReminderResult {
  const crm = openCrm();
  const result = followUpReminders(crm);
  const outcome: Outcome = result.errors.length > 0 || result.waitingForQuota > 0 ? 'partial' : 'ok';
  appendRunLog(
    crm.ss,
    crm.lang,
    crm.now,
    'runFollowUpReminders',
    outcome,
    t(crm.lang, 'run.remindersDetail', { sent: result.sent, already: result.alreadySent, waiting: result.waitingForQuota, listed: result.listed, errors: result.errors.length }) +
      (result.errors.length ? ` — ${result.errors.join('; ')}` : ''),
  );
  return result;
}
