// Campaigns (SPEC §4): previewCampaign, startCampaign, stopCampaign, a test send to
// oneself, the daily run's sending within the quota left after the digests (exactly once per
// address per campaign, under the same ledger as the digests), and the WhatsApp queue the sidebar
// works through. The Campaigns tab holds each campaign and its read-only progress.
import {
  ACTIVITY_COLUMNS,
  CAMPAIGN_COLUMNS,
  LEAD_COLUMNS,
  TAB,
  type ActivityRecord,
  type CampaignHeader,
  type RecordOf,
} from '../core/schema';
import { parseSegment, planCampaign, type CampaignPlan } from '../core/campaign';
import { CrmError, t, userText, type Message, type MessageKey } from '../core/i18n';
import { cleanText } from '../core/fields';
import { isDate, toYmd } from '../core/dates';
import { displayName } from '../core/team';
import { waLink } from '../core/phone';
import { escapeHtml } from '../core/html';
import { Table } from './table';
import { openCrm, withDocumentLock, cellText, currentUser, message, type Crm } from './services';
import { readTeam, readTemplates } from './team';
import { sendUnderLedger } from './mail';
import { claimMail, claimedKeys } from './ledger';
import { appendRunLog } from './runlog';

type Campaign = { index: number; name: string; templateId: string; segment: string; start: string; state: string };

function campaigns(crm: Crm): { table: Table<CampaignHeader>; list: Campaign[] } {
  const table = Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
  const list = table.allRows().map((r, index) => {
    const rec = table.toRecord(r);
    const start = rec['Start'];
    return {
      index,
      name: cellText(rec['Campaign'], crm.offset).trim(),
      templateId: cellText(rec['Template ID'], crm.offset).trim(),
      segment: cellText(rec['Segment'], crm.offset),
      start: isDate(start) ? toYmd(start, crm.offset) : cellText(start, crm.offset).trim(),
      state: cellText(rec['State'], crm.offset).trim() || 'Draft',
    };
  });
  return { table, list };
}

/** The campaign named in `arg`, or on the selected row of the Campaigns tab (from the menu). */
function campaignOf(crm: Crm, arg: unknown): { table: Table<CampaignHeader>; c: Campaign } {
  const { table, list } = campaigns(crm);
  let name = cleanText(arg && typeof arg === 'object' ? (arg as { name?: unknown }).name : '');
  if (!name) {
    const range = crm.ss.getActiveRange();
    if (range && range.getSheet().getName() === TAB.campaigns && range.getRow() >= 2)
      name = list[range.getRow() - 2]?.name ?? '';
    if (!name) throw new CrmError({ key: 'campaign.pick' }, crm.lang);
  }
  const c = list.find((x) => x.name === name);
  if (!c) throw new CrmError({ key: 'campaign.unknown', params: { name: userText(name) } }, crm.lang);
  return { table, c };
}

function plan(crm: Crm, c: Campaign): CampaignPlan & { channel: string } {
  if (!c.templateId) throw new CrmError({ key: 'campaign.noTemplate', params: { name: userText(c.name) } }, crm.lang);
  const template = readTemplates(crm).find((x) => x.id === c.templateId);
  if (!template)
    throw new CrmError(
      { key: 'campaign.badTemplate', params: { name: userText(c.name), templateId: userText(c.templateId) } },
      crm.lang,
    );
  const segment = parseSegment(c.segment, c.name);
  if (!segment.ok) throw new CrmError(segment.error, crm.lang);
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const team = readTeam(crm);
  const rows = leads.allRows().map((r) => leads.toRecord(r));
  const p = planCampaign(
    rows,
    template,
    segment.rules,
    crm.settings,
    (o) => displayName(team, o),
    crm.offset,
    t(crm.lang, 'campaign.stopLine'),
  );
  return { ...p, channel: template.channel };
}

const scopeOf = (c: Campaign) => `campaign-${c.name}`;
/** Why people were skipped, counted by reason (`opted out: 3; no email address: 5`). */
const reasons = (crm: Crm, skipped: { reason: Message }[]) => {
  const counts = new Map<string, number>();
  for (const x of skipped) counts.set(x.reason.key, (counts.get(x.reason.key) ?? 0) + 1);
  return [...counts.entries()]
    .map(([key, n]) => `${t(crm.lang, key as MessageKey, { leadId: '…', names: '…' })}: ${n}`)
    .join('; ');
};

function writeProgress(
  crm: Crm,
  table: Table<CampaignHeader>,
  c: Campaign,
  p: CampaignPlan,
  sent: number,
  waiting: number,
  state?: string,
): void {
  withDocumentLock(crm.lang, () => {
    const progress: RecordOf<CampaignHeader> = {
      Recipients: p.recipients.length,
      Sent: sent,
      Waiting: waiting,
      Skipped: p.skipped.length,
      'Why skipped': reasons(crm, p.skipped),
    };
    if (state) progress.State = state;
    table.update(c.index, progress);
  });
}

