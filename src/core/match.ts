// The duplicate audit's matcher (SPEC §4): groups of rows that are the same client
// (the same person at the same company, or the same private person). A shared phone or email
// alone is never enough: colleagues share an office line or an info@ mailbox, relatives share a
// phone. Blocking keeps the comparisons near-linear: only rows sharing a contact, or a name
// token together with a company token, are ever compared.
import { titleGender } from './salutation';
import { distance } from 'fastest-levenshtein';
import { phoneKeys } from './phone';
import { modernSpelling } from './match-spelling';
import { emailKeys } from './email';
import {
  nameKey,
  companyKey,
  compareNames,
  compareCompanies,
  softTokenMatch,
  oneTypoApart,
  oneKeystroke,
  type NameKey,
  type CompanyKey,
} from './names';

export interface MatchRow {
  leadId: string;
  name: unknown;
  company: unknown;
  phone: unknown;
  email: unknown;
}

export type Reason =
  | 'samePhone'
  | 'sameEmail'
  | 'sameName'
  | 'similarName'
  | 'sameCompany'
  | 'similarCompany'
  | 'privatePerson'
  | 'companyMissing';

export interface Pair {
  a: number;
  b: number;
  score: number;
  reasons: Reason[];
}

export interface Group {
  members: number[];
  score: number;
  reasons: Reason[];
}

export interface SharedContact {
  members: number[];
  contact: string;
  kind: 'phone' | 'email';
}

export interface AuditResult {
  groups: Group[];
  sharedContacts: SharedContact[];
}

interface Prepared {
  name: NameKey;
  company: CompanyKey;
  phones: string[];
  emails: string[];
  mailWords?: string[];
}

/** The mail providers people type most, for typos in the domain (`gmial.com`, `yahooo.com`). */
const PROVIDERS = [
  'gmail.com',
  'yahoo.com',
  'yahoo.co.id',
  'hotmail.com',
  'outlook.com',
  'icloud.com',
  'ymail.com',
  'live.com',
  'rocketmail.com',
];

/** Domains already looked up (a firm's domain repeats on its people's rows). */
const providers = new Map<string, string>();

/** A domain one or two keystrokes from one (and only one) well-known provider is that provider. */
function providerOf(domain: string): string {
  if (PROVIDERS.includes(domain)) return domain;
  let known = providers.get(domain);
  if (known === undefined) {
    const near = PROVIDERS.filter((p) => distance(p, domain) <= (p.length >= 9 ? 2 : 1));
    known = near.length === 1 ? near[0] : domain;
    if (providers.size > 10000) providers.clear();
    providers.set(domain, known);
  }
  return known;
}

/** Gmail ignores dots and `+tags` in the local part; a mistyped provider domain is the provider's. */
export function canonicalEmail(e: string): string {
  const [local, raw] = e.split('@');
  const domain = providerOf(raw ?? '');
  if (domain === 'gmail.com' || domain === 'googlemail.com')
    return `${local.split('+')[0].replace(/\./g, '')}@gmail.com`;
  return `${local}@${domain}`;
}

/**
 * A name cell that also holds the company (`Ratno Gunawan - PT. Subur Kencana`, Company `-` or
 * empty): the part after a dash or slash that names a business (a legal form, Toko, Koperasi…)
 * is the company.
 */
function splitNameCompany(name: unknown, company: CompanyKey): { name: unknown; company: CompanyKey } {
  if (company.kind !== 'none') return { name, company };
  const m = /^(.+?)\s+[-–—/|]\s+(.+)$/.exec(String(name ?? '').trim());
  if (!m) return { name, company };
  const business =
    /\b(pt|cv|ud|toko|tk|koperasi|kop|ksu|ksp|yayasan|yys|pd|fa|firma|studio|bengkel|klinik|apotek|rm|rumah makan|cafe|kafe)\b\.?/i.test(
      m[2],
    );
  if (!business) return { name, company };
  const firm = companyKey(m[2]);
  return firm.kind === 'company' ? { name: m[1], company: firm } : { name, company };
}

