// What the sidebar reads: its context (language, lists, messages) and the selected lead.
import { ACTIVITY_COLUMNS, CAMPAIGN_COLUMNS, LEAD_COLUMNS, TAB } from '../core/schema';
import { CATALOG } from '../core/i18n';
import { LOGGABLE_TYPES } from '../core/activity';
import { isDate, toYmd, cellDate, localDateTime } from '../core/dates';
import { whatsappLink } from '../core/phone';
import { situationOfStatus } from '../core/templates';
import { readTemplates } from './team';
import { normalizePhone } from '../core/phone';
import { cleanText } from '../core/fields';
import { Table } from './table';
import { findLead } from './activities';
import { openCrm, cellText, currentUser, type Crm } from './services';

const DATE_ONLY = new Set(LEAD_COLUMNS.filter((c) => c.kind === 'date').map((c) => c.header));

export function getSidebarContext() {
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
    activityTypes: LOGGABLE_TYPES,
    // Running WhatsApp campaigns: the sidebar works through their queue.
    campaigns: runningWhatsappCampaigns(crm),
    // Templates the sidebar offers (their text is filled on the server, for one lead).
    templates: readTemplates(crm).map((x) => ({ id: x.id, name: x.name, channel: x.channel, language: x.language, situation: x.situation })),
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
    .filter((c) => cellText(c['State']).trim() === 'Running' && wa.has(cellText(c['Template ID']).trim()))
    .map((c) => cellText(c['Campaign']).trim());
}

/** Recent activities shown under the selected lead. */
const RECENT_ACTIVITIES = 5;

/**
 * The lead on the selected row of Leads, or the one with `leadId`; null when none. Values are
 * plain data: dates as YYYY-MM-DD, date-times as ISO strings.
 */
export function getSelectedLead(arg?: { leadId?: string }) {
  const crm = openCrm();
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  let index = -1;
  const wanted = cleanText(arg?.leadId);
  if (wanted) index = findLead(leads, wanted);
  else {
    const range = crm.ss.getActiveRange();
    if (range && range.getSheet().getName() === TAB.leads && range.getRow() >= 2 && range.getRow() <= leads.lastRow) index = range.getRow() - 2;
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
    lastContactLocal: isDate(rec['Last Contact']) ? localDateTime(rec['Last Contact'], crm.offset) : cellText(rec['Last Contact']),
    situation: situationOfStatus(cellText(rec['Status']), cellDate(rec['Last Contact'], crm.offset) !== null),
    activities: recentActivities(crm, lead.leadId),
  };
}

function view(rec: Record<string, unknown>, crm: Crm) {
  const out: Record<string, string | number> = {};
  for (const c of LEAD_COLUMNS) {
    const v = rec[c.header];
    out[c.key] = isDate(v) ? (DATE_ONLY.has(c.header) ? toYmd(v, crm.offset) : v.toISOString()) : typeof v === 'number' ? v : cellText(v);
  }
  const p = normalizePhone(rec['Phone']);
  return { ...out, leadId: cellText(rec['Lead ID']).trim(), phoneE164: p.ok ? p.e164 : '' } as Record<string, string | number> & { leadId: string };
}

function recentActivities(crm: Crm, leadId: string) {
  const sheet = crm.ss.getSheetByName(TAB.activities);
  if (!sheet) return [];
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const ids = acts.column('Lead ID');
  const out = [];
  for (let i = ids.length - 1; i >= 0 && out.length < RECENT_ACTIVITIES; i--) {
    if (cellText(ids[i]) !== leadId) continue;
    const r = acts.readRow(i);
    out.push({
      timestamp: isDate(r['Timestamp']) ? r['Timestamp'].toISOString() : cellText(r['Timestamp']),
      // Shown in the spreadsheet's time zone, not the browser's.
      when: isDate(r['Timestamp']) ? localDateTime(r['Timestamp'], crm.offset) : cellText(r['Timestamp']),
      type: cellText(r['Type']),
      summary: cellText(r['Summary']),
      by: cellText(r['By']),
    });
  }
  return out;
}
