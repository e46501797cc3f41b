// runFollowUpReminders (SPEC §4): one digest per owner per day, a team digest for managers.
// Exactly-once: each email is claimed in a ledger under the document lock before it is sent,
// and released only if sending failed. A run that dies after a claim loses that email for the
// day rather than ever sending it twice.
import { LEAD_COLUMNS, TAB } from '../core/schema';
import { planReminders, countOf } from '../core/reminders';
import { ownerDigestEmail, managerDigestEmail, type Email } from '../core/digest';
import { t } from '../core/i18n';
import { Table } from './table';
import { openCrm, withDocumentLock, type Crm } from './services';
import { appendRunLog, type Outcome } from './runlog';

const LEDGER = 'lembar.reminders.sent';

export interface ReminderResult {
  date: string;
  sent: number;
  alreadySent: number;
  waitingForQuota: number;
  listed: number;
  errors: string[];
}

interface Ledger {
  date: string;
  sent: string[];
}

function readLedger(props: GoogleAppsScript.Properties.Properties, today: string): Ledger {
  try {
    const l = JSON.parse(props.getProperty(LEDGER) ?? '') as Ledger;
    if (l.date === today && Array.isArray(l.sent)) return l;
  } catch (_e) {
    /* no ledger yet, or unreadable: start today's */
  }
  return { date: today, sent: [] };
}

type Claim = 'claimed' | 'already' | 'noQuota';

function claim(crm: Crm, today: string, key: string): Claim {
  return withDocumentLock(crm.lang, () => {
    const props = PropertiesService.getDocumentProperties();
    const ledger = readLedger(props, today);
    if (ledger.sent.includes(key)) return 'already';
    if (MailApp.getRemainingDailyQuota() < 1) return 'noQuota';
    ledger.sent.push(key);
    props.setProperty(LEDGER, JSON.stringify(ledger));
    return 'claimed';
  });
}

function release(crm: Crm, today: string, key: string): void {
  withDocumentLock(crm.lang, () => {
    const props = PropertiesService.getDocumentProperties();
    const ledger = readLedger(props, today);
    ledger.sent = ledger.sent.filter((k) => k !== key);
    props.setProperty(LEDGER, JSON.stringify(ledger));
  });
}

export function followUpReminders(crm: Crm): ReminderResult {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const rows = leads.allRows().map((r) => leads.toRecord(r));
  const plan = planReminders(rows, crm.settings, crm.now, crm.offset);
  const base = `${crm.ss.getUrl()}#gid=${leads.sheet.getSheetId()}&range=A`;
  const links = { row: (r: number) => `${base}${r}` };
  const emails: { key: string; email: Email }[] = plan.owners
    .filter((d) => countOf(d) > 0)
    .map((d) => ({ key: `owner:${d.owner}`, email: ownerDigestEmail(crm.lang, plan, d, crm.settings, links) }));
  if (plan.listed > 0 || plan.invalidOwners.length > 0) {
    for (const m of crm.settings.managerEmails) emails.push({ key: `team:${m}`, email: managerDigestEmail(crm.lang, plan, crm.settings, m, links) });
  }
  const result: ReminderResult = { date: plan.today, sent: 0, alreadySent: 0, waitingForQuota: 0, listed: plan.listed, errors: [] };
  for (let i = 0; i < emails.length; i++) {
    const { key, email } = emails[i];
    const c = claim(crm, plan.today, key);
    if (c === 'already') {
      result.alreadySent++;
      continue;
    }
    if (c === 'noQuota') {
      result.waitingForQuota = emails.length - i;
      break;
    }
    try {
      MailApp.sendEmail({ to: email.to, subject: email.subject, body: email.text, htmlBody: email.html, name: 'Lembar CRM' });
      result.sent++;
    } catch (e) {
      release(crm, plan.today, key);
      const msg = e instanceof Error ? e.message : String(e);
      if (/too many times|quota/i.test(msg)) {
        result.waitingForQuota = emails.length - i;
        break;
      }
      result.errors.push(`${email.to}: ${msg}`);
    }
  }
  return result;
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
