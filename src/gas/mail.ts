// Sends a batch of emails under the ledger (ledger.ts): each claimed before it is sent,
// released if sending fails; the batch stops when the quota is spent and says what waits.
import type { Email } from '../core/digest';
import { claimMail, releaseMail } from './ledger';
import type { Crm } from './services';

export interface Outgoing {
  key: string;
  email: Email;
}

export interface SendResult {
  sent: number;
  alreadySent: number;
  /** Keys not sent because the quota ran out, in order. */
  waiting: string[];
  /** Keys sent by this call. */
  sentKeys: string[];
  errors: string[];
}

const QUOTA_ERROR = /too many times|quota/i;

let url: { ss: object; url: string } | null = null;

/** The spreadsheet's address for links in emails, asked once per execution (it never changes). */
export function spreadsheetUrl(crm: Crm): string {
  if (!url || url.ss !== crm.ss) url = { ss: crm.ss, url: crm.ss.getUrl() };
  return url.url;
}

export function sendUnderLedger(crm: Crm, scope: string, items: Outgoing[], sender = 'Lembar CRM'): SendResult {
  const result: SendResult = { sent: 0, alreadySent: 0, waiting: [], errors: [], sentKeys: [] };
  // The quota is asked once per batch and counted down here: another execution sending at the
  // same time makes a send fail with Google's quota error, which puts the rest in waiting below.
  let left: number | null = null;
  const quota = () => {
    if (left === null) left = MailApp.getRemainingDailyQuota();
    return left;
  };
  for (let i = 0; i < items.length; i++) {
    const { key, email } = items[i];
    const c = claimMail(crm, scope, key, quota);
    if (c === 'already') {
      result.alreadySent++;
      continue;
    }
    if (c === 'noQuota') {
      // Keep going: the ones already sent are counted as such, the rest wait.
      result.waiting.push(key);
      continue;
    }
    try {
      MailApp.sendEmail({
        to: email.to,
        subject: email.subject,
        body: email.text,
        htmlBody: email.html,
        name: sender,
        ...(email.replyTo ? { replyTo: email.replyTo } : {}),
      });
      result.sent++;
      result.sentKeys.push(key);
      if (left !== null) left--;
    } catch (e) {
      releaseMail(crm, scope, key);
      const msg = e instanceof Error ? e.message : String(e);
      if (QUOTA_ERROR.test(msg)) {
        result.waiting.push(...items.slice(i).map((x) => x.key));
        break;
      }
      result.errors.push(`${email.to}: ${msg}`);
    }
  }
  return result;
}
