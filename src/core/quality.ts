// Data-quality problems the duplicate audit lists: invalid contacts, missing required fields,
// placeholder values.
import { cellText } from './dates';
import { phoneKeys } from './phone';
import { emailKeys } from './email';
import { isPlaceholder } from './names';
import type { MessageKey } from './i18n';
import type { LeadHeader, LeadRecord } from './schema';

export interface Problem {
  index: number;
  field: LeadHeader;
  problem: MessageKey;
  value: string;
}

const REQUIRED: LeadHeader[] = ['Name', 'Source', 'Needs'];
const CHECKED_FOR_PLACEHOLDERS: LeadHeader[] = ['Name', 'Company', 'Phone', 'Email', 'Source', 'Needs', 'Owner'];

export function findProblems(rows: LeadRecord[]): Problem[] {
  const out: Problem[] = [];
  rows.forEach((r, index) => {
    const text = (h: LeadHeader) => cellText(r[h]);
    if (text('Lead ID') === '' && text('Name') === '') return;
    const placeholder = new Set<LeadHeader>();
    for (const h of CHECKED_FOR_PLACEHOLDERS) {
      if (text(h) !== '' && isPlaceholder(text(h))) {
        placeholder.add(h);
        out.push({ index, field: h, problem: 'quality.placeholder', value: text(h) });
      }
    }
    for (const h of REQUIRED) if (text(h) === '') out.push({ index, field: h, problem: 'quality.missing', value: '' });
    const phone = text('Phone');
    const email = text('Email');
    const phoneOk = phone !== '' && !placeholder.has('Phone') && phoneKeys(r['Phone']).length > 0;
    const emailOk = email !== '' && !placeholder.has('Email') && emailKeys(email).length > 0;
    if (phone !== '' && !placeholder.has('Phone') && !phoneOk)
      out.push({ index, field: 'Phone', problem: 'quality.invalidPhone', value: phone });
    if (email !== '' && !placeholder.has('Email') && !emailOk)
      out.push({ index, field: 'Email', problem: 'quality.invalidEmail', value: email });
    if (!phoneOk && !emailOk) out.push({ index, field: 'Phone', problem: 'quality.noContact', value: '' });
  });
  return out;
}
