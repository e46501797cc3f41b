// Dates as teams type them in a spreadsheet: `28/11/2026`, `28-11-2026`, `11/28/2026`,
// `28 Nov 2026`, `28 Nopember 2026`, `2026-11-28`, Excel serial numbers. Whether `03/04/2026`
// is 3 April or 4 March is decided per column, from the values that can only be read one way.

export type DayOrder = 'dmy' | 'mdy';

const MONTHS: Record<string, number> = {};
[
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'pebruari', 'february', 'peb'],
  ['mar', 'maret', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['agu', 'agt', 'ags', 'agustus', 'aug', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oktober', 'oct', 'october'],
  ['nov', 'nop', 'november', 'nopember'],
  ['des', 'desember', 'dec', 'december'],
].forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const NAMED = /^(\d{1,2})[\s.-]+([a-z]+)\.?[\s.-]+(\d{4}|\d{2})$/i;

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function ymd(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The order a column's numeric dates must be read in: from values whose first or second part is over 12. */
export function dayOrderOf(values: readonly unknown[]): { order: DayOrder; conflict: boolean } {
  let dmy = 0;
  let mdy = 0;
  for (const v of values) {
    const m = NUMERIC.exec(String(v ?? '').trim());
    if (!m) continue;
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) dmy++;
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) mdy++;
  }
  // Indonesian teams write the day first: that is the reading when nothing decides.
  return { order: mdy > dmy ? 'mdy' : 'dmy', conflict: dmy > 0 && mdy > 0 };
}

export type DateParse = { ok: true; ymd: string } | { ok: false; reason: 'impossible' | 'unreadable' };

/** A typed date to `YYYY-MM-DD`. Excel serials (days since 1899-12-30) count from 1 to 2958465. */
export function parseTypedDate(v: unknown, order: DayOrder = 'dmy'): DateParse {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v > 2958465) return { ok: false, reason: 'unreadable' };
    const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86400000);
    return { ok: true, ymd: t.toISOString().slice(0, 10) };
  }
  const s = String(v ?? '').trim();
  let m = ISO.exec(s);
  if (m) return done(ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  m = NUMERIC.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return done(order === 'dmy' ? ymd(fullYear(m[3]), b, a) : ymd(fullYear(m[3]), a, b));
  }
  m = NAMED.exec(s);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    if (!month) return { ok: false, reason: 'unreadable' };
    return done(ymd(fullYear(m[3]), month, Number(m[1])));
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) return parseTypedDate(Number(s), order);
  return { ok: false, reason: 'unreadable' };
}

const done = (r: string | null): DateParse => (r ? { ok: true, ymd: r } : { ok: false, reason: 'impossible' });
