// The columns of a source as an import sees them, and the limits a write must respect. Every
// column that has a header or a value gets a name of its own (a second `Kota` is `Kota (2)`, a
// column of values without a header is `Column D`), so no column is lost to another. Headers and
// values are keys of plain dictionaries without a prototype: a column or a value named
// `constructor` or `__proto__` is data like any other.
import { cleanText, LIMITS } from './fields';
import { camelKey } from './schema';

/** The most columns one import takes (a product limit, far under Sheets' 18,278). */
export const MAX_SOURCE_COLUMNS = 500;
/** The most columns a sheet can have. */
export const SHEET_MAX_COLUMNS = 18278;
/** The most cells a spreadsheet can have. */
export const SHEET_MAX_CELLS = 10_000_000;
/**
 * The longest text an import writes into a cell: Sheets holds 50,000 characters, and text
 * written into a column that is not plain text needs a leading apostrophe to stay text.
 */
export const CELL_LIMIT = 49999;

/** An empty dictionary: no inherited member answers for a key it does not hold. */
export const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** A dictionary's own value for a key (never an inherited member such as `constructor`). */
export const own = <T>(d: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  d && Object.prototype.hasOwnProperty.call(d, key) ? d[key] : undefined;

/** `A`, `B`, … `Z`, `AA`: a spreadsheet's name for a 1-based column. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** `base`, or `base (2)`, `base (3)`, … : the first that is not taken. */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} (${n})`)) n++;
  return `${base} (${n})`;
}

export interface NamedColumns {
  /** Each column's name, unique and never empty. */
  names: string[];
  /** Where each named column is in the source rows (0-based). */
  sources: number[];
  /** Columns that did not keep their header as it was: a repeated header, or none. */
  renamed: { name: string; header: string }[];
}

/**
 * Names the columns of a source: every column with a header or with a value in any row (a row
 * may be longer than the header). A column with neither holds nothing to import.
 */
export function nameColumns(
  headers: readonly unknown[],
  rows: readonly unknown[][],
  unnamed: (letter: string) => string,
): NamedColumns {
  const width = rows.reduce((w, r) => Math.max(w, r.length), headers.length);
  const texts = Array.from({ length: width }, (_, i) => cleanText(headers[i]));
  // A generated name never takes a header the file has further on.
  const taken = new Set(texts.filter((h) => h !== ''));
  const used = new Set<string>();
  const out: NamedColumns = { names: [], sources: [], renamed: [] };
  texts.forEach((header, i) => {
    if (header === '' && !rows.some((r) => cleanText(r[i]) !== '')) return;
    const base = header === '' ? unnamed(columnLetter(i + 1)) : header;
    const name =
      used.has(base) || (header === '' && taken.has(base)) ? uniqueName(base, new Set([...taken, ...used])) : base;
    used.add(name);
    out.names.push(name);
    out.sources.push(i);
    if (name !== header) out.renamed.push({ name, header });
  });
  return out;
}

/** The most characters a Leads column takes from an import: entry's limit for the field, else a cell's. */
export function textLimit(header: string): { max: number; field?: keyof typeof LIMITS } {
  const key = camelKey(header);
  return Object.prototype.hasOwnProperty.call(LIMITS, key)
    ? { max: LIMITS[key as keyof typeof LIMITS], field: key as keyof typeof LIMITS }
    : { max: CELL_LIMIT };
}
