// submitLead (SPEC §3): validate, check for the same contact, then append under the lock. And
// what every entry point uses on Leads rows: finding a lead by its ID, the Status dropdown.
import { LEAD_COLUMNS, TAB, type LeadHeader } from '../core/schema';
import {
  validateLeadForm,
  findContactMatches,
  nextLeadNumber,
  formatLeadId,
  indexOfLeadId,
  newLeadRecord,
  type LeadForm,
  type NewLead,
} from '../core/lead';
import { cleanText } from '../core/fields';
import { clientIdNumber, formatClientId, nextClientNumber } from '../core/client';
import { contactFacts } from '../core/deals';
import { userText, type Lang, type Message } from '../core/i18n';
import { normalizeEmail } from '../core/email';
import { typedOwner } from '../core/people';
import { readTeam } from './team';
import { Table } from './table';
import { openCrm, withDocumentLock, renderErrors, currentUser, cellText, LAST_ID_PROPERTY, type Crm } from './services';
import { appendShadow } from './shadow';
import { findSameClient, sameClientAtEntry, type MatchRow } from '../core/match';
import { alertBigDealNow } from './bigdeal';
import { CARD_READS, clientSummary, lastClientNumber, LAST_CLIENT_PROPERTY, type ClientSummary } from './clients';
import { documentProperties } from './execution';

export interface PossibleDuplicate {
  leadId: string;
  name: string;
  company: string;
  phone: string;
  email: string;
  owner: string;
  status: string;
  matchedOn: string;
  /** The client of the matching row: "a new deal for this client" saves with it. */
  clientId: string;
}

export type SubmitLeadResult =
  | { ok: true; leadId: string }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; duplicates: PossibleDuplicate[]; clients: ClientSummary[] };

/** Index of a Lead ID in the Leads' ID column, or -1 (one read of the column). */
export function findLead(leads: Table<LeadHeader>, leadId: string, offset: number): number {
  return indexOfLeadId(leads.column('Lead ID'), leadId, (v) => cellText(v, offset));
}

/** The Status column's dropdown: Settings' statuses, anything else refused. */
export function statusRule(statuses: string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation().requireValueInList(statuses, true).setAllowInvalid(false).build();
}

/**
 * Right after an append of `rows` rows at sheet row `first`: the Status dropdown with Settings'
 * statuses as they are now, for those rows and for the empty rows the append inserted ahead (new
 * rows of Leads inherit no validation), in one call.
 */
export function giveStatusDropdown(leads: Table<LeadHeader>, first: number, rows: number, statuses: string[]): void {
  const added = leads.inserted ? leads.inserted.first + leads.inserted.rows - 1 : 0;
  const last = Math.max(first + rows - 1, added);
  leads.sheet.getRange(first, leads.col('Status'), last - first + 1, 1).setDataValidation(statusRule(statuses));
}

/**
 * A form's Owner as the Owner column holds it: an email, or a Team member's name as people write
 * it read as that member's (core/people.ts `typedOwner`). Anything else is left to the form's
 * validation; the Team is read only for a name.
 */
export function ownerOf(crm: Crm, raw: unknown): { ok: true; owner: unknown } | { ok: false; error: Message } {
  if (typeof raw !== 'string' || raw.trim() === '' || normalizeEmail(raw).ok) return { ok: true, owner: raw };
  return typedOwner(
    raw,
    [...readTeam(crm).values()].map((m) => ({ email: m.email, name: m.name })),
  );
}

/** Enough to recognise the client; the rest are counted, not listed. */
const MAX_LISTED_DUPLICATES = 10;
/** The clients offered for "a new deal for this client". */
const MAX_LISTED_CLIENTS = 3;

