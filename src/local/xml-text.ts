// Text that XML cannot hold. An .xlsx stores cell text as XML, which cannot contain most control
// characters, U+FFFE/U+FFFF or lone surrogates, and turns CR LF into LF when it is read. Excel
// writes such characters as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring) and writes a
// literal `_x0041_` as `_x005F_x0041_` (every underscore that starts such a form is escaped); exceljs decodes that form when it reads but never
// encodes it when it writes, so we encode every string just before a save.

const UNSAFE =
  /_(?=x[0-9A-Fa-f]{4}_)|[\0-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/** The ST_Xstring form of `s`, which reads back (in exceljs, Excel and LibreOffice) as `s`. */
export function encodeXmlText(s: string): string {
  return s.replace(UNSAFE, (m) => (m === '_' ? '_x005F_' : `_x${hex(m.charCodeAt(0))}_`));
}

export function needsEncoding(s: string): boolean {
  UNSAFE.lastIndex = 0;
  const hit = UNSAFE.test(s);
  UNSAFE.lastIndex = 0;
  return hit;
}
