// A text file's bytes as text, whatever program saved it: UTF-8 (with or without a BOM), UTF-16
// (Excel's "Unicode Text": a BOM, little or big endian; or recognised by its zero bytes) and,
// when the bytes are not UTF-8, Windows-1252 (Excel's plain "CSV" on Windows), which the caller
// reports as a guess. A workbook or any other file that is not text is refused, saying how to
// save it. The one detection for the CLI (Node) and the import dialog (the browser): both have
// TextDecoder; Apps Script has none and never calls this.
import type { Message } from './i18n';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];

export type Decoded = { ok: true; text: string; encoding: TextEncoding } | { ok: false; error: Message };

// Windows-1252's bytes 0x80–0x9F; the rest of its upper half is Latin-1. Written out, not left to
// TextDecoder: Node's 'windows-1252' decodes these bytes as Latin-1 control characters.
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function windows1252(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) {
    const part = Array.from(b.subarray(i, i + 8192), (x) => (x >= 0x80 && x <= 0x9f ? CP1252_80_9F[x - 0x80] : x));
    out += String.fromCharCode(...part);
  }
  return out;
}

const unreadable: Decoded = { ok: false, error: { key: 'import.encodingUnknown' } };

/** The bytes of a CSV or TSV file as text, and the encoding they were read in. */
export function decodeText(bytes: Uint8Array): Decoded {
  const utf16 = (encoding: 'utf-16le' | 'utf-16be', body: Uint8Array): Decoded => ({
    ok: true,
    text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body),
    encoding,
  });
  // A workbook (.xlsx is a zip, .xls an OLE file) is no CSV, whatever its name says.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return { ok: false, error: { key: 'import.encodingWorkbook' } };
  // UTF-32 (its BOM begins like UTF-16's): no spreadsheet saves it, so it is not guessed at.
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return unreadable;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return {
      ok: true,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)),
      encoding: 'utf-8',
    };
  if (startsWith(bytes, [0xff, 0xfe])) return utf16('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return utf16('utf-16be', bytes.subarray(2));
  // Without a BOM, UTF-16 shows as a zero byte beside nearly every Latin letter.
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  sample.forEach((x, i) => {
    if (x === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  });
  const pairs = Math.floor(sample.length / 2);
  if (pairs > 0 && odd > pairs * 0.3 && even < pairs * 0.05) return utf16('utf-16le', bytes);
  if (pairs > 0 && even > pairs * 0.3 && odd < pairs * 0.05) return utf16('utf-16be', bytes);
  // Zero bytes in any number are a binary file (a stray one is only dropped as a control character).
  if (even + odd > sample.length * 0.01) return unreadable;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: windows1252(bytes), encoding: 'windows-1252' };
  }
}
