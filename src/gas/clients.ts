// Clients on Leads (SPEC §3, Clients): the counter new clients are numbered from, setupCrm's and
// an import's Client IDs for rows that have none (grouped by the duplicate audit's rule), a
// client's summary (entry's answer) and the client card (getClient).
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type LeadHeader, type LeadRecord } from '../core/schema';
import { mapHeaders } from '../core/headers';
import { NOT_AN_ID, assignClientIds, clientIdNumber, type ClientRow } from '../core/client';
import { cleanText } from '../core/fields';
import { isDate, localDateTime, toYmd } from '../core/dates';
import { normalizePhone, whatsappLink } from '../core/phone';
import { formatPhone } from '../core/format';
import type { MatchRow } from '../core/match';
import { Table } from './table';
import { contactFacts, dealFacts, moneyOf, wonValue, type ContactFacts } from '../core/deals';
import { cellText, openCrm, type Crm, type Ss } from './services';
import { documentProperties } from './execution';

/** The last client number issued (document property): numbers are never reused. */
export const LAST_CLIENT_PROPERTY = 'lembar.lastClientNumber';

/** The last client number handed out. */
export function lastClientNumber(): number {
  return Number(documentProperties().getProperty(LAST_CLIENT_PROPERTY) ?? 0) || 0;
}

/**
 * Gives every row of Leads that has a lead (a Lead ID or a Name) but no Client ID its client's
 * ID: rows of one client (the audit's rule) share one, a row of a known client takes its ID.
 * Only the Client ID cells that were empty change; a second run finds none and writes nothing.
 * One read per column it needs, one write.
 */
export function giveClientIds(ss: Ss, offset: number): number {
  const sheet = ss.getSheetByName(TAB.leads)!;
  const last = sheet.getLastRow();
  if (last < 2) return 0;
  const header = mapHeaders<LeadHeader>(sheet.getSheetValues(1, 1, 1, sheet.getLastColumn())[0]);
  const read = (h: LeadHeader) => sheet.getSheetValues(2, header.index[h] + 1, last - 1, 1).map((r) => r[0]);
  const clientCells = read('Client ID');
  const ids = clientCells.map((v) => cellText(v, offset).trim());
  const leadIds = read('Lead ID');
  const names = read('Name');
  const isLead = (i: number) => cellText(leadIds[i], offset).trim() !== '' || cellText(names[i], offset).trim() !== '';
  const rows = ids.flatMap((_id, i) => (isLead(i) ? [i] : []));
  if (rows.every((i) => ids[i] !== '')) return 0;
  const company = read('Company');
  const phone = read('Phone');
  const email = read('Email');
  const given: ClientRow[] = rows.map((i) => ({
    leadId: cellText(leadIds[i], offset).trim(),
    clientId: ids[i],
    name: names[i],
    company: company[i],
    phone: phone[i],
    email: email[i],
  }));
  const result = assignClientIds(given, lastClientNumber());
  if (result.assigned.length === 0) return 0;
  // Taken before they are written: a run that dies here never hands them out twice.
  documentProperties().setProperty(LAST_CLIENT_PROPERTY, String(result.last));
  const changed = result.assigned.map((k) => rows[k]);
  const first = changed.reduce((a, b) => Math.min(a, b));
  const end = changed.reduce((a, b) => Math.max(a, b));
  const block = clientCells.slice(first, end + 1).map((v) => [v]);
  result.assigned.forEach((k) => (block[rows[k] - first][0] = result.ids[k]));
  sheet
    .getRange(first + 2, header.index['Client ID'] + 1, block.length, 1)
    .setNumberFormat('@')
    .setValues(block);
  return result.assigned.length;
}

/** One deal of a client, as the entry's answer and the client card show it. */
export interface ClientDeal {
  leadId: string;
  status: string;
  needs: string;
  owner: string;
  /** A number, or '' when empty. */
  dealValue: number | '';
  contractValue: number | '';
  /** ISO date-times ('' when unknown); closedAt is '' while the deal is open. */
  createdAt: string;
  closedAt: string;
  /** The day it began in the spreadsheet's time zone (YYYY-MM-DD): what a person reads. */
  createdOn: string;
}

/** A client: its contact facts, its deals (oldest first) and its lifetime value. */
export interface ClientSummary extends ContactFacts {
  clientId: string;
  deals: ClientDeal[];
  /** Won and Past Client deals: Contract Value, else Deal Value. */
  lifetimeValue: number;
}

/** The client `clientId` among all rows of Leads (records); its deals in the order they began. */
export function clientSummary(crm: Crm, all: readonly LeadRecord[], clientId: string): ClientSummary {
  const text = (v: unknown) => cellText(v, crm.offset);
  const rows = all.filter((r) => text(r['Client ID']).trim() === clientId);
  const facts = contactFacts(rows, text, crm.offset);
  const iso = (d: Date | null) => (d ? d.toISOString() : '');
  const deals = rows
    .map((r): ClientDeal & { at: number } => {
      const f = dealFacts(r, crm.offset);
      const contract = moneyOf(r['Contract Value']);
      return {
        leadId: text(r['Lead ID']).trim(),
        status: f.status,
        needs: text(r['Needs']),
        owner: text(r['Owner']),
        dealValue: f.dealValue ?? '',
        contractValue: contract ?? '',
        createdAt: iso(f.createdAt),
        closedAt: iso(f.closedAt),
        createdOn: f.createdAt ? toYmd(f.createdAt, crm.offset) : '',
        at: f.createdAt?.getTime() ?? 0,
      };
    })
    .sort((a, b) => a.at - b.at)
    .map(({ at: _at, ...d }) => d);
  return { clientId, ...facts, deals, lifetimeValue: rows.reduce((n, r) => n + wonValue(r), 0) };
}

