// Lead entry (SPEC §3): validation of the sidebar form, possible duplicates, new Lead IDs.
import { ref, type Message } from './i18n';
import type { Settings } from './settings';
import * as F from './fields';
import { phoneKeys, phoneTail } from './phone';
import { emailKeys } from './email';
import { addHours, parseYmd, startOfDay } from './dates';
import type { LeadRecord } from './schema';

export interface LeadForm {
  name?: unknown;
  company?: unknown;
  phone?: unknown;
  email?: unknown;
  source?: unknown;
  needs?: unknown;
  owner?: unknown;
  dealValue?: unknown;
  expectedClose?: unknown;
  allowDuplicate?: unknown;
  /** A new deal for this known client (`C-000045`): saved with its Client ID and contact facts. */
  clientId?: unknown;
}

export interface NewLead {
  name: string;
  company: string;
  phone: string;
  email: string;
  source: string;
  needs: string;
  owner: string;
  dealValue: number | null;
  expectedClose: string;
}

export type Errors = Record<string, Message>;

export function validateLeadForm(
  input: LeadForm,
  settings: Settings,
): { ok: true; lead: NewLead } | { ok: false; errors: Errors } {
  // A call from anywhere (menu, script, a hostile page) may pass anything: only an object is a form.
  const form: LeadForm = input !== null && typeof input === 'object' && !Array.isArray(input) ? input : {};
  const errors: Errors = {};
  const take = <T>(field: string, r: F.FieldResult<T>, fallback: T): T => {
    if (r.ok) return r.value;
    errors[field] = r.error;
    return fallback;
  };
  const lead: NewLead = {
    name: take('name', F.text('name', form.name, true), ''),
    company: take('company', F.text('company', form.company, false), ''),
    phone: take('phone', F.phone(form.phone), ''),
    email: take('email', F.email('email', form.email), ''),
    source: typeof form.source === 'string' ? F.cleanText(form.source) : '',
    needs: take('needs', F.text('needs', form.needs, true), ''),
    owner: take('owner', F.email('owner', form.owner), ''),
    dealValue: take('dealValue', F.money('dealValue', form.dealValue, false), null),
    expectedClose: take('expectedClose', F.ymd('expectedClose', form.expectedClose, false), ''),
  };
  if (lead.source === '') errors.source = { key: 'valid.required', params: { field: ref('field.source') } };
  else if (!settings.sources.includes(lead.source)) errors.source = { key: 'valid.source' };
  if (!errors.phone && !errors.email && lead.phone === '' && lead.email === '') {
    errors.phone = { key: 'valid.phoneOrEmail' };
    errors.email = { key: 'valid.phoneOrEmail' };
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, lead };
}

export interface ContactColumns {
  phone: unknown[];
  email: unknown[];
}

export interface ContactMatch {
  index: number;
  matchedOn: ('phone' | 'email')[];
}

/**
 * Rows whose phone or email is the same contact once normalised, legacy formats included.
 * A cheap digit-tail filter comes first, so thousands of rows cost little.
 */
export function findContactMatches(lead: Pick<NewLead, 'phone' | 'email'>, rows: ContactColumns): ContactMatch[] {
  const out: ContactMatch[] = [];
  const tail = lead.phone ? phoneTail(lead.phone) : '';
  const n = Math.max(rows.phone.length, rows.email.length);
  for (let i = 0; i < n; i++) {
    const on: ('phone' | 'email')[] = [];
    const p = rows.phone[i];
    if (
      tail &&
      p !== '' &&
      p !== null &&
      p !== undefined &&
      String(p).replace(/\D/g, '').includes(tail) &&
      phoneKeys(p).includes(lead.phone)
    )
      on.push('phone');
    const e = rows.email[i];
    if (
      lead.email &&
      typeof e === 'string' &&
      e.toLowerCase().includes(lead.email) &&
      emailKeys(e).includes(lead.email)
    )
      on.push('email');
    if (on.length > 0) out.push({ index: i, matchedOn: on });
  }
  return out;
}

/**
 * The same rule as findContactMatches, as an index for many leads at once (an import): each
 * phone and email key of every row, to the rows holding it.
 */
export function contactIndex(rows: ContactColumns): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  const n = Math.max(rows.phone.length, rows.email.length);
  for (let i = 0; i < n; i++) {
    for (const k of phoneKeys(rows.phone[i])) add(`p:${k}`, i);
    for (const k of emailKeys(rows.email[i])) add(`e:${k}`, i);
  }
  return index;
}

/** Rows of a contactIndex that hold this lead's phone or email. */
export function indexedMatches(lead: Pick<NewLead, 'phone' | 'email'>, index: Map<string, number[]>): ContactMatch[] {
  const on = new Map<number, ('phone' | 'email')[]>();
  for (const i of lead.phone ? (index.get(`p:${lead.phone}`) ?? []) : []) on.set(i, ['phone']);
  for (const i of lead.email ? (index.get(`e:${lead.email}`) ?? []) : []) on.set(i, [...(on.get(i) ?? []), 'email']);
  return [...on.entries()].sort((a, b) => a[0] - b[0]).map(([index, matchedOn]) => ({ index, matchedOn }));
}

export const LEAD_ID_PREFIX = 'L-';

export function formatLeadId(n: number): string {
  return LEAD_ID_PREFIX + String(n).padStart(6, '0');
}

/** The number in `L-000123`; null for anything else. */
export function leadIdNumber(id: unknown): number | null {
  const m = /^L-(\d+)$/.exec(String(id ?? '').trim());
  return m ? Number(m[1]) : null;
}

/**
 * Where a lead is: the index of `leadId` among the Lead ID column's cells (each read as text by
 * `text`), the last one holding it; -1 when none.
 */
export function indexOfLeadId(ids: readonly unknown[], leadId: string, text: (cell: unknown) => string): number {
  for (let i = ids.length - 1; i >= 0; i--) if (text(ids[i]).trim() === leadId) return i;
  return -1;
}

/**
 * The next Lead ID: above both the last one handed out (kept in document properties, so an ID
 * is never reused after rows are deleted or archived) and any in the sheet (imported rows).
 */
export function nextLeadNumber(lastIssued: number, existingIds: unknown[]): number {
  let max = lastIssued;
  for (const id of existingIds) {
    const n = leadIdNumber(id);
    if (n !== null && n > max) max = n;
  }
  return max + 1;
}

/**
 * The Leads row of a new lead (SPEC §3: Status `Lead`, Next Follow-up within the first-contact
 * SLA), one rule for the sidebar's entry and the lead form's intake. `at` is when the lead came:
 * now for an entry, the response's time for a form (the SLA clock started then).
 */
export function newLeadRecord(
  lead: NewLead,
  ids: { leadId: string; clientId: string },
  owner: string,
  at: Date,
  slaHours: number,
  offset: number,
  consent = '',
): LeadRecord {
  return {
    'Lead ID': ids.leadId,
    'Client ID': ids.clientId,
    'Created At': at,
    Name: lead.name,
    Company: lead.company,
    Phone: lead.phone,
    Email: lead.email,
    Source: lead.source,
    Needs: lead.needs,
    Status: 'Lead',
    Owner: owner,
    'Deal Value': lead.dealValue ?? '',
    'Expected Close': lead.expectedClose ? parseYmd(lead.expectedClose, offset) : '',
    'Next Follow-up': startOfDay(addHours(at, slaHours), offset),
    'Follow-ups': 0,
    'Status Changed At': at,
    // A client's consent is one (SPEC §3): a new deal of a client who opted out stays out.
    Consent: consent,
  };
}
