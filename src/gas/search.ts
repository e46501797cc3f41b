// searchLeads (SPEC §3): a name, company, phone, email or Lead ID, as typed. Reads
// the columns it needs in one block each: a constant number of service calls.
import { LEAD_COLUMNS, TAB } from '../core/schema';
import { searchRows, type SearchRow } from '../core/search';
import { cleanText } from '../core/fields';
import { isDate, toYmd } from '../core/dates';
import { normalizePhone } from '../core/phone';
import { formatPhone } from '../core/format';
import { Table } from './table';

const shownPhone = (cell: string) => {
  const p = normalizePhone(cell);
  return p.ok ? formatPhone(p.e164) : cell;
};
import { openCrm, cellText, currentUser } from './services';

/** A lead found by searchLeads. */
export interface SearchHit {
  leadId: string;
  /** The client of the deal: the sidebar shows a client once, its deals under it. */
  clientId: string;
  name: string;
  company: string;
  phone: string;
  /** The phone as people read it (`0812-3456-7890`), or the cell as it is when not a number. */
  phoneText: string;
  email: string;
  status: string;
  owner: string;
  /** YYYY-MM-DD, or the cell's text. */
  nextFollowUp: string;
}

export function searchLeads(arg?: { query?: string; mine?: boolean; status?: string }): SearchHit[] {
  const crm = openCrm();
  const a = arg && typeof arg === 'object' ? arg : {};
  const query = cleanText(typeof a.query === 'string' ? a.query : '').slice(0, 200);
  if (query === '') return [];
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const cols = leads.columnsOf([
    'Lead ID',
    'Client ID',
    'Name',
    'Company',
    'Phone',
    'Email',
    'Status',
    'Owner',
    'Next Follow-up',
  ]);
  const rows: SearchRow[] = cols['Lead ID'].map((id, i) => ({
    leadId: cellText(id, crm.offset).trim(),
    name: cols['Name'][i],
    company: cols['Company'][i],
    phone: cols['Phone'][i],
    email: cols['Email'][i],
    status: cellText(cols['Status'][i], crm.offset).trim(),
    owner: cellText(cols['Owner'][i], crm.offset).trim(),
  }));
  const status = typeof a.status === 'string' ? cleanText(a.status) : '';
  const hits = searchRows(rows, query, {
    owner: a.mine === true ? currentUser().toLowerCase() : undefined,
    status: status || undefined,
  });
  return hits
    .filter((h) => rows[h.index].leadId !== '')
    .map(({ index }) => {
      const next = cols['Next Follow-up'][index];
      return {
        leadId: rows[index].leadId,
        clientId: cellText(cols['Client ID'][index], crm.offset).trim(),
        name: cellText(rows[index].name, crm.offset),
        company: cellText(rows[index].company, crm.offset),
        phone: cellText(rows[index].phone, crm.offset),
        phoneText: shownPhone(cellText(rows[index].phone, crm.offset)),
        email: cellText(rows[index].email, crm.offset),
        status: rows[index].status,
        owner: rows[index].owner,
        nextFollowUp: isDate(next) ? toYmd(next, crm.offset) : cellText(next, crm.offset),
      };
    });
}
