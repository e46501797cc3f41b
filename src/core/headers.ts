// Header-to-column map: a user may reorder columns or add their own, so every read and write
// goes through the header row, never a fixed position.

/**
 * `H`: the headers the caller names (`mapHeaders<LeadHeader>(row)`), so a misspelt one does not
 * compile; by default any header. A header missing from the row reads as undefined.
 */
export interface HeaderMap<H extends string = string> {
  /** 0-based column index by header, for the headers present. */
  readonly index: Readonly<Record<H, number>>;
  readonly width: number;
  readonly headers: readonly string[];
}

export function mapHeaders<H extends string = string>(headerRow: readonly unknown[]): HeaderMap<H> {
  // No prototype: a header named `constructor` or `__proto__` is a header like any other.
  const index: Record<string, number> = Object.create(null);
  const headers = headerRow.map((h) => String(h ?? '').trim());
  headers.forEach((h, i) => {
    if (h !== '' && !(h in index)) index[h] = i;
  });
  return { index: index as Record<H, number>, width: headers.length, headers };
}

/** Required headers missing from a header row, in SPEC order. */
export function missingHeaders(map: HeaderMap, required: readonly string[]): string[] {
  return required.filter((h) => !(h in map.index));
}
