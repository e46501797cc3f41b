// What the sidebar reads: its context (language, lists, messages) and the selected lead.
import {
  ACTIVITY_COLUMNS,
  CAMPAIGN_COLUMNS,
  LEAD_COLUMNS,
  TAB,
  type LeadHeader,
  type LeadRecord,
} from '../core/schema';
import { CATALOG } from '../core/i18n';
import { LOGGABLE_TYPES } from '../core/activity';
import { isDate, toYmd, cellDate, localDateTime } from '../core/dates';
import { whatsappLink } from '../core/phone';
import { situationOfStatus, type Situation } from '../core/templates';
import type { Lang } from '../core/i18n';
import { readTeam, readTemplates } from './team';
import { normalizePhone } from '../core/phone';
import { cleanText } from '../core/fields';
import { formatPhone } from '../core/format';
import { Table } from './table';
import { findLead } from './leads';
import { openCrm, cellText, currentUser, type Crm } from './services';
import { authorizationNeed, type AuthorizationNeed } from './authorization';

const DATE_ONLY = new Set<LeadHeader>(LEAD_COLUMNS.filter((c) => c.kind === 'date').map((c) => c.header));

/** What every view of the sidebar (and the board) needs first: the language, its messages, the lists. */
export interface SidebarContext {
  lang: Lang;
  messages: Record<string, string>;
  user: string;
  currency: string;
  sources: string[];
  statuses: string[];
  transitions: Record<string, string[]>;
  required: Record<string, string[]>;
  lostReasons: string[];
  /** Follow-ups without progress after which Today advises Lost (the card offers it too). */
  maxFollowUps: number;
  /** The Team's names by email: an owner is shown by name (by email when Team has none). */
  teamNames: Record<string, string>;
  activityTypes: string[];
  /** Running WhatsApp campaigns, whose queue the Today tab offers. */
  campaigns: string[];
  templates: TemplateChoice[];
  /** Scopes the user has not granted (a new version asks for more): the sidebar shows a banner with the link. */
  authorization: AuthorizationNeed;
}

/** A template the sidebar offers; its text is filled on the server, for one lead (renderTemplate). */
export interface TemplateChoice {
  id: string;
  name: string;
  channel: string;
  language: string;
  situation: string;
}

export function getSidebarContext(): SidebarContext {
  const crm = openCrm();
  const s = crm.settings;
  return {
    lang: crm.lang,
    messages: CATALOG[crm.lang],
    user: currentUser(),
    currency: s.currency,
    sources: s.sources,
    statuses: s.statuses,
    transitions: s.transitions,
    required: s.required,
    lostReasons: s.lostReasons,
    maxFollowUps: s.maxFollowUps,
    teamNames: Object.fromEntries([...readTeam(crm)].map(([email, m]) => [email, m.name]).filter(([, n]) => n)),
    activityTypes: LOGGABLE_TYPES,
    // Running WhatsApp campaigns: the sidebar works through their queue.
    campaigns: runningWhatsappCampaigns(crm),
    // Templates the sidebar offers (their text is filled on the server, for one lead).
    templates: readTemplates(crm).map((x) => ({
      id: x.id,
      name: x.name,
      channel: x.channel,
      language: x.language,
      situation: x.situation,
    })),
    authorization: authorizationNeed(),
  };
}

function runningWhatsappCampaigns(crm: Crm): string[] {
  if (!crm.ss.getSheetByName(TAB.campaigns)) return [];
  // Only the columns read here: a Campaigns tab of an earlier version (no Campaign ID yet) still opens.
  const table = Table.open(
    crm.ss,
    TAB.campaigns,
    CAMPAIGN_COLUMNS.filter((c) => ['Campaign', 'Template ID', 'State'].includes(c.header)),
    crm.lang,
  );
  const wa = new Set(
    readTemplates(crm)
      .filter((x) => x.channel === 'WhatsApp')
      .map((x) => x.id),
  );
  return table
    .allRows()
    .map((r) => table.toRecord(r))
    .filter(
      (c) =>
        cellText(c['State'], crm.offset).trim() === 'Running' && wa.has(cellText(c['Template ID'], crm.offset).trim()),
    )
    .map((c) => cellText(c['Campaign'], crm.offset).trim());
}

/** Recent activities shown under the selected lead. */
const RECENT_ACTIVITIES = 5;

/** The Leads columns (LEAD_COLUMNS) by their camelCase keys; test/unit/api.test.ts keeps the two the same. */
export type LeadColumnKey =
  | 'leadId'
  | 'clientId'
  | 'createdAt'
  | 'name'
  | 'company'
  | 'phone'
  | 'email'
  | 'source'
  | 'needs'
  | 'status'
  | 'owner'
  | 'dealValue'
  | 'expectedClose'
  | 'nextFollowUp'
  | 'followUps'
  | 'lastContact'
  | 'statusChangedAt'
  | 'lostReason'
  | 'contractValue'
  | 'product'
  | 'completedOn'
  | 'consent';

