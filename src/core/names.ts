// Names and companies compared the way Indonesian ones are written: titles and degrees in any
// place, old spellings (Dj/J, Tj/C, Oe/U), Muhammad and its short forms, word order, typos.
import { distance } from 'fastest-levenshtein';
import { modernSpelling, numberMarks, marksConflict } from './match-spelling';

export { numberMarks, marksConflict } from './match-spelling';
export {
  companyKey,
  compareCompanies,
  isPlaceholder,
  type CompanyKey,
  type CompanyKind,
} from './match-company';

/** Honorifics and kinship terms written before a name. */
const HONORIFICS = new Set([
  'bapak',
  'bpk',
  'bp',
  'pak',
  'ibu',
  'ib',
  'bu',
  'ny',
  'nyonya',
  'nn',
  'nona',
  'sdr',
  'sdri',
  'saudara',
  'saudari',
  'tn',
  'tuan',
  'mas',
  'mbak',
  'mba',
  'kak',
  'kakak',
  'bang',
  'abang',
  'koh',
  'ko',
  'cik',
  'ci',
  'cici',
  'teh',
  'aa',
  'akang',
  'kang',
  'uda',
  'uni',
  'om',
  'tante',
  'mr',
  'mrs',
  'ms',
  'miss',
  'h',
  'hj',
  'haji',
  'hajjah',
  'kh',
  'ust',
  'ustad',
  'ustadz',
  'ustadzah',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'drg',
  'dok',
]);
/** Academic degrees, written after a name (dots removed: `S.T.` is `st`). */
const DEGREES = new Set([
  'st',
  'se',
  'sh',
  'ssi',
  'skom',
  'spd',
  'spdi',
  'sked',
  'ssos',
  'sip',
  'sag',
  'sak',
  'sp',
  'spsi',
  'sfarm',
  'ssn',
  'sth',
  'stp',
  'sgz',
  'skg',
  'skm',
  'sds',
  'sikom',
  'mt',
  'mm',
  'mba',
  'mkom',
  'msi',
  'mpd',
  'mh',
  'mag',
  'msc',
  'ma',
  'mkes',
  'amd',
  'amdkeb',
  'amdkep',
  'phd',
  'dipl',
  'bsc',
  'ba',
  'ak',
  'cpa',
  'spog',
  'spa',
  'sppd',
  'mars',
]);
/** Batak `boru` / `br.` marks a woman's clan name; it is not part of identity. */
const PARTICLES = new Set(['br', 'boru', 'bin', 'binti']);
/** Balinese names: `I` / `Ni` mark gender before a birth-order name and are often left out. */
const BALINESE_ORDER = new Set([
  'wayan',
  'made',
  'nyoman',
  'ketut',
  'putu',
  'kadek',
  'komang',
  'gede',
  'gusti',
  'luh',
  'nengah',
  'ketu',
]);
/** Short forms of common first names written with a dot (`St.` is Siti; `ST` alone is a degree). */
const SHORT_FORMS: Record<string, string> = { st: 'siti', sti: 'siti', abd: 'abdul', abdl: 'abdul', ach: 'ahmad' };
/** Spellings of one first name, with or without a dot: Nurul is Nur, Achmad is Ahmad, Abd Abdul. */
const NAME_VARIANTS: Record<string, string> = {
  nurul: 'nur',
  abd: 'abdul',
  achmad: 'ahmad',
  akhmad: 'ahmad',
  ahmat: 'ahmad',
  amad: 'ahmad',
};

const MUHAMMAD = new Set([
  'muhammad',
  'muhamad',
  'muhammat',
  'mohammad',
  'mohamad',
  'mohammed',
  'mochammad',
  'mochamad',
  'mokhammad',
  'mokhamad',
  'muhamed',
  'moh',
  'muh',
  'moch',
  'mhd',
  'mhmd',
  'md',
  'muhd',
]);

export interface NameKey {
  tokens: string[];
  /** Tokens that were written as an initial (`A.` in `A. Rahman`). */
  initials: Set<string>;
  /** Each token as typed (lower case, before spellings were unified): a typo is one keystroke there. */
  typed: string[];
  /** The words run together (a doubled letter at a join once), and sorted and joined: see compareNames. */
  joined?: string;
  sorted?: string;
  /** The numbers in the name (see numberMarks): two names with different ones are two. */
  marks?: string[];
}

