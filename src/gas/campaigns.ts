// Campaigns (SPEC §4): previewCampaign, startCampaign, stopCampaign, a test send
// to oneself, the daily run's sending within the quota left after the digests (exactly once per
// address per campaign, under the campaign's own ledger, campaign-ledger.ts), and the WhatsApp
// queue the sidebar works through. The Campaigns tab holds each campaign, its Campaign ID (its
// identity whatever its name) and its read-only progress.
import {
  ACTIVITY_COLUMNS,
  CAMPAIGN_COLUMNS,
  LEAD_COLUMNS,
  TAB,
  type CampaignHeader,
  type LeadRecord,
} from '../core/schema';
import { parseSegment, planCampaign, type CampaignPlan } from '../core/campaign';
import { CrmError, t, userText, type Message } from '../core/i18n';
import { cleanText } from '../core/fields';
import { isDate, toYmd } from '../core/dates';
import { displayName } from '../core/team';
import { waLink } from '../core/phone';
import { escapeHtml } from '../core/html';
import { headerText } from '../core/email';
import { mapHeaders } from '../core/headers';
import { SETTING } from '../core/settings';
import { appendHeaders, Table } from './table';
import { openCrm, withDocumentLock, cellText, currentUser, message, type Crm } from './services';
import { readTeam, readTemplates } from './team';
import { claimMail } from './ledger';
import { appendRunLogNow } from './runlog';
import { forgetRows } from './daily-run';
import {
  giveCampaignIds,
  handled,
  journaled,
  readLedger,
  sendCampaignBatch,
  sentScope,
  settleLedger,
  type LedgerState,
} from './campaign-ledger';

export type Campaign = {
  index: number;
  id: string;
  name: string;
  templateId: string;
  segment: string;
  start: string;
  state: string;
  /** Another campaign with the same Campaign ID (a copied row): neither runs until one is cleared. */
  sameIdAs: string;
};

/** Columns this version added to the Campaigns tab: a tab of an earlier version gets them at the end. */
const ADDED: readonly CampaignHeader[] = ['Uncertain', 'Campaign ID'];

function openCampaigns(crm: Crm): Table<CampaignHeader> {
  try {
    return Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
  } catch (e) {
    const sheet = crm.ss.getSheetByName(TAB.campaigns);
    if (!sheet) throw e;
    const added = withDocumentLock(crm.lang, () => {
      const width = sheet.getLastColumn();
      const have = mapHeaders(width > 0 ? sheet.getSheetValues(1, 1, 1, width)[0] : []);
      const add = ADDED.filter((h) => !(h in have.index));
      appendHeaders(sheet, add);
      return add.length;
    });
    if (added === 0) throw e;
    return Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
  }
}

function readCampaigns(crm: Crm, table: Table<CampaignHeader>): Campaign[] {
  const list = table.allRows().map((r, index) => {
    const rec = table.toRecord(r);
    const start = rec['Start'];
    return {
      index,
      id: cellText(rec['Campaign ID'], crm.offset).trim(),
      name: cellText(rec['Campaign'], crm.offset).trim(),
      templateId: cellText(rec['Template ID'], crm.offset).trim(),
      segment: cellText(rec['Segment'], crm.offset),
      start: isDate(start) ? toYmd(start, crm.offset) : cellText(start, crm.offset).trim(),
      state: cellText(rec['State'], crm.offset).trim() || 'Draft',
      sameIdAs: '',
    };
  });
  for (const c of list) c.sameIdAs = (c.id && list.find((o) => o !== c && o.id === c.id)?.name) || '';
  return list;
}

/** The Campaigns tab, every named campaign with its Campaign ID (given here when it has none). */
export function campaigns(crm: Crm): { table: Table<CampaignHeader>; list: Campaign[] } {
  let table = openCampaigns(crm);
  let list = readCampaigns(crm, table);
  if (list.some((c) => c.name !== '' && c.id === '')) {
    list = withDocumentLock(crm.lang, () => {
      table = Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
      giveCampaignIds(table, crm.offset);
      return readCampaigns(crm, table);
    });
  }
  return { table, list };
}

