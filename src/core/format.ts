// How dates and phones are shown to people (issue 29): `7 Desember 2026`, `Senin, 7 Des`,
// `0812-3456-7890`. Cells and JSON keep ISO dates and E.164 phones; only what a person reads
// goes through here, on the server and in the pages alike (this module is small and pure).
import { isValidPhone, parsePhone } from './phone';
import type { Lang } from './i18n/entry';

const MONTHS: Record<Lang, string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const MONTHS_SHORT: Record<Lang, string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const WEEKDAYS: Record<Lang, string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** The calendar parts of `YYYY-MM-DD` (or the date part of an ISO date-time), or null. */
function parts(ymd: string): { y: number; m: number; d: number; wd: number } | null {
  const x = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(ymd ?? ''));
  if (!x) return null;
  const y = Number(x[1]);
  const m = Number(x[2]);
  const d = Number(x[3]);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

export type DayStyle =
  /** `7 Desember 2026` · `7 December 2026`: in messages to clients and wherever the year matters. */
  | 'long'
  /** `7 Des 2026` · `7 Dec 2026`: in lists and tables. */
  | 'medium'
  /** `Senin, 7 Des` · `Mon, 7 Dec`: the days of this year's plan (Today, follow-ups). */
  | 'weekday';

/**
 * A calendar day as people write it. Text that is not a date comes back as it is (a cell may
 * hold anything), and '' stays ''.
 */
export function formatDay(ymd: string, lang: Lang, style: DayStyle = 'long'): string {
  const p = parts(ymd);
  if (!p) return String(ymd ?? '');
  if (style === 'long') return `${p.d} ${MONTHS[lang][p.m - 1]} ${p.y}`;
  if (style === 'medium') return `${p.d} ${MONTHS_SHORT[lang][p.m - 1]} ${p.y}`;
  return `${WEEKDAYS[lang][p.wd].slice(0, lang === 'en' ? 3 : undefined)}, ${p.d} ${MONTHS_SHORT[lang][p.m - 1]}`;
}

/** A calendar day to prefill a field with, as people type it and as entry reads it: `20/12/2026`. */
export function formatDateInput(ymd: string): string {
  const p = parts(ymd);
  if (!p) return String(ymd ?? '');
  return `${String(p.d).padStart(2, '0')}/${String(p.m).padStart(2, '0')}/${p.y}`;
}

/**
 * A local date-time (`YYYY-MM-DD HH:mm`, or an ISO string already shifted to local time) as
 * `7 Des 2026 14.30` (Indonesian writes the time with a dot) or `7 Dec 2026 14:30`.
 */
export function formatDateTime(local: string, lang: Lang): string {
  const s = String(local ?? '');
  const time = /[ T](\d{2}):(\d{2})/.exec(s);
  const day = formatDay(s, lang, 'medium');
  if (!time || day === s) return s;
  return `${day} ${time[1]}${lang === 'id' ? '.' : ':'}${time[2]}`;
}

/**
 * A stored phone (E.164) as people read it: an Indonesian number in the national way
 * (`0812-3456-7890`, `(021) 5551234`), any other with its country code (`+65 6123 4567`).
 * Text that is not a number we know comes back as it is.
 */
export function formatPhone(e164: string): string {
  const s = String(e164 ?? '').trim();
  if (!s.startsWith('+')) return s;
  const p = parsePhone(s);
  if (!isValidPhone(p)) return s;
  return p.country === 'ID' ? p.formatNational() : p.formatInternational();
}
