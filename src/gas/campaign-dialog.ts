// The campaign dialog's server side (issue 29 item 6): the templates and the lists a segment is
// chosen from, a draft's live preview (who receives it, who is skipped and why, the first
// message, and when the daily run sends it within the mail quota left after the digests), a
// test send to oneself, the Campaigns row written by the dialog (under the lock), and each
// campaign's progress. Each view opens with one call.
import { CATALOG, CrmError, ref, t, userText, type Lang } from '../core/i18n';
import { CAMPAIGN_COLUMNS, LEAD_COLUMNS, TAB, type LeadRecord } from '../core/schema';
import { segmentText, sendSchedule, type SegmentChoice } from '../core/campaign-draft';
import { formatDay, formatPhone } from '../core/format';
import { nextAtHour, parseYmd, toYmd } from '../core/dates';
import { cleanText } from '../core/fields';
import { managersOf } from '../core/team';
import { giveCampaignIds } from './campaign-ledger';
import { campaigns, consentNote, planOf, reasons, sendTestOf, type CampaignTestSent } from './campaigns';
import { Table } from './table';
import { cellText, message, openCrm, withDocumentLock, type Crm } from './services';
import { readTeam, readTemplates } from './team';

export function showCampaignDialog(): void {
  const crm = openCrm();
  const html = HtmlService.createHtmlOutputFromFile('Campaign').setWidth(900).setHeight(680);
  SpreadsheetApp.getUi().showModalDialog(html, t(crm.lang, 'campaignDialog.title'));
}

export interface Option {
  value: string;
  label: string;
}

export interface CampaignSummary {
  id: string;
  name: string;
  /** The state's data name (Draft, Running, Stopped, Done). */
  state: string;
  template: string;
  recipients: number;
  sent: number;
  waiting: number;
  skipped: number;
  uncertain: number;
}

export interface CampaignContext {
  lang: Lang;
  messages: Record<string, string>;
  templates: { id: string; name: string; channel: string }[];
  options: { status: Option[]; source: Option[]; owner: Option[]; product: Option[] };
  campaigns: CampaignSummary[];
}

const label = (lang: Lang, key: string, fallback: string) => (CATALOG[lang] as Record<string, string>)[key] ?? fallback;
/** The templates in the user's language (one language per screen); all of them when none is. */
function inLanguage<T extends { language: string }>(all: T[], lang: Lang): T[] {
  // A template in neither language is taken as Indonesian (core/templates.ts).
  const mine = all.filter((x) => (x.language === 'en' ? 'en' : 'id') === lang);
  return mine.length > 0 ? mine : all;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v) || 0);

/** The Campaigns tab as the dialog lists it, newest last. */
function summaries(crm: Crm): CampaignSummary[] {
  const { table, list } = campaigns(crm);
  const rows = table.allRows().map((r) => table.toRecord(r));
  const templates = new Map(readTemplates(crm).map((x) => [x.id, x.name]));
  return list
    .filter((c) => c.name !== '')
    .map((c) => {
      const r = rows[c.index];
      return {
        id: c.id,
        name: c.name,
        state: c.state,
        template: templates.get(c.templateId) ?? c.templateId,
        recipients: num(r['Recipients']),
        sent: num(r['Sent']),
        waiting: num(r['Waiting']),
        skipped: num(r['Skipped']),
        uncertain: num(r['Uncertain']),
      };
    });
}

