// The day arithmetic that replaced Date and string work per row (issue 30, speed at 50,000 leads)
// answers exactly what the old per-row code answered: the old code is written out here as the
// reference, and random instants, offsets and realms are compared against it.
import fc from 'fast-check';
import * as vm from 'node:vm';
import { addDays, isDate, parseYmd, toYmd } from '../../src/core/dates';
import { weekStart } from '../../src/core/summary';
import { activityOn, weekChanges } from '../../src/core/reports';
import type { ActivityRecord, LeadRecord } from '../../src/core/schema';

const refIsDate = (v: unknown): v is Date =>
  typeof v === 'object' &&
  v !== null &&
  Object.prototype.toString.call(v) === '[object Date]' &&
  !Number.isNaN((v as Date).getTime());
const refToYmd = (d: Date, offset: number) => new Date(d.getTime() + offset * 60000).toISOString().slice(0, 10);
function refWeekStart(d: Date, offset: number): string {
  const day = parseYmd(refToYmd(d, offset), offset)!;
  const weekday = new Date(day.getTime() + offset * 60000).getUTCDay();
  return refToYmd(addDays(day, -((weekday + 6) % 7)), offset);
}

// Instants from 1900 to 2200, offsets of real zones (whole and half hours, both signs).
const instant = fc.integer({ min: -2208988800000, max: 7258118400000 }).map((t) => new Date(t));
const offset = fc.constantFrom(0, 420, 480, 540, 330, 345, -300, -180, -600, 765);

describe('fast day arithmetic equals the per-row Date and string code it replaced', () => {
  test('toYmd and weekStart', () => {
    fc.assert(
      fc.property(instant, offset, (d, o) => {
        expect(toYmd(d, o)).toBe(refToYmd(d, o));
        expect(weekStart(d, o)).toBe(refWeekStart(d, o));
      }),
      { numRuns: 5000 },
    );
  });

  test('toYmd of no date still throws as toISOString does', () => {
    expect(() => toYmd(new Date(Number.NaN), 420)).toThrow(RangeError);
    expect(() => toYmd(new Date(8.64e15), 420)).toThrow(RangeError);
  });

  test('isDate: this realm, another realm, and what only looks like a Date', () => {
    const other = vm.runInNewContext('({ d: new Date(0), bad: new Date(NaN), o: {} })') as Record<string, unknown>;
    const fake = { [Symbol.toStringTag]: 'Date', getTime: () => 0 };
    const values = [
      new Date(0),
      new Date(Number.NaN),
      other.d,
      other.bad,
      other.o,
      {},
      null,
      '2026-01-01',
      5,
      [],
      fake,
    ];
    for (const v of values.slice(0, -1)) expect(isDate(v)).toBe(refIsDate(v));
    // A look-alike (a Symbol.toStringTag) is no Date: the old check took it for one.
    expect(isDate(fake)).toBe(false);
  });

  test('activityOn and weekChanges count the same rows as a per-row string comparison', () => {
    const row = fc.record({
      at: fc.oneof(instant, fc.constant(''), fc.constant('2026-11-23')),
      by: fc.constantFrom('a@x.id', 'b@x.id', 'nobody', ''),
      type: fc.constantFrom('Follow-up Call', 'Meeting', 'Status Change', 'Note'),
    });
    const near = fc.integer({ min: Date.parse('2026-10-01'), max: Date.parse('2026-12-31') }).map((t) => new Date(t));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            row,
            row.map((r) => ({ ...r, at: new Date(0) })),
          ),
          { maxLength: 60 },
        ),
        near,
        offset,
        (rows, now, o) => {
          const acts = rows.map((r) => ({ Timestamp: r.at, By: r.by, Type: r.type }) as unknown as ActivityRecord);
          const leads = rows.map(
            (r) =>
              ({ 'Created At': r.at, Owner: r.by, Status: 'Won', 'Status Changed At': r.at }) as unknown as LeadRecord,
          );
          const ymd = refToYmd(addDays(now, -1), o);
          const asDate = (v: unknown) => (refIsDate(v) ? v : typeof v === 'string' && v ? parseYmd(v, o) : null);
          const refDay = acts.filter((a) => {
            const d = asDate(a.Timestamp);
            return d !== null && refToYmd(d, o) === ymd;
          });
          const day = activityOn(acts, ymd, o);
          expect(day.reduce((n, d) => n + d.calls + d.meetings + d.statusChanges + d.other + d.quotations, 0)).toBe(
            refDay.length,
          );
          const thisWeek = parseYmd(refWeekStart(now, o), o)!;
          const last = refToYmd(addDays(thisWeek, -7), o);
          const before = refToYmd(addDays(thisWeek, -14), o);
          const slotOf = (v: unknown) => {
            const d = asDate(v);
            if (!d) return null;
            const w = refWeekStart(d, o);
            return w === last ? 1 : w === before ? 0 : null;
          };
          const w = weekChanges(leads, acts, now, o);
          expect(w.lastWeek).toBe(last);
          const expected = new Map<string, number[]>();
          for (const r of rows) {
            const s = slotOf(r.at);
            if (s === null || !r.by.includes('@')) continue;
            const e = expected.get(r.by) ?? expected.set(r.by, [0, 0]).get(r.by)!;
            e[s]++;
          }
          for (const c of w.changes) {
            expect(c.newLeads).toEqual(expected.get(c.owner) ?? [0, 0]);
            expect(c.activities).toEqual(expected.get(c.owner) ?? [0, 0]);
            expect(c.won).toEqual(expected.get(c.owner) ?? [0, 0]);
          }
          expect(w.changes.length).toBe(expected.size);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('activityOn of a day not written as YYYY-MM-DD finds nothing, as before', () => {
    const acts = [
      { Timestamp: new Date('2026-11-23T03:00:00Z'), By: 'a@x.id', Type: 'Meeting' },
    ] as unknown as ActivityRecord[];
    expect(activityOn(acts, '2026-11-23', 420)).toHaveLength(1);
    expect(activityOn(acts, ' 2026-11-23', 420)).toEqual([]);
    expect(activityOn(acts, '2026-11-31', 420)).toEqual([]);
  });
});
