// Utilities.formatDate with Java SimpleDateFormat patterns, honouring the time zone
// (gas-local's own mock ignores it).

const MONTHS = [
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
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

const dtfCache = new Map<string, Intl.DateTimeFormat>();

/**
 * A zone's offset (ms) by 15-minute span of UTC: since 1980 every zone changes its offset only
 * at a multiple of 15 minutes of UTC, so one Intl call answers a whole span. A sheet of 250,000
 * dates would otherwise make 250,000 Intl calls (most of the emulation's time in the bench).
 */
const offsetCache = new Map<string, number>();
const SPAN_MS = 15 * 60000;
const SINCE_1980 = Date.UTC(1980, 0, 1);

export function wallClock(date: Date, timeZone: string): WallClock {
  const t = date.getTime();
  if (t >= SINCE_1980) {
    const key = `${timeZone}|${Math.floor(t / SPAN_MS)}`;
    let offset = offsetCache.get(key);
    if (offset === undefined) {
      offset = wallClockOf(date, timeZone).offsetMs;
      if (offsetCache.size > 100000) offsetCache.clear();
      offsetCache.set(key, offset);
    }
    const w = new Date(Math.floor(t / 1000) * 1000 + offset);
    return {
      year: w.getUTCFullYear(),
      month: w.getUTCMonth() + 1,
      day: w.getUTCDate(),
      hour: w.getUTCHours(),
      minute: w.getUTCMinutes(),
      second: w.getUTCSeconds(),
      ms: t % 1000 < 0 ? 1000 + (t % 1000) : t % 1000,
      weekday: w.getUTCDay(),
      offsetMinutes: Math.round(offset / 60000),
    };
  }
  return wallClockOf(date, timeZone).clock;
}

function wallClockOf(date: Date, timeZone: string): { clock: WallClock; offsetMs: number } {
  let dtf = dtfCache.get(timeZone);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    dtfCache.set(timeZone, dtf);
  }
  const parts: Record<string, number> = {};
  for (const p of dtf.formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offsetMs = asUtc - Math.floor(date.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round(offsetMs / 60000);
  const clock: WallClock = {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    ms: date.getTime() % 1000 < 0 ? 1000 + (date.getTime() % 1000) : date.getTime() % 1000,
    weekday: new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay(),
    offsetMinutes,
  };
  return { clock, offsetMs };
}

/** The instant at which the wall clock in `timeZone` shows the given fields. */
export function fromWallClock(timeZone: string, y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): Date {
  const guess = Date.UTC(y, m - 1, d, hh, mm, ss);
  const off = wallClock(new Date(guess), timeZone).offsetMinutes;
  const t = guess - off * 60000;
  const off2 = wallClock(new Date(t), timeZone).offsetMinutes;
  return new Date(guess - off2 * 60000);
}

const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
    throw new Error('Exception: Invalid argument: date');
  }
  const w = wallClock(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    const off = w.offsetMinutes;
    const sign = off < 0 ? '-' : '+';
    switch (c) {
      case 'y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.ms, 3).slice(0, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'E':
        out += n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
        break;
      case 'u':
        out += String(w.weekday === 0 ? 7 : w.weekday);
        break;
      case 'Z':
        out += sign + pad(Math.floor(Math.abs(off) / 60), 2) + pad(Math.abs(off) % 60, 2);
        break;
      case 'X':
        out +=
          off === 0
            ? 'Z'
            : sign +
              pad(Math.floor(Math.abs(off) / 60), 2) +
              (n >= 3 ? ':' : '') +
              (n >= 2 ? pad(Math.abs(off) % 60, 2) : '');
        break;
      default:
        throw new Error(`Exception: Invalid argument: pattern letter ${c}`);
    }
  }
  return out;
}
