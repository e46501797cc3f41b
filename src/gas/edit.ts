// updateLead (SPEC §3): a lead's details corrected from the sidebar, with the same
// validation and storage as entry, under the lock; each change logged as a Note (old → new).
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type LeadHeader, type LeadRecord } from '../core/schema';
import { validateEdit, describeChanges, EDITABLE } from '../core/lead-edit';
import { parseYmd, toYmd, isDate } from '../core/dates';
import { cleanText } from '../core/fields';
import { t, userText } from '../core/i18n';
import { Table } from './table';
import { alertBigDealNow } from './bigdeal';
import { findLead } from './leads';
import { openCrm, withDocumentLock, renderErrors, currentUser, cellText } from './services';

/** updateLead's answer: errors by field (empty when it worked) and how many fields changed. */
export interface UpdateLeadResult {
  ok: boolean;
  errors: Record<string, string>;
  changed?: number;
}

/** The edited fields stored as dates (the form sends them as YYYY-MM-DD). */
const DATE_HEADERS: readonly LeadHeader[] = ['Expected Close', 'Next Follow-up', 'Completed On'];

export function updateLead(arg?: { leadId?: string; fields?: Record<string, unknown> }): UpdateLeadResult {
  const crm = openCrm();
  const a = arg && typeof arg === 'object' ? arg : {};
  const leadId = cleanText(typeof a.leadId === 'string' ? a.leadId : '');
  const valid = validateEdit(a.fields, crm.settings);
  if (!valid.ok) return { ok: false, errors: renderErrors(crm.lang, valid.errors) };
  let saved: LeadRecord | null = null;
  const result = withDocumentLock(crm.lang, (): UpdateLeadResult => {
    const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
    const index = leadId ? findLead(leads, leadId, crm.offset) : -1;
    if (index < 0)
      return {
        ok: false,
        errors: renderErrors(crm.lang, {
          leadId: { key: 'edit.unknown', params: { leadId: userText(leadId || '?') } },
        }),
      };
    const lead = leads.readRow(index);
    const shown = (v: unknown) => (isDate(v) ? toYmd(v, crm.offset) : cellText(v, crm.offset));
    const changes: LeadRecord = {};
    const log: { header: LeadHeader; from: string; to: string }[] = [];
    for (const [key, value] of Object.entries(valid.values)) {
      const header = EDITABLE[key];
      const from = shown(lead[header]);
      const to = String(value);
      if (from === to || (typeof value === 'number' && Number(lead[header]) === value && from !== '')) continue;
      changes[header] =
        /^\d{4}-\d{2}-\d{2}$/.test(to) && DATE_HEADERS.includes(header) ? parseYmd(to, crm.offset) : value;
      log.push({ header, from, to });
    }
    const changed = (h: LeadHeader) => h in changes;
    // A lead keeps a way to reach it: a phone or an email.
    const phone = changed('Phone') ? String(changes['Phone']) : shown(lead['Phone']);
    const email = changed('Email') ? String(changes['Email']) : shown(lead['Email']);
    if (phone === '' && email === '')
      return {
        ok: false,
        errors: renderErrors(crm.lang, { phone: { key: 'valid.phoneOrEmail' }, email: { key: 'valid.phoneOrEmail' } }),
      };
    if (log.length === 0) return { ok: true, errors: {}, changed: 0 };
    leads.update(index, changes);
    const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
    acts.append([
      {
        Timestamp: crm.now,
        'Lead ID': leadId,
        Type: 'Note',
        Summary: t(crm.lang, 'edit.note', { changes: describeChanges(log) }),
        By: currentUser(),
        'Next Follow-up': '',
      },
    ]);
    if (changed('Deal Value')) saved = { ...lead, ...changes };
    return { ok: true, errors: {}, changed: log.length };
  });
  if (saved) alertBigDealNow(crm, saved);
  return result;
}
