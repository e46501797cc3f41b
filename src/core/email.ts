// Email addresses: trimmed, lower-cased and well formed.

const EMAIL_RE =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export type EmailResult = { ok: true; email: string } | { ok: false };

export function normalizeEmail(input: unknown): EmailResult {
  const s = String(input ?? '')
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  if (s.length > 254 || !EMAIL_RE.test(s) || s.includes('..') || /\.@|@\./.test(s) || s.startsWith('.'))
    return { ok: false };
  const tld = s.slice(s.lastIndexOf('.') + 1);
  if (!/^[a-z]{2,}$/.test(tld)) return { ok: false };
  return { ok: true, email: s };
}

/** Lower-cased emails found in a cell (legacy cells may hold two), for matching only. */
export function emailKeys(cell: unknown): string[] {
  if (typeof cell !== 'string' || !cell.includes('@')) return [];
  return cell
    .split(/[\s,;/]+/)
    .map((p) => normalizeEmail(p))
    .filter((r): r is { ok: true; email: string } => r.ok)
    .map((r) => r.email);
}
