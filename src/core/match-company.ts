// Companies compared the way Indonesian ones are written: legal forms and type words in any
// place or short form, branches and cities added or dropped, abbreviated words, initials.
import { distance } from 'fastest-levenshtein';
import { modernSpelling, numberMarks, marksConflict } from './match-spelling';

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
  /** Initials the company may be written as (of all its words, without legal forms…). */
  initials?: string[];
  /** Its words in alphabetical order, joined (word order does not matter). */
  sorted?: string;
  /** The company without a branch or city written after its name, when it has one. */
  base?: CompanyKey;
  /** Which words were written with a dot (`Pend.`): abbreviations. */
  dotted?: boolean[];
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

/**
 * Type words of a company, dropped with the legal forms: how people write the kind of place, in
 * full or short, before or after its name (`RS`/`Rumah Sakit`, `Perum`/`Perumahan`, `Sek.`).
 */
const TYPE_WORDS = new Set(['rs', 'rsu', 'tb', 'sekolah', 'sek', 'perumahan', 'kopkar', 'koperasi', 'kop']);

/** Cities a branch is named after (`PT Maju Cabang Medan`, `PT Maju - Surabaya`, `PT Maju Bandung`). */
const CITIES = new Set(
  (
    'jakarta bandung surabaya medan semarang makassar palembang denpasar yogyakarta jogja jogjakarta malang bekasi ' +
    'tangerang depok bogor batam pekanbaru balikpapan samarinda pontianak manado solo surakarta cirebon padang ' +
    'jambi lampung bandar banjarmasin kupang mataram ambon jayapura sorong kendari palu gorontalo serang cilegon ' +
    'tasikmalaya sukabumi karawang purwakarta kediri madiun jember banyuwangi sidoarjo gresik mojokerto pasuruan ' +
    'probolinggo blitar tegal pekalongan kudus magelang salatiga klaten sleman bantul cianjur garut bali lombok ' +
    'aceh banda siantar binjai bukittinggi bengkulu pangkalpinang tanjungpinang tarakan bontang'
  ).split(' '),
);
const DIRECTIONS = new Set(['utara', 'selatan', 'barat', 'timur', 'pusat', 'tengah', 'raya']);
/** Words that name an office rather than the company: `Kantor Pusat`, `(Pusat)`, `Perwakilan`. */
const OFFICE_WORDS = new Set(['pusat', 'kantor', 'kp', 'perwakilan', 'wilayah', 'area', 'regional', 'head', 'office']);

/** Drops a branch or city written after the name (the name itself keeps at least one word). */
function dropBranch(words: string[]): string[] {
  const w = [...words];
  for (;;) {
    const last = w[w.length - 1];
    const prev = w[w.length - 2];
    if (w.length <= 1) return w;
    if (OFFICE_WORDS.has(last) || CITIES.has(last)) w.pop();
    else if (DIRECTIONS.has(last) && prev !== undefined && CITIES.has(prev) && w.length > 2) w.splice(-2, 2);
    else return w;
  }
}

/** Initials a company may be written as: of all its words, without its legal forms and type words. */
function initialsOf(words: string[]): string[] {
  const all = words.filter((t) => !/^\d+$/.test(t));
  const core = all.filter((t) => !LEGAL_FORMS.has(t) && !TYPE_WORDS.has(t));
  const noForm = LEGAL_FORMS.has(all[0] ?? '') || TYPE_WORDS.has(all[0] ?? '') ? all.slice(1) : all;
  const out = new Set<string>();
  for (const ws of [all, core, noForm]) if (ws.length >= 2) out.add(ws.map((t) => t[0]).join(''));
  return [...out];
}

