import fc from 'fast-check';
import { normalizePhone, phoneKeys, waLink } from '../../src/core/phone';
import { normalizeEmail, emailKeys } from '../../src/core/email';

describe('normalizePhone', () => {
  test.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['62 812-3456-7890', '+6281234567890'],
    ['(021) 555-1234', '+62215551234'],
    ['021-5793-6403', '+622157936403'],
    ['0812.3456.7890', '+6281234567890'],
    ['0812-3456-7890 (WA)', '+6281234567890'],
    ['0812 3456 7890 WA only', '+6281234567890'],
    ['(0274) 512345', '+62274512345'],
    ['0062 812 3456 7890', '+6281234567890'],
    ['+65 6123 4567', '+6561234567'],
    ['+60 12-345 6789', '+60123456789'],
    ['+1 415 555 2671', '+14155552671'],
    ['81234567890', '+6281234567890'],
  ])('%s -> %s', (typed, e164) => {
    expect(normalizePhone(typed)).toEqual({ ok: true, e164 });
  });

  test('a legacy cell that the sheet turned into a number', () => {
    expect(normalizePhone(81234567890)).toEqual({ ok: true, e164: '+6281234567890' });
    expect(normalizePhone(6281234567890)).toEqual({ ok: true, e164: '+6281234567890' });
  });

  test.each(['', '12345', '081234', 'budi', 'TBD', '-', '0812-3456-7890-1234-5678', '+99 123'])(
    'rejects %j',
    (typed) => {
      expect(normalizePhone(typed)).toEqual({ ok: false });
    },
  );

  test('every format of the same mobile normalises to the same E.164 (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^8[1-9]\d{8,9}$/),
        fc.constantFrom('0', '+62 ', '62', '+62-', '(+62) '),
        fc.constantFrom(' ', '-', '.', ''),
        (sub, prefix, sep) => {
          const canonical = normalizePhone(`0${sub}`);
          fc.pre(canonical.ok);
          const typed = prefix + sub.slice(0, 3) + sep + sub.slice(3, 7) + sep + sub.slice(7);
          expect(normalizePhone(typed)).toEqual(canonical);
        },
      ),
    );
  });

  test('phoneKeys reads every number in a legacy cell', () => {
    expect(phoneKeys('0812-3456-7890 / (021) 555-1234')).toEqual(['+6281234567890', '+62215551234']);
    expect(phoneKeys('')).toEqual([]);
    expect(phoneKeys('-')).toEqual([]);
  });

  test('wa.me link', () => {
    expect(waLink('+6281234567890', 'Halo Budi')).toBe('https://wa.me/6281234567890?text=Halo%20Budi');
  });
});

describe('normalizeEmail', () => {
  test('trims and lower-cases', () => {
    expect(normalizeEmail('  Budi.Santoso@Contoh.CO.ID ')).toEqual({ ok: true, email: 'budi.santoso@contoh.co.id' });
    expect(normalizeEmail('mailto:a@b.id')).toEqual({ ok: true, email: 'a@b.id' });
  });
  test.each(['a@b', 'a b@c.id', '@c.id', 'a@', 'a..b@c.id', 'a@c..id', 'a@c.1', 'budi', '=HYPERLINK("x")'])(
    'rejects %j',
    (s) => {
      expect(normalizeEmail(s)).toEqual({ ok: false });
    },
  );
  test('emailKeys reads several addresses from a legacy cell', () => {
    expect(emailKeys('Info@PT-Maju.co.id; budi@gmail.com')).toEqual(['info@pt-maju.co.id', 'budi@gmail.com']);
    expect(emailKeys(42)).toEqual([]);
  });
});
