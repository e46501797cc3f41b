// CSV and TSV as spreadsheets write them, read by Papa Parse's reader (src/core/csv-parse.ts, the
// same code in the browser, in Node and in the Apps Script bundle): quoted fields and line breaks
// inside quotes, a BOM, Windows, old Mac or mixed line ends, and the delimiter guessed among `,`,
// `;` (Excel in the Indonesian locale), tab (a block copied from a sheet) and `|`.
import { guessDelimiter, isBlankRow, parseRows } from './csv-parse';

export type CsvResult = { ok: true; rows: string[][] } | { ok: false; reason: string; row: number };

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * `keepBlank`: blank lines stay as empty rows, so a row's index is the row a spreadsheet program
 * shows for it (a quoted cell over several lines is still one row), as an import's report names it.
 */
export function parseCsvText(text: string, options: { keepBlank?: boolean } = {}): CsvResult {
  // Files mix line ends (a header saved on Windows, rows added on a Mac): every CR LF and lone
  // CR becomes LF first, as a spreadsheet stores a line break inside a cell.
  // A BOM is dropped, and a second one too (a file saved twice through a tool that adds one).
  const src = text.replace(/^\uFEFF\uFEFF?/, '').replace(/\r\n?/g, '\n');
  // The delimiter is guessed with blank lines aside (they would look like one-field rows).
  const r = parseRows(src, guessDelimiter(src, DELIMITERS));
  // A lone field on one line is no reason to refuse: only a quote left open or misplaced is.
  const bad = r.errors[0];
  if (bad) return { ok: false, reason: bad.message, row: bad.row + 1 };
  const rows = options.keepBlank ? r.data : r.data.filter((row) => !isBlankRow(row));
  return { ok: true, rows };
}
