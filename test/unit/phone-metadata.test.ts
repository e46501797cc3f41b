// The bundle's phone metadata (src/core/phone-metadata.json) is the package's `mobile` set with
// the display formats of most countries left out: every number must be read, validated and typed
// exactly as with the whole set, and the countries we keep formats for shown the same.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import full from 'libphonenumber-js/metadata.mobile.json';
import { FORMATTED_COUNTRIES, reducePhoneMetadata } from '../../src/local/phone-metadata';
import reduced from '../../src/core/phone-metadata.json';
import { formatPhone } from '../../src/core/format';
import { isMobile, normalizePhone } from '../../src/core/phone';

const FULL = full as unknown as MetadataJson;
const REDUCED = reduced as unknown as MetadataJson;
const plans = (full as unknown as { countries: Record<string, [string, unknown, unknown, number[]]> }).countries;
const formatted = new Set<string>(FORMATTED_COUNTRIES);

function read(text: string, metadata: MetadataJson) {
  const p = parsePhoneNumberFromString(text, 'ID', metadata);
  if (!p) return null;
  // A number of no one country (an invalid one) is formatted by its calling code's main country.
  const shown = formatted.has(p.country ?? full.country_calling_codes[p.countryCallingCode as '1']?.[0]);
  return {
    number: p.number,
    country: p.country,
    nationalNumber: p.nationalNumber,
    valid: p.isValid(),
    possible: p.isPossible(),
    type: p.getType(),
    international: shown ? p.formatInternational() : null,
    national: shown ? p.formatNational() : null,
  };
}

test('the committed metadata is what build.mjs derives from the installed package (run `node build.mjs`)', () => {
  const file = path.join(__dirname, '..', '..', 'src', 'core', 'phone-metadata.json');
  expect(fs.readFileSync(file, 'utf8')).toBe(`${JSON.stringify(reducePhoneMetadata(full as never))}\n`);
  // It leaves something out (the point), and keeps every country.
  expect(JSON.stringify(reduced).length).toBeLessThan(JSON.stringify(full).length * 0.75);
  expect(Object.keys(reduced.countries).sort()).toEqual(Object.keys(full.countries).sort());
  for (const c of FORMATTED_COUNTRIES) expect({ c, kept: c in plans }).toEqual({ c, kept: true });
});

test('every country: a number is parsed, validated and typed as with the whole set (property)', () => {
  const codes = Object.keys(plans);
  const number = fc
    .tuple(fc.constantFrom(...codes), fc.nat(), fc.stringMatching(/^[0-9]{17}$/), fc.constantFrom('+', '00', ''))
    .map(([country, pick, digits, prefix]) => {
      const [callingCode, , , lengths] = plans[country];
      const length = lengths?.length ? lengths[pick % lengths.length] : 8 + (pick % 4);
      return `${prefix}${callingCode} ${digits.slice(0, length)}`;
    });
  let valid = 0;
  fc.assert(
    fc.property(number, (text) => {
      const whole = read(text, FULL);
      if (whole?.valid) valid++;
      expect(read(text, REDUCED)).toEqual(whole);
    }),
    { numRuns: 20000 },
  );
  // Random digits of a country's lengths: enough of them are real mobile numbers for this to mean something.
  expect(valid).toBeGreaterThan(400);
});

test('the mobile and landline numbers of countries with and without formats', () => {
  for (const text of [
    '+6281234567890',
    '+62215551234',
    '+6591234567',
    '+60123456789',
    '+14155552671',
    '+16135550123',
    '+447911123456',
    '+33612345678',
    '+33142685300',
    '+4915123456789',
    '+971501234567',
    '+8613912345678',
    '+79161234567',
    '+77011234567',
    '+18765551234',
  ])
    expect(read(text, REDUCED)).toEqual(read(text, FULL));
});

test('a number of a country without formats is kept, validated, and shown ungrouped after its code', () => {
  expect(normalizePhone('+33 6 12 34 56 78')).toEqual({ ok: true, e164: '+33612345678' });
  expect(isMobile('+33612345678')).toBe(true);
  expect(isMobile('+33142685300')).toBe(false);
  expect(normalizePhone('+33 12')).toEqual({ ok: false });
  expect(formatPhone('+33612345678')).toBe('+33 612345678');
  // A country we keep formats for is grouped as before.
  expect(formatPhone('+6591234567')).toBe('+65 9123 4567');
  expect(formatPhone('+447911123456')).toBe('+44 7911 123456');
});
