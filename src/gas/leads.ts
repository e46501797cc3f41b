// submitLead (SPEC §3): validate, check for the same contact, then append under the lock. And
// what every entry point uses on Leads rows: finding a lead by its ID, the Status dropdown.
import { LEAD_COLUMNS, TAB, type LeadHeader } from '../core/schema';
import {
  validateLeadForm,
  findContactMatches,
  nextLeadNumber,
  formatLeadId,
  indexOfLeadId,
  type LeadForm,
} from '../core/lead';
import { addHours, parseYmd, startOfDay } from '../core/dates';
import { Table } from './table';
import { openCrm, withDocumentLock, renderErrors, currentUser, cellText, LAST_ID_PROPERTY } from './services';
import { appendShadow } from './shadow';
import { findSameClient } from '../core/match';
import { alertBigDealNow } from './bigdeal';

export interface PossibleDuplicate {
  leadId: string;
  name: string;
  company: string;
  phone: string;
  email: string;
  owner: string;
  status: string;
  matchedOn: string;
}

export type SubmitLeadResult =
  | { ok: true; leadId: string }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; duplicates: PossibleDuplicate[] };

/** Index of a Lead ID in the Leads' ID column, or -1 (one read of the column). */
export function findLead(leads: Table<LeadHeader>, leadId: string, offset: number): number {
  return indexOfLeadId(leads.column('Lead ID'), leadId, (v) => cellText(v, offset));
}

/** The Status column's dropdown: Settings' statuses, anything else refused. */
export function statusRule(statuses: string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation().requireValueInList(statuses, true).setAllowInvalid(false).build();
}

/** New rows of Leads inherit no validation: gives `rows` rows from sheet row `first` the Status dropdown. */
export function giveStatusDropdown(leads: Table<LeadHeader>, first: number, rows: number, statuses: string[]): void {
  leads.sheet.getRange(first, leads.col('Status'), rows, 1).setDataValidation(statusRule(statuses));
}

/** Enough to recognise the client; the rest are counted, not listed. */
const MAX_LISTED_DUPLICATES = 10;

export function submitLead(form: LeadForm): SubmitLeadResult {
  const crm = openCrm();
  const valid = validateLeadForm(form ?? {}, crm.settings);
  if (!valid.ok) return { ok: false, errors: renderErrors(crm.lang, valid.errors) };
  const lead = valid.lead;
  const owner = lead.owner || currentUser();
  const result = withDocumentLock(crm.lang, (): SubmitLeadResult => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const cols = leads.columnsOf(['Lead ID', 'Name', 'Company', 'Phone', 'Email']);
    const contact = findContactMatches(lead, { phone: cols['Phone'], email: cols['Email'] });
    // The audit's rule too: the same person at the same company, with a new phone or email.
    const sameClient = findSameClient(
      { leadId: '', name: lead.name, company: lead.company, phone: lead.phone, email: lead.email },
      cols['Lead ID'].map((id, i) => ({
        leadId: cellText(id, crm.offset),
        name: cols['Name'][i],
        company: cols['Company'][i],
        phone: cols['Phone'][i],
        email: cols['Email'][i],
      })),
    )
      .filter((m) => !contact.some((c) => c.index === m.index))
      .map((m) => ({ index: m.index, matchedOn: ['name', 'company'] as string[] }));
    const matches: { index: number; matchedOn: string[] }[] = [...contact, ...sameClient];
    if (matches.length > 0 && form.allowDuplicate !== true) {
      return {
        ok: false,
        duplicates: matches.slice(0, MAX_LISTED_DUPLICATES).map((m) => {
          const r = leads.readRow(m.index);
          return {
            leadId: cellText(r['Lead ID'], crm.offset),
            name: cellText(r['Name'], crm.offset),
            company: cellText(r['Company'], crm.offset),
            phone: cellText(r['Phone'], crm.offset),
            email: cellText(r['Email'], crm.offset),
            owner: cellText(r['Owner'], crm.offset),
            status: cellText(r['Status'], crm.offset),
            matchedOn: m.matchedOn.join(', '),
          };
        }),
      };
    }
    const props = PropertiesService.getDocumentProperties();
    const n = nextLeadNumber(Number(props.getProperty(LAST_ID_PROPERTY) ?? 0) || 0, cols['Lead ID']);
    const leadId = formatLeadId(n);
    const row = leads.append([
      {
        'Lead ID': leadId,
        'Created At': crm.now,
        Name: lead.name,
        Company: lead.company,
        Phone: lead.phone,
        Email: lead.email,
        Source: lead.source,
        Needs: lead.needs,
        Status: 'Lead',
        Owner: owner,
        'Deal Value': lead.dealValue ?? '',
        'Expected Close': lead.expectedClose ? parseYmd(lead.expectedClose, crm.offset) : '',
        'Next Follow-up': startOfDay(addHours(crm.now, crm.settings.firstContactSlaHours), crm.offset),
        'Follow-ups': 0,
        'Status Changed At': crm.now,
      },
    ]);
    giveStatusDropdown(leads, row, 1, crm.settings.statuses);
    props.setProperty(LAST_ID_PROPERTY, String(n));
    appendShadow(crm.ss, [[leadId, 'Lead']]);
    return { ok: true, leadId };
  });
  if (result.ok)
    alertBigDealNow(crm, {
      'Lead ID': result.leadId,
      Name: lead.name,
      Company: lead.company,
      Owner: owner,
      'Deal Value': lead.dealValue ?? '',
      Status: 'Lead',
    });
  return result;
}
