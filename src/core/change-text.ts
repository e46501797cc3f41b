// A change of a lead as the Note that records it reads (issue 29): each column by its label in
// the CRM's language with its header beside it, phones as people dial them, days as people
// write them, money with its currency: `Telepon (Phone): 0812 3456 7890 → 0813-1111-2222`.
import {
  CATALOG,
  label,
  t,
  type CatalogRef,
  type Lang,
  type LabelKind,
  type Message,
  type MessageKey,
  type Params,
} from './i18n';
import { LEAD_COLUMNS } from './schema';
import { formatDay, formatPhone } from './format';
import { normalizePhone } from './phone';
import { formatCount, formatMoney, parseMoney } from './money';

export interface ChangeText {
  name(header: string): string;
  value(header: string, v: string): string;
  /** What an empty value reads as: `(kosong)`. */
  empty: string;
}

/** The number columns that are amounts of money (the others are counts). */
const MONEY_HEADERS = new Set(['Deal Value', 'Contract Value']);

/** The columns whose values are data names with a label in each language. */
export const LABELLED: Partial<Record<string, LabelKind>> = {
  Status: 'status',
  Source: 'source',
  'Lost Reason': 'lostReason',
  Consent: 'consent',
};

/** How a Note in `lang` names a column and shows its values. */
export function changeText(lang: Lang, currency: string): ChangeText {
  return {
    empty: t(lang, 'change.empty'),
    name(header) {
      const col = LEAD_COLUMNS.find((c) => c.header === header);
      const name = col ? t(lang, `field.${col.key}` as MessageKey) : header;
      return name.toLowerCase() === header.toLowerCase() ? header : `${name} (${header})`;
    },
    value(header, v) {
      const col = LEAD_COLUMNS.find((c) => c.header === header);
      if (v === '' || !col) return v;
      // A status, source, lost reason or consent by its label, its data name beside (as the grid has it).
      const kind = LABELLED[header];
      if (kind) {
        const l = label(lang, kind, v);
        return l.toLowerCase() === v.toLowerCase() ? v : `${l} (${v})`;
      }
      if (header === 'Phone') {
        const p = normalizePhone(v);
        return p.ok && v.startsWith('+') ? formatPhone(p.e164) : v;
      }
      if ((col.kind === 'date' || col.kind === 'datetime') && /^\d{4}-\d{2}-\d{2}$/.test(v))
        return formatDay(v, lang, 'medium');
      // Money with its currency; a count (Follow-ups) as a count, never `Rp 3`.
      if (col.kind === 'number' && /^\d+(\.\d+)?$/.test(v)) {
        if (!MONEY_HEADERS.has(header)) return formatCount(Number(v), lang);
        const n = parseMoney(v);
        return n === null ? v : formatMoney(n, currency);
      }
      return v;
    },
  };
}

/**
 * A message about the grid, where a person sees the data names: each column and status it names
 * carries its name beside its label when they differ (`Alasan kalah (Lost Reason)`, `Kalah
 * (Lost)`), as a Note names a column.
 */
export function gridMessage(lang: Lang, m: Message): string {
  const named = (k: string): string => {
    const dot = k.indexOf('.');
    const [kind, name] = [k.slice(0, dot), k.slice(dot + 1)];
    const label = Object.prototype.hasOwnProperty.call(CATALOG[lang], k) ? CATALOG[lang][k as MessageKey] : name;
    const data =
      kind === 'field' ? (LEAD_COLUMNS.find((c) => c.key === name)?.header ?? '') : kind === 'status' ? name : '';
    return data === '' || data.toLowerCase() === label.toLowerCase() ? label : `${label} (${data})`;
  };
  const params: Params = {};
  for (const [p, v] of Object.entries(m.params ?? {}))
    params[p] = typeof v === 'object' && v !== null && 'ref' in v ? (v as CatalogRef).ref.map(named).join(', ') : v;
  return t(lang, m.key, params);
}
