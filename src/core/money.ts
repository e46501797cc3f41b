// Money and counts as people type and read them. IDR has no minor unit: `Rp 1.250.000`.
// Digits are grouped here, not with toLocaleString, so the server (Apps Script) and the page
// write them the same way whatever locale data the runtime has.

const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

export function formatMoney(value: number, currency: string): string {
  if (!Number.isFinite(value)) return '';
  if (currency === 'IDR') return `${value < 0 ? '-' : ''}Rp ${group(Math.round(Math.abs(value)).toString(), '.')}`;
  const [int, frac] = Math.abs(value).toFixed(2).split('.');
  return `${value < 0 ? '-' : ''}${currency} ${group(int, ',')}.${frac}`;
}

/**
 * An amount to prefill a field with, as people write it and as parseMoney reads it back:
 * `Rp 12.000.000`; other currencies without their code (`1,234.50`), which the parser does not take.
 */
export function formatMoneyInput(value: number, currency: string): string {
  const shown = formatMoney(value, currency);
  return currency === 'IDR' ? shown : shown.replace(`${currency} `, '');
}

/** A whole count as the language writes it: `12.345` in Indonesian, `12,345` in English. */
export function formatCount(n: number, lang: 'id' | 'en'): string {
  if (!Number.isFinite(n)) return '';
  return `${n < 0 ? '-' : ''}${group(Math.round(Math.abs(n)).toString(), lang === 'id' ? '.' : ',')}`;
}

/** A figure with decimals as the language writes it: `2,75` in Indonesian, `2.75` in English (at most `digits`). */
export function formatDecimal(n: number, lang: 'id' | 'en', digits = 2): string {
  if (!Number.isFinite(n)) return '';
  // Trailing zeros of the decimals go (2.50 → 2.5, 3.00 → 3); the whole part keeps its own.
  const fixed = Math.abs(n)
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  const [int, frac] = fixed.split('.');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${group(int, lang === 'id' ? '.' : ',')}${frac ? (lang === 'id' ? ',' : '.') + frac : ''}`;
}

/**
 * A typed amount to a number: `1250000`, `1.250.000`, `Rp 1.250.000`, `1,250,000`, `1250000.50`,
 * `12,5 jt`/`12.5 juta` (millions). Null when it is not an amount.
 */
export function parseMoney(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  let s = String(input ?? '')
    .trim()
    .toLowerCase();
  if (s === '') return null;
  s = s.replace(/^(rp\.?|idr)\s*/, '').replace(/\s+/g, '');
  let factor = 1;
  const unit = /(jt|juta|rb|ribu|m|miliar)$/.exec(s);
  if (unit) {
    factor = { jt: 1e6, juta: 1e6, rb: 1e3, ribu: 1e3, m: 1e9, miliar: 1e9 }[unit[1]]!;
    s = s.slice(0, -unit[1].length);
  }
  let n: number;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) n = Number(s.replace(/\./g, '').replace(',', '.'));
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) n = Number(s.replace(/,/g, ''));
  else if (/^\d+([.,]\d+)?$/.test(s)) n = Number(s.replace(',', '.'));
  else return null;
  return Number.isFinite(n) ? Math.round(n * factor * 100) / 100 : null;
}
