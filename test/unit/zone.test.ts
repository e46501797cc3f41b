// A time zone's offsets learnt from a probe (src/core/zone.ts), checked against the zone data
// Node has (the same probe the emulation's Utilities.formatDate answers from), and the archive's
// requests packed by bytes (src/core/archive.ts packRows).
import * as fc from 'fast-check';
import { ZoneClock } from '../../src/core/zone';
import { jsonBytes, packRows, toCellData, fromSerial, toSerial, type CellData } from '../../src/core/archive';
import { fromWallClock, wallClock } from '../../src/local/format-date';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe', // a half-hour change
  'America/Sao_Paulo', // southern summer time, abolished in 2019
  'Africa/Casablanca', // summer time suspended for Ramadan
  'Asia/Jakarta',
];
const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2035, 0, 1);

function clock(tz: string) {
  const calls = { n: 0 };
  const zone = new ZoneClock((t) => {
    calls.n++;
    return wallClock(new Date(t), tz).offsetMinutes;
  });
  return { zone, calls };
}

test.each(ZONES)('%s: the offset at any instant is the zone’s own at that instant', (tz) => {
  const { zone } = clock(tz);
  fc.assert(
    fc.property(fc.integer({ min: FROM, max: TO }), (t) => {
      expect(zone.offsetAt(t)).toBe(wallClock(new Date(t), tz).offsetMinutes);
    }),
    { numRuns: 400 },
  );
  // Around every change of 2024, to the minute.
  const { zone: z2 } = clock(tz);
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 3600000) {
    const off = wallClock(new Date(t), tz).offsetMinutes;
    if (off !== wallClock(new Date(t - 3600000), tz).offsetMinutes)
      for (let m = t - 3600000; m <= t + 3600000; m += 60000)
        expect({ tz, m, off: z2.offsetAt(m) }).toEqual({ tz, m, off: wallClock(new Date(m), tz).offsetMinutes });
  }
});

test.each(ZONES)('%s: a wall-clock time goes back to the instant a spreadsheet cell gives it', (tz) => {
  const { zone } = clock(tz);
  fc.assert(
    fc.property(fc.integer({ min: FROM / 60000, max: TO / 60000 }), (minutes) => {
      const wall = new Date(minutes * 60000);
      const cell = fromWallClock(
        tz,
        wall.getUTCFullYear(),
        wall.getUTCMonth() + 1,
        wall.getUTCDate(),
        wall.getUTCHours(),
        wall.getUTCMinutes(),
      );
      expect(zone.instantOf(wall.getTime())).toBe(cell.getTime());
    }),
    { numRuns: 400 },
  );
});

test('a serial number is the wall clock of its own date: July in New York is UTC-4 though January is UTC-5', () => {
  const { zone } = clock('America/New_York');
  const july = new Date('2024-07-15T10:00:00-04:00');
  const jan = new Date('2024-01-15T10:00:00-05:00');
  // 10:00 on both days.
  expect(toSerial(july, zone) % 1).toBeCloseTo(10 / 24, 9);
  expect(toSerial(jan, zone) % 1).toBeCloseTo(10 / 24, 9);
  expect(fromSerial(toSerial(july, zone), zone)).toEqual(july);
  // A summer midnight is a calendar date.
  expect(toCellData(new Date('2024-06-01T00:00:00-04:00'), zone).userEnteredFormat?.numberFormat.type).toBe('DATE');
  // Every instant outside the hour the clocks go back comes back to itself.
  fc.assert(
    fc.property(fc.integer({ min: FROM, max: TO }), (t) => {
      const back = fromSerial(toSerial(new Date(t), zone), zone).getTime();
      const repeated = wallClock(new Date(t - 3600000), 'America/New_York').offsetMinutes > zone.offsetAt(t);
      if (!repeated) expect(back).toBe(t);
    }),
    { numRuns: 400 },
  );
});

test('probes grow with the weeks the dates span, not with the dates', () => {
  const { zone, calls } = clock('Europe/Berlin');
  const start = Date.UTC(2022, 0, 1);
  for (let i = 0; i < 20000; i++) zone.offsetAt(start + ((i * 7919) % 1096) * 86400000 + (i % 86400) * 1000);
  for (let y = 2022; y <= 2025; y++) zone.newYear(y);
  // 3 years: 80 two-week steps, 6 changes of about 15 probes each.
  expect(calls.n).toBeLessThan(80 + 6 * 16 + 10);
  const fixed = ZoneClock.fixed(420);
  expect(fixed.yearOf(Date.UTC(2024, 11, 31, 17, 0, 0))).toBe(2025);
  expect(fixed.yearOf(Date.UTC(2024, 11, 31, 16, 59, 59))).toBe(2024);
});

test('rows are packed into requests under the byte budget, in order, a heavy row split by cells', () => {
  const text = (n: number) => ({ userEnteredValue: { stringValue: 'é'.repeat(n) } });
  const rows: CellData[][] = [];
  for (let i = 0; i < 500; i++) rows.push([text(1000 + (i % 7) * 300), { userEnteredValue: { numberValue: i } }]);
  rows[250] = Array.from({ length: 12 }, () => text(30000)); // about 720 KB
  const max = 200_000;
  const batches = packRows(rows, max, 5000);
  const requests = batches.map((blocks) =>
    blocks.map((b) => ({
      updateCells: {
        start: { sheetId: 0, rowIndex: b.row + 1, columnIndex: b.col },
        rows: b.rows.map((values) => ({ values })),
        fields: 'userEnteredValue,userEnteredFormat.numberFormat',
      },
    })),
  );
  requests.forEach((r, i) => expect(jsonBytes({ requests: r }) + (i === 0 ? 5000 : 0)).toBeLessThanOrEqual(max));
  // Every cell once, where it was.
  const seen = new Map<string, CellData>();
  for (const blocks of batches)
    for (const b of blocks)
      b.rows.forEach((cells, r) => cells.forEach((c, k) => seen.set(`${b.row + r}:${b.col + k}`, c)));
  rows.forEach((cells, r) => cells.forEach((c, k) => expect(seen.get(`${r}:${k}`)).toBe(c)));
  expect(seen.size).toBe(rows.reduce((n, r) => n + r.length, 0));
  // Adjacent whole rows share a block: far fewer blocks than rows.
  expect(batches.flat().length).toBeLessThan(40);
  expect(jsonBytes('é€😀')).toBe(Buffer.byteLength(JSON.stringify('é€😀'), 'utf8'));
});