export function companyKey(raw: unknown): CompanyKey {
  const s = String(raw ?? '')
    .trim()
    .toLowerCase();
  if (PLACEHOLDERS.has(s)) return { kind: 'none', tokens: [], core: '', raw: [] };
  if (PRIVATE.has(s.replace(/[^a-z ]/g, '').trim())) return { kind: 'private', tokens: [], core: '', raw: [] };
  // `P.T.`, `PT.`, `p t` are one legal form; a branch (`Cab. Yogyakarta`) is still the company,
  // but a numbered one (`Cabang 3`) is told apart by its number, as `PT Maju 1` is from `PT Maju 12`.
  const formed = s
    .replace(/\b(p)\s*\.?\s*(t)\b\.?/g, ' pt ')
    .replace(/\b(c)\s*\.?\s*(v)\b\.?/g, ' cv ')
    .replace(/\b(u)\s*\.?\s*(d)\b\.?/g, ' ud ')
    .replace(/\b(r)\s*\.?\s*(s)\b\.?/g, ' rs ')
    .replace(/\brumah\s+sakit\b/g, ' rs ')
    // A building-supply shop, as its signboard writes it: `TB Sinar` is `Toko Bangunan Sinar`.
    .replace(/\b(?:toko|tk)\s*\.?\s*bangunan\b/g, ' tb ')
    .replace(/\bt\s*\.\s*b\b\.?/g, ' tb ')
    // State schools: `SMAN 1` is `SMA Negeri 1`.
    .replace(/\b(sd|smp|sma|smk|man|mtsn|min)n\b/g, ' $1 negeri ')
    .replace(/\b(cabang|cab)\b\.?.*$/, '')
    .replace(/&/g, ' dan ');
  // Initials as written (`KRM`, `K.R.M.`), before the words are cut down.
  const written = formed
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const cleaned = formed
    .replace(/\bsimpan\s+pinjam\b/g, ' ksp ')
    .replace(/\bkoperasi\s+serba\s+usaha\b/g, ' ksu ')
    // A short word with a dot is an abbreviation (`Pend.`, `Ind.`): marked to compare as one.
    .replace(/\b([a-z]{1,6})\.(?=\s|$|[a-z])/g, ' $1~ ')
    .replace(/[^a-z0-9~ ]+/g, ' ');
  let words = cleaned
    .split(/\s+/)
    .filter((t) => t !== '' && !LEGAL_FORMS.has(t.replace('~', '')) && !TYPE_WORDS.has(t.replace('~', '')));
  // Single letters written apart (`K R M`, `K.R.M.`) are one set of initials.
  if (words.length >= 2 && words.every((t) => /^[a-z]~?$/.test(t))) words = [words.map((t) => t[0]).join('')];
  if (words.length === 0) return { kind: 'none', tokens: [], core: '', raw: [] };
  const marks = numberMarks(s);
  const initials = [
    ...new Set([...initialsOf(written), ...(words.length >= 2 ? [words.map((t) => t[0]).join('')] : [])]),
  ];
  const keyOf = (ws: string[]): CompanyKey => {
    const raw = ws.map((t) => t.replace('~', ''));
    const tokens = raw.map(modernSpelling);
    const key: CompanyKey = {
      kind: 'company',
      tokens,
      core: tokens.join(' '),
      sorted: [...tokens].sort().join(' '),
      raw,
      initials,
      dotted: ws.map((t) => t.endsWith('~')),
    };
    return marks.length > 0 ? { ...key, marks } : key;
  };
  const key = keyOf(words);
  // Also compared without a branch or city written after the name (`PT Maju Surabaya`, `Pusat`).
  const base = dropBranch(words);
  return base.length < words.length ? { ...key, base: keyOf(base) } : key;
}

/** Whether `short` is an abbreviation of `long`: `Pend.`, `Ind.`, `Indo`, `Mkmr`, `Sejht` (its letters in order). */
function abbreviates(short: string, long: string, dotted: boolean): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  if (j < short.length) return false;
  // Without a dot: the start of the word (four letters or more), or its consonants (`Mkmr`).
  return (
    dotted || (short.length >= 4 && long.startsWith(short)) || (short.length >= 3 && !/[aiueo]/.test(short.slice(1)))
  );
}