/** The campaign named in `arg` (or with its Campaign ID), or on the selected row of the Campaigns tab (from the menu). */
function campaignOf(crm: Crm, arg: unknown): { table: Table<CampaignHeader>; c: Campaign } {
  const { table, list } = campaigns(crm);
  const a = (arg && typeof arg === 'object' ? arg : {}) as { name?: unknown; id?: unknown };
  const id = cleanText(a.id);
  let name = cleanText(a.name);
  if (!name && !id) {
    const range = crm.ss.getActiveRange();
    if (range && range.getSheet().getName() === TAB.campaigns && range.getRow() >= 2)
      name = list[range.getRow() - 2]?.name ?? '';
    if (!name) throw new CrmError({ key: 'campaign.pick' }, crm.lang);
  }
  const c = list.find((x) => (id ? x.id === id : x.name === name));
  if (!c) throw new CrmError({ key: 'campaign.unknown', params: { name: userText(name || id) } }, crm.lang);
  return { table, c };
}

function plan(crm: Crm, c: Campaign): CampaignPlan & { channel: string } {
  // A copied row carries the original's ID: running either would share (and spoil) one ledger.
  if (c.sameIdAs)
    throw new CrmError(
      { key: 'campaign.sameId', params: { name: userText(c.name), other: userText(c.sameIdAs), id: userText(c.id) } },
      crm.lang,
    );
  return planOf(crm, c.templateId, c.segment, c.name).plan;
}

/**
 * Who a campaign of this template and segment reaches (and the Leads rows it was planned on):
 * the one planning of a Campaigns row and of the dialog's draft alike.
 */
export function planOf(
  crm: Crm,
  templateId: string,
  segmentText: string,
  name: string,
): { plan: CampaignPlan & { channel: string }; rows: LeadRecord[] } {
  if (!templateId) throw new CrmError({ key: 'campaign.noTemplate', params: { name: userText(name) } }, crm.lang);
  const template = readTemplates(crm).find((x) => x.id === templateId);
  if (!template)
    throw new CrmError(
      { key: 'campaign.badTemplate', params: { name: userText(name), templateId: userText(templateId) } },
      crm.lang,
    );
  const segment = parseSegment(segmentText, name);
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
  return { plan: { ...p, channel: template.channel }, rows };
}

/** Why people were skipped, counted by reason (`opted out: 3; no email address: 5`). */
export const reasons = (crm: Crm, skipped: { reason: Message }[]) => {
  const counts = new Map<string, number>();
  for (const x of skipped) {
    const field = x.reason.params?.field;
    const label = t(crm.lang, x.reason.key, {
      leadId: '…',
      names: '…',
      value: '…',
      ...(typeof field === 'string' ? { field } : {}),
    });
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()].map(([label, n]) => `${label}: ${n}`).join('; ');
};

interface Progress {
  sent: number;
  waiting: number;
  uncertain: number;
}

/** Where the planned recipients stand in the ledger: sent, uncertain, or still to send. */
function progressOf(p: CampaignPlan, led: LedgerState): Progress {
  const uncertain = p.recipients.filter((r) => led.uncertain.has(r.key)).length;
  const sent = p.recipients.filter((r) => led.sent.has(r.key) && !led.uncertain.has(r.key)).length;
  return { sent, uncertain, waiting: p.recipients.length - sent - uncertain };
}

function writeProgress(
  crm: Crm,
  table: Table<CampaignHeader>,
  c: Campaign,
  p: CampaignPlan,
  led: LedgerState,
  state?: string,
): Progress {
  const g = progressOf(p, led);
  withDocumentLock(crm.lang, () => {
    table.update(c.index, {
      ...(state ? { State: state } : {}),
      Recipients: p.recipients.length,
      Sent: g.sent,
      Waiting: g.waiting,
      Skipped: p.skipped.length,
      'Why skipped': reasons(crm, p.skipped),
      Uncertain: g.uncertain,
    });
  });
  return g;
}

/** How many of the segment were never asked for consent, and what Settings does with them. */
export function consentNote(crm: Crm, p: CampaignPlan): string {
  // Nobody unasked in the segment: nothing to say (never "0 people… do not receive it").
  if (p.notAsked === 0) return '';
  return t(crm.lang, crm.settings.campaignsToUnasked ? 'campaign.notAskedIncluded' : 'campaign.notAskedExcluded', {
    count: p.notAsked,
    setting: SETTING.campaignsToUnasked,
  });
}

