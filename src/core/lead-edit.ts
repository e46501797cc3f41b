// Editing a lead's details from the sidebar (updateLead): the same validation and storage as
// entry, one field at a time, and a readable record of every change (old → new) for the Note
// activity, so the lead's history is never lost. Status is not edited here (it has its rules).
import { ref, type Message } from './i18n';
import type { Settings } from './settings';
import * as F from './fields';
import type { LeadHeader } from './schema';

/** The fields the edit form may change, as camelCase keys of their Leads headers. */
export const EDITABLE: Record<string, LeadHeader> = {
  name: 'Name',
  company: 'Company',
  phone: 'Phone',
  email: 'Email',
  source: 'Source',
  needs: 'Needs',
  owner: 'Owner',
  dealValue: 'Deal Value',
  expectedClose: 'Expected Close',
  nextFollowUp: 'Next Follow-up',
  lostReason: 'Lost Reason',
  contractValue: 'Contract Value',
  product: 'Product',
  completedOn: 'Completed On',
  consent: 'Consent',
};

/** A valid value as the sheet stores it: text, a number, '' (cleared) or a `YYYY-MM-DD` date. */
export type EditValue = string | number;

export function validateEdit(
  input: unknown,
  settings: Settings,
): { ok: true; values: Record<string, EditValue> } | { ok: false; errors: Record<string, Message> } {
  const fields: Record<string, unknown> =
    input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const errors: Record<string, Message> = {};
  const values: Record<string, EditValue> = {};
  const own = (k: string) => Object.prototype.hasOwnProperty.call(fields, k);
  if (own('status')) errors.status = { key: 'edit.statusHere' };
  const take = <T extends EditValue | null>(key: string, r: F.FieldResult<T>) => {
    if (!r.ok) errors[key] = r.error;
    else values[key] = r.value === null ? '' : (r.value as EditValue);
  };
  for (const key of Object.keys(EDITABLE)) {
    if (!own(key)) continue;
    const v = fields[key];
    if (key === 'name' || key === 'needs') take(key, F.text(key, v, true));
    else if (key === 'company' || key === 'lostReason' || key === 'product') take(key, F.text(key, v, false));
    else if (key === 'phone') take(key, F.phone(v));
    else if (key === 'email' || key === 'owner') take(key, F.email(key, v));
    else if (key === 'dealValue' || key === 'contractValue') take(key, F.money(key, v, false));
    else if (key === 'expectedClose' || key === 'nextFollowUp' || key === 'completedOn')
      take(key, F.ymd(key, v, false));
    else if (key === 'consent') {
      const c = typeof v === 'string' ? F.cleanText(v) : '';
      if (c === '' || c === 'Subscribed' || c === 'Opted out') values.consent = c;
      else errors.consent = { key: 'valid.consent' };
    } else if (key === 'source') {
      const s = typeof v === 'string' ? F.cleanText(v) : '';
      if (s === '') errors.source = { key: 'valid.required', params: { field: ref('field.source') } };
      else if (!settings.sources.includes(s)) errors.source = { key: 'valid.source' };
      else values.source = s;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}

/**
 * `Phone: 0812… → +62812…; Name: budi → Budi`: what the Note records. `show` names the columns
 * and shows the values as the reader reads them (core/change-text.ts); without it, data names.
 */
export function describeChanges(
  changes: { header: string; from: string; to: string }[],
  show?: { name(header: string): string; value(header: string, v: string): string; empty: string },
): string {
  const name = (h: string) => (show ? show.name(h) : h);
  const value = (h: string, v: string) => (v === '' ? (show?.empty ?? '∅') : show ? show.value(h, v) : v);
  return changes.map((c) => `${name(c.header)}: ${value(c.header, c.from)} → ${value(c.header, c.to)}`).join('; ');
}
