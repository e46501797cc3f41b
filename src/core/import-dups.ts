// The rows of an import that are already in the CRM, or already earlier in the file. "The same
// client" is the duplicate audit's rule (match.ts: the same person at the same company, or the
// same private person), or a row identical in name, company, phone and email (a file imported
// twice, rows with nothing but a name). A shared phone or email alone only says "shares a
// contact": colleagues share an office line. Each row gets an action the person can change: skip
// it, fill the existing lead's empty fields, or write it as a new deal for the same client.
import { findDuplicates, type MatchRow } from './match';
import { contactIndex, indexedMatches } from './lead';
import { personKey } from './people';
import { phoneKeys } from './phone';
import { emailKeys } from './email';
import { nameKey } from './names';
import { dict, own } from './import-columns';

export const DUP_ACTIONS = ['skip', 'fill', 'newDeal', 'separate'] as const;
/**
 * skip: not imported. fill: the existing lead's (or the earlier row's) empty fields take this
 * row's values. newDeal: a new row with the same Client ID. separate: a new row, its own client.
 */
export type DupAction = (typeof DUP_ACTIONS)[number];
export const isDupAction = (v: unknown): v is DupAction => (DUP_ACTIONS as readonly unknown[]).includes(v);

export interface ImportDuplicate {
  row: number;
  /** Existing leads (indexes into Leads' data rows) that are the same client, or share a contact. */
  existing: number[];
  /** Earlier rows of the file (their file row numbers). */
  rows: number[];
  /** The same client by the audit's rule (else: a shared phone or email only). */
  sameClient: boolean;
  matchedOn: ('phone' | 'email' | 'name')[];
  action: DupAction;
}

/**
 * The fields the duplicate rule reads, from a planned row or an existing lead; `deal` is what
 * tells one deal from the next of the same client (Needs, Product, Deal Value).
 */
export type Contact = { name: unknown; company: unknown; phone: unknown; email: unknown; deal?: unknown[] };

/** Two rows of one client are one deal unless a deal field is filled on both sides and differs. */
function sameDeal(a: Contact, b: Contact): boolean {
  const x = a.deal ?? [];
  const y = b.deal ?? [];
  return x.every((v, i) => {
    const p = personKey(v);
    const q = personKey(y[i]);
    return p === '' || q === '' || p === q;
  });
}

const identity = (c: Contact) =>
  [
    personKey(c.name),
    personKey(c.company),
    phoneKeys(c.phone).sort().join(','),
    emailKeys(c.email).sort().join(','),
  ].join('|');

/** Cheap keys wide enough for the matcher's blocks: only existing rows sharing one are judged. */
function looseKeys(c: Contact): string[] {
  const keys = [
    ...phoneKeys(c.phone).map((p) => `p:${p}`),
    ...emailKeys(c.email).map((e) => `e:${e}`),
    `i:${identity(c)}`,
  ];
  for (const t of nameKey(c.name).tokens) if (t.length >= 3) keys.push(`n:${t}`);
  return keys;
}

/**
 * Each incoming row that is already in Leads or earlier in the file, with its default action
 * (skip for the same client, a separate lead for a shared contact) unless the person answered.
 */
export function findImportDuplicates(
  incoming: readonly (Contact & { row: number })[],
  existing: readonly Contact[],
  answers: Readonly<Record<string, string>> | undefined,
): ImportDuplicate[] {
  const wanted = new Set(incoming.flatMap(looseKeys));
  const subset = existing.flatMap((c, i) => (looseKeys(c).some((k) => wanted.has(k)) ? [i] : []));
  const toRow = (c: Contact, leadId: string): MatchRow => ({
    leadId,
    name: c.name,
    company: c.company,
    phone: c.phone,
    email: c.email,
  });
  const rows = [...subset.map((i) => toRow(existing[i], `x${i}`)), ...incoming.map((c) => toRow(c, `r${c.row}`))];
  const groupOf = new Map<number, number[]>();
  for (const g of findDuplicates(rows).groups) for (const m of g.members) groupOf.set(m, g.members);
  const ids = new Map<string, number[]>();
  subset.forEach((i, k) => {
    const key = identity(existing[i]);
    ids.set(key, [...(ids.get(key) ?? []), k]);
  });
  const contacts = contactIndex({
    phone: rows.map((r) => r.phone),
    email: rows.map((r) => r.email),
  });
  const n = subset.length;
  const keys = incoming.map(identity);
  const firstOf = new Map<string, number>();
  keys.forEach((k, j) => {
    if (!firstOf.has(k)) firstOf.set(k, j);
  });
  const out: ImportDuplicate[] = [];
  incoming.forEach((c, j) => {
    const me = n + j;
    const same = new Set<number>((groupOf.get(me) ?? []).filter((m) => m !== me));
    const key = keys[j];
    for (const k of ids.get(key) ?? []) same.add(k);
    // An identical earlier row of the file (the first of them: the others repeat it too).
    const e = firstOf.get(key)!;
    if (e < j) same.add(n + e);
    const earlier = (m: number) => m < n || m - n < j;
    const sameList = [...same].filter(earlier);
    const phone = phoneKeys(c.phone)[0] ?? '';
    const email = emailKeys(c.email)[0] ?? '';
    const shared = indexedMatches({ phone, email }, contacts).filter((m) => m.index !== me && earlier(m.index));
    const members = sameList.length > 0 ? sameList : shared.map((m) => m.index);
    if (members.length === 0) return;
    const on = new Set<'phone' | 'email' | 'name'>(shared.flatMap((m) => m.matchedOn));
    if (sameList.length > 0 && on.size === 0) on.add('name');
    const sameClient = sameList.length > 0;
    const given = own(answers, String(c.row));
    // The same client: the same deal is skipped (the file seen before), another deal is a new one.
    const other = (m: number) => (m < n ? existing[subset[m]] : incoming[m - n]);
    const fallback: DupAction = !sameClient
      ? 'separate'
      : members.some((m) => sameDeal(c, other(m)))
        ? 'skip'
        : 'newDeal';
    out.push({
      row: c.row,
      existing: members.filter((m) => m < n).map((m) => subset[m]),
      rows: members.filter((m) => m >= n).map((m) => incoming[m - n].row),
      sameClient,
      matchedOn: [...on],
      action: isDupAction(given) ? given : fallback,
    });
  });
  return out;
}

/** Actions keyed by file row, for answers passed back (the report's as they are now). */
export function actionsOf(dups: readonly ImportDuplicate[]): Record<string, DupAction> {
  const out = dict<DupAction>();
  for (const d of dups) out[String(d.row)] = d.action;
  return out;
}
