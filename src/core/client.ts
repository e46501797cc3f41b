// Clients (SPEC §3): a client (a person, at a company or on their own) has many deals over the
// years; every Leads row carries its client's Client ID (`C-000045`). New IDs come from a counter
// like the Lead ID's, and rows without one get theirs by the duplicate audit's rule: rows of one
// client share one ID, a row that joins a known client takes its ID.
import { canonicalEmail, findDuplicates, type MatchRow } from './match';
import { emailKeys } from './email';
import { companyKey, nameKey } from './names';

export const CLIENT_ID_PREFIX = 'C-';

export function formatClientId(n: number): string {
  return CLIENT_ID_PREFIX + String(n).padStart(6, '0');
}

/** The number in `C-000045`; null for anything else. */
export function clientIdNumber(id: unknown): number | null {
  const m = /^C-(\d+)$/.exec(String(id ?? '').trim());
  return m ? Number(m[1]) : null;
}

/** The next client number: above the last one handed out and any in the sheet. */
export function nextClientNumber(lastIssued: number, existingIds: readonly unknown[]): number {
  let max = lastIssued;
  for (const id of existingIds) {
    const n = clientIdNumber(id);
    if (n !== null && n > max) max = n;
  }
  return max + 1;
}

/** Marks a row's stand-in ID (a row that is only compared, never given one): never handed on. */
export const NOT_AN_ID = '\u0000';

/** A row as the client assignment reads it: the matcher's fields and the Client ID it has ('' for none). */
export interface ClientRow extends MatchRow {
  clientId: string;
}

export interface ClientAssignment {
  /** Every row's Client ID afterwards (a row that had one keeps it). */
  ids: string[];
  /** Rows (indexes) that got an ID now. */
  assigned: number[];
  /** The last client number handed out (unchanged when none was). */
  last: number;
}

/**
 * Gives every row without a Client ID one: the ID its client already has (the one most of the
 * client's rows carry, else the earliest row's), or a new one shared by all the client's rows
 * without one. A row that has an ID is never changed. Only rows that could be the same client as
 * a row without an ID are compared, so a few new rows against a large sheet cost little.
 */
export function assignClientIds(rows: readonly ClientRow[], lastIssued: number): ClientAssignment {
  const ids = rows.map((r) => String(r.clientId ?? '').trim());
  const missing = ids.flatMap((id, i) => (id === '' ? [i] : []));
  let n = nextClientNumber(lastIssued, ids) - 1;
  if (missing.length === 0) return { ids, assigned: [], last: lastIssued };
  const subset = candidates(rows, ids);
  const groups = findDuplicates(subset.map((i) => rows[i])).groups.map((g) => g.members.map((m) => subset[m]));
  const groupOf = new Map<number, number[]>();
  for (const g of groups) for (const m of g) groupOf.set(m, g);
  for (const i of missing) {
    if (ids[i] !== '') continue;
    const group = groupOf.get(i) ?? [i];
    const id = commonClientId(group.map((m) => ids[m])) || formatClientId(++n);
    for (const m of group) if (ids[m] === '') ids[m] = id;
  }
  return { ids, assigned: missing, last: Math.max(n, lastIssued) };
}

/** The ID most of these rows carry ('' when none has one); a tie goes to the earliest row's. */
export function commonClientId(ids: readonly string[]): string {
  const count = new Map<string, number>();
  const real = ids.filter((id) => id !== '' && !id.startsWith(NOT_AN_ID));
  for (const id of real) count.set(id, (count.get(id) ?? 0) + 1);
  let best = '';
  for (const id of real) if (best === '' || count.get(id)! > count.get(best)!) best = id;
  return best;
}

/**
 * The rows worth judging: every row without an ID, and the rows with one that share a likely
 * key with them (an email, a phone's last digits, a name word with a company word). Cheap keys,
 * wider than the matcher's blocks, so nothing the matcher would group is left out.
 */
function candidates(rows: readonly ClientRow[], ids: string[]): number[] {
  const all = rows.map((_, i) => i);
  if (ids.every((id) => id === '')) return all;
  const keysOf = (r: ClientRow): string[] => {
    const keys: string[] = [];
    for (const e of emailKeys(typeof r.email === 'string' ? r.email : ''))
      keys.push(`e:${canonicalEmail(e).split('@')[0]}`);
    for (const chunk of String(r.phone ?? '').split(/[/,;|&]|\s{2,}/)) {
      const d = chunk.replace(/\D/g, '');
      if (d.length >= 7) keys.push(`p:${d.slice(-7)}`);
    }
    const names = nameKey(r.name).tokens.filter((t) => t.length >= 2);
    // A name cell may hold the company too (`Ratno Gunawan - PT. Subur Kencana`): its words count.
    const company = [...companyKey(r.company).tokens, ...companyKey(r.name).tokens].filter((t) => t.length >= 3);
    for (const t of names) for (const c of company) keys.push(`n:${t.slice(0, 3)}|${c.slice(0, 3)}`);
    // The matcher's other blocks: two name words (a company written as its initials), and the
    // words of a mailbox's name with a company word (a name mistyped beside its mailbox).
    if (company.length > 0)
      for (let i = 0; i < names.length; i++)
        for (let j = i + 1; j < names.length; j++) keys.push(`m:${[names[i], names[j]].sort().join('+')}`);
    for (const e of emailKeys(typeof r.email === 'string' ? r.email : ''))
      for (const w of e.split('@')[0].split(/[^a-z]+/))
        if (w.length >= 5) for (const c of company) keys.push(`n:${w.slice(0, 3)}|${c.slice(0, 3)}`);
    return keys;
  };
  const wanted = new Set<string>();
  for (let i = 0; i < rows.length; i++) if (ids[i] === '') for (const k of keysOf(rows[i])) wanted.add(k);
  return all.filter((i) => ids[i] === '' || keysOf(rows[i]).some((k) => wanted.has(k)));
}
