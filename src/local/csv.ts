// The CLI's CSV reader: the core one (src/core/csv.ts), throwing a CsvError the CLI prints.
import { parseCsvText } from '../core/csv';

export class CsvError extends Error {}

export function parseCsv(text: string): string[][] {
  const r = parseCsvText(text);
  if (!r.ok) throw new CsvError(`CSV row ${r.row}: ${r.reason}`);
  return r.rows;
}
