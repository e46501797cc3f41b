// A file's bytes read as text whatever saved it, by the one detection the CLI
// and the import dialog share.
import { decodeText } from '../../src/core/encoding';

const utf16 = (s: string, be = false) => {
  const b = Buffer.from(s, 'utf16le');
  if (be) b.swap16();
  return b;
};
const bytes = (...parts: (number[] | Buffer)[]) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));

describe('decodeText', () => {
  const text = 'Nama\tKota\r\nJosé Café\tSão Paulo\r\n';
  test.each([
    ['UTF-8', bytes(Buffer.from(text, 'utf8')), 'utf-8'],
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8')), 'utf-8'],
    ['UTF-16LE with a BOM (Excel "Unicode Text")', bytes([0xff, 0xfe], utf16(text)), 'utf-16le'],
    ['UTF-16BE with a BOM', bytes([0xfe, 0xff], utf16(text, true)), 'utf-16be'],
    ['UTF-16LE without a BOM', bytes(utf16(text)), 'utf-16le'],
    ['UTF-16BE without a BOM', bytes(utf16(text, true)), 'utf-16be'],
    ['Windows-1252 (Excel "CSV" on Windows)', bytes(Buffer.from(text, 'latin1')), 'windows-1252'],
  ])('%s', (_name, b, encoding) => {
    expect(decodeText(b)).toEqual({ ok: true, text, encoding });
  });
  test('Windows-1252 bytes 0x80–0x9F are its letters, not control characters', () => {
    expect(decodeText(new Uint8Array([0x93, 0x80, 0x20, 0x35, 0x94, 0x20, 0x8a, 0x9e, 0x85]))).toEqual({
      ok: true,
      text: '“€ 5” Šž…',
      encoding: 'windows-1252',
    });
  });
  test('a workbook or a binary file is refused, saying how to save it', () => {
    expect(decodeText(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toEqual({
      ok: false,
      error: { key: 'import.encodingWorkbook' },
    });
    expect(decodeText(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({
      ok: false,
      error: { key: 'import.encodingWorkbook' },
    });
    expect(decodeText(bytes([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toEqual({
      ok: false,
      error: { key: 'import.encodingUnknown' },
    });
    expect(decodeText(bytes([1, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0x41, 0x42, 0, 0, 0, 9]))).toEqual({
      ok: false,
      error: { key: 'import.encodingUnknown' },
    });
  });
  test('an empty file is empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
