// Field validators shared by lead entry and status changes: each returns the value to store
// or a message naming the field.
import { ref, type Message, type MessageKey } from './i18n';
import { normalizeEmail } from './email';
import { normalizePhone } from './phone';
import { parseMoney } from './money';
import { parseTypedDate } from './import-dates';

export const LIMITS = {
  name: 100,
  company: 150,
  needs: 2000,
  summary: 2000,
  lostReason: 200,
  product: 200,
  owner: 254,
} as const;

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: Message };

const fieldName = (field: string): MessageKey => `field.${field}` as MessageKey;

/** Text as typed, trimmed, control characters removed; never reinterpreted. */
/** A cell with nothing in it: empty, null, or only spaces. */
export const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export function cleanText(v: unknown): string {
  if (v === null || v === undefined) return '';
  // An object or a list where text is expected is no text: never "[object Object]" (a Date, a
  // cell's value, still reads as text).
  if (typeof v === 'function' || (typeof v === 'object' && Object.prototype.toString.call(v) !== '[object Date]'))
    return '';
  let s: string;
  try {
    s = String(v);
  } catch (_e) {
    // An object that cannot be turned into text (a hostile `toString`) is no text at all.
    return '';
  }
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}

function err(
  key: MessageKey,
  field: string,
  extra: Record<string, string | number> = {},
): { ok: false; error: Message } {
  return { ok: false, error: { key, params: { field: ref(fieldName(field)), ...extra } } };
}

/** What a form can carry for a field: text or a number, nothing else. */
const isScalar = (v: unknown) => v === null || v === undefined || typeof v === 'string' || typeof v === 'number';

export function text(field: keyof typeof LIMITS, v: unknown, required: boolean): FieldResult<string> {
  if (!isScalar(v)) return err('valid.text', field);
  const s = cleanText(v);
  if (required && s === '') return err('valid.required', field);
  if (s.length > LIMITS[field]) return err('valid.tooLong', field, { max: LIMITS[field] });
  return { ok: true, value: s };
}

export function phone(v: unknown): FieldResult<string> {
  if (!isScalar(v)) return err('valid.text', 'phone');
  const s = cleanText(v);
  if (s === '') return { ok: true, value: '' };
  const r = normalizePhone(s);
  return r.ok ? { ok: true, value: r.e164 } : { ok: false, error: { key: 'valid.phone' } };
}

export function email(field: 'email' | 'owner', v: unknown): FieldResult<string> {
  if (!isScalar(v)) return err('valid.text', field);
  const s = cleanText(v);
  if (s === '') return { ok: true, value: '' };
  const r = normalizeEmail(s);
  return r.ok ? { ok: true, value: r.email } : { ok: false, error: { key: 'valid.email' } };
}

export function money(field: 'dealValue' | 'contractValue', v: unknown, required: boolean): FieldResult<number | null> {
  if (!isScalar(v)) return err('valid.number', field);
  if (v === null || v === undefined || cleanText(v) === '')
    return required ? err('valid.required', field) : { ok: true, value: null };
  const n = parseMoney(v);
  if (n === null || n < 0 || n > 1e15) return err('valid.number', field);
  return { ok: true, value: n };
}

/** A date as people type it, kept as `YYYY-MM-DD` (the gas layer turns it into a sheet date). */
export function ymd(
  field: 'expectedClose' | 'completedOn' | 'nextFollowUp',
  v: unknown,
  required: boolean,
): FieldResult<string> {
  if (!isScalar(v)) return err('valid.date', field);
  const s = cleanText(v);
  if (s === '') return required ? err('valid.required', field) : { ok: true, value: '' };
  // As typed: 2026-11-28 (a date picker), 28/11/2026, 28 Nov 2026; day before month.
  const d = parseTypedDate(s, 'dmy');
  if (!d.ok) return err(d.reason === 'impossible' ? 'valid.dateImpossible' : 'valid.date', field);
  return { ok: true, value: d.ymd };
}
