// The one-language rule (issue 29) as a check any test can run on text a person reads: in
// Indonesian text, no status, source, activity type, campaign state or consent by its English
// data name, no column header by its English name except beside its label (in parentheses or
// quotes), and no ISO date. Built from the catalog and the schema, so a new status, source or
// header is checked without a change here.
import { CATALOG } from '../src/core/i18n';
import { LABEL_KINDS } from '../src/core/data-labels';
import { LEAD_COLUMNS } from '../src/core/schema';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** English data names that have an Indonesian label different from themselves. */
export function englishDataNames(): { kind: string; name: string; label: string }[] {
  const out: { kind: string; name: string; label: string }[] = [];
  for (const [key, id] of Object.entries(CATALOG.id)) {
    const kind = LABEL_KINDS.find((k) => key.startsWith(`${k}.`));
    if (!kind) continue;
    const name = key.slice(kind.length + 1);
    if (name.toLowerCase() !== id.toLowerCase()) out.push({ kind, name, label: id });
  }
  for (const c of LEAD_COLUMNS) {
    const label = CATALOG.id[`field.${c.key}` as keyof typeof CATALOG.id];
    // Identifiers (Lead ID, Client ID) are named as they are everywhere.
    if (label && !/ ID$/.test(c.header) && c.header.toLowerCase() !== label.toLowerCase())
      out.push({ kind: 'header', name: c.header, label });
  }
  return out;
}

const NAMES = englishDataNames();
/** Longest first, so "Quotation Sent" is found before "Sent" and "Next Follow-up" before "Follow-up". */
const ORDERED = [...NAMES].sort((a, b) => b.name.length - a.name.length);
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/**
 * What breaks the rule in one Indonesian text: each English data name found (outside quotes
 * and parentheses, where a header stands beside its label or a value is quoted as typed) and
 * any ISO date. Identifier headers and words inside `{placeholders}` are not names.
 */
export function offences(text: string): string[] {
  let s = text
    .replace(/\{\w+\}/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(Lead|Client|Template|Campaign|Merge) ID\b/g, ' ');
  const found: string[] = [];
  if (ISO_DATE.test(s)) found.push(`ISO date ${ISO_DATE.exec(s)![0]}`);
  for (const n of ORDERED) {
    if (found.some((f) => f.includes(`"${n.name}"`))) continue;
    const re = new RegExp(`(^|[^\\w-])${escapeRe(n.name)}(?![\\w-])`, 'g');
    if (re.test(s)) {
      found.push(`${n.kind} "${n.name}" (say "${n.label}")`);
      s = s.replace(re, '$1 ');
    }
  }
  return found;
}