/** Keys of the text a sheet repeats (a company on many rows), computed once per audit. */
class KeyCache {
  readonly names = new Map<string, NameKey>();
  readonly companies = new Map<string, CompanyKey>();
  name(v: unknown): NameKey {
    if (typeof v !== 'string') return nameKey(v);
    let k = this.names.get(v);
    if (!k) {
      k = nameKey(v);
      this.names.set(v, k);
    }
    return k;
  }
  company(v: unknown): CompanyKey {
    if (typeof v !== 'string') return companyKey(v);
    let k = this.companies.get(v);
    if (!k) {
      k = companyKey(v);
      this.companies.set(v, k);
    }
    return k;
  }
}

function prepare(r: MatchRow, cache = new KeyCache()): Prepared {
  const nc = splitNameCompany(r.name, cache.company(r.company));
  const mails = emailKeys(typeof r.email === 'string' ? r.email : '');
  return {
    name: cache.name(nc.name),
    company: nc.company,
    phones: phoneKeys(r.phone),
    emails: mails.map(canonicalEmail),
    // The words of each mailbox's name as typed (`saminah.jaya`: saminah, jaya), for the blocks.
    mailWords: mails.flatMap((e) => e.split('@')[0].split(/[^a-z]+/)).filter((w) => w.length >= 5),
  };
}

/** Contact blocks larger than this are shared lines or mailboxes: too many people to compare all. */
const MAX_CONTACT_BLOCK = 60;
const MAX_NAME_BLOCK = 400;

/** Thresholds: a false merge costs more than a miss. */
const NAME_WITH_CONTACT = 0.84;
const NAME_WITHOUT_CONTACT = 0.9;
const COMPANY_SAME = 0.85;

/** Mailboxes' names as name words run together, by address (an address repeats on its rows). */
const mailboxNames = new Map<string, string>();

/** Whether an address's local part carries one of these (normalised) name words: a person's own mailbox. */
function namedIn(email: string, tokens: string[]): boolean {
  let local = mailboxNames.get(email);
  if (local === undefined) {
    local = nameKey(email.split('@')[0].replace(/[._\-+\d]+/g, ' ')).tokens.join('');
    if (mailboxNames.size > 10000) mailboxNames.clear();
    mailboxNames.set(email, local);
  }
  return tokens.some((t) => t.length >= 4 && local.includes(t.slice(0, 4)));
}

/**
 * Two names one keystroke apart in one word of five letters or more (every other word the same),
 * where a mailbox of either row carries one of the two spellings: the person typed their own
 * name wrong in one place. Not a last letter changed (`Yanti`/`Yanto` are two people).
 */
