// runFollowUpReminders (SPEC §4): one digest per owner per day, a team digest for managers.
// Exactly-once: every email goes through the ledger (ledger.ts, mail.ts).
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB } from '../core/schema';
import { activityOn, bigDeals, bigDealLine, weekChanges, weeklyReportEmail, yesterdayLines } from '../core/reports';
import { scorecards } from '../core/scorecard';
import { weekStart } from '../core/summary';
import { addDays, toYmd } from '../core/dates';
import { alreadyTold, markTold } from './bigdeal';
import { planReminders, countOf } from '../core/reminders';
import { ownerDigestEmail, managerDigestEmail } from '../core/digest';
import { t } from '../core/i18n';
import { rowsOf } from './daily-run';
import { openCrm, withDocumentLock, type Crm } from './services';
import { claimedKeys, pruneMail, readWaiting, waitingFirst, writeWaiting } from './ledger';
import { sendUnderLedger, spreadsheetUrl, type Outgoing } from './mail';
import { sendPendingAuditSummary } from './audit';
import { appendRunLog, type Outcome } from './runlog';
import { readTeam } from './team';
import { displayName, managersOf } from '../core/team';
import { documentProperties } from './execution';

export interface ReminderResult {
  date: string;
  sent: number;
  alreadySent: number;
  waitingForQuota: number;
  listed: number;
  errors: string[];
}

export function followUpReminders(crm: Crm): ReminderResult {
  const { table: leads, records: rows } = rowsOf(crm, TAB.leads, LEAD_COLUMNS);
  const plan = planReminders(rows, crm.settings, crm.now, crm.offset);
  const base = `${spreadsheetUrl(crm)}#gid=${leads.sheet.getSheetId()}&range=A`;
  const links = { row: (r: number) => `${base}${r}` };
  // Each person is greeted by their Team name, in their Team language; managers come from Team too.
  const team = readTeam(crm);
  const langOf = (email: string) => team.get(email)?.language || crm.lang;
  const managers = managersOf(team, crm.settings.managerEmails);
  const nameOf = (email: string) => displayName(team, email) || email;
  // Someone who left (no longer on a Team that has people) is sent no client's data: the managers
  // are told whose leads wait for a new owner instead.
  const onTeam = (email: string) => team.size === 0 || team.has(email);
  const formerOwners = plan.owners
    .filter((d) => countOf(d) > 0 && !onTeam(d.owner))
    .map((d) => ({ owner: d.owner, leads: countOf(d) }));
  const emails: Outgoing[] = plan.owners
    .filter((d) => countOf(d) > 0 && onTeam(d.owner))
    .map((d) => ({
      key: `owner:${d.owner}`,
      email: ownerDigestEmail(langOf(d.owner), plan, d, crm.settings, links, displayName(team, d.owner)),
    }));
  // The managers' digest also carries yesterday's activity per person and big deals not told yet.
  const actRows = rowsOf(crm, TAB.activities, ACTIVITY_COLUMNS).records;
  const yesterday = toYmd(addDays(crm.now, -1), crm.offset);
  const didYesterday = activityOn(actRows, yesterday, crm.offset);
  const props = documentProperties().getProperties();
  const newBigDeals = bigDeals(rows, crm.settings.bigDealThreshold).filter((d) => !alreadyTold(props, d.leadId));
  if (
    plan.listed > 0 ||
    plan.invalidOwners.length > 0 ||
    formerOwners.length > 0 ||
    didYesterday.length > 0 ||
    newBigDeals.length > 0
  ) {
    for (const m of managers)
      emails.push({
        key: `team:${m}`,
        email: managerDigestEmail(langOf(m), plan, crm.settings, m, links, {
          yesterday: { date: yesterday, lines: yesterdayLines(langOf(m), didYesterday, nameOf) },
          bigDeals: newBigDeals.map((d) => bigDealLine(langOf(m), d, crm.settings.currency, nameOf)),
          nameOf,
          formerOwners,
        }),
      });
  }
  // Yesterday's ledger is no longer needed; whoever waited for quota last time goes first, so
  // a short quota never starves the same people day after day.
  pruneMail(crm, (scope) => scope === plan.today || !/^\d{4}-\d{2}-\d{2}$/.test(scope));
  // An audit summary the quota did not allow when the audit ran goes out first.
  const summary = sendPendingAuditSummary(crm);
  const ordered = waitingFirst(emails, readWaiting());
  const sent = sendUnderLedger(crm, plan.today, ordered);
  writeWaiting(crm, sent.waiting);
  // Big deals are told once: when no manager's digest is still waiting for quota.
  if (managers.length > 0 && !sent.waiting.some((k) => k.startsWith('team:')))
    markTold(
      crm,
      newBigDeals.map((d) => d.leadId),
    );
  return {
    date: plan.today,
    sent: sent.sent + summary.sent,
    alreadySent: sent.alreadySent + summary.alreadySent,
    waitingForQuota: sent.waiting.length + summary.waiting.length,
    listed: plan.listed,
    errors: [...sent.errors, ...summary.errors],
  };
}

