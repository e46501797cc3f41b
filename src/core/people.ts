// Who an Owner cell means. Teams write their people as they say them: `Rudi`, `rudi`, `Rudi H.`,
// `RH`, `Dimas Prasetyo`, `dimas@toko.id`. The Owner column holds an email (the digest, Today,
// the scorecard and `{sales}` all key on it), so each written value is matched to a Team row
// here, by one rule that the import, Set up / repair and the Summary all use. A value that fits
// no one, or more than one person, is asked about once, never guessed.
import { normalizeEmail } from './email';
import { userText, type Message } from './i18n';

export interface Person {
  email: string;
  name: string;
}

/** How a value was matched: an email, a Team row by its name, or not at all. */
export type OwnerHow = 'email' | 'name' | 'unknown' | 'ambiguous' | 'empty';

export interface OwnerMatch {
  /** The owner's email, '' when the value matches no one (or several people). */
  email: string;
  how: OwnerHow;
  /** The Team members the value could mean (ambiguous: several; name: the one). */
  candidates: string[];
}

/** An answer meaning "this value is nobody: leave Owner empty". */
export const NO_OWNER = '(none)';

/** A name reduced to what identifies it: `Dédé  Rudi-H.` → `dede rudi h`. */
export function personKey(v: unknown): string {
  return String(v ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9@]+/g, ' ')
    .trim();
}

const tokens = (s: string) => personKey(s).split(' ').filter(Boolean);

/** The ways a Team row may be written, strongest first. */
function spellings(p: Person): string[][] {
  const name = tokens(p.name);
  const local = tokens(p.email.split('@')[0]);
  const out: string[][] = [];
  if (name.length > 0) out.push([name.join(' ')]);
  if (local.length > 0) out.push([local.join(' '), local.join('')]);
  return out;
}

/** Each token of the value is a name's token in order, or its initial (`Rudi H` for Rudi Hartono). */
function fitsTokens(value: string[], name: string[]): boolean {
  if (value.length === 0 || value.length > name.length) return false;
  let j = 0;
  for (const v of value) {
    while (j < name.length && !(name[j] === v || (v.length === 1 && name[j].startsWith(v)))) j++;
    if (j === name.length) return false;
    j++;
  }
  // At least one whole word: a lone `R` is not a person.
  return value.some((v) => v.length > 1);
}

/** Initials: `RH` or `R.H.` for Rudi Hartono (two or more letters, every word of the name). */
const initialsOf = (name: string[]) => name.map((t) => t[0]).join('');

/**
 * Matches one written owner to the Team. Levels, each only when it names one person: the email
 * itself; the full name or the email's name part; the first name (or words and initials in
 * order, `Rudi H`); the initials.
 */
export function matchOwner(raw: unknown, team: readonly Person[]): OwnerMatch {
  const text = String(raw ?? '').trim();
  if (text === '') return { email: '', how: 'empty', candidates: [] };
  const e = normalizeEmail(text);
  if (e.ok) return { email: e.email, how: 'email', candidates: [] };
  const key = personKey(text);
  const v = tokens(text);
  const compact = v.join('');
  const levels: ((p: Person) => boolean)[] = [
    (p) => spellings(p).some((s) => s.includes(key)),
    (p) => fitsTokens(v, tokens(p.name)) || fitsTokens(v, tokens(p.email.split('@')[0])),
    (p) =>
      v.length === 1 && compact.length >= 2 && tokens(p.name).length >= 2 && initialsOf(tokens(p.name)) === compact,
    (p) => v.every((t) => t.length === 1) && v.length >= 2 && initialsOf(tokens(p.name)) === compact,
  ];
  for (const level of levels) {
    const hits = team.filter(level);
    if (hits.length === 1) return { email: hits[0].email, how: 'name', candidates: [hits[0].email] };
    if (hits.length > 1) return { email: '', how: 'ambiguous', candidates: hits.map((p) => p.email) };
  }
  return { email: '', how: 'unknown', candidates: [] };
}

export interface OwnerValue {
  /** The value as first written (one line per value, whatever its case or spacing). */
  value: string;
  /** Rows holding it (as the caller numbers them). */
  rows: number[];
  match: OwnerMatch;
}

/**
 * The distinct written owners of a column (case, spaces and diacritics aside), each with the
 * rows that hold it and its match. Empty cells are left out.
 */
export function ownerValues(cells: readonly { row: number; value: unknown }[], team: readonly Person[]): OwnerValue[] {
  const byKey = new Map<string, OwnerValue>();
  for (const c of cells) {
    const text = String(c.value ?? '').trim();
    if (text === '') continue;
    const e = normalizeEmail(text);
    const key = e.ok ? e.email : personKey(text);
    const known = byKey.get(key);
    if (known) known.rows.push(c.row);
    else byKey.set(key, { value: text, rows: [c.row], match: matchOwner(text, team) });
  }
  return [...byKey.values()];
}

/** An answer found for a value: by the value as written, else by any spelling of the same key. */
export function answerFor(answers: Readonly<Record<string, string>> | undefined, value: string): string | undefined {
  if (!answers) return undefined;
  if (Object.prototype.hasOwnProperty.call(answers, value)) return answers[value];
  const key = personKey(value);
  for (const k of Object.keys(answers)) if (personKey(k) === key) return answers[k];
  return undefined;
}

export type OwnerAnswer =
  | { kind: 'none' }
  | { kind: 'member'; email: string }
  | { kind: 'new'; email: string }
  | { kind: 'bad' };

/** What an answer means: nobody, a Team member, a new Team row with that email, or not an email. */
export function readOwnerAnswer(answer: string, team: readonly Person[]): OwnerAnswer {
  if (answer.trim() === NO_OWNER) return { kind: 'none' };
  const e = normalizeEmail(answer);
  if (!e.ok) return { kind: 'bad' };
  return team.some((p) => p.email === e.email) ? { kind: 'member', email: e.email } : { kind: 'new', email: e.email };
}

/**
 * An Owner typed into a form: an email as it is, a Team member's name as people say it (`Rudi`,
 * `Rudi H`, `RH`) as that member's email, '' as ''. A name that fits no one or several people is
 * refused, saying whom it could be: an owner is never guessed.
 */
export function typedOwner(
  raw: unknown,
  team: readonly Person[],
): { ok: true; owner: string } | { ok: false; error: Message } {
  const m = matchOwner(raw, team);
  if (m.how === 'email' || m.how === 'name' || m.how === 'empty') return { ok: true, owner: m.email };
  const value = userText(String(raw ?? '').trim());
  if (m.how === 'ambiguous') {
    const names = m.candidates.map((e) => `${team.find((p) => p.email === e)?.name || e} (${e})`).join(', ');
    return { ok: false, error: { key: 'valid.ownerAmbiguous', params: { value, names } } };
  }
  return { ok: false, error: { key: 'valid.ownerUnknown', params: { value } } };
}
