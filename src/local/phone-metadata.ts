// The phone metadata the bundle carries (src/core/phone-metadata.json), derived at build time
// from libphonenumber-js's own `mobile` set (build.mjs writes it; test/unit/phone-metadata.test.ts
// fails when it is stale). The whole set is 99 KB, half of it the formats that only group digits
// for display. Every country keeps what parsing, validation and the mobile check read (calling
// code, patterns, lengths, national prefix), so every number is read, refused or taken as a
// mobile exactly as with the whole set; only the countries an Indonesian team meets keep their
// formats. Another country's number is shown as its code and its national number, ungrouped
// (`+33 612345678` instead of `+33 6 12 34 56 78`).

/**
 * Indonesia, its neighbours and ASEAN, East and South Asia, Oceania, the Gulf (work, umrah, trade),
 * North America, and the European countries the team's suppliers and clients come from.
 */
export const FORMATTED_COUNTRIES = [
  'ID',
  // ASEAN and Timor-Leste
  'MY',
  'SG',
  'TH',
  'PH',
  'VN',
  'BN',
  'KH',
  'LA',
  'MM',
  'TL',
  // East and South Asia
  'CN',
  'HK',
  'MO',
  'TW',
  'JP',
  'KR',
  'IN',
  // Oceania
  'AU',
  'NZ',
  // The Gulf
  'SA',
  'AE',
  'QA',
  // North America and Europe
  'US',
  'CA',
  'GB',
  'NL',
  'DE',
] as const;

/** Where a country's number formats sit in its metadata array (libphonenumber-js metadata v4). */
const FORMATS = 4;

type Metadata = { countries: Record<string, unknown[]> } & Record<string, unknown>;

/** The whole `mobile` metadata with the formats of the other countries left out. */
export function reducePhoneMetadata(full: Metadata): Metadata {
  const keep = new Set<string>(FORMATTED_COUNTRIES);
  const countries: Record<string, unknown[]> = {};
  for (const [code, plan] of Object.entries(full.countries)) {
    const copy = plan.slice();
    // 0 is the metadata's own "absent" marker (as for the other optional entries).
    if (!keep.has(code) && copy.length > FORMATS) copy[FORMATS] = 0;
    countries[code] = copy;
  }
  return { ...full, countries };
}