function mailboxSpellsName(x: Prepared, y: Prepared): boolean {
  const a = x.name.typed;
  const b = y.name.typed;
  if (a.length !== b.length || a.length === 0 || x.emails.length + y.emails.length === 0) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (x.name.tokens[i] === y.name.tokens[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  const [s, t] = [a[diff], b[diff]];
  if (Math.min(s.length, t.length) < 5 || !oneKeystroke(s, t)) return false;
  if (s.length === t.length && s.slice(0, -1) === t.slice(0, -1)) return false;
  return [...x.emails, ...y.emails].some((e) => {
    const local = e.split('@')[0].replace(/[^a-z]/g, '');
    return local.includes(s) || local.includes(t);
  });
}

/** The weakest word likeness of the shorter name (each word of it against its best match in the other). */
function softEveryToken(a: NameKey, b: NameKey): number {
  const [s, l] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (s.tokens.length === 0) return 0;
  // An initial (`N.` for Nining) matches as an initial does; the words spelled out decide.
  const words = s.tokens.filter((t) => !(s.initials.has(t) || t.length === 1));
  if (words.length === 0) return 0;
  return Math.min(
    ...words.map((t) => Math.max(0, ...l.tokens.map((u) => softTokenMatch(t, u, false, l.initials.has(u))))),
  );
}

/** Decides one pair; null when the evidence is not enough. */
export function judgePair(x: Prepared, y: Prepared): { score: number; reasons: Reason[]; shared: boolean } | null {
  const phone = x.phones.some((p) => y.phones.includes(p));
  const email = x.emails.some((e) => y.emails.includes(e));
  const shared = phone || email;
  const bothCompanies = x.company.kind === 'company' && y.company.kind === 'company';
  // Without a shared contact only the same name at the same company counts: the cheap test first
  // (most candidate pairs of a large sheet end here).
  if (!shared && !bothCompanies) return null;
  const names = compareNames(x.name, y.name);
  const spelled = !shared && names.score < NAME_WITHOUT_CONTACT && mailboxSpellsName(x, y);
  if (!shared && names.score < NAME_WITHOUT_CONTACT && !spelled) return null;
  // A shared mailbox named after the person (`rusdi_71@…` for Rusdi) is theirs alone.
  // When the names differ, the mailbox must carry a word they differ in (`lienardi@` is the
  // Lienardi family's or firm's, not Budi's rather than Rudy's).
  const differ = email
    ? [
        ...x.name.tokens.filter((t) => !y.name.tokens.includes(t)),
        ...y.name.tokens.filter((t) => !x.name.tokens.includes(t)),
      ]
    : [];
  const personalEmail =
    email &&
    x.emails.some(
      (e) => y.emails.includes(e) && namedIn(e, differ.length > 0 ? differ : [...x.name.tokens, ...y.name.tokens]),
    );
  const comp = compareCompanies(x.company, y.company);
  const conflict = bothCompanies && comp < 0.6;
  // A one-word name is only trusted when it is a full word on both sides and a contact is shared.
  const mononym = names.shorter === 1;
  const reasons: Reason[] = [];
  if (phone) reasons.push('samePhone');
  if (email) reasons.push('sameEmail');
  if (names.exact) reasons.push('sameName');
  else if (names.score > 0) reasons.push('similarName');
  if (bothCompanies && comp >= 1) reasons.push('sameCompany');
  else if (bothCompanies && comp >= COMPANY_SAME) reasons.push('similarCompany');
  else if (x.company.kind !== 'company' && y.company.kind !== 'company') reasons.push('privatePerson');
  else if (!bothCompanies) reasons.push('companyMissing');

  if (conflict) return null;
  if (shared) {
    // The stronger the contact evidence, the larger the name difference it accepts: the same
    // phone and the same email, or a shared contact at the same company, take a looser name
    // likeness, but every word of the shorter name must still look like one of the other's
    // (a relative or a colleague on a shared line has a different given name).
    // Strong means a mailbox of this person (its name is in the address), not an office's or a
    // family's: with it, the same phone or the same company too.
    const atSameCompany = bothCompanies && comp >= COMPANY_SAME;
    // The company and a contact agree, and the names are one keystroke apart as typed.
    if (atSameCompany && names.score < NAME_WITH_CONTACT && oneTypoApart(x.name, y.name, personalEmail))
      return {
        score: Math.min(1, 0.55 + 0.35 * 0.85 + 0.1 * comp),
        reasons: [...reasons.filter((r) => r !== 'sameName'), 'similarName'],
        shared,
      };
    const strong = personalEmail && (phone || atSameCompany);
    // The same line at the same company is an office line that colleagues share; a name a typo
    // away from the other (every word within one edit or so) is still the same person.
    const typoAtSameLine = phone && atSameCompany && !strong;
    if ((strong || typoAtSameLine) && names.score < NAME_WITH_CONTACT) {
      const soft = compareNames(x.name, y.name, softTokenMatch);
      const each = softEveryToken(x.name, y.name);
      const need = typoAtSameLine ? 0.8 : phone && atSameCompany ? 0.55 : 0.65;
      const eachNeed = typoAtSameLine ? 0.8 : 0.6;
      if (
        soft.score >= need &&
        each >= eachNeed &&
        !(mononym && soft.longer > 2) &&
        !(typoAtSameLine && soft.shorter !== soft.longer)
      ) {
        return {
          score: Math.min(1, 0.5 + 0.3 * soft.score + (bothCompanies ? 0.1 * comp : 0.05)),
          reasons: [...reasons.filter((r) => r !== 'sameName'), 'similarName'],
          shared,
        };
      }
      return null;
    }
    if (names.score < NAME_WITH_CONTACT) return null;
    if (mononym && names.longer > 2) return null;
    // A one-word name a typo away (`Slamte`, `Tumimi`) is trusted with more than one shared
    // piece of evidence: a personal mailbox, phone and email both, or the line at the same company.
    const manyPieces = personalEmail || (phone && email) || typoAtSameLine;
    if (mononym && names.score < 1 && !(manyPieces && names.longer === 1)) return null;
    const score = 0.55 + 0.35 * names.score + (bothCompanies ? 0.1 * comp : 0.05);
    return { score: Math.min(1, score), reasons, shared };
  }
  // Without a shared contact: a full name (two words or more) and the same company; a one-word
  // name (common in Java) only when it is the same word at the very same company.
  const sameOneWord = mononym && names.longer === 1 && names.score === 1 && comp >= 0.95;
  // A name one keystroke from the other whose mailbox spells it right (`Jumiqti`, jumiati@…),
  // at the very same company.
  if (spelled && comp >= 0.95) return { score: Math.min(1, 0.35 + 0.35 * 0.85 + 0.25 * comp), reasons, shared };
  if (!bothCompanies || comp < COMPANY_SAME || (mononym && !sameOneWord) || names.score < NAME_WITHOUT_CONTACT)
    return null;
  return { score: Math.min(1, 0.35 + 0.35 * names.score + 0.25 * comp), reasons, shared };
}

class UnionFind {
  readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function addToBlock<K>(blocks: Map<K, number[]>, key: K, i: number): void {
  const b = blocks.get(key);
  if (b) b.push(i);
  else blocks.set(key, [i]);
}

/** A number written in a name or company (`PT Maju 1`), as one key for the group that holds it. */
const marksOf = (p: Prepared, which: 'name' | 'company'): string | undefined => {
  const m = which === 'name' ? p.name.marks : p.company.marks;
  return m && m.length > 0 ? m.join(' ') : undefined;
};

export function findDuplicates(rows: MatchRow[]): AuditResult {
  const cache = new KeyCache();
  const prepared = rows.map((r) => prepare(r, cache));
  const n = rows.length;
  const contactBlocks = new Map<string, number[]>();
  // Name blocks keyed by two interned words (small integers, one map in another), not by
  // strings: a 20,000-row sheet makes a few hundred thousand keys.
  const nameBlocks = new Map<number, Map<number, number[]>>();
  const addPair = (a: number, c: number, i: number) => {
    let inner = nameBlocks.get(a);
    if (!inner) {
      inner = new Map();
      nameBlocks.set(a, inner);
    }
    addToBlock(inner, c, i);
  };
  const ids = new Map<string, number>();
  const idOf = (t: string) => {
    let v = ids.get(t);
    if (v === undefined) {
      v = ids.size + 1;
      ids.set(t, v);
    }
    return v;
  };
  prepared.forEach((p, i) => {
    for (const ph of p.phones) addToBlock(contactBlocks, `p:${ph}`, i);
    for (const e of p.emails) addToBlock(contactBlocks, `e:${e}`, i);
    // Name word × company word: candidates for the same person at the same company.
    // Short surnames count (`Oei` is `ui`, `Go`, `Ng`); a name written as one word (`Nurrahmah`)
    // meets its spaced form (`Nur Rahmah`) through the words run together.
    const nameIds = p.name.tokens.filter((t) => t.length >= 2).map((t) => idOf(`n:${t}`));
    const compIds = p.company.tokens.filter((t) => t.length >= 3).map((t) => idOf(`c:${t}`));
    if (p.name.tokens.length > 0 && p.name.joined) nameIds.push(idOf(`n:${p.name.joined}`));
    // A mailbox named after the person (`jumiati@…`) meets the rows of that name (see mailboxSpellsName).
    for (const w of p.mailWords ?? []) nameIds.push(idOf(`n:${modernSpelling(w)}`));
    // Each key once per row (a one-word name is also its words run together; a mailbox often
    // repeats a name word), so no block holds a row twice.
    const uniqueNames = [...new Set(nameIds)];
    for (const a of uniqueNames) for (const c of compIds) addPair(a, c, i);
    // Two name words: the same person at a company written with no word in common (its
    // initials `KRM`, or abbreviated words).
    const words = p.name.tokens.filter((t) => t.length >= 3).map((t) => idOf(`n:${t}`));
    if (p.company.kind === 'company')
      for (let x = 0; x < words.length; x++)
        for (let y = x + 1; y < words.length; y++)
          if (words[x] !== words[y]) addPair(Math.min(words[x], words[y]), Math.max(words[x], words[y]), i);
  });

  const seen = new Set<number>();
  const pairs: Pair[] = [];
  const sharedEdges = new Map<string, { members: Set<number>; kind: 'phone' | 'email' }>();
  const consider = (i: number, j: number) => {
    if (i === j) return;
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const key = a * n + b;
    if (seen.has(key)) return;
    seen.add(key);
    const v = judgePair(prepared[a], prepared[b]);
    if (v) pairs.push({ a, b, score: v.score, reasons: v.reasons });
  };
  for (const [key, members] of contactBlocks) {
    if (members.length < 2) continue;
    if (members.length <= MAX_CONTACT_BLOCK)
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) consider(members[x], members[y]);
    sharedEdges.set(key, { members: new Set(members), kind: key.startsWith('p:') ? 'phone' : 'email' });
  }
  for (const inner of nameBlocks.values())
    for (const members of inner.values()) {
      if (members.length < 2 || members.length > MAX_NAME_BLOCK) continue;
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) consider(members[x], members[y]);
    }

  // Groups by the surest pairs first. A group never holds two different numbers (`PT Maju 1`
  // and `PT Maju 12` through a row that has none): the pair that would join them is left out.
  pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  const uf = new UnionFind(n);
  const companyMark = new Map<number, string>();
  const nameMark = new Map<number, string>();
  const conflicts = (marks: Map<number, string>, ra: number, rb: number) =>
    marks.has(ra) && marks.has(rb) && marks.get(ra) !== marks.get(rb);
  prepared.forEach((p, i) => {
    const c = marksOf(p, 'company');
    const m = marksOf(p, 'name');
    if (c !== undefined) companyMark.set(i, c);
    if (m !== undefined) nameMark.set(i, m);
  });
  const kept: Pair[] = [];
  for (const p of pairs) {
    const ra = uf.find(p.a);
    const rb = uf.find(p.b);
    if (ra === rb) {
      kept.push(p);
      continue;
    }
    if (conflicts(companyMark, ra, rb) || conflicts(nameMark, ra, rb)) continue;
    uf.union(p.a, p.b);
    const r = uf.find(p.a);
    for (const marks of [companyMark, nameMark]) {
      const v = marks.get(ra) ?? marks.get(rb);
      if (v !== undefined) marks.set(r, v);
    }
    kept.push(p);
  }
  const groupsMap = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const g = groupsMap.get(r);
    if (g) g.push(i);
    else groupsMap.set(r, [i]);
  }
  const edgesOf = new Map<number, Pair[]>();
  for (const p of kept) {
    const r = uf.find(p.a);
    const e = edgesOf.get(r);
    if (e) e.push(p);
    else edgesOf.set(r, [p]);
  }
  const groups: Group[] = [];
  for (const members of groupsMap.values()) {
    if (members.length < 2) continue;
    const edges = edgesOf.get(uf.find(members[0])) ?? [];
    const reasons = [...new Set(edges.flatMap((e) => e.reasons))];
    const score = Math.round((edges.reduce((n, e) => n + e.score, 0) / edges.length) * 100) / 100;
    groups.push({ members: members.sort((a, b) => a - b), score, reasons });
  }
  groups.sort((a, b) => a.members[0] - b.members[0]);

  // Shared contacts between rows that were not found to be the same client.
  const sharedContacts: SharedContact[] = [];
  for (const [key, { members, kind }] of sharedEdges) {
    const byGroup = new Map<number, number>();
    for (const m of members) byGroup.set(uf.find(m), m);
    if (byGroup.size < 2) continue;
    sharedContacts.push({ members: [...members].sort((a, b) => a - b), contact: key.slice(2), kind });
  }
  sharedContacts.sort((a, b) => a.members[0] - b.members[0]);
  return { groups, sharedContacts };
}

