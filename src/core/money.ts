// Money as people type and read it. IDR has no minor unit: `Rp 1.250.000`.

export function formatMoney(value: number, currency: string): string {
  if (!Number.isFinite(value)) return '';
  if (currency === 'IDR') {
    const digits = Math.round(Math.abs(value))
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return `${value < 0 ? '-' : ''}Rp ${digits}`;
  }
  const [int, frac] = Math.abs(value).toFixed(2).split('.');
  return `${value < 0 ? '-' : ''}${currency} ${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
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