export function getCampaignContext(): CampaignContext {
  const crm = openCrm();
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const team = readTeam(crm);
  const distinct = (h: 'Owner' | 'Product') =>
    [...new Set(leads.column(h).map((v) => cellText(v, crm.offset).trim()))].filter(Boolean).sort();
  // Values a segment cannot hold (a comma separates its values) are not offered.
  const usable = (v: string) => !/[;,=<>]/.test(v);
  const owners = [...new Set([...team.keys(), ...distinct('Owner')])].filter(usable);
  return {
    lang: crm.lang,
    messages: CATALOG[crm.lang],
    templates: inLanguage(readTemplates(crm), crm.lang).map((x) => ({ id: x.id, name: x.name, channel: x.channel })),
    options: {
      status: crm.settings.statuses.map((s) => ({ value: s, label: label(crm.lang, `status.${s}`, s) })),
      source: crm.settings.sources.filter(usable).map((s) => ({ value: s, label: label(crm.lang, `source.${s}`, s) })),
      owner: owners.map((o) => ({ value: o, label: team.get(o.toLowerCase())?.name || o })),
      product: distinct('Product')
        .filter(usable)
        .slice(0, 100)
        .map((p) => ({ value: p, label: p })),
    },
    campaigns: summaries(crm),
  };
}

export interface DraftArg {
  name?: string;
  templateId?: string;
  segment?: SegmentChoice;
}

export interface DraftPreview {
  channel: string;
  /** Leads in the segment. */
  matched: number;
  recipients: number;
  /** The first recipients, by name (at most 50). */
  list: { leadId: string; name: string; to: string }[];
  /** Everyone skipped, with the reason in the user's language. */
  skipped: { leadId: string; name: string; reason: string }[];
  consent: string;
  sample: { to: string; subject: string; text: string } | null;
  /** What Start will do and when, in words. */
  when: string;
}

/** The segment's text, or a message naming the field that cannot be used. */
function segmentOf(crm: Crm, arg: DraftArg): string {
  const s = segmentText(arg?.segment && typeof arg.segment === 'object' ? arg.segment : {});
  if (!s.ok) throw new CrmError(s.error, crm.lang);
  return s.text;
}

function templateOf(crm: Crm, arg: DraftArg): string {
  const id = cleanText(arg?.templateId);
  if (!id) throw new CrmError({ key: 'valid.required', params: { field: ref('campaignDialog.template') } }, crm.lang);
  return id;
}

/** When the daily run sends, and how many a day the quota left after the digests allows. */
function whenText(crm: Crm, p: { channel: string; recipients: unknown[] }, rows: LeadRecord[]): string {
  const recipients = p.recipients.length;
  if (p.channel !== 'Email') return t(crm.lang, 'campaignDialog.whenWhatsApp', { recipients });
  const installed = ScriptApp.getUserTriggers(crm.ss).some((x) => x.getHandlerFunction() === 'runDailyJobs');
  if (!installed)
    return t(crm.lang, 'campaignDialog.noTrigger', {
      menu: t(crm.lang, 'menu.title'),
      admin: t(crm.lang, 'menu.admin'),
      item: t(crm.lang, 'menu.triggers'),
    });
  // At most one digest per owner with leads, and the managers' (SPEC §4): what the run sends first.
  const owners = new Set(rows.map((r) => cellText(r['Owner'], crm.offset).trim().toLowerCase()).filter(Boolean));
  const digests = owners.size + managersOf(readTeam(crm), crm.settings.managerEmails).length;
  const perDay = Math.max(0, MailApp.getRemainingDailyQuota() - digests);
  const first = nextAtHour(crm.now, crm.settings.reminderHour, crm.offset);
  const plan = sendSchedule(recipients, perDay, toYmd(first, crm.offset));
  if (plan.length === 0) return t(crm.lang, 'campaignDialog.noQuota');
  const days = plan.map((d) =>
    t(crm.lang, 'campaignDialog.planDay', { count: d.count, day: formatDay(d.day, crm.lang, 'weekday') }),
  );
  const hour = `${String(crm.settings.reminderHour).padStart(2, '0')}${crm.lang === 'id' ? '.' : ':'}00`;
  const shown = days.length > 4 ? [...days.slice(0, 3), '…', days[days.length - 1]] : days;
  return t(crm.lang, 'campaignDialog.whenEmail', { recipients, hour, perDay, plan: shown.join(', ') });
}

