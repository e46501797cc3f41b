import { formatDateTime, formatDay, formatPhone } from '../../src/core/format';

describe('dates and phones as people write them', () => {
  test('days in Indonesian and English', () => {
    expect(formatDay('2026-12-07', 'id')).toBe('7 Desember 2026');
    expect(formatDay('2026-12-07', 'en')).toBe('7 December 2026');
    expect(formatDay('2026-12-07', 'id', 'medium')).toBe('7 Des 2026');
    expect(formatDay('2026-12-07', 'id', 'weekday')).toBe('Senin, 7 Des');
    expect(formatDay('2026-12-07', 'en', 'weekday')).toBe('Mon, 7 Dec');
    expect(formatDay('2026-08-17T10:00:00Z', 'id', 'medium')).toBe('17 Agu 2026');
  });
  test('what is not a date is kept', () => {
    expect(formatDay('', 'id')).toBe('');
    expect(formatDay('besok', 'id')).toBe('besok');
  });
  test('date-times', () => {
    expect(formatDateTime('2026-12-07 14:30', 'id')).toBe('7 Des 2026 14.30');
    expect(formatDateTime('2026-12-07 14:30', 'en')).toBe('7 Dec 2026 14:30');
  });
  test('phones', () => {
    expect(formatPhone('+6281234567890')).toBe('0812-3456-7890');
    expect(formatPhone('+6565123456')).toMatch(/^\+65 6512 3456$/);
    expect(formatPhone('+62215551234')).toMatch(/^\(021\) ?555-?1234$/);
    expect(formatPhone('0812 abc')).toBe('0812 abc');
  });
});