export function nameKey(raw: unknown): NameKey {
  let s = String(raw ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  // Degrees after a comma: `Lina Rohaeti, S.E.` — keep what is before the first comma when the rest looks like degrees.
  s = s.replace(/\(([^)]*)\)/g, ' ');
  const initials = new Set<string>();
  const typed: string[] = [];
  const raws = s.split(/[\s,]+/).filter(Boolean);
  const tokens: string[] = [];
  raws.forEach((w, i) => {
    const bare = w.replace(/[^a-z]/g, '');
    if (bare === '') return;
    const isLeading = tokens.length === 0;
    if (isLeading && HONORIFICS.has(bare) && i < raws.length - 1) return;
    if (DEGREES.has(bare) && i > 0) return;
    if (PARTICLES.has(bare) && i > 0 && i < raws.length - 1) return;
    // `I` / `Ni` (Balinese) before a birth-order name, or before two words or more (a birth-order
    // name mistyped, `Ni Ketur`, or written as its initial, `Ni P. Purnami`).
    const next = raws[i + 1] ?? '';
    if ((bare === 'i' || bare === 'ni') && (BALINESE_ORDER.has(next.replace(/[^a-z]/g, '')) || i < raws.length - 2))
      return;
    if (MUHAMMAD.has(bare) || (bare === 'm' && /\./.test(w) && i === 0)) {
      tokens.push('muhammad');
      typed.push(bare);
      return;
    }
    // Short forms of common first names: `St.` Siti, `Abd.` Abdul, Nurul/Nur, Achmad/Ahmad.
    const full = (/\./.test(w) ? SHORT_FORMS[bare] : undefined) ?? NAME_VARIANTS[bare];
    if (full) {
      tokens.push(full);
      typed.push(bare);
      return;
    }
    const t = modernSpelling(bare);
    if (t.length === 1 || /^[a-z]\.$/.test(w)) initials.add(t);
    tokens.push(t);
    typed.push(bare);
  });
  const marks = numberMarks(raw);
  const key: NameKey = { tokens, initials, typed, joined: joinedWords(tokens), sorted: [...tokens].sort().join('') };
  return marks.length > 0 ? { ...key, marks } : key;
}

/** Words written together or apart (`Butarbutar` / `Butar Butar`), a doubled letter at the join once. */
function joinedWords(xs: string[]): string {
  return xs.join('').replace(/(.)\1+/g, '$1');
}

/** Two name tokens are the same when equal, a typo apart, or one is the other's initial. */
export function tokenMatch(a: string, b: string, aInitial: boolean, bInitial: boolean): number {
  if (a === b) return a.length === 1 ? 0.6 : 1;
  if ((aInitial || a.length === 1) && b.startsWith(a)) return 0.6;
  if ((bInitial || b.length === 1) && a.startsWith(b)) return 0.6;
  if (Math.min(a.length, b.length) < 3) return 0;
  // Three letters: only two neighbours swapped (`Thoi` / `Thio`) is a typo.
  if (Math.max(a.length, b.length) < 4) return a[0] === b[0] && transposed(a, b) ? 0.85 : 0;
  // A typo keeps the first letter; transposed neighbours count as one edit.
  if (a[0] !== b[0]) return 0;
  const d = Math.min(distance(a, b), transposed(a, b) ? 1 : 99);
  const long = Math.max(a.length, b.length);
  if (d === 1) return 0.85;
  if (d === 2 && long >= 7) return 0.75;
  return 0;
}

