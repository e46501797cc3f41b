// CSV and TSV as spreadsheets write them, read with Papa Parse (the same code in the browser,
// in Node and in the Apps Script bundle): quoted fields and line breaks inside quotes, a BOM,
// Windows, old Mac or mixed line ends, and the delimiter guessed among `,`, `;` (Excel in the Indonesian locale)
// and tab (a block copied from a sheet).
import Papa from 'papaparse';

export type CsvResult = { ok: true; rows: string[][] } | { ok: false; reason: string; row: number };

/**
 * `keepBlank`: blank lines stay as empty rows, so a row's index is the row a spreadsheet program
 * shows for it (a quoted cell over several lines is still one row), as an import's report names it.
 */
export function parseCsvText(text: string, options: { keepBlank?: boolean } = {}): CsvResult {
  // Files mix line ends (a header saved on Windows, rows added on a Mac): every CR LF and lone
  // CR becomes LF first, as a spreadsheet stores a line break inside a cell.
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  // The delimiter is guessed with blank lines aside (they would look like one-field rows).
  const delimiter = options.keepBlank
    ? Papa.parse<string[]>(src, {
        delimiter: '',
        newline: '\n',
        delimitersToGuess: [',', ';', '\t', '|'],
        skipEmptyLines: 'greedy',
        preview: 50,
      }).meta.delimiter
    : '';
  const r = Papa.parse<string[]>(src, {
    delimiter,
    newline: '\n',
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: options.keepBlank ? false : 'greedy',
    header: false,
  });
  // A lone field on one line is no reason to refuse: only a quote left open is.
  const bad = r.errors.find((e) => e.type === 'Quotes');
  if (bad) return { ok: false, reason: bad.message, row: (bad.row ?? 0) + 1 };
  return { ok: true, rows: r.data.map((row) => row.map((v) => String(v ?? ''))) };
}
