// Calendar dates in the spreadsheet's time zone, given as an offset from UTC (the gas layer
// reads it once per execution; Asia/Jakarta is +07:00 all year). Dates travel as YYYY-MM-DD.

const DAY = 86400000;
/** The largest time a Date holds (ECMAScript's time range). */
const MAX_TIME = 8.64e15;

// Taken once: in the local emulation (a vm context) every global name looked up per cell goes
// through the context's interceptor, which made these the hottest lines of a 50,000-lead run.
const getTime = Date.prototype.getTime;
const floor = Math.floor;
const notANumber = Number.isNaN;

/**
 * A valid Date of any realm (a cell's Date may come from another context than the script's):
 * `getTime.call` checks the [[DateValue]] slot and throws for anything else.
 */
export const isDate = (v: unknown): v is Date => {
  if (typeof v !== 'object' || v === null) return false;
  try {
    return !notANumber(getTime.call(v));
  } catch {
    return false;
  }
};

/** A cell as trimmed text ('' when empty). Text, most cells, skips the `String()` call. */
export const cellText = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v).trim();

/** `YYYY-MM-DD` to the instant of local midnight; null when it is not a real date. */
export function parseYmd(s: unknown, offsetMinutes: number): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(s ?? '').trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(t - offsetMinutes * 60000);
}

/** The local calendar day of an instant, `YYYY-MM-DD`. */
export function toYmd(d: Date, offsetMinutes: number): string {
  const local = d.getTime() + offsetMinutes * 60000;
  // No date, or past the range of one: toISOString's RangeError, as before.
  if (!(local <= MAX_TIME && local >= -MAX_TIME)) return new Date(local).toISOString().slice(0, 10);
  return dayYmd(floor(local / DAY));
}

/** The local day number (days since 1970-01-01) of an instant: floor, so days before 1970 too. */
export function localDay(t: number, offsetMinutes: number): number {
  return floor((t + offsetMinutes * 60000) / DAY);
}

/** Local day number of the Monday on or before `day` (1970-01-01, day 0, was a Thursday). */
export function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The day last asked for: a sheet's rows run in date order, so most asks repeat the one before. */
let lastDay = Number.NaN;
let lastYmd = '';

/** A local day number as `YYYY-MM-DD` (what toISOString gives; it throws alike for no date). */
export function dayYmd(day: number): string {
  if (day !== lastDay) {
    lastYmd = new Date(day * DAY).toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastYmd;
}

/** Local midnight of the day an instant falls on. */
export function startOfDay(d: Date, offsetMinutes: number): Date {
  return parseYmd(toYmd(d, offsetMinutes), offsetMinutes)!;
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY);
}

export function addHours(d: Date, hours: number): Date {
  return new Date(d.getTime() + hours * 3600000);
}

/** Same local day-of-month `months` later (clamped to the month's last day). */
export function addMonths(d: Date, months: number, offsetMinutes: number): Date {
  const [y, m, day] = toYmd(d, offsetMinutes).split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return parseYmd(
    `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`,
    offsetMinutes,
  )!;
}

/**
 * A cell that should hold a date, read leniently: a Date, an ISO string (legacy imports hold
 * `2025-11-05T16:37:25+07:00` as text), or `YYYY-MM-DD`. Anything else is null.
 */
export function cellDate(v: unknown, offsetMinutes: number): Date | null {
  if (isDate(v)) return v;
  if (typeof v !== 'string' || v.trim() === '') return null;
  const s = v.trim();
  const ymd = parseYmd(s, offsetMinutes);
  if (ymd) return ymd;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
    const t = Date.parse(s);
    return Number.isFinite(t) ? new Date(t) : null;
  }
  return null;
}

/** `+0700` (Utilities.formatDate's `Z`) to minutes. */
export function offsetFromZ(z: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The next instant, after `now`, at which the local clock shows `hour`:00. */
export function nextAtHour(now: Date, hour: number, offsetMinutes: number): Date {
  const today = parseYmd(toYmd(now, offsetMinutes), offsetMinutes)!;
  const at = addHours(today, hour);
  return at > now ? at : addDays(at, 1);
}

/** `YYYY-MM-DD HH:mm` in local time, for people to read. */
export function localDateTime(d: Date, offsetMinutes: number): string {
  return new Date(d.getTime() + offsetMinutes * 60000).toISOString().slice(0, 16).replace('T', ' ');
}
