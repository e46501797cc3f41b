// A change of a lead as the Note that records it reads (issue 29): each column by its label in
// the CRM's language with its header beside it, phones as people dial them, days as people
// write them, money with its currency: `Telepon (Phone): 0812 3456 7890 → 0813-1111-2222`.
import { t, type Lang, type MessageKey } from './i18n';
import { LEAD_COLUMNS } from './schema';
import { formatDay, formatPhone } from './format';
import { normalizePhone } from './phone';
import { formatMoney, parseMoney } from './money';

export interface ChangeText {
  name(header: string): string;
  value(header: string, v: string): string;
}

/** How a Note in `lang` names a column and shows its values. */
export function changeText(lang: Lang, currency: string): ChangeText {
  return {
    name(header) {
      const col = LEAD_COLUMNS.find((c) => c.header === header);
      const name = col ? t(lang, `field.${col.key}` as MessageKey) : header;
      return name.toLowerCase() === header.toLowerCase() ? header : `${name} (${header})`;
    },
    value(header, v) {
      const col = LEAD_COLUMNS.find((c) => c.header === header);
      if (v === '' || !col) return v;
      if (header === 'Phone') {
        const p = normalizePhone(v);
        return p.ok && v.startsWith('+') ? formatPhone(p.e164) : v;
      }
      if (col.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDay(v, lang, 'medium');
      if (col.kind === 'number' && /^\d+(\.\d+)?$/.test(v)) {
        const n = parseMoney(v);
        return n === null ? v : formatMoney(n, currency);
      }
      return v;
    },
  };
}
