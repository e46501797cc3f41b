// Names and companies compared the way Indonesian ones are written: titles and degrees in any
// place, old spellings (Dj/J, Tj/C, Oe/U), Muhammad and its short forms, word order, typos.
import { distance } from 'fastest-levenshtein';

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
const SHORT_FORMS: Record<string, string> = { st: 'siti', abd: 'abdul', abdl: 'abdul', ach: 'ahmad' };

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

/** Old (pre-1972) spellings to today's: Djoko/Joko, Tjahjo/Cahyo, Soedarmo/Sudarmo, Sjarif/Syarif. */
function modernSpelling(t: string): string {
  return (
    t
      .replace(/dj/g, 'j')
      .replace(/tj/g, 'c')
      .replace(/oe/g, 'u')
      .replace(/sj/g, 'sy')
      .replace(/nj/g, 'ny')
      .replace(/ch(?=[aiueo])/g, 'kh')
      // Spellings of one sound that Indonesian names are written with interchangeably:
      // Ramadhan/Ramadan, Fathur/Fatur, Khoirul/Koirul, Qomar/Komar, Sophia/Sofia.
      .replace(/dh/g, 'd')
      .replace(/th/g, 't')
      .replace(/kh/g, 'k')
      .replace(/q/g, 'k')
      .replace(/ph/g, 'f')
      // Sundanese speakers write F and V as P (Fitri/Pitri, Vina/Pina): one letter here.
      .replace(/[fv]/g, 'p')
      // A Y that is not a consonant before a vowel is an I (Dwy/Dwi, Sry/Sri, Evy/Evi); a first
      // letter Y stays (a name does not start with an I written Y).
      .replace(/(?<=.)y(?![aiueo])/g, 'i')
      // A doubled letter is a typo; a doubled digit is a number (`11` is not `1`).
      .replace(/([a-z])\1+/g, '$1')
  );
}

export interface NameKey {
  tokens: string[];
  /** Tokens that were written as an initial (`A.` in `A. Rahman`). */
  initials: Set<string>;
  /** The numbers in the name (see numberMarks): two names with different ones are two. */
  marks?: string[];
}

/** Roman numerals as names number branches and generations (`SMA Negeri II`, `Tahap III`). */
const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
  xiii: 13,
  xiv: 14,
  xv: 15,
  xvi: 16,
  xvii: 17,
  xviii: 18,
  xix: 19,
  xx: 20,
};
/** Words a number follows (`Tahap 2`, `Cabang III`, `Negeri I`): a one-letter numeral after them counts. */
const NUMBERED = new Set([
  'tahap',
  'cabang',
  'cab',
  'unit',
  'jilid',
  'blok',
  'gedung',
  'lantai',
  'no',
  'nomor',
  'negeri',
]);

/**
 * The numbers written in a name (`1`, `12`, `II`, `Tahap 2`, `Cabang 3`), as sorted digit strings
 * (`01` is `1`, `II` is `2`): they tell companies, schools and branches apart, so no typo rule may
 * read `SMA Negeri 1` as `SMA Negeri 2` or `PT Maju 1` as `PT Maju 12`. A one-letter numeral (`I`,
 * `V`, `X`) counts at the end of the name or after a word numbers follow, never as an initial.
 */
export function numberMarks(raw: unknown): string[] {
  const words = String(raw ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const out: string[] = [];
  words.forEach((w, i) => {
    for (const d of w.match(/\d+/g) ?? []) out.push(d.replace(/^0+(?=\d)/, ''));
    const roman = ROMAN[w];
    if (roman && (w.length >= 2 || i === words.length - 1 || NUMBERED.has(words[i - 1] ?? '')) && i > 0)
      out.push(String(roman));
  });
  return out.sort();
}

/** Two names or companies whose numbers differ (both have some) are different ones. */
export function marksConflict(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b || a.length === 0 || b.length === 0) return false;
  return a.length !== b.length || a.some((m, i) => m !== b[i]);
}