/**
 * The digests, holding the document lock from start to end: one lock cycle and one properties
 * read instead of one per digest (its mails are one per teammate at most, as in the daily run).
 */
export function runFollowUpReminders(): ReminderResult {
  const crm = openCrm();
  return withDocumentLock(crm.lang, () => {
    const result = followUpReminders(crm);
    const outcome: Outcome = result.errors.length > 0 || result.waitingForQuota > 0 ? 'partial' : 'ok';
    appendRunLog(
      crm.ss,
      crm.lang,
      crm.now,
      'runFollowUpReminders',
      outcome,
      t(crm.lang, 'run.remindersDetail', {
        sent: result.sent,
        already: result.alreadySent,
        waiting: result.waitingForQuota,
        listed: result.listed,
        errors: result.errors.length,
      }) + (result.errors.length ? ` — ${result.errors.join('; ')}` : ''),
    );
    return result;
  });
}

/**
 * The weekly report to the managers: on the first daily run of each week (Monday at
 * the reminder hour), exactly once per manager, under the ledger and the quota like the digests.
 * Every other day it is sent already: the properties the digests just read say so, and the job
 * ends there, without the lock. Otherwise it holds the lock from start to end, as the digests do.
 */
export function runWeeklyReport(): WeeklyResult {
  const crm = openCrm();
  const week = weekStart(crm.now, crm.offset);
  if (!weeklyPending(crm, week)) return { week, sent: 0, alreadySent: 0, waitingForQuota: 0, errors: [] };
  return withDocumentLock(crm.lang, () => weeklyReport(crm, week));
}

export interface WeeklyResult {
  week: string;
  sent: number;
  alreadySent: number;
  waitingForQuota: number;
  errors: string[];
}

/** Whether a manager has not had this week's report (claims as the last properties read saw them). */
function weeklyPending(crm: Crm, week: string): boolean {
  const sentThisWeek = claimedKeys(`weekly-${week}`);
  return managersOf(readTeam(crm), crm.settings.managerEmails).some((m) => !sentThisWeek.has(`weekly:${m}`));
}

function weeklyReport(crm: Crm, week: string): WeeklyResult {
  const team = readTeam(crm);
  const managers = managersOf(team, crm.settings.managerEmails);
  let items: Outgoing[] = [];
  // Read again under the lock: another run may have sent it meanwhile (the ledger would say so too).
  if (weeklyPending(crm, week)) {
    // The rows the digests read moments ago under their lock, in the daily run (daily-run.ts).
    const rows = rowsOf(crm, TAB.leads, LEAD_COLUMNS).records;
    const actRows = rowsOf(crm, TAB.activities, ACTIVITY_COLUMNS).records;
    const cards = scorecards(rows, actRows, crm.settings, team, crm.now, crm.offset);
    const changes = weekChanges(rows, actRows, crm.now, crm.offset);
    items = managers.map((m) => ({
      key: `weekly:${m}`,
      email: weeklyReportEmail(
        team.get(m)?.language || crm.lang,
        m,
        cards,
        changes,
        crm.settings.currency,
        (e) => displayName(team, e) || e,
      ),
    }));
  }
  const r = sendUnderLedger(crm, `weekly-${week}`, items);
  if (r.sent > 0 || r.errors.length > 0)
    appendRunLog(
      crm.ss,
      crm.lang,
      crm.now,
      'runWeeklyReport',
      r.errors.length > 0 ? 'partial' : 'ok',
      `${week}: ${r.sent}`,
    );
  return { week, sent: r.sent, alreadySent: r.alreadySent, waitingForQuota: r.waiting.length, errors: r.errors };
}
