// MailApp: mail is recorded (never sent), within the daily recipient quota.
import { ServiceObject } from '../counter';
import { formatDate } from '../format-date';
import type { PersistedState } from './state';

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  sentAt: string;
}

const EMAIL_RE = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export class FakeMailApp extends ServiceObject {
  readonly serviceName = 'MailApp';
  readonly sent: SentMail[] = [];
  constructor(
    private readonly state: PersistedState,
    private readonly now: () => Date,
    readonly dailyQuota: number,
    private readonly onSend: (m: SentMail) => void = () => undefined,
  ) {
    super();
  }
  private today(): string {
    // Quotas reset on the Pacific-time day, as Google's do.
    return formatDate(this.now(), 'America/Los_Angeles', 'yyyy-MM-dd');
  }
  private used(): number {
    if (this.state.mailQuota.date !== this.today()) this.state.mailQuota = { date: this.today(), used: 0 };
    return this.state.mailQuota.used;
  }
  getRemainingDailyQuota(): number {
    return Math.max(0, this.dailyQuota - this.used());
  }
  sendEmail(a: unknown, subject?: string, body?: string, options: Record<string, unknown> = {}): void {
    const msg: Record<string, unknown> =
      typeof a === 'object' && a !== null ? { ...(a as object) } : { ...options, to: a, subject, body };
    const to = String(msg.to ?? '');
    const recipients = [to, msg.cc, msg.bcc]
      .filter((x): x is string => typeof x === 'string' && x !== '')
      .flatMap((x) => x.split(',').map((s) => s.trim()));
    if (recipients.length === 0) throw new Error('Exception: Failed to send email: no recipient');
    for (const r of recipients) if (!EMAIL_RE.test(r)) throw new Error(`Exception: Invalid email: ${r}`);
    if (typeof msg.subject !== 'string') throw new Error('Exception: Invalid argument: subject');
    if (typeof msg.body !== 'string' && typeof msg.htmlBody !== 'string')
      throw new Error('Exception: Invalid argument: body');
    if (this.used() + recipients.length > this.dailyQuota)
      throw new Error('Exception: Service invoked too many times for one day: email.');
    this.state.mailQuota.used += recipients.length;
    const mail: SentMail = {
      to,
      cc: msg.cc as string | undefined,
      bcc: msg.bcc as string | undefined,
      subject: msg.subject,
      body: String(msg.body ?? ''),
      htmlBody: msg.htmlBody as string | undefined,
      name: msg.name as string | undefined,
      replyTo: msg.replyTo as string | undefined,
      sentAt: this.now().toISOString(),
    };
    this.sent.push(mail);
    this.onSend(mail);
  }
}
