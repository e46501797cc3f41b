// Data names as a person reads them: a status, source, activity type, campaign state or consent
// by its label in a catalog (`status.Won` → `Menang`). Pure and small: the pages use it with the
// messages the server sent, the server with its catalog.
/** The kinds of data names that have a label in each language. */
export type LabelKind = 'status' | 'source' | 'type' | 'state' | 'consent' | 'lostReason';
export const LABEL_KINDS: readonly LabelKind[] = ['status', 'source', 'type', 'state', 'consent', 'lostReason'];

/**
 * A data name's label from a catalog (`status.Won` → `Menang`); a name it does not know comes
 * back as it is, since a team may add its own statuses and sources in Settings.
 */
export function labelIn(messages: Readonly<Record<string, string>>, kind: LabelKind, name: string): string {
  const v = messages[`${kind}.${name}`];
  return typeof v === 'string' ? v : name;
}

/**
 * An activity's summary as the reader reads it: a Status Change keeps data names in its cell
 * (`Lead → Quotation Sent`, so reports can parse it) and is shown by the statuses' labels.
 */
export function activitySummaryIn(messages: Readonly<Record<string, string>>, type: string, summary: string): string {
  if (type !== 'Status Change') return summary;
  const m = /^(.*?) → (.*)$/.exec(summary);
  if (!m) return summary;
  const side = (s: string) => (s.trim() === '–' || s.trim() === '' ? s : labelIn(messages, 'status', s.trim()));
  return `${side(m[1])} → ${side(m[2])}`;
}