/** What a campaign would send: its recipients counted, who is skipped and why, the first message. */
export interface CampaignPreview {
  name: string;
  channel: string;
  recipients: number;
  skipped: { leadId: string; reason: string }[];
  sample: { subject: string; text: string } | null;
}

export function previewCampaign(arg?: { name?: string }): CampaignPreview {
  const crm = openCrm();
  const { table, c } = campaignOf(crm, arg);
  const p = plan(crm, c);
  const done = claimedKeys(scopeOf(c));
  writeProgress(
    crm,
    table,
    c,
    p,
    p.recipients.filter((r) => done.has(r.to)).length,
    p.recipients.filter((r) => !done.has(r.to)).length,
  );
  crm.ss.toast(
    t(crm.lang, 'campaign.preview', {
      name: userText(c.name),
      recipients: p.recipients.length,
      skipped: p.skipped.length,
    }),
    t(crm.lang, 'menu.title'),
    10,
  );
  return {
    name: c.name,
    channel: p.channel,
    recipients: p.recipients.length,
    skipped: p.skipped.map((s) => ({ leadId: s.leadId, reason: message(crm.lang, s.reason) })),
    sample: p.recipients[0] ? { subject: p.recipients[0].subject, text: p.recipients[0].text } : null,
  };
}

export interface CampaignStarted {
  name: string;
  state: 'Running';
  recipients: number;
  message: string;
}

export function startCampaign(arg?: { name?: string }): CampaignStarted {
  const crm = openCrm();
  const { table, c } = campaignOf(crm, arg);
  const p = plan(crm, c); // refuses a campaign without a template or with a bad segment
  writeProgress(crm, table, c, p, 0, p.recipients.length, 'Running');
  const text = t(crm.lang, 'campaign.started', { name: userText(c.name), recipients: p.recipients.length });
  crm.ss.toast(text, t(crm.lang, 'menu.title'), 10);
  return { name: c.name, state: 'Running', recipients: p.recipients.length, message: text };
}

export interface CampaignStopped {
  name: string;
  state: 'Stopped';
  message: string;
}

export function stopCampaign(arg?: { name?: string }): CampaignStopped {
  const crm = openCrm();
  const { table, c } = campaignOf(crm, arg);
  withDocumentLock(crm.lang, () => table.update(c.index, { State: 'Stopped' }));
  const text = t(crm.lang, 'campaign.stopped', { name: userText(c.name) });
  crm.ss.toast(text, t(crm.lang, 'menu.title'), 10);
  return { name: c.name, state: 'Stopped', message: text };
}

export interface CampaignTestSent {
  message: string;
}

/** The first recipient's email, sent to the person testing (not counted as the campaign's). */
export function sendCampaignTest(arg?: { name?: string }): CampaignTestSent {
  const crm = openCrm();
  const { c } = campaignOf(crm, arg);
  const p = plan(crm, c);
  const first = p.recipients[0];
  const me = currentUser();
  if (!first || p.channel !== 'Email' || !me)
    throw new CrmError({ key: 'campaign.notRunning', params: { name: userText(c.name) } }, crm.lang);
  if (MailApp.getRemainingDailyQuota() < 1) throw new CrmError({ key: 'template.quota' }, crm.lang);
  MailApp.sendEmail({
    to: me,
    subject: `[TEST] ${first.subject}`,
    body: first.text,
    htmlBody: `<p>${escapeHtml(first.text).replace(/\n/g, '<br>')}</p>`,
  });
  return { message: t(crm.lang, 'campaign.test', { name: userText(c.name), to: me }) };
}

/**
 * The daily run's part: every running email campaign whose start has come sends what the quota
 * left after the digests allows, exactly once per address, each send logged on the lead.
 */
