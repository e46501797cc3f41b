// The archive's pure rules (src/core/archive.ts): serial dates, how a cell travels through the
// Sheets API and back, which rows go, and how archived rows are recognised again.
import * as fc from 'fast-check';
import {
  activityYears,
  checkYear,
  fromReads,
  fromSerial,
  matchRows,
  rowKey,
  rowsBefore,
  toCellData,
  toSerial,
} from '../../src/core/archive';

const JKT = 420;

test('a Date survives the trip to a serial number and back to the millisecond', () => {
  expect(toSerial(new Date('1899-12-30T00:00:00Z'), 0)).toBe(0);
  expect(toSerial(new Date('2024-01-01T05:00:00Z'), JKT)).toBe(45292.5);
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc.integer({ min: -720, max: 840 }),
      (t, off) => {
        expect(fromSerial(toSerial(new Date(t), off), off).getTime()).toBe(t);
      },
    ),
  );
});

test('cells: text is never parsed, numbers and booleans stay, a Date gets a date format on its cell', () => {
  expect(toCellData('=1+1', JKT)).toEqual({ userEnteredValue: { stringValue: '=1+1' } });
  expect(toCellData('0812', JKT)).toEqual({ userEnteredValue: { stringValue: '0812' } });
  expect(toCellData(1.5, JKT)).toEqual({ userEnteredValue: { numberValue: 1.5 } });
  expect(toCellData(false, JKT)).toEqual({ userEnteredValue: { boolValue: false } });
  expect(toCellData('', JKT)).toEqual({});
  expect(toCellData(new Date('2024-01-01T05:00:00Z'), JKT).userEnteredFormat?.numberFormat.type).toBe('DATE_TIME');
  // Local midnight is a calendar date.
  expect(toCellData(new Date('2023-12-31T17:00:00Z'), JKT).userEnteredFormat?.numberFormat).toEqual({
    type: 'DATE',
    pattern: 'yyyy-mm-dd',
  });
});

test('reads back: ragged rows are padded; a number that reads as text in the second read is a date', () => {
  const serial = [[45292.5, 'L-1', 3], ['x']];
  const formatted = [['2024-01-01 12:00:00', 'L-1', 3], ['x']];
  const rows = fromReads(serial, formatted, 3, 4, JKT);
  expect(rows[0][0]).toEqual(new Date('2024-01-01T05:00:00Z'));
  expect(rows[0].slice(1)).toEqual(['L-1', 3, '']);
  expect(rows[1]).toEqual(['x', '', '', '']);
  expect(rows[2]).toEqual(['', '', '', '']);
});

test('rows before a year: dates and ISO text count, other cells stay', () => {
  const ts = [
    new Date('2024-12-31T16:59:59Z'),
    new Date('2024-12-31T17:00:00Z'),
    '2023-05-05T10:00:00+07:00',
    'kemarin',
    '',
    45000,
  ];
  expect(rowsBefore(ts, 2025, JKT)).toEqual([0, 2]);
  expect(activityYears(ts, JKT)).toEqual([
    { year: 2023, count: 1 },
    { year: 2024, count: 1 },
    { year: 2025, count: 1 },
  ]);
});

test('the year is checked and named', () => {
  expect(checkYear('2025', 2026)).toEqual({ year: 2025 });
  expect(checkYear(2026, 2026)).toEqual({ year: 2026 });
  expect(checkYear('2027', 2026)).toEqual({ error: { key: 'archive.yearRange', params: { max: 2026 } } });
  expect(checkYear('2026', 2025)).toMatchObject({ error: { key: 'archive.yearRange' } });
  expect(checkYear('25', 2026)).toMatchObject({ error: { key: 'archive.badYear' } });
  expect(checkYear({ toString: 'x' }, 2026)).toMatchObject({ error: { key: 'archive.badYear' } });
});

test('matching by value: each wanted row once; types and trailing blanks as a cell shows them', () => {
  const d = new Date('2024-01-01T05:00:00Z');
  expect(rowKey([d, 'a', ''])).toBe(rowKey([new Date(d.getTime()), 'a']));
  expect(rowKey(['1'])).not.toBe(rowKey([1]));
  const present = [['a'], ['b'], ['a'], ['c']];
  expect(matchRows(present, [['a'], ['c'], ['d']])).toEqual({ found: [0, 3], missing: [2] });
  expect(matchRows(present, [['a'], ['a'], ['a']])).toEqual({ found: [0, 2], missing: [2] });
});
