// Finding a lead as people look for one: a name with or without a title and in any case, a
// company with or without its legal form, a phone typed any way, an email, a Lead ID. The
// matcher's normalisers decide what is the same, so search and the duplicate audit agree.
import { nameKey, companyKey } from './names';
import { normalizePhone, phoneKeys } from './phone';
import { emailKeys } from './email';
import { leadIdNumber } from './lead';

export interface SearchRow {
  leadId: string;
  name: unknown;
  company: unknown;
  phone: unknown;
  email: unknown;
  status: string;
  owner: string;
}

export interface SearchOptions {
  /** Only this owner's leads (lower-cased email). */
  owner?: string;
  status?: string;
  limit?: number;
}

export const SEARCH_LIMIT = 20;

const digits = (s: string) => s.replace(/\D/g, '');
/** A national form of an E.164 number, as people type it (`+6281…` → `081…`). */
const national = (e164: string) => (e164.startsWith('+62') ? `0${e164.slice(3)}` : digits(e164));

/** Rows matching `query`, best first: [index, score]. An empty query finds nothing. */
export function searchRows(
  rows: readonly SearchRow[],
  query: string,
  opts: SearchOptions = {},
): { index: number; score: number }[] {
  const q = String(query ?? '').trim();
  if (q === '') return [];
  const limit = opts.limit ?? SEARCH_LIMIT;
  const idNumber = /^l-?\d+$/i.test(q) ? leadIdNumber(`L-${q.replace(/^l-?/i, '')}`) : null;
  const qDigits = digits(q);
  const phoneLike = qDigits.length >= 5 && qDigits.length >= q.replace(/[\s().+-]/g, '').length - 1;
  const phone = phoneLike ? normalizePhone(q) : { ok: false as const };
  const email = q.includes('@') ? q.toLowerCase() : '';
  const words = nameKey(q).tokens.filter((t) => t.length > 0);
  const qCompany = companyKey(q).tokens;
  const out: { index: number; score: number; name: string }[] = [];
  rows.forEach((r, index) => {
    if (opts.owner && r.owner.toLowerCase() !== opts.owner) return;
    if (opts.status && r.status !== opts.status) return;
    let score = 0;
    if (idNumber !== null && leadIdNumber(r.leadId) === idNumber) score = 100;
    if (phoneLike && r.phone !== '' && r.phone !== null && r.phone !== undefined) {
      const keys = phoneKeys(r.phone);
      if (phone.ok && keys.includes(phone.e164)) score = Math.max(score, 95);
      else if (keys.some((k) => national(k).includes(qDigits) || digits(k).includes(qDigits)))
        score = Math.max(score, 60);
    }
    if (email && typeof r.email === 'string' && r.email !== '') {
      const keys = emailKeys(r.email);
      if (keys.includes(email)) score = Math.max(score, 95);
      else if (r.email.toLowerCase().includes(email)) score = Math.max(score, 60);
    }
    if (words.length > 0 && !phoneLike && idNumber === null) {
      const name = nameKey(r.name).tokens;
      // Every word of the query is a name word or the start of one; whole words rank higher.
      const hits = words.map((w) => (name.includes(w) ? 2 : name.some((t) => t.startsWith(w)) ? 1 : 0));
      if (hits.every((x) => x > 0)) score = Math.max(score, hits.every((x) => x === 2) ? 90 : 80);
      const company = companyKey(r.company).tokens;
      if (qCompany.length > 0 && qCompany.every((w) => company.some((t) => t.startsWith(w))))
        score = Math.max(score, qCompany.every((w) => company.includes(w)) ? 75 : 65);
      if (
        score === 0 &&
        q.length >= 3 &&
        `${String(r.name ?? '')} ${String(r.company ?? '')}`.toLowerCase().includes(q.toLowerCase())
      )
        score = 50;
    }
    if (score > 0) out.push({ index, score, name: String(r.name ?? '') });
  });
  out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.index - b.index);
  return out.slice(0, limit).map(({ index, score }) => ({ index, score }));
}
