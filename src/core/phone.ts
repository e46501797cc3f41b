// Phone numbers as people type them in Indonesia, normalised to E.164 with libphonenumber-js.
// One metadata set is bundled (Apps Script and the pages alike): `mobile`, which is `min` plus
// the patterns of mobile numbers. A number is valid as `min` would say (its country's national
// number pattern), and a mobile by the mobile patterns (isMobile, for WhatsApp). The set is
// src/core/phone-metadata.json: the package's own, with display formats kept only for the
// countries an Indonesian team meets (src/local/phone-metadata.ts says which and why).
import {
  parsePhoneNumberFromString as parseWith,
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import mobileMetadata from './phone-metadata.json';

const METADATA = mobileMetadata as MetadataJson;

/** A parsed number (any type), or undefined when the text is not one. */
export function parsePhone(text: string, defaultCountry?: CountryCode): PhoneNumber | undefined {
  return defaultCountry ? parseWith(text, defaultCountry, METADATA) : parseWith(text, METADATA);
}

type Plan = readonly unknown[];
const patterns = new Map<string, RegExp | null>();

/**
 * Whether a number fits its country's national number pattern: `min`'s isValid. (`min` keeps
 * every type's pattern for the countries that share a calling code, +1 among them, and checks
 * those; here their general pattern is checked, which accepts a little more there.)
 */
export function isValidPhone(p: PhoneNumber | undefined): p is PhoneNumber {
  if (!p) return false;
  const json = METADATA as unknown as {
    country_calling_codes: Record<string, string[]>;
    countries: Record<string, Plan>;
    nonGeographic?: Record<string, Plan>;
  };
  const country = p.country ?? json.country_calling_codes[p.countryCallingCode]?.[0];
  const plan = country ? json.countries[country] : json.nonGeographic?.[p.countryCallingCode];
  const key = country ?? `+${p.countryCallingCode}`;
  if (!patterns.has(key)) patterns.set(key, typeof plan?.[2] === 'string' ? new RegExp(`^(?:${plan[2]})$`) : null);
  return patterns.get(key)?.test(p.nationalNumber) ?? false;
}

export type PhoneResult = { ok: true; e164: string } | { ok: false };

/**
 * Labels and notes people type around a number: `HP/WA:`, `Telp`, `(WA)`, `(kantor)`, `WA only`,
 * `Ext.215`. The extension is dropped: the line itself is the contact.
 */
export function stripPhoneLabels(s: string): string {
  return s
    .replace(/\b(?:ext|extension|ekst|x)\.?\s*\d{1,5}\s*$/i, ' ')
    .replace(/\([^)0-9]*\)/g, ' ')
    .replace(/\b(?:hp|wa|whatsapp|telp|tlp|tel|phone|mobile|fax|kantor|rumah|only|saja|nomor|no)\b\.?/gi, ' ')
    .replace(/\ba\.?n\.?\s.*$/i, ' ')
    .replace(/:/g, ' ')
    .trim();
}

/**
 * One number to E.164. Accepts `0812-3456-7890`, `+62 812 3456 7890`, `62812…`, `(021) 555-1234`,
 * `0812.3456.7890`, `0812-3456-7890 (WA)`, `+65 6123 4567`, and legacy cells that a spreadsheet
 * turned into numbers (`81234567890`, the leading zero lost).
 */
export function normalizePhone(input: unknown): PhoneResult {
  if (input === null || input === undefined) return { ok: false };
  let s = typeof input === 'number' ? String(Math.round(input)) : String(input);
  s = stripPhoneLabels(s).replace(/^[\s/,;|]+|[\s/,;|]+$/g, '');
  if (s === '' || /[a-z]{2,}/i.test(s)) return { ok: false };
  // The common case without the parser (a large audit parses every row): an Indonesian mobile,
  // 08…, +62 8… or 62 8…, in digits, spaces, dots and dashes. The parser says the same of these
  // (its Indonesian pattern takes 8 and 8 to 11 digits more); test/unit/match-phone.test.ts holds it.
  if (/^[+\d][\d\s.-]*$/.test(s)) {
    const fast = /^(?:\+62|0|62(?=[\s.-]?8))[\s.-]*(8[\d\s.-]*)$/.exec(s);
    const national = fast?.[1].replace(/\D/g, '');
    if (national && national.length >= 9 && national.length <= 12) return { ok: true, e164: `+62${national}` };
  }
  if (/^00\d/.test(s)) s = `+${s.slice(2)}`;
  // `62…` without a plus is the country code typed without it.
  if (/^62[\s.-]?\d/.test(s) && s.replace(/\D/g, '').length >= 10) s = `+${s}`;
  const p = parsePhone(s, 'ID');
  if (!isValidPhone(p)) return { ok: false };
  return { ok: true, e164: p.number };
}

/**
 * Every number in a cell (legacy cells hold `0812… / 021…`), normalised; unparseable parts
 * are skipped. Used to match contacts, never to store.
 */
export function phoneKeys(cell: unknown): string[] {
  if (cell === null || cell === undefined || cell === '') return [];
  if (typeof cell === 'number') {
    const r = normalizePhone(cell);
    return r.ok ? [r.e164] : [];
  }
  const parts = stripPhoneLabels(String(cell)).split(/\s*(?:[/,;|&]|\bdan\b|\bor\b|\batau\b)\s*/i);
  const out: string[] = [];
  for (const part of parts) {
    const r = normalizePhone(part);
    if (r.ok && !out.includes(r.e164)) out.push(r.e164);
  }
  return out;
}

/** The last 8 digits: a cheap first filter before full parsing, over thousands of rows. */
export function phoneTail(s: unknown): string {
  return String(s ?? '')
    .replace(/\D/g, '')
    .slice(-8);
}

/** `https://wa.me/6281234567890` for an E.164 number. */
export function waLink(e164: string, text: string): string {
  return `https://wa.me/${e164.replace(/\D/g, '')}${text ? `?text=${encodeURIComponent(text)}` : ''}`;
}

/**
 * Whether WhatsApp can reach a number: a mobile (Indonesian 08…/+628… or a foreign mobile), by
 * libphonenumber's mobile metadata. A landline (021…) gets a call, never a wa.me link.
 */
export function isMobile(e164: string): boolean {
  if (!e164.startsWith('+')) return false;
  // With the mobile metadata, isValid() is true of mobile numbers only.
  return parsePhone(e164)?.isValid() ?? false;
}

/** The wa.me link for a lead's phone, or '' when it is not a mobile. */
export function whatsappLink(e164: string, text = ''): string {
  return isMobile(e164) ? waLink(e164, text) : '';
}
