// The CSV reader of Papa Parse 5.7.1 (MIT, Copyright (c) 2015 Matthew Holt), ported for the one
// way we call it: the whole text at once, line ends already LF, `"` as quote and escape, no
// comments, no header, no typing. Papa Parse whole is 53 KB of the Apps Script bundle and this
// is 2; test/unit/csv-parse.test.ts holds it to Papa Parse's own answers, quirks included (a
// closing quote followed by spaces, a quote inside an unquoted field, a quote left open).

export interface CsvQuoteError {
  code: 'MissingQuotes' | 'InvalidQuotes';
  message: string;
  /** Index of the row being read when it was found (blank rows counted). */
  row: number;
}

export interface CsvRows {
  data: string[][];
  errors: CsvQuoteError[];
}

const QUOTE = '"';
const NEWLINE = '\n';

/** Rows split by `delim` (Papa Parse's Parser); `preview`: stop after that many rows. */
export function parseRows(input: string, delim: string, preview = 0): CsvRows {
  const data: string[][] = [];
  const errors: CsvQuoteError[] = [];
  if (!input) return { data, errors };
  // No quote anywhere: plain splits (Papa Parse's fast mode).
  if (input.indexOf(QUOTE) === -1) {
    const lines = input.split(NEWLINE);
    for (let i = 0; i < lines.length; i++) {
      data.push(lines[i].split(delim));
      if (preview && i >= preview) return { data: data.slice(0, preview), errors };
    }
    return { data, errors };
  }

  const inputLen = input.length;
  const delimLen = delim.length;
  const unquote = (s: string) => s.replace(/""/g, QUOTE);
  let row: string[] = [];
  let cursor = 0;
  let nextDelim = input.indexOf(delim, cursor);
  let nextNewline = input.indexOf(NEWLINE, cursor);
  let quoteSearch = input.indexOf(QUOTE, cursor);

  /** Spaces alone between the closing quote and `index` (a delimiter or line end): how many. */
  const extraSpaces = (index: number): number => {
    if (index === -1) return 0;
    const between = input.substring(quoteSearch + 1, index);
    return between && between.trim() === '' ? between.length : 0;
  };
  const finish = (value?: string): CsvRows => {
    row.push(value === undefined ? input.substring(cursor) : value);
    data.push(row);
    return { data, errors };
  };
  const saveRow = (newCursor: number) => {
    cursor = newCursor;
    data.push(row);
    row = [];
    nextNewline = input.indexOf(NEWLINE, cursor);
  };

  for (;;) {
    if (input[cursor] === QUOTE) {
      // A quoted field: find its closing quote.
      quoteSearch = cursor;
      cursor++;
      for (;;) {
        quoteSearch = input.indexOf(QUOTE, quoteSearch + 1);
        if (quoteSearch === -1) {
          errors.push({ code: 'MissingQuotes', message: 'Quoted field unterminated', row: data.length });
          return finish();
        }
        if (quoteSearch === inputLen - 1) return finish(unquote(input.substring(cursor, quoteSearch)));
        // `""` inside a quoted field is one quote of its text.
        if (input[quoteSearch + 1] === QUOTE) {
          quoteSearch++;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < quoteSearch + 1) nextDelim = input.indexOf(delim, quoteSearch + 1);
        if (nextNewline !== -1 && nextNewline < quoteSearch + 1) nextNewline = input.indexOf(NEWLINE, quoteSearch + 1);
        const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const spacesBeforeDelim = extraSpaces(checkUpTo);
        const afterQuote = quoteSearch + 1 + spacesBeforeDelim;
        if (input.substring(afterQuote, afterQuote + delimLen) === delim) {
          row.push(unquote(input.substring(cursor, quoteSearch)));
          cursor = afterQuote + delimLen;
          if (input[afterQuote + delimLen] !== QUOTE) quoteSearch = input.indexOf(QUOTE, cursor);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          if (nextNewline !== -1 && nextNewline < cursor) nextNewline = input.indexOf(NEWLINE, cursor);
          break;
        }
        const afterSpaces = quoteSearch + 1 + extraSpaces(nextNewline);
        if (input[afterSpaces] === NEWLINE) {
          row.push(unquote(input.substring(cursor, quoteSearch)));
          saveRow(afterSpaces + 1);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          quoteSearch = input.indexOf(QUOTE, cursor);
          if (preview && data.length >= preview) return { data, errors };
          break;
        }
        // A quote that closes nothing: part of the text, and reported.
        errors.push({
          code: 'InvalidQuotes',
          message: 'Trailing quote on quoted field is malformed',
          row: data.length,
        });
        quoteSearch++;
      }
      continue;
    }
    // The next delimiter comes before the line's end: the field ends there.
    if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
      row.push(input.substring(cursor, nextDelim));
      cursor = nextDelim + delimLen;
      nextDelim = input.indexOf(delim, cursor);
      continue;
    }
    if (nextNewline !== -1) {
      row.push(input.substring(cursor, nextNewline));
      saveRow(nextNewline + 1);
      if (preview && data.length >= preview) return { data, errors };
      continue;
    }
    break;
  }
  return finish();
}

/** A row of nothing but spaces (Papa Parse's `skipEmptyLines: 'greedy'`). */
export function isBlankRow(row: string[]): boolean {
  return row.join('').trim() === '';
}

/**
 * The delimiter whose first 10 rows have the steadiest field count (ties: the most fields), blank
 * rows aside; `,` when none gives two fields or more (Papa Parse's guessDelimiter).
 */
export function guessDelimiter(input: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDelta = 0;
  let maxFieldCount = 0;
  for (const delim of candidates) {
    const { data } = parseRows(input, delim, 10);
    let delta = 0;
    let avgFieldCount = 0;
    let blank = 0;
    let previous: number | undefined;
    for (const row of data) {
      if (isBlankRow(row)) {
        blank++;
        continue;
      }
      avgFieldCount += row.length;
      if (previous === undefined) previous = row.length;
      else if (row.length > 0) {
        delta += Math.abs(row.length - previous);
        previous = row.length;
      }
    }
    if (data.length > 0) avgFieldCount /= data.length - blank;
    if (
      avgFieldCount > 1.99 &&
      (best === undefined || delta < bestDelta || (delta === bestDelta && avgFieldCount > maxFieldCount))
    ) {
      best = delim;
      bestDelta = delta;
      maxFieldCount = avgFieldCount;
    }
  }
  return best ?? ',';
}