export function runCampaigns(): { campaigns: number; sent: number; waiting: number; errors: string[] } {
  const crm = openCrm();
  const today = toYmd(crm.now, crm.offset);
  const { table, list } = campaigns(crm);
  const out = { campaigns: 0, sent: 0, waiting: 0, errors: [] as string[] };
  for (const c of list) {
    if (c.state !== 'Running' || (c.start && c.start > today)) continue;
    let p: ReturnType<typeof plan>;
    try {
      p = plan(crm, c);
    } catch (e) {
      out.errors.push((e as Error).message);
      continue;
    }
    if (p.channel !== 'Email') continue; // WhatsApp goes through the sidebar's queue
    out.campaigns++;
    // Who has it already is read once; only the rest go through the ledger (a claim each), so a
    // campaign of thousands costs the calls of today's sends, not of everyone every day.
    const already = claimedKeys(scopeOf(c));
    const pending = p.recipients.filter((x) => !already.has(x.to));
    // Only as many as the quota left today allows are tried; the rest wait for tomorrow.
    const batch = pending.slice(0, Math.max(0, MailApp.getRemainingDailyQuota()));
    const byTo = new Map(batch.map((x) => [x.to, x]));
    const r = sendUnderLedger(
      crm,
      scopeOf(c),
      batch.map((x) => ({
        key: x.to,
        email: {
          to: x.to,
          subject: x.subject,
          text: x.text,
          html: `<p>${escapeHtml(x.text).replace(/\n/g, '<br>')}</p>`,
          ...(x.owner.includes('@') ? { replyTo: x.owner } : {}),
        },
      })),
    );
    const sentNow = r.sentKeys.map((k) => byTo.get(k)!).filter(Boolean);
    if (sentNow.length > 0) {
      withDocumentLock(crm.lang, () =>
        Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append(
          sentNow.map(
            (x): ActivityRecord => ({
              Timestamp: crm.now,
              'Lead ID': x.leadId,
              Type: 'Email',
              Summary: `${c.name}: ${x.subject}`,
              By: 'Lembar CRM',
              'Next Follow-up': '',
            }),
          ),
        ),
      );
    }
    const sentTotal = p.recipients.length - pending.length + r.sent + r.alreadySent;
    const waiting = pending.length - batch.length + r.waiting.length;
    const finished = waiting === 0 && r.errors.length === 0;
    writeProgress(crm, table, c, p, sentTotal, waiting, finished ? 'Done' : undefined);
    out.sent += r.sent;
    out.waiting += waiting;
    out.errors.push(...r.errors);
    if (finished)
      appendRunLog(
        crm.ss,
        crm.lang,
        crm.now,
        'runCampaigns',
        'ok',
        t(crm.lang, 'campaign.done', { name: userText(c.name), sent: sentTotal }),
      );
  }
  return out;
}

/**
 * The WhatsApp queue's next person (name, Lead ID, number, the message and its wa.me link), and
 * how many are left; an empty queue has leadId '' and none of the person's fields.
 */
export interface QueueContact {
  /** The campaign. */
  name: string;
  leadId: string;
  leadName?: string;
  to?: string;
  text?: string;
  whatsapp?: string;
  remaining: number;
}

/** The next person of a planned campaign not yet sent or skipped (the queue is the ledger). */
function nextOf(c: Campaign, p: CampaignPlan): QueueContact {
  const done = claimedKeys(scopeOf(c));
  const left = p.recipients.filter((r) => !done.has(r.to));
  const next = left[0];
  return next
    ? {
        name: c.name,
        leadId: next.leadId,
        leadName: next.name,
        to: next.to,
        text: next.text,
        whatsapp: waLink(next.to, next.text),
        remaining: left.length,
      }
    : { name: c.name, leadId: '', remaining: 0 };
}

/** The WhatsApp queue: the next person of a campaign not yet sent or skipped, with the message. */
export function nextCampaignContact(arg?: { name?: string }): QueueContact {
  const crm = openCrm();
  const { c } = campaignOf(crm, arg);
  if (c.state !== 'Running')
    throw new CrmError({ key: 'campaign.notRunning', params: { name: userText(c.name) } }, crm.lang);
  return nextOf(c, plan(crm, c));
}

/** Marks the queue's contact as sent (logged as a WhatsApp activity) or skipped; the queue moves on for everyone. */
export function markCampaignContact(arg?: { name?: string; leadId?: string; outcome?: string }): QueueContact {
  const crm = openCrm();
  const { c } = campaignOf(crm, arg);
  if (c.state !== 'Running')
    throw new CrmError({ key: 'campaign.notRunning', params: { name: userText(c.name) } }, crm.lang);
  const leadId = cleanText((arg as { leadId?: unknown } | undefined)?.leadId);
  const outcome = (arg as { outcome?: unknown } | undefined)?.outcome === 'skip' ? 'skip' : 'sent';
  const p = plan(crm, c);
  const rec = p.recipients.find((r) => r.leadId === leadId);
  if (!rec) throw new CrmError({ key: 'error.unknownLead', params: { leadId: userText(leadId || '?') } }, crm.lang);
  const claim = claimMail(crm, scopeOf(c), rec.to, false);
  if (claim === 'claimed' && outcome === 'sent') {
    withDocumentLock(crm.lang, () =>
      Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang).append([
        {
          Timestamp: crm.now,
          'Lead ID': leadId,
          Type: 'WhatsApp',
          Summary: `${c.name}: ${rec.text.slice(0, 200)}`,
          By: currentUser(),
          'Next Follow-up': '',
        },
      ]),
    );
  }
  return nextOf(c, p);
}
