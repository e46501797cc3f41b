// What the sidebar reads: its context (language, lists, messages) and the selected lead.
import { isQuotationActivity } from '../core/pipeline';
import { ACTIVITY_COLUMNS, CAMPAIGN_COLUMNS, LEAD_COLUMNS, TAB, type LeadRecord } from '../core/schema';
import { CATALOG } from '../core/i18n';
import { LOGGABLE_TYPES } from '../core/activity';
import { mapHeaders } from '../core/headers';
import { isDate, toYmd } from '../core/dates';
import type { Lang } from '../core/i18n';
import { readTeam, readTemplates } from './team';
import { cleanText } from '../core/fields';
import { indexOfLeadId } from '../core/lead';
import { sheetNamed } from './execution';
import { Table } from './table';
import { openCrm, cellText, currentUser, type Crm } from './services';
import { leadCard, recentActivity, rowVersion, type LeadCard, type RecentActivity } from './card';
import { firstTemplateFor, type RenderedTemplate } from './templates';
import { getMyDay, type TodayList } from './day';
import { getPipelineBoard, type BoardFilter, type PipelineBoard } from './board';
import { authorizationNeed, type AuthorizationNeed } from './authorization';

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
  /** Days to the next follow-up a logged contact sets when none is given (its field's hint says so). */
  followUpIntervalDays: number;
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

/**
 * The context; with `day`, the Today list too (the sidebar opens on it), with `board` the board
 * (the board dialog opens on it): one call opens each page.
 * A list that cannot be read (a teammate's, asked by someone who is not a manager) is left out,
 * and the Today tab asks for it itself, to say why.
 */
export function getSidebarContext(arg?: {
  day?: { owner?: string };
  /** The board's: its first drawing (getPipelineBoard's filter) comes with the context. */
  board?: BoardFilter;
}): SidebarContext & { day?: TodayList; board?: PipelineBoard } {
  const context = sidebarContext();
  if (!arg || typeof arg !== 'object') return context;
  if (arg.board) return { ...context, board: getPipelineBoard(arg.board) };
  if (!arg.day) return context;
  try {
    return { ...context, day: getMyDay(arg.day) };
  } catch (_e) {
    return context;
  }
}

function sidebarContext(): SidebarContext {
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
    followUpIntervalDays: s.followUpIntervalDays,
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
  if (!sheetNamed(crm.ss, TAB.campaigns)) return [];
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

export type { LeadColumnKey, LeadValues, RecentActivity, LeadCard, CardUpdate } from './card';

/** The selected lead: its card, its recent activities and its client's deal count. */
export type SelectedLead = LeadCard & {
  activities: RecentActivity[];
  /** How many deals (rows) its client has, this one included (0 when it has no Client ID). */
  clientDeals: number;
  /** The first template the sidebar offers it, already filled (the view opens in one call). */
  template: RenderedTemplate | null;
};

/**
 * The lead on the selected row of Leads, or the one with `leadId`; null when none. Values are
 * plain data: dates as YYYY-MM-DD, date-times as ISO strings. With `select`, the lead's row
 * becomes the grid's selection (a lead opened from search or Today is shown in the sheet too).
 */
export function getSelectedLead(arg?: { leadId?: string; select?: boolean }): SelectedLead | null {
  const crm = openCrm();
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  let index = -1;
  const wanted = cleanText(arg?.leadId);
  // Lead ID and Client ID side by side in one read: the lead, and how many deals its client has.
  const ids = wanted ? leads.columnsOf(['Lead ID', 'Client ID']) : null;
  if (ids) index = indexOfLeadId(ids['Lead ID'], wanted, (v) => cellText(v, crm.offset));
  else {
    const range = crm.ss.getActiveRange();
    if (range && range.getSheet().getName() === TAB.leads && range.getRow() >= 2 && range.getRow() <= leads.lastRow)
      index = range.getRow() - 2;
  }
  if (index < 0) return null;
  const rec = leads.readRow(index);
  const card = leadCard(crm, rec, index);
  if (!card.leadId) return null;
  // The whole row, from its first column: the user sees the lead, as a click on its row shows it.
  if (wanted && arg?.select === true) leads.sheet.getRange(index + 2, 1, 1, leads.headers.width).activate();
  const history = activitiesOf(crm, card.leadId);
  return {
    ...card,
    activities: history.recent,
    clientDeals: card.clientId
      ? (ids ? ids['Client ID'] : leads.column('Client ID')).filter(
          (v) => cellText(v, crm.offset).trim() === card.clientId,
        ).length
      : 0,
    template: firstTemplateFor(crm, rec, card, history.quotation),
  };
}

/** The grid's selected lead, as little as tells whether the sidebar must fetch its card again. */
export interface ActiveLead {
  leadId: string;
  /** The row's version (rowVersion), as the card carries it. */
  version: string;
}

/**
 * What the sidebar asks every second or two while it is open and in view (as Sheets add-ons follow
 * the selection): the Lead ID and version of the selected row of Leads, or null. Kept tiny: no
 * settings, no lock, one header read and one row read; the card is fetched only when it changed.
 */
export function getActiveLead(): ActiveLead | null {
  // No document in view (a web app, the phone page): no selection to follow.
  const ss = SpreadsheetApp.getActiveSpreadsheet() as GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  const range = ss?.getActiveRange();
  if (!range) return null;
  const sheet = range.getSheet();
  const row = range.getRow();
  if (row < 2 || sheet.getName() !== TAB.leads) return null;
  const width = sheet.getLastColumn();
  if (width < 1 || row > sheet.getLastRow()) return null;
  const header = mapHeaders(sheet.getSheetValues(1, 1, 1, width)[0]);
  const values = sheet.getSheetValues(row, 1, 1, width)[0];
  const rec: LeadRecord = {};
  for (const c of LEAD_COLUMNS) if (c.header in header.index) rec[c.header] = values[header.index[c.header]];
  // Read as text here and in the card: a Lead ID typed as a number is the same lead.
  const leadId = String(rec['Lead ID'] ?? '').trim();
  return leadId ? { leadId, version: rowVersion(rec) } : null;
}

/**
 * A lead's recent activities, and the day of its last quotation (the latest Quotation Sent
 * activity, for the template's {tanggal_penawaran}), from one read of Activities: its Type column
 * is read only when that activity is not among the recent ones.
 */
function activitiesOf(crm: Crm, leadId: string): { recent: RecentActivity[]; quotation: string } {
  if (!sheetNamed(crm.ss, TAB.activities)) return { recent: [], quotation: '' };
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const ids = acts.column('Lead ID');
  const mine: number[] = [];
  for (let i = ids.length - 1; i >= 0; i--) if (cellText(ids[i], crm.offset) === leadId) mine.push(i);
  const rows = acts.readRows(mine.slice(0, RECENT_ACTIVITIES));
  const day = (ts: unknown) => (isDate(ts) ? toYmd(ts, crm.offset) : '');
  let quotation: string | null = null;
  const text = (v: unknown) => cellText(v, crm.offset);
  const seen = rows.find((r) => isQuotationActivity(text(r['Type']), text(r['Summary'])));
  if (seen) quotation = day(seen['Timestamp']);
  else if (mine.length <= rows.length) quotation = '';
  else {
    const older = acts.columnsOf(['Type', 'Summary']);
    const at = mine
      .slice(rows.length)
      .find((i) => isQuotationActivity(text(older['Type'][i]), text(older['Summary'][i])));
    quotation = at === undefined ? '' : day(acts.readRow(at)['Timestamp']);
  }
  return { recent: rows.map((r) => recentActivity(r, crm)), quotation };
}