export function nameKey(raw: unknown): NameKey {
  let s = String(raw ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  // Degrees after a comma: `Lina Rohaeti, S.E.` — keep what is before the first comma when the rest looks like degrees.
  s = s.replace(/\(([^)]*)\)/g, ' ');
  const initials = new Set<string>();
  const raws = s.split(/[\s,]+/).filter(Boolean);
  const tokens: string[] = [];
  raws.forEach((w, i) => {
    const bare = w.replace(/[^a-z]/g, '');
    if (bare === '') return;
    const isLeading = tokens.length === 0;
    if (isLeading && HONORIFICS.has(bare) && i < raws.length - 1) return;
    if (DEGREES.has(bare) && i > 0) return;
    if (PARTICLES.has(bare) && i > 0 && i < raws.length - 1) return;
    if ((bare === 'i' || bare === 'ni') && BALINESE_ORDER.has((raws[i + 1] ?? '').replace(/[^a-z]/g, ''))) return;
    if (MUHAMMAD.has(bare) || (bare === 'm' && /\./.test(w) && i === 0)) {
      tokens.push('muhammad');
      return;
    }
    // Short forms of common first names, written with a dot: `St.` Siti, `Abd.` Abdul.
    const full = /\./.test(w) ? SHORT_FORMS[bare] : undefined;
    if (full) {
      tokens.push(full);
      return;
    }
    const t = modernSpelling(bare);
    if (t.length === 1 || /^[a-z]\.$/.test(w)) initials.add(t);
    tokens.push(t);
  });
  const marks = numberMarks(raw);
  return marks.length > 0 ? { tokens, initials, marks } : { tokens, initials };
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
  const joined = (xs: string[]) => xs.join('').replace(/(.)\1+/g, '$1');
  if (joined(s.tokens) === joined(l.tokens) || [...s.tokens].sort().join('') === [...l.tokens].sort().join('')) {
    return { score: 0.95, matched: l.tokens.length, shorter: l.tokens.length, longer: l.tokens.length, exact: false };
  }
  const used = new Set<number>();
  let total = 0;
  let matched = 0;
  for (const t of s.tokens) {
    let best = 0;
    let at = -1;
    l.tokens.forEach((u, j) => {
      if (used.has(j)) return;
      const m = match(t, u, s.initials.has(t), l.initials.has(u));
      if (m > best) {
        best = m;
        at = j;
      }
    });
    if (at < 0) return none;
    used.add(at);
    total += best;
    matched++;
  }
  // Every token of the shorter name matched; unmatched extra tokens of the longer cost a little.
  const extra = l.tokens.length - s.tokens.length;
  const score = total / s.tokens.length - 0.05 * extra;
  return { score: Math.max(0, score), matched, shorter: s.tokens.length, longer: l.tokens.length, exact: false };
}

// ------------------------------------------------------------------ companies

const LEGAL_FORMS = new Set([
  'pt',
  'cv',
  'ud',
  'tbk',
  'toko',
  'tk',
  'yayasan',
  'yys',
  'yay',
  'koperasi',
  'kop',
  'ksp',
  'ksu',
  'kud',
  'kopontren',
  'firma',
  'fa',
  'persero',
  'perum',
  'pd',
  'ltd',
  'inc',
  'co',
  'corp',
  'group',
  'grup',
  'usaha',
  'dagang',
]);
const PLACEHOLDERS = new Set([
  '',
  '-',
  '--',
  'na',
  'n/a',
  'tbd',
  'tba',
  'unknown',
  'tidak ada',
  'tidakada',
  'none',
  'null',
  'nil',
  'belum ada',
  '?',
  '.',
  'x',
  'xx',
  'xxx',
]);
const PRIVATE = new Set([
  'pribadi',
  'perorangan',
  'perseorangan',
  'personal',
  'individu',
  'private',
  'rumah',
  'rumah pribadi',
  'sendiri',
]);