/** Short forms of company words common enough to be read as the word (`Garuda Ina`, `Indo`, `Intl`). */
const WORD_SHORT: Record<string, string> = {
  ina: 'indonesia',
  indo: 'indonesia',
  ind: 'indonesia',
  intl: 'internasional',
  int: 'internasional',
  nus: 'nusantara',
};

/** How two company words agree: 1 the same, 0.9 a typo or an abbreviation, 0 not. */
function wordMatch(a: CompanyKey, i: number, b: CompanyKey, j: number): number {
  const x = a.tokens[i];
  const y = b.tokens[j];
  if (x === y) return 1;
  if (x.length >= 4 && y.length >= 4 && x[0] === y[0] && distance(x, y) <= 1) return 0.9;
  if (WORD_SHORT[a.raw[i]] === b.raw[j] || WORD_SHORT[b.raw[j]] === a.raw[i]) return 0.8;
  if (abbreviates(a.raw[i], b.raw[j], a.dotted?.[i] ?? false)) return 0.8;
  if (abbreviates(b.raw[j], a.raw[i], b.dotted?.[j] ?? false)) return 0.8;
  return 0;
}

/**
 * The shorter name's words, in order, inside the longer one's (each the same, a typo or an
 * abbreviation), at least one of them a whole word of three letters or more: 0.9 when the words
 * pair up one to one, 0.88 when the longer has more; 0 otherwise.
 */
function alignedWords(a: CompanyKey, b: CompanyKey): number {
  const [s, l] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (s.tokens.length === 0 || (s.tokens.length < 2 && s.tokens.length !== l.tokens.length)) return 0;
  let j = 0;
  let whole = false;
  for (let i = 0; i < s.tokens.length; i++) {
    let m = 0;
    for (; j < l.tokens.length; j++) {
      m = wordMatch(s, i, l, j);
      if (m > 0) break;
    }
    if (j >= l.tokens.length) return 0;
    if (m >= 0.9 && s.tokens[i].length >= 3) whole = true;
    j++;
  }
  if (!whole) return 0;
  return s.tokens.length === l.tokens.length ? 0.9 : 0.88;
}

/** 0..1 similarity of two companies' core names (typos, word order, initials, with or without a branch). */
export function compareCompanies(a: CompanyKey, b: CompanyKey): number {
  if (a.kind !== 'company' || b.kind !== 'company' || marksConflict(a.marks, b.marks)) return 0;
  let best = compareCores(a, b);
  if (best < 1 && a.base) best = Math.max(best, compareCores(a.base, b));
  if (best < 1 && b.base) best = Math.max(best, compareCores(a, b.base));
  if (best < 1 && a.base && b.base) best = Math.max(best, compareCores(a.base, b.base));
  return best;
}

function compareCores(a: CompanyKey, b: CompanyKey): number {
  if (a.core === b.core) return 1;
  const sa = a.sorted ?? [...a.tokens].sort().join(' ');
  const sb = b.sorted ?? [...b.tokens].sort().join(' ');
  if (sa === sb) return 0.95;
  if (a.tokens.join('') === b.tokens.join('')) return 0.95;
  // Initials as written (`APP` for Anugerah Permai Percetakan, `KSPMS` for Koperasi Simpan
  // Pinjam Mandiri Sari), before spelling is normalised.
  const isInitials = (x: CompanyKey, y: CompanyKey) =>
    x.raw.length === 1 && x.raw[0].length >= 2 && (y.initials ?? []).includes(x.raw[0]);
  // Two letters (`BT`) fit many firms: enough beside a shared contact, not alone.
  if (isInitials(a, b) || isInitials(b, a)) return Math.min(a.raw[0].length, b.raw[0].length) >= 3 ? 0.85 : 0.8;
  const long = Math.max(sa.length, sb.length);
  const ratio = 1 - distance(sa, sb) / long;
  // A word more or less (`Bimbel Matahari Cipta` / `Matahari Cipta`), or abbreviated (`Pend.`).
  return Math.max(ratio, alignedWords(a, b));
}