/** What a campaign would send: its recipients counted, who is skipped and why, the first message. */
export interface CampaignPreview {
  id: string;
  name: string;
  channel: string;
  recipients: number;
  /** Leads in the segment never asked for consent. */
  notAsked: number;
  /** What Settings does with those never asked, in words. */
  consent: string;
  skipped: { leadId: string; reason: string }[];
  sample: { subject: string; text: string } | null;
}

export function previewCampaign(arg?: { name?: string; id?: string }): CampaignPreview {
  const crm = openCrm();
  const { table, c } = campaignOf(crm, arg);
  const p = plan(crm, c);
  writeProgress(crm, table, c, p, readLedger(c.id));
  const consent = consentNote(crm, p);
  crm.ss.toast(
    `${t(crm.lang, 'campaign.preview', { name: userText(c.name), recipients: p.recipients.length, skipped: p.skipped.length })} ${consent}`,
    t(crm.lang, 'menu.title'),
    10,
  );
  return {
    id: c.id,
    name: c.name,
    channel: p.channel,
    recipients: p.recipients.length,
    notAsked: p.notAsked,
    consent,
    skipped: p.skipped.map((s) => ({ leadId: s.leadId, reason: message(crm.lang, s.reason) })),
    sample: p.recipients[0] ? { subject: p.recipients[0].subject, text: p.recipients[0].text } : null,
  };
}

export interface CampaignStarted {
  id: string;
  name: string;
  state: 'Running';
  recipients: number;
  message: string;
}

export function startCampaign(arg?: { name?: string; id?: string }): CampaignStarted {
  const crm = openCrm();
  const { table, c } = campaignOf(crm, arg);
  const p = plan(crm, c); // refuses a campaign without a template or with a bad segment
  writeProgress(crm, table, c, p, readLedger(c.id), 'Running');
  const text =
    `${t(crm.lang, 'campaign.started', { name: userText(c.name), recipients: p.recipients.length })} ${consentNote(crm, p)}`.trim();
  crm.ss.toast(text, t(crm.lang, 'menu.title'), 10);
  return { id: c.id, name: c.name, state: 'Running', recipients: p.recipients.length, message: text };
}

export interface CampaignStopped {
  id: string;
  name: string;
  state: 'Stopped';
  message: string;
}

export function stopCampaign(arg?: { name?: string; id?: string }): CampaignStopped {
  const crm = openCrm();
  const { table, c } = campaignOf(crm, arg);
  withDocumentLock(crm.lang, () => table.update(c.index, { State: 'Stopped' }));
  const text = t(crm.lang, 'campaign.stopped', { name: userText(c.name) });
  crm.ss.toast(text, t(crm.lang, 'menu.title'), 10);
  return { id: c.id, name: c.name, state: 'Stopped', message: text };
}

/** The first recipient's email, sent to the person testing (not counted as the campaign's). */
export interface CampaignTestSent {
  message: string;
}

export function sendCampaignTest(arg?: { name?: string; id?: string }): CampaignTestSent {
  const crm = openCrm();
  const { c } = campaignOf(crm, arg);
  return sendTestOf(crm, plan(crm, c), c.name);
}

/** Sends a plan's first message to the person testing, marked [TEST]. */
export function sendTestOf(crm: Crm, p: CampaignPlan & { channel: string }, name: string): CampaignTestSent {
  const first = p.recipients[0];
  const me = currentUser();
  if (!first || p.channel !== 'Email' || !me)
    throw new CrmError({ key: 'campaign.notRunning', params: { name: userText(name) } }, crm.lang);
  if (MailApp.getRemainingDailyQuota() < 1) throw new CrmError({ key: 'template.quota' }, crm.lang);
  MailApp.sendEmail({
    to: me,
    subject: headerText(`[TEST] ${first.subject}`),
    body: first.text,
    htmlBody: `<p>${escapeHtml(first.text).replace(/\n/g, '<br>')}</p>`,
  });
  return { message: t(crm.lang, 'campaign.test', { name: userText(name), to: me }) };
}

