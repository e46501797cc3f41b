// A time zone's offset from UTC at any instant, learnt from a probe (in Apps Script,
// `Utilities.formatDate(date, zone, 'Z')`, one service call each). A date is converted with the
// offset its zone had at that date, never with today's: in a zone with daylight saving, a July
// time taken with November's offset moves an hour. Plain data only; the gas layer gives the probe.

const MINUTE = 60000;
/**
 * The probes' grid: the offset is asked at every multiple of two weeks that a date falls
 * between. No zone changes its offset twice within two weeks (tzdb: changes are a month or more
 * apart), so equal offsets at both ends of a step mean none changed inside it.
 */
const STEP = 14 * 86400000;

export class ZoneClock {
  private readonly grid = new Map<number, number>();
  private readonly changes = new Map<number, number>();
  private readonly newYears = new Map<number, number>();

  /** `probe(t)`: minutes east of UTC at the instant `t` (ms). */
  constructor(private readonly probe: (t: number) => number) {}

  /** A zone with one offset for ever (tests; a fixed offset). */
  static fixed(offsetMinutes: number): ZoneClock {
    return new ZoneClock(() => offsetMinutes);
  }

  /**
   * Minutes east of UTC at the instant `t` (ms). The probes are the two ends of `t`'s two-week
   * step, shared by every date in it, and the minute the offset changes when it does (a
   * bisection, about 15 probes): the calls grow with the weeks the dates span, never with rows.
   */
  offsetAt(t: number): number {
    const k = Math.floor(t / STEP);
    const a = this.at(k);
    const b = this.at(k + 1);
    if (a === b) return a;
    let change = this.changes.get(k);
    if (change === undefined) {
      // Offsets change on a whole minute: find the first minute with the new offset.
      let lo = (k * STEP) / MINUTE;
      let hi = ((k + 1) * STEP) / MINUTE;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (this.probe(mid * MINUTE) === a) lo = mid;
        else hi = mid;
      }
      change = hi * MINUTE;
      this.changes.set(k, change);
    }
    return t < change ? a : b;
  }

  /** The wall clock at an instant, as milliseconds read as if UTC. */
  wallOf(t: number): number {
    return t + this.offsetAt(t) * MINUTE;
  }

  /**
   * The instant at which the zone's wall clock reads `wall` (milliseconds read as if UTC): the
   * offset at `wall`, then the offset at the instant that gives. A wall time that occurs twice
   * (the hour the clocks go back) gets one of its two instants, as a spreadsheet cell does.
   */
  instantOf(wall: number): number {
    const first = wall - this.offsetAt(wall) * MINUTE;
    return wall - this.offsetAt(first) * MINUTE;
  }

  /** The local calendar year of an instant (the zone's own new year). */
  yearOf(t: number): number {
    const y = new Date(t).getUTCFullYear();
    if (t < this.newYear(y)) return y - 1;
    if (t >= this.newYear(y + 1)) return y + 1;
    return y;
  }

  /** The instant of local midnight on 1 January of `year`. */
  newYear(year: number): number {
    let at = this.newYears.get(year);
    if (at === undefined) {
      at = this.instantOf(Date.UTC(year, 0, 1));
      this.newYears.set(year, at);
    }
    return at;
  }

  private at(k: number): number {
    let off = this.grid.get(k);
    if (off === undefined) {
      off = this.probe(k * STEP);
      this.grid.set(k, off);
    }
    return off;
  }
}
