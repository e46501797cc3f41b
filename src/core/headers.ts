// Header-to-column map: a user may reorder columns or add their own, so every read and write
// goes through the header row, never a fixed position.

export interface HeaderMap {
  /** 0-based column index by header, for the headers present. */
  readonly index: Readonly<Record<string, number>>;
  readonly width: number;
  readonly headers: readonly string[];
}

export function mapHeaders(headerRow: readonly unknown[]): HeaderMap {
  // No prototype: a header named `constructor` or `__proto__` is a header like any other.
  const index: Record<string, number> = Object.create(null);
  const headers = headerRow.map((h) => String(h ?? '').trim());
  headers.forEach((h, i) => {
    if (h !== '' && !(h in index)) index[h] = i;
  });
  return { index, width: headers.length, headers };
}

/** Required headers missing from a header row, in SPEC order. */
export function missingHeaders(map: HeaderMap, required: readonly string[]): string[] {
  return required.filter((h) => !(h in map.index));
}
