// Email addresses: trimmed, lower-cased and well formed. This is the one rule for every address
// that reaches a mail header (a lead's Email, an Owner, Team and Settings' manager emails): a
// value with a line break, a comma, angle brackets or a display name is not an address.

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

/**
 * The mailbox an address reaches, for comparing addresses as mail does: Gmail ignores dots and
 * `+tags` in the local part, and googlemail.com is gmail.com. Expects a normalised address.
 */
export function mailboxKey(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (domain === 'gmail.com' || domain === 'googlemail.com')
    return `${local.split('+')[0].replace(/\./g, '')}@gmail.com`;
  return email;
}

/** Text for a header that is not an address (a subject, a sender's name): one line, no controls. */
export function headerText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
