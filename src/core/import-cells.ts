// One row's cells as an import reads them: a combined column's cell shared out between the
// targets its header names, and a phone cell split into its first number and the others.
import type { Message } from './i18n';
import type { LeadHeader } from './schema';
import { cleanText } from './fields';
import { normalizePhone, stripPhoneLabels } from './phone';

/** Words that mark a company in a combined name cell (`Budi / PT Maju`, `Toko Sinar - Andi`). */
const COMPANY_MARK =
  /^(pt|cv|ud|pd|toko|koperasi|kop|yayasan|klinik|rs|apotek|hotel|restoran|resto|kantor|firma|bengkel|studio|sekolah)\b/i;

/**
 * Each target's cell of a row, with the column it came from; a combined column's cell shared out:
 * an email in a phone column (or a phone in an email column) goes where it belongs, and a name
 * cell holding a company (`Budi / PT Maju`) gives Company its part.
 */
export function routeCells(
  used: ReadonlyMap<LeadHeader, string[]>,
  spill: ReadonlyMap<LeadHeader, LeadHeader[]>,
  cell: (target: LeadHeader) => unknown,
): Map<LeadHeader, { raw: unknown; source: string }> {
  const out = new Map<LeadHeader, { raw: unknown; source: string }>();
  for (const [target, from] of used) out.set(target, { raw: cell(target), source: from[0] });
  for (const [target, more] of spill) {
    const { raw, source } = out.get(target)!;
    if (typeof raw !== 'string' || cleanText(raw) === '') continue;
    const text = cleanText(raw);
    if ((target === 'Email' && more.includes('Phone')) || (target === 'Phone' && more.includes('Email'))) {
      const parts = text.split(/\s*[/,;|]\s*|\s+(?=\S+@)/).filter(Boolean);
      const emails = parts.filter((p) => p.includes('@'));
      const phones = parts.filter((p) => !p.includes('@'));
      out.set('Email', { raw: emails.join(', '), source });
      out.set('Phone', { raw: phones.join(' / '), source });
    } else if (target === 'Name' && more.includes('Company')) {
      const parts = text.split(/\s*\/\s*|\s+[-–]\s+/).filter(Boolean);
      if (parts.length !== 2) continue;
      const [a, b] = COMPANY_MARK.test(parts[0]) && !COMPANY_MARK.test(parts[1]) ? [parts[1], parts[0]] : parts;
      out.set('Name', { raw: a, source });
      out.set('Company', { raw: b, source });
    }
  }
  return out;
}

/**
 * A phone cell: the first number in E.164, the others kept as written. A number the
 * spreadsheet already made numeric (or scientific, `6.28123E+12`) is flagged, never guessed.
 */
export function phoneCell(raw: unknown): { phone: string; others?: string; problem?: Message } {
  if (typeof raw === 'number' || /^\s*\d+(?:[.,]\d+)?e\+?\d+\s*$/i.test(String(raw ?? ''))) {
    return { phone: String(raw), problem: { key: 'import.phoneAsNumber' } };
  }
  const text = cleanText(raw);
  if (text === '') return { phone: '' };
  const parts = stripPhoneLabels(text)
    .split(/\s*(?:[/,;|&\n]|\bdan\b|\bor\b|\batau\b)\s*/i)
    .filter((p) => p.trim() !== '');
  const first = parts.findIndex((p) => normalizePhone(p).ok);
  if (first < 0) return { phone: text, problem: { key: 'import.phoneInvalid' } };
  const e164 = (normalizePhone(parts[first]) as { e164: string }).e164;
  const others = parts
    .filter((_, i) => i !== first)
    .map((p) => {
      const r = normalizePhone(p);
      return r.ok ? r.e164 : p.trim();
    });
  return others.length > 0 ? { phone: e164, others: others.join(' / ') } : { phone: e164 };
}