/**
 * A lead's columns under their camelCase keys (`Next Follow-up` as nextFollowUp): a number as
 * the cell holds it, a date as YYYY-MM-DD, a date-time as an ISO string, anything else as text;
 * and the phone in E.164 ('' when it is not a valid number).
 */
export type LeadValues = Record<LeadColumnKey, string | number> & { leadId: string; phoneE164: string };

/** One of a lead's recent activities, newest first. */
export interface RecentActivity {
  timestamp: string;
  /** In the spreadsheet's time zone, not the browser's. */
  when: string;
  type: string;
  summary: string;
  by: string;
}

/** The selected lead: its columns and what the sidebar shows besides. */
export type SelectedLead = LeadValues & {
  row: number;
  /** A wa.me link when the phone is a mobile, else ''. */
  whatsapp: string;
  /** A tel: link when there is a phone, else ''. */
  tel: string;
  /** The phone as people read it (`0812-3456-7890`), or the cell as it is when not a number. */
  phoneText: string;
  lastContactLocal: string;
  situation: Situation;
  activities: RecentActivity[];
  /** How many deals (rows) its client has, this one included (0 when it has no Client ID). */
  clientDeals: number;
};

/**
 * The lead on the selected row of Leads, or the one with `leadId`; null when none. Values are
 * plain data: dates as YYYY-MM-DD, date-times as ISO strings.
 */
export function getSelectedLead(arg?: { leadId?: string }): SelectedLead | null {
  const crm = openCrm();
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  let index = -1;
  const wanted = cleanText(arg?.leadId);
  if (wanted) index = findLead(leads, wanted, crm.offset);
  else {
    const range = crm.ss.getActiveRange();
    if (range && range.getSheet().getName() === TAB.leads && range.getRow() >= 2 && range.getRow() <= leads.lastRow)
      index = range.getRow() - 2;
  }
  if (index < 0) return null;
  const rec = leads.readRow(index);
  const lead = view(rec, crm);
  if (!lead.leadId) return null;
  const phone = String(lead.phoneE164);
  return {
    ...lead,
    row: index + 2,
    // WhatsApp only where it can work (a mobile); a landline is called.
    whatsapp: phone ? whatsappLink(phone) : '',
    tel: phone ? `tel:${phone}` : '',
    phoneText: phone ? formatPhone(phone) : String(lead.phone),
    lastContactLocal: isDate(rec['Last Contact'])
      ? localDateTime(rec['Last Contact'], crm.offset)
      : cellText(rec['Last Contact'], crm.offset),
    situation: situationOfStatus(
      cellText(rec['Status'], crm.offset),
      cellDate(rec['Last Contact'], crm.offset) !== null,
    ),
    activities: recentActivities(crm, lead.leadId),
    clientDeals: lead.clientId
      ? leads.column('Client ID').filter((v) => cellText(v, crm.offset).trim() === lead.clientId).length
      : 0,
  };
}

function view(rec: LeadRecord, crm: Crm): LeadValues {
  const out: Record<string, string | number> = {};
  for (const c of LEAD_COLUMNS) {
    const v = rec[c.header];
    out[c.key] = isDate(v)
      ? DATE_ONLY.has(c.header)
        ? toYmd(v, crm.offset)
        : v.toISOString()
      : typeof v === 'number'
        ? v
        : cellText(v, crm.offset);
  }
  const p = normalizePhone(rec['Phone']);
  // The keys are LEAD_COLUMNS' (a unit test holds LeadColumnKey to them).
  return {
    ...(out as Record<LeadColumnKey, string | number>),
    leadId: cellText(rec['Lead ID'], crm.offset).trim(),
    phoneE164: p.ok ? p.e164 : '',
  };
}

function recentActivities(crm: Crm, leadId: string): RecentActivity[] {
  const sheet = crm.ss.getSheetByName(TAB.activities);
  if (!sheet) return [];
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const ids = acts.column('Lead ID');
  const out: RecentActivity[] = [];
  for (let i = ids.length - 1; i >= 0 && out.length < RECENT_ACTIVITIES; i--) {
    if (cellText(ids[i], crm.offset) !== leadId) continue;
    const r = acts.readRow(i);
    out.push({
      timestamp: isDate(r['Timestamp']) ? r['Timestamp'].toISOString() : cellText(r['Timestamp'], crm.offset),
      // Shown in the spreadsheet's time zone, not the browser's.
      when: isDate(r['Timestamp']) ? localDateTime(r['Timestamp'], crm.offset) : cellText(r['Timestamp'], crm.offset),
      type: cellText(r['Type'], crm.offset),
      summary: cellText(r['Summary'], crm.offset),
      by: cellText(r['By'], crm.offset),
    });
  }
  return out;
}