export function previewCampaignDraft(arg: DraftArg): DraftPreview {
  const crm = openCrm();
  const { plan: p, rows } = planOf(crm, templateOf(crm, arg), segmentOf(crm, arg), cleanText(arg?.name));
  const names = new Map(rows.map((r) => [cellText(r['Lead ID'], crm.offset).trim(), cellText(r['Name'], crm.offset)]));
  const shownTo = (to: string) => (to.startsWith('+') ? formatPhone(to) : to);
  const first = p.recipients[0];
  return {
    channel: p.channel,
    matched: p.recipients.length + p.skipped.length,
    recipients: p.recipients.length,
    list: p.recipients.slice(0, 50).map((r) => ({ leadId: r.leadId, name: r.name, to: shownTo(r.to) })),
    skipped: p.skipped.map((s) => ({
      leadId: s.leadId,
      name: names.get(s.leadId) ?? '',
      reason: message(crm.lang, s.reason),
    })),
    consent: consentNote(crm, p),
    sample: first ? { to: shownTo(first.to), subject: first.subject, text: first.text } : null,
    when: whenText(crm, p, rows),
  };
}

export function sendCampaignDraftTest(arg: DraftArg): CampaignTestSent {
  const crm = openCrm();
  const name = cleanText(arg?.name);
  const { plan: p } = planOf(crm, templateOf(crm, arg), segmentOf(crm, arg), name);
  if (p.channel !== 'Email' || p.recipients.length === 0)
    throw new CrmError({ key: 'campaignDialog.testEmailOnly' }, crm.lang);
  return sendTestOf(crm, p, name);
}

export interface CampaignCreated {
  id: string;
  name: string;
  message: string;
  campaigns: CampaignSummary[];
}

/** Writes the campaign's row (Running from today, its figures filled) under the lock. */
export function createCampaign(arg: DraftArg): CampaignCreated {
  const crm = openCrm();
  const name = cleanText(arg?.name);
  if (!name) throw new CrmError({ key: 'valid.required', params: { field: ref('campaignDialog.name') } }, crm.lang);
  const templateId = templateOf(crm, arg);
  const segment = segmentOf(crm, arg);
  const { plan: p, rows } = planOf(crm, templateId, segment, name);
  if (p.recipients.length === 0) throw new CrmError({ key: 'campaignDialog.noRecipients' }, crm.lang);
  // The tab brought up to date first (headers of an earlier version, IDs): that takes the lock itself.
  campaigns(crm);
  const id = withDocumentLock(crm.lang, () => {
    const table = Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
    const names = table.column('Campaign').map((v) => cellText(v, crm.offset).trim().toLowerCase());
    if (names.includes(name.toLowerCase()))
      throw new CrmError({ key: 'campaignDialog.nameTaken', params: { name: userText(name) } }, crm.lang);
    table.append([
      {
        Campaign: name,
        'Template ID': templateId,
        Segment: segment,
        Start: parseYmd(toYmd(crm.now, crm.offset), crm.offset) ?? crm.now,
        State: 'Running',
        Recipients: p.recipients.length,
        Sent: 0,
        Waiting: p.recipients.length,
        Skipped: p.skipped.length,
        'Why skipped': reasons(crm, p.skipped),
        Uncertain: 0,
      },
    ]);
    const fresh = Table.open(crm.ss, TAB.campaigns, CAMPAIGN_COLUMNS, crm.lang);
    giveCampaignIds(fresh, crm.offset);
    return cellText(fresh.column('Campaign ID')[fresh.rowCount - 1], crm.offset).trim();
  });
  const text = `${t(crm.lang, 'campaign.started', { name: userText(name), recipients: p.recipients.length })} ${whenText(crm, p, rows)}`;
  return { id, name, message: text, campaigns: summaries(crm) };
}

/** The campaigns again (the dialog's Refresh, and after a Stop). */
export function getCampaignProgress(): CampaignSummary[] {
  return summaries(openCrm());
}