function transposed(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

export interface NameComparison {
  /** 0..1: how well every token of the shorter name is found in the longer one. */
  score: number;
  /** Tokens of the shorter name that matched. */
  matched: number;
  shorter: number;
  longer: number;
  exact: boolean;
}

/**
 * A looser token likeness, for when the contact evidence is strong (the same phone and the same
 * email, or a shared contact at the same company): one minus the edit distance over the longer
 * token, so a typo in the first letter (`Ddan`/`Dadan`) or two in a short name still counts.
 */
export function softTokenMatch(a: string, b: string, aInitial: boolean, bInitial: boolean): number {
  const strict = tokenMatch(a, b, aInitial, bInitial);
  if (strict > 0) return strict;
  // Two letters left after a doubled letter was typed (`Sii`, `Boo`): the start of the other.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 2 && long.length >= 3 && long.startsWith(short)) return 0.6;
  if (short.length < 3) return 0;
  const d = Math.min(distance(a, b), transposed(a, b) ? 1 : 99);
  return Math.max(0, 1 - d / Math.max(a.length, b.length));
}

/** Compares names as sets of tokens (any order); the shorter name must be wholly in the longer. */
export function compareNames(a: NameKey, b: NameKey, match: typeof tokenMatch = tokenMatch): NameComparison {
  const [s, l] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const none = { score: 0, matched: 0, shorter: s.tokens.length, longer: l.tokens.length, exact: false };
  if (s.tokens.length === 0 || marksConflict(a.marks, b.marks)) return none;
  if (s.tokens.join(' ') === l.tokens.join(' '))
    return { score: 1, matched: s.tokens.length, shorter: s.tokens.length, longer: l.tokens.length, exact: true };
  // Written together or apart: `Butarbutar` / `Butar Butar`, `Nurrahmah` / `Nur Rahmah` (a
  // doubled letter at the join counts once). Such a name counts as the longer one, not one word.
  const sortedOf = (k: NameKey) => k.sorted ?? [...k.tokens].sort().join('');
  if ((s.joined ?? joinedWords(s.tokens)) === (l.joined ?? joinedWords(l.tokens)) || sortedOf(s) === sortedOf(l)) {
    return { score: 0.95, matched: l.tokens.length, shorter: l.tokens.length, longer: l.tokens.length, exact: false };
  }
  let used = 0; // a bit per word of the longer name
  let total = 0;
  let matched = 0;
  let spelled = 0;
  let initials = 0;
  const lt = l.tokens;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    const tInitial = s.initials.has(t);
    const x = s.typed?.[i];
    let best = 0;
    let at = -1;
    for (let j = 0; j < lt.length && j < 30; j++) {
      if (used & (1 << j)) continue;
      const u = lt[j];
      let m = match(t, u, tInitial, l.initials.has(u));
      // A typo in the word as typed (`Achnad` / `Achmad`), before spellings were unified.
      const y = l.typed?.[j];
      if (m < 0.85 && x && y && (x !== t || y !== u)) m = Math.max(m, match(x, y, false, false));
      if (m > best) {
        best = m;
        at = j;
      }
    }
    if (at < 0) return none;
    used |= 1 << at;
    total += best;
    matched++;
    const u = l.tokens[at];
    if (best === 1 && t.length > 1) spelled++;
    else if (t !== u && (t.length === 1 || u.length === 1) && t[0] === u[0]) initials++;
  }
  // A word written as its initial (`Rizal H.`, `Ni K. Murniasih`, `A. Ghozali Ramadhan`) in a name
  // whose other words are all there: the more words spelled out, the surer the initial.
  if (initials > 0 && spelled + initials === s.tokens.length && spelled > 0)
    total += initials * ((spelled >= 2 ? 0.9 : 0.75) - 0.6);
  // Every token of the shorter name matched; unmatched extra tokens of the longer cost a little.
  const extra = l.tokens.length - s.tokens.length;
  const score = total / s.tokens.length - 0.05 * extra;
  return { score: Math.max(0, score), matched, shorter: s.tokens.length, longer: l.tokens.length, exact: false };
}

/** Whether two words are at most one keystroke apart (one letter added, dropped, changed, or two swapped). */
export function oneKeystroke(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The same name with one word mistyped by one keystroke as typed (`Tri Raayu` / `Tri Rahayu`,
 * `Ferry jTandra` / `Ferry Tjandra`), every other word the same and in the same order, at least
 * one of them spelled out. A short word (under five letters) only counts with its first letter
 * kept and no letter changed for another: `Rina` / `Rini`, `Sri` / `Tri` are different people
 * (unless `lenient`: a mailbox named after the person says who it is).
 */
export function oneTypoApart(a: NameKey, b: NameKey, lenient = false): boolean {
  if (a.tokens.length !== b.tokens.length || a.tokens.length < 2) return false;
  let typos = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    if (a.tokens[i] === b.tokens[i]) continue;
    const x = a.typed[i] ?? a.tokens[i];
    const y = b.typed[i] ?? b.tokens[i];
    if (++typos > 1 || Math.min(x.length, y.length) < 3 || !oneKeystroke(x, y)) return false;
    if (!lenient && Math.max(x.length, y.length) < 5 && (x[0] !== y[0] || (x.length === y.length && !transposed(x, y))))
      return false;
  }
  return typos === 1 && a.tokens.some((t, i) => t === b.tokens[i] && t.length >= 3);
}
