import fc from 'fast-check';
import { formatCount, formatDecimal, formatMoney, formatMoneyInput, parseMoney } from '../../src/core/money';
import { parseYmd, toYmd, addMonths, cellDate, startOfDay, offsetFromZ } from '../../src/core/dates';

const JKT = 420;

describe('money', () => {
  test('Rupiah has dots and no decimals', () => {
    expect(formatMoney(1250000, 'IDR')).toBe('Rp 1.250.000');
    expect(formatMoney(0, 'IDR')).toBe('Rp 0');
    expect(formatMoney(999, 'IDR')).toBe('Rp 999');
    expect(formatMoney(1234.5, 'USD')).toBe('USD 1,234.50');
  });
  test.each([
    ['1250000', 1250000],
    ['1.250.000', 1250000],
    ['Rp 1.250.000', 1250000],
    ['Rp1.250.000,50', 1250000.5],
    ['1,250,000', 1250000],
    ['12,5 jt', 12500000],
    ['12.5 juta', 12500000],
    ['750rb', 750000],
    [42, 42],
  ])('parses %j', (typed, n) => {
    expect(parseMoney(typed)).toBe(n);
  });
  test.each(['', 'sejuta', '1.2.3', 'Rp', '12-5', 'abc'])('rejects %j', (typed) => {
    expect(parseMoney(typed)).toBeNull();
  });
  test('what formatMoney writes, parseMoney reads back (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => parseMoney(formatMoney(n, 'IDR')) === n));
  });
  test('a form prefilled with an amount reads it back, in any currency (property)', () => {
    expect(formatMoneyInput(12000000, 'IDR')).toBe('Rp 12.000.000');
    expect(formatMoneyInput(1234.5, 'USD')).toBe('1,234.50');
    expect(formatMoneyInput(-5, 'USD')).toBe('-5.00');
    for (const cur of ['IDR', 'USD', 'SGD'])
      fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => parseMoney(formatMoneyInput(n, cur)) === n));
  });
});

describe('dates in the spreadsheet time zone', () => {
  test('YYYY-MM-DD is local midnight and back', () => {
    const d = parseYmd('2026-12-01', JKT)!;
    expect(d.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(toYmd(d, JKT)).toBe('2026-12-01');
    expect(parseYmd('2026-02-30', JKT)).toBeNull();
    expect(parseYmd('1/2', JKT)).toBeNull();
  });
  test('late evening in Jakarta is already the next day', () => {
    expect(toYmd(new Date('2026-11-24T18:30:00Z'), JKT)).toBe('2026-11-25');
    expect(startOfDay(new Date('2026-11-24T18:30:00Z'), JKT).toISOString()).toBe('2026-11-24T17:00:00.000Z');
  });
  test('addMonths clamps to the month end', () => {
    expect(toYmd(addMonths(parseYmd('2026-01-31', JKT)!, 1, JKT), JKT)).toBe('2026-02-28');
    expect(toYmd(addMonths(parseYmd('2025-08-12', JKT)!, 12, JKT), JKT)).toBe('2026-08-12');
  });
  test('cells: Date, YYYY-MM-DD text, ISO text from legacy imports', () => {
    expect(cellDate('2025-11-05T16:37:25+07:00', JKT)!.toISOString()).toBe('2025-11-05T09:37:25.000Z');
    expect(cellDate('', JKT)).toBeNull();
    expect(cellDate('besok', JKT)).toBeNull();
    expect(offsetFromZ('+0700')).toBe(420);
    expect(offsetFromZ('-0330')).toBe(-210);
  });
});

test('counts are grouped as each language writes them, without the runtime locale data', () => {
  expect(formatCount(9999999, 'id')).toBe('9.999.999');
  expect(formatCount(9999999, 'en')).toBe('9,999,999');
  expect(formatCount(999, 'id')).toBe('999');
  expect(formatCount(-1234.4, 'id')).toBe('-1.234');
  expect(formatCount(Number.NaN, 'en')).toBe('');
});

test('a figure with decimals as each language writes it', () => {
  expect([
    formatDecimal(2.75, 'id'),
    formatDecimal(2.75, 'en'),
    formatDecimal(3, 'id'),
    formatDecimal(1234.5, 'id'),
  ]).toEqual(['2,75', '2.75', '3', '1.234,5']);
});