export type CompanyKind = 'none' | 'private' | 'company';

export interface CompanyKey {
  kind: CompanyKind;
  /** The core name: legal forms, branch and punctuation removed. */
  tokens: string[];
  core: string;
  /** The words as written (before spelling is normalised), for initials: `APP`, `KSS`. */
  raw: string[];
  /** Its numbers, a branch's too (see numberMarks): companies with different ones are different. */
  marks?: string[];
}

export function isPlaceholder(v: unknown): boolean {
  return PLACEHOLDERS.has(
    String(v ?? '')
      .trim()
      .toLowerCase(),
  );
}

export function companyKey(raw: unknown): CompanyKey {
  const s = String(raw ?? '')
    .trim()
    .toLowerCase();
  if (PLACEHOLDERS.has(s)) return { kind: 'none', tokens: [], core: '', raw: [] };
  if (PRIVATE.has(s.replace(/[^a-z ]/g, '').trim())) return { kind: 'private', tokens: [], core: '', raw: [] };
  // `P.T.`, `PT.`, `p t` are one legal form; a branch (`Cab. Yogyakarta`) is still the company,
  // but a numbered one (`Cabang 3`) is told apart by its number, as `PT Maju 1` is from `PT Maju 12`.
  const cleaned = s
    .replace(/\b(p)\s*\.?\s*(t)\b\.?/g, ' pt ')
    .replace(/\b(c)\s*\.?\s*(v)\b\.?/g, ' cv ')
    .replace(/\b(u)\s*\.?\s*(d)\b\.?/g, ' ud ')
    .replace(/\bsimpan\s+pinjam\b/g, ' ksp ')
    .replace(/\bkoperasi\s+serba\s+usaha\b/g, ' ksu ')
    .replace(/\b(cabang|cab)\b\.?.*$/, '')
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9 ]+/g, ' ');
  const words = cleaned.split(/\s+/).filter((t) => t !== '' && !LEGAL_FORMS.has(t));
  const tokens = words.map(modernSpelling);
  if (tokens.length === 0) return { kind: 'none', tokens: [], core: '', raw: [] };
  const marks = numberMarks(s);
  const key: CompanyKey = { kind: 'company', tokens, core: tokens.join(' '), raw: words };
  return marks.length > 0 ? { ...key, marks } : key;
}

/** 0..1 similarity of two companies' core names (typos, word order, initials). */
export function compareCompanies(a: CompanyKey, b: CompanyKey): number {
  if (a.kind !== 'company' || b.kind !== 'company' || marksConflict(a.marks, b.marks)) return 0;
  if (a.core === b.core) return 1;
  const sa = [...a.tokens].sort().join(' ');
  const sb = [...b.tokens].sort().join(' ');
  if (sa === sb) return 0.95;
  const joinedA = a.tokens.join('');
  const joinedB = b.tokens.join('');
  if (joinedA === joinedB) return 0.95;
  // Initials: `KRM` for `Karya Rejeki Media`.
  // Initials as written (`APP` for Anugerah Permai Percetakan), before spelling is normalised.
  const initialsOf = (k: CompanyKey) => k.raw.map((t) => t[0]).join('');
  const isInitials = (x: CompanyKey, y: CompanyKey) =>
    x.raw.length === 1 && x.raw[0].length >= 2 && x.raw[0] === initialsOf(y);
  if (isInitials(a, b) || isInitials(b, a)) return 0.85;
  const long = Math.max(sa.length, sb.length);
  const ratio = 1 - distance(sa, sb) / long;
  // A word more or less (`Bimbel Matahari Cipta` / `Matahari Cipta`): the shorter inside the longer.
  const [short, longer] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const contained =
    short.tokens.length >= 2 &&
    short.tokens.every((t) =>
      longer.tokens.some((u) => u === t || (t.length >= 4 && t[0] === u[0] && distance(t, u) <= 1)),
    );
  return Math.max(ratio, contained ? 0.88 : 0);
}
