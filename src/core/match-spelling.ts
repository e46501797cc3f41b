// Spelling and numbers shared by the name and company keys of the matcher: one sound written
// several ways (old spellings, Sundanese P for F), and the numbers that tell look-alikes apart.

/** Old (pre-1972) spellings to today's: Djoko/Joko, Tjahjo/Cahyo, Soedarmo/Sudarmo, Sjarif/Syarif. */
/** Words repeat across a sheet (first names, company words): each is respelled once. */
const respelled = new Map<string, string>();

export function modernSpelling(t: string): string {
  let out = respelled.get(t);
  if (out === undefined) {
    if (respelled.size > 50000) respelled.clear();
    out = respell(t);
    respelled.set(t, out);
  }
  return out;
}

function respell(t: string): string {
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
  const text = String(raw ?? '');
  // Most names hold no digit and no word of roman-numeral letters: nothing to split.
  if (!/\d|(^|[^a-z])[ivx]+([^a-z]|$)/i.test(text)) return [];
  const words = text
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