/**
 * Entry's use of the audit rule: existing rows that are the same client as a new
 * lead without sharing a contact (the same person at the same company, with a new phone or
 * email). A cheap name filter comes first, so a save over thousands of rows stays fast.
 */
export function findSameClient(
  lead: MatchRow,
  rows: readonly MatchRow[],
): { index: number; score: number; reasons: Reason[] }[] {
  const x = prepare(lead);
  const stems = x.name.tokens.filter((t) => t.length >= 3).map((t) => t.slice(0, 3));
  if (stems.length === 0 || x.company.kind !== 'company') return [];
  const out: { index: number; score: number; reasons: Reason[] }[] = [];
  rows.forEach((r, index) => {
    const raw = String(r.name ?? '').toLowerCase();
    if (!stems.some((s) => raw.includes(s))) return;
    const j = judgePair(x, prepare(r));
    if (j && !j.shared) out.push({ index, score: j.score, reasons: j.reasons });
  });
  return out.sort((a, b) => b.score - a.score);
}

/**
 * Whether entry may offer "a new deal for <client>" for a row it matched: the same client by the
 * audit's rule, or a shared phone or email with a name that is that client's as people shorten
 * it (every word of the shorter name is one of the other's: `Budi` or `Pak Budi` for Budi
 * Santoso), titles not in conflict (`Ibu` is not `Bapak`). A shared contact with another name is
 * a colleague or a relative: listed, not offered. The audit asks more before it merges; here the
 * person chooses.
 */
export function sameClientAtEntry(typed: MatchRow, existing: MatchRow): boolean {
  const x = prepare(typed);
  const y = prepare(existing);
  if (judgePair(x, y) !== null) return true;
  const shared = x.phones.some((p) => y.phones.includes(p)) || x.emails.some((e) => y.emails.includes(e));
  if (!shared) return false;
  const [a, b] = [titleGender(typed.name), titleGender(existing.name)];
  if (a !== '' && b !== '' && a !== b) return false;
  const names = compareNames(x.name, y.name);
  return names.matched > 0 && names.matched === names.shorter && names.score >= NAME_WITH_CONTACT;
}

/** One pair judged as the audit judges it, with the keys it compared (for tests and reports). */
export function explainPair(a: MatchRow, b: MatchRow) {
  const x = prepare(a);
  const y = prepare(b);
  return {
    verdict: judgePair(x, y),
    x: { ...x, name: { tokens: x.name.tokens } },
    y: { ...y, name: { tokens: y.name.tokens } },
    names: compareNames(x.name, y.name),
    company: compareCompanies(x.company, y.company),
  };
}