/**
 * Client IDs for new rows about to be written to Leads (an import): a row of a known client gets
 * its ID, rows of one new client share a new one. The numbers are taken before they are written.
 */
export function clientIdsForNew(crm: Crm, leads: Table<LeadHeader>, incoming: readonly MatchRow[]): string[] {
  if (incoming.length === 0) return [];
  const cols = leads.columnsOf(['Client ID', 'Name', 'Company', 'Phone', 'Email']);
  const existing: ClientRow[] = cols['Client ID'].map((id, i) => ({
    leadId: '',
    // A row still without one (the sheet was not set up since) is not given one here.
    clientId: cellText(id, crm.offset).trim() || `${NOT_AN_ID}${i}`,
    name: cols['Name'][i],
    company: cols['Company'][i],
    phone: cols['Phone'][i],
    email: cols['Email'][i],
  }));
  const result = assignClientIds([...existing, ...incoming.map((r) => ({ ...r, clientId: '' }))], lastClientNumber());
  documentProperties().setProperty(LAST_CLIENT_PROPERTY, String(result.last));
  return result.ids.slice(existing.length);
}

/** One activity on the client card: which deal it belongs to, when (ISO and local), what. */
export interface ClientActivity {
  leadId: string;
  timestamp: string;
  /** In the spreadsheet's time zone, not the browser's. */
  when: string;
  type: string;
  summary: string;
  by: string;
}

/** The client card (SPEC §6, getClient): the client, its deals, the history of all of them. */
export interface ClientCard extends ClientSummary {
  /** Every deal's activities in time order (the newest MAX_CARD_ACTIVITIES when there are more). */
  activities: ClientActivity[];
  /** How many activities the deals have in all. */
  activityCount: number;
  /** A wa.me link when the phone is a mobile, a tel: link when there is a phone ('' otherwise). */
  whatsapp: string;
  tel: string;
  /** The phone as people read it (`0812-3456-7890`), or the cell as it is when not a number. */
  phoneText: string;
}

/** Enough history for a card; the count says when there is more. */
const MAX_CARD_ACTIVITIES = 300;

/**
 * How many reads of rows a client card makes per tab, at most: its rows are found by one column
 * (Client ID, then Lead ID), then read where they are, not the whole tab (at 50,000 leads and
 * 250,000 activities that was some 2.7 million cells, about 28 s on Google by the model; now
 * about 5 s). Fewer reads would merge rows far apart into blocks of the rows between them.
 */
export const CARD_READS = 5;

/** The client card: a column and at most CARD_READS reads of rows per tab, whatever the sheet. */
export function getClient(arg?: { clientId?: string }): ClientCard | null {
  const crm = openCrm();
  const clientId = cleanText(arg && typeof arg === 'object' ? arg.clientId : '');
  if (clientIdNumber(clientId) === null) return null;
  const text = (v: unknown) => cellText(v, crm.offset);
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const rowsOf = (column: unknown[], wanted: (id: string) => boolean) =>
    column.flatMap((v, i) => (wanted(text(v).trim()) ? [i] : []));
  const dealRows = rowsOf(leads.column('Client ID'), (id) => id === clientId);
  if (dealRows.length === 0) return null;
  const client = clientSummary(crm, leads.readRows(dealRows, CARD_READS), clientId);
  const ids = new Set(client.deals.map((d) => d.leadId));
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const history = acts
    .readRows(
      rowsOf(acts.column('Lead ID'), (id) => ids.has(id)),
      CARD_READS,
    )
    .map((a, order) => ({ a, order, at: isDate(a['Timestamp']) ? a['Timestamp'].getTime() : 0 }))
    .sort((x, y) => x.at - y.at || x.order - y.order)
    .map(
      ({ a }): ClientActivity => ({
        leadId: text(a['Lead ID']).trim(),
        timestamp: isDate(a['Timestamp']) ? a['Timestamp'].toISOString() : text(a['Timestamp']),
        when: isDate(a['Timestamp']) ? localDateTime(a['Timestamp'], crm.offset) : text(a['Timestamp']),
        type: text(a['Type']),
        summary: text(a['Summary']),
        by: text(a['By']),
      }),
    );
  const phone = normalizePhone(client.phone);
  return {
    ...client,
    activities: history.slice(-MAX_CARD_ACTIVITIES),
    activityCount: history.length,
    whatsapp: phone.ok ? whatsappLink(phone.e164) : '',
    tel: phone.ok ? `tel:${phone.e164}` : '',
    phoneText: phone.ok ? formatPhone(phone.e164) : client.phone,
  };
}
