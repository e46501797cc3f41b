// The labels of data names a person reads: sources (the default Settings ones) and campaign
// states. Statuses and activity types have theirs beside their features (pipeline, lead). A
// name the catalog does not know (a team's own source) is shown as the team typed it.
import type { Entries } from './entry';

export const labels = {
  'source.Google Ads': { en: 'Google Ads', id: 'Google Ads' },
  'source.Website': { en: 'Website', id: 'Situs web' },
  'source.Referral': { en: 'Referral', id: 'Rekomendasi' },
  'source.Phone': { en: 'Phone', id: 'Telepon' },
  'source.Email': { en: 'Email', id: 'Email' },
  'source.WhatsApp': { en: 'WhatsApp', id: 'WhatsApp' },
  'source.Walk-in': { en: 'Walk-in', id: 'Datang langsung' },
  'source.Event': { en: 'Event', id: 'Acara' },
  'source.Social Media': { en: 'Social media', id: 'Media sosial' },
  'source.Other': { en: 'Other', id: 'Lainnya' },
  'state.Draft': { en: 'Draft', id: 'Draf' },
  'state.Running': { en: 'Running', id: 'Berjalan' },
  'state.Stopped': { en: 'Stopped', id: 'Dihentikan' },
  'state.Done': { en: 'Done', id: 'Selesai' },
  'consent.Subscribed': { en: 'Subscribed', id: 'Bersedia menerima' },
  'consent.Opted out': { en: 'Opted out', id: 'Menolak menerima' },
} satisfies Entries;

/** The kinds of data names that have a label in each language. */
export type LabelKind = 'status' | 'source' | 'type' | 'state' | 'consent';
export const LABEL_KINDS: readonly LabelKind[] = ['status', 'source', 'type', 'state', 'consent'];

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