/**
 * The daily run's part: every running email campaign whose start has come sends what the quota
 * left after the digests allows, exactly once per address, each send logged on the lead. What a
 * killed run left is settled first (campaign-ledger.ts).
 */
export function runCampaigns(): {
  campaigns: number;
  sent: number;
  waiting: number;
  uncertain: number;
  errors: string[];
} {
  const crm = openCrm();
  const today = toYmd(crm.now, crm.offset);
  const { table, list } = campaigns(crm);
  const out = { campaigns: 0, sent: 0, waiting: 0, uncertain: 0, errors: [] as string[] };
  // A campaign stopped (or done) after a run was killed still has what that run left settled.
  const open = journaled();
  try {
    for (const c of list) {
      // What a killed run left is settled first, whatever the campaign's state now.
      const settled = c.id && open.has(c.id) ? settleLedger(crm, c.id, c.name) : null;
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
      // Who has it already is read once; only the rest are claimed (a claim each), so a campaign of
      // thousands costs the calls of today's sends, not of everyone every day.
      const before = settled ?? readLedger(c.id);
      const pending = p.recipients.filter((x) => !handled(before, x.key));
      // Only as many as the quota left today allows are tried; the rest wait for tomorrow.
      const batch = pending.slice(0, Math.max(0, MailApp.getRemainingDailyQuota()));
      const r = sendCampaignBatch(crm, c.id, c.name, batch);
      const led = readLedger(c.id);
      // Done when everyone is sent (or uncertain) and no send is still in anyone's hands.
      const inHand = led.journal.sending.length + led.journal.sent.length;
      const g = progressOf(p, led);
      const finished = g.waiting === 0 && inHand === 0 && r.errors.length === 0;
      writeProgress(crm, table, c, p, led, finished ? 'Done' : undefined);
      out.sent += r.sent;
      out.waiting += g.waiting;
      out.uncertain += g.uncertain;
      out.errors.push(...r.errors);
      // Written at once: a campaign is Done once, so a kill later in the run must not lose its line.
      if (finished)
        appendRunLogNow(
          crm.ss,
          crm.lang,
          crm.now,
          'runCampaigns',
          'ok',
          g.uncertain > 0
            ? t(crm.lang, 'campaign.doneUncertain', { name: userText(c.name), sent: g.sent, uncertain: g.uncertain })
            : t(crm.lang, 'campaign.done', { name: userText(c.name), sent: g.sent }),
        );
    }
  } finally {
    // A send or a settled ledger logs on the lead: the daily run's next jobs read Activities anew.
    if (open.size > 0 || out.campaigns > 0) forgetRows(TAB.leads, TAB.activities);
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
  const led = readLedger(c.id);
  const left = p.recipients.filter((r) => !handled(led, r.key));
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
export function nextCampaignContact(arg?: { name?: string; id?: string }): QueueContact {
  const crm = openCrm();
  const { c } = campaignOf(crm, arg);
  if (c.state !== 'Running')
    throw new CrmError({ key: 'campaign.notRunning', params: { name: userText(c.name) } }, crm.lang);
  return nextOf(c, plan(crm, c));
}

/** Marks the queue's contact as sent (logged as a WhatsApp activity) or skipped; the queue moves on for everyone. */
export function markCampaignContact(arg?: {
  name?: string;
  id?: string;
  leadId?: string;
  outcome?: string;
}): QueueContact {
  const crm = openCrm();
  const { c } = campaignOf(crm, arg);
  if (c.state !== 'Running')
    throw new CrmError({ key: 'campaign.notRunning', params: { name: userText(c.name) } }, crm.lang);
  const leadId = cleanText((arg as { leadId?: unknown } | undefined)?.leadId);
  const outcome = (arg as { outcome?: unknown } | undefined)?.outcome === 'skip' ? 'skip' : 'sent';
  const p = plan(crm, c);
  const rec = p.recipients.find((r) => r.leadId === leadId);
  if (!rec) throw new CrmError({ key: 'error.unknownLead', params: { leadId: userText(leadId || '?') } }, crm.lang);
  const claim = claimMail(crm, sentScope(c.id), rec.key, false);
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
