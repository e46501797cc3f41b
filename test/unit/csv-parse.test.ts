// src/core/csv-parse.ts is Papa Parse's reader ported for our one way of calling it: it must give
// Papa Parse's answer (rows, delimiter, the refusal and its row) for any text, quirks included.
import Papa from 'papaparse';
import fc from 'fast-check';
import { parseCsvText, type CsvResult } from '../../src/core/csv';

/** parseCsvText as it was, with Papa Parse itself. */
function byPapa(text: string, options: { keepBlank?: boolean } = {}): CsvResult {
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
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
  const bad = r.errors.find((e) => e.type === 'Quotes');
  if (bad) return { ok: false, reason: bad.message, row: (bad.row ?? 0) + 1 };
  return { ok: true, rows: r.data.map((row) => row.map((v) => String(v ?? ''))) };
}

const piece = fc.constantFrom(
  'a',
  'Budi',
  '0812',
  ' ',
  '  ',
  ',',
  ';',
  '\t',
  '|',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  'x y',
  '\uFEFF',
  '',
);

test('the same rows, delimiter and refusals as Papa Parse, for any text made of CSV pieces (property)', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (pieces, keepBlank) => {
      const text = pieces.join('');
      expect(parseCsvText(text, { keepBlank })).toEqual(byPapa(text, { keepBlank }));
    }),
    { numRuns: 20000 },
  );
});

test('tables of quoted and plain cells, with every delimiter (property)', () => {
  const cell = fc.oneof(
    fc.constantFrom('', 'Budi', 'PT Maju, Tbk', 'a;b', 'tab\there', 'x|y', '0812-3456-7890', ' spaced '),
    fc.constantFrom('Budi').map((s) => `"${s}"`),
    fc.constantFrom('CCTV\n8 kamera', 'say ""hi""', 'a,b;c').map((s) => `"${s}"`),
    fc.constantFrom('"open', 'trail" ', '"q" x', '"sp"  '),
  );
  const table = fc.tuple(
    fc.constantFrom(',', ';', '\t', '|'),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 15 }),
    fc.constantFrom('\n', '\r\n', '\r', ''),
  );
  fc.assert(
    fc.property(table, fc.boolean(), ([delim, rows, end], keepBlank) => {
      const text = rows.map((r) => r.join(delim)).join('\n') + end;
      expect(parseCsvText(text, { keepBlank })).toEqual(byPapa(text, { keepBlank }));
    }),
    { numRuns: 10000 },
  );
});

test('the files the import tests read', () => {
  for (const text of [
    '\uFEFFNama;Kebutuhan\r\nBudi;"CCTV\r\n8 kamera"\nSiti;"a;b"\r\n',
    'Nama\tHP\nBudi\t0812\n',
    'Name,Phone\n"Budi,0812\n',
    'Name,Phone\n\n\nBudi,0812\n\n',
    'Name,Note\nBudi,"said ""yes"""  \nSiti,"x" ,y\n',
    'a\nb\nc',
    '',
    '\n\n',
  ])
    for (const keepBlank of [false, true])
      expect(parseCsvText(text, { keepBlank })).toEqual(byPapa(text, { keepBlank }));
});