export function submitLead(form: LeadForm): SubmitLeadResult {
  const crm = openCrm();
  const given: LeadForm = form !== null && typeof form === 'object' && !Array.isArray(form) ? form : {};
  // An Owner written as a Team member's name (`Rudi`) is that member's email; one that fits no
  // one or several people is refused beside the form's other errors.
  const owner = ownerOf(crm, given.owner);
  const input: LeadForm = owner.ok ? { ...given, owner: owner.owner } : { ...given, owner: '' };
  const ownerError: Record<string, Message> = owner.ok ? {} : { owner: owner.error };
  // A new deal for a known client: its contact facts fill the form's blanks, under the lock below.
  const clientId = input.clientId === undefined || input.clientId === '' ? '' : cleanText(input.clientId);
  if (input.clientId !== undefined && input.clientId !== '' && clientIdNumber(clientId) === null)
    return { ok: false, errors: unknownClient(crm.lang, clientId) };
  const checked = clientId ? null : validateLeadForm(input, crm.settings);
  if (checked && !checked.ok)
    return { ok: false, errors: renderErrors(crm.lang, { ...checked.errors, ...ownerError }) };
  if (!owner.ok) return { ok: false, errors: renderErrors(crm.lang, ownerError) };
  let saved: NewLead | null = null;
  let savedOwner = '';
  const result = withDocumentLock(crm.lang, (): SubmitLeadResult => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const cols = leads.columnsOf(['Lead ID', 'Client ID', 'Name', 'Company', 'Phone', 'Email']);
    const clientIds = cols['Client ID'].map((v) => cellText(v, crm.offset).trim());
    let lead: NewLead;
    let consent = '';
    let client = clientId;
    let clientNumber: number | null = null;
    if (clientId) {
      const mine = clientIds.flatMap((id, i) => (id === clientId ? [i] : []));
      if (mine.length === 0) return { ok: false, errors: unknownClient(crm.lang, clientId) };
      const facts = contactFacts(leads.readRows(mine, CARD_READS), (v) => cellText(v, crm.offset), crm.offset);
      const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
      const filled: LeadForm = {
        ...input,
        name: blank(input.name) ? facts.name : input.name,
        company: blank(input.company) ? facts.company : input.company,
        phone: blank(input.phone) ? facts.phone : input.phone,
        email: blank(input.email) ? facts.email : input.email,
      };
      const valid = validateLeadForm(filled, crm.settings);
      if (!valid.ok) return { ok: false, errors: renderErrors(crm.lang, valid.errors) };
      lead = valid.lead;
      consent = facts.consent;
    } else {
      lead = (checked as { ok: true; lead: NewLead }).lead;
      const matches = matchesOf(lead, cols, crm.offset);
      if (matches.length > 0 && input.allowDuplicate !== true) return duplicatesAnswer(crm, leads, matches, clientIds);
      clientNumber = nextClientNumber(lastClientNumber(), clientIds);
      client = formatClientId(clientNumber);
    }
    const owner = lead.owner || currentUser();
    const props = documentProperties();
    const n = nextLeadNumber(Number(props.getProperty(LAST_ID_PROPERTY) ?? 0) || 0, cols['Lead ID']);
    const leadId = formatLeadId(n);
    const row = leads.append([
      newLeadRecord(
        lead,
        { leadId, clientId: client },
        owner,
        crm.now,
        crm.settings.firstContactSlaHours,
        crm.offset,
        consent,
      ),
    ]);
    giveStatusDropdown(leads, row, 1, crm.settings.statuses);
    // The last numbers issued, in one write after the row (the column is the truth: the next
    // number is above every ID in it, so a run stopped before this line reuses none).
    props.setProperties(
      clientNumber === null
        ? { [LAST_ID_PROPERTY]: String(n) }
        : { [LAST_ID_PROPERTY]: String(n), [LAST_CLIENT_PROPERTY]: String(clientNumber) },
    );
    appendShadow(crm.ss, [[leadId, 'Lead']]);
    saved = lead;
    savedOwner = owner;
    return { ok: true, leadId };
  });
  const done = saved as NewLead | null;
  if (result.ok && done)
    alertBigDealNow(crm, {
      'Lead ID': result.leadId,
      Name: done.name,
      Company: done.company,
      Owner: savedOwner,
      'Deal Value': done.dealValue ?? '',
      Status: 'Lead',
    });
  return result;
}

const unknownClient = (lang: Lang, clientId: string) =>
  renderErrors(lang, { clientId: { key: 'client.unknown', params: { clientId: userText(clientId || '?') } } });

type ContactCols = Record<'Lead ID' | 'Name' | 'Company' | 'Phone' | 'Email', unknown[]>;

/** Rows that may be this lead's client: the same phone or email, or the audit's rule (name and company). */
function matchesOf(
  lead: NewLead,
  cols: ContactCols,
  offset: number,
): { index: number; matchedOn: string[]; sameClient: boolean }[] {
  const row = (i: number): MatchRow => ({
    leadId: cellText(cols['Lead ID'][i], offset),
    name: cols['Name'][i],
    company: cols['Company'][i],
    phone: cols['Phone'][i],
    email: cols['Email'][i],
  });
  const typed: MatchRow = { leadId: '', name: lead.name, company: lead.company, phone: lead.phone, email: lead.email };
  // A shared phone or email: the same client only with a matching name (the audit's rule);
  // otherwise a shared contact, shown as a possible duplicate, its client not offered.
  const contact = findContactMatches(lead, { phone: cols['Phone'], email: cols['Email'] }).map((m) => ({
    ...m,
    sameClient: sameClientAtEntry(typed, row(m.index)),
  }));
  // The audit's rule too: the same person at the same company, with a new phone or email.
  const sameClient = findSameClient(
    typed,
    cols['Lead ID'].map((_, i) => row(i)),
  )
    .filter((m) => !contact.some((c) => c.index === m.index))
    .map((m) => ({ index: m.index, matchedOn: ['name', 'company'] as string[], sameClient: true }));
  return [...contact, ...sameClient];
}

/** The possible duplicates, and the clients they belong to with their deals (one read of Leads). */
function duplicatesAnswer(
  crm: Crm,
  leads: Table<LeadHeader>,
  matches: { index: number; matchedOn: string[]; sameClient: boolean }[],
  clientIds: readonly string[],
): SubmitLeadResult {
  const text = (v: unknown) => cellText(v, crm.offset);
  const listed = matches.slice(0, MAX_LISTED_DUPLICATES);
  const ids = [
    ...new Set(
      listed
        .filter((m) => m.sameClient)
        .map((m) => clientIds[m.index])
        .filter((id) => id !== ''),
    ),
  ].slice(0, MAX_LISTED_CLIENTS);
  const wanted = new Set(ids);
  const dealRows = clientIds.flatMap((id, i) => (wanted.has(id) ? [i] : []));
  // Only the rows shown are read (the matches and their clients' deals), in the few blocks the
  // client card reads them in: never the whole of Leads.
  const read = leads.readRows([...listed.map((m) => m.index), ...dealRows], CARD_READS);
  const duplicates = listed.map((m, k): PossibleDuplicate => {
    const r = read[k];
    return {
      leadId: text(r['Lead ID']),
      name: text(r['Name']),
      company: text(r['Company']),
      phone: text(r['Phone']),
      email: text(r['Email']),
      owner: text(r['Owner']),
      status: text(r['Status']),
      matchedOn: m.matchedOn.join(', '),
      clientId: text(r['Client ID']).trim(),
    };
  });
  const deals = read.slice(listed.length);
  return { ok: false, duplicates, clients: ids.map((id) => clientSummary(crm, deals, id)) };
}
