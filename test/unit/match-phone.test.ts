// The audit parses every row's phone: normalizePhone answers the common Indonesian mobile forms
// without the parser. It must say exactly what the parser says, for those forms and their near misses.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import fc from 'fast-check';
import { normalizePhone, stripPhoneLabels } from '../../src/core/phone';

/** normalizePhone as it was, by the parser alone. */
function byParser(input: string): { ok: boolean; e164?: string } {
  let s = stripPhoneLabels(input).replace(/^[\s/,;|]+|[\s/,;|]+$/g, '');
  if (s === '' || /[a-z]{2,}/i.test(s)) return { ok: false };
  if (/^00\d/.test(s)) s = `+${s.slice(2)}`;
  if (/^62[\s.-]?\d/.test(s) && s.replace(/\D/g, '').length >= 10) s = `+${s}`;
  const p = parsePhoneNumberFromString(s, 'ID');
  return p?.isValid() ? { ok: true, e164: p.number } : { ok: false };
}

test('the fast path agrees with the parser on mobile numbers in every common form, and near misses', () => {
  const digit = fc.constantFrom(...'0123456789'.split(''));
  const sep = fc.constantFrom('', '', '', ' ', '-', '.', '  ');
  const phone = fc
    .tuple(
      fc.constantFrom('0', '+62', '62', '62 ', '+62 ', '+62-', '', '(0', '0062', '+620', '620'),
      fc.constantFrom('8', '8', '8', '2', '9'),
      fc.array(fc.tuple(sep, digit), { minLength: 4, maxLength: 14 }),
    )
    .map(([p, first, rest]) => p + first + rest.map(([s, d]) => s + d).join(''));
  fc.assert(
    fc.property(phone, (s) => {
      expect(normalizePhone(s)).toEqual(byParser(s));
    }),
    { numRuns: 5000 },
  );
  for (const s of [
    '0812-3456-7890',
    '+62 812 3456 7890',
    '6281234567890',
    '0812.3456.789',
    '08123',
    '0812345678901234',
  ])
    expect(normalizePhone(s)).toEqual(byParser(s));
});
