// One language per screen (issue 29): every Indonesian message of the catalog names statuses,
// sources, activity types, campaign states and columns by their Indonesian label (a header
// only beside its label) and writes no ISO date. New messages are held to it as they are added.
import { CATALOG, label, labelRefs, t, type MessageKey } from '../../src/core/i18n';
import { englishDataNames, offences } from '../language';
import { activitySummaryIn } from '../../src/core/data-labels';

/**
 * Messages that must show what a person types into a cell of the sheet, as they type it (the
 * segment syntax of a Campaigns row, the Consent values of a Leads cell): the value is data.
 */
const TYPED_IN_A_CELL: Partial<Record<MessageKey, string>> = {
  'campaign.badValue': 'the date a Campaigns segment cell takes',
  'campaign.badSegment': 'the column names a Campaigns segment cell takes',
};

test('the rule itself finds English data names and ISO dates, and passes labels and quoted values', () => {
  expect(offences('Lead → Won tidak diizinkan… bisa ke: Quotation Sent, Lost')).toEqual([
    'type "Quotation Sent" (say "Penawaran terkirim")',
    'status "Lead" (say "Prospek")',
    'status "Lost" (say "Kalah")',
    'status "Won" (say "Menang")',
  ]);
  expect(offences('Hari ini · 2026-12-07')).toEqual(['ISO date 2026-12-07']);
  expect(offences('Sumber: Walk-in')).toEqual(['source "Walk-in" (say "Datang langsung")']);
  expect(offences('Jenis: Follow-up Call')).toEqual(['type "Follow-up Call" (say "Telepon tindak lanjut")']);
  expect(offences('Kampanye Running')).toEqual(['state "Running" (say "Berjalan")']);
  expect(offences('tanpa Created At')).toEqual(['header "Created At" (say "Tanggal masuk")']);
  // Beside its label, quoted as typed, or an identifier: allowed.
  expect(offences('Tanggal masuk (Created At) kosong; "Walk-in" bukan sumber; Lead ID L-0001')).toEqual([]);
  expect(offences('Prospek → Menang tidak diizinkan. Hari ini · Senin, 7 Des')).toEqual([]);
  expect(englishDataNames().length).toBeGreaterThan(20);
});

test('every Indonesian message speaks Indonesian throughout', () => {
  const bad: string[] = [];
  for (const [key, text] of Object.entries(CATALOG.id) as [MessageKey, string][]) {
    if (TYPED_IN_A_CELL[key]) continue;
    // A label is the Indonesian word for the data name: "Email" and "WhatsApp" are both.
    if (/^(status|source|type|state|consent|lostReason)\./.test(key)) continue;
    const found = offences(text);
    if (found.length) bad.push(`${key}: ${found.join(', ')}  ←  ${text}`);
  }
  expect(bad).toEqual([]);
});

test('the default sources, campaign states and consents have labels; a custom value is shown as typed', () => {
  expect(label('id', 'source', 'Walk-in')).toBe('Datang langsung');
  expect(label('id', 'source', 'Social Media')).toBe('Media sosial');
  expect(label('id', 'source', 'Other')).toBe('Lainnya');
  expect(label('id', 'source', 'Pameran Jakarta 2026')).toBe('Pameran Jakarta 2026');
  expect(label('id', 'state', 'Running')).toBe('Berjalan');
  expect(label('id', 'type', 'Follow-up Call')).toBe('Telepon tindak lanjut');
  expect(label('en', 'source', 'Walk-in')).toBe('Walk-in');
  // A huge value a cell holds is quoted as an excerpt, never whole.
  expect(t('id', 'board.changed', { status: labelRefs('status', ['y'.repeat(50000)]) }).length).toBeLessThan(200);
  expect(t('id', 'pipeline.notAllowed', { from: 'x', to: 'y', allowed: labelRefs('status', ['Won', 'Hot']) })).toBe(
    'x → y tidak diizinkan. Dari x hanya bisa ke: Menang, Hot.',
  );
});

test('a status change in the history is read by the statuses’ labels; the cell keeps data names', () => {
  expect(activitySummaryIn(CATALOG.id, 'Status Change', 'Lead → Quotation Sent')).toBe('Prospek → Penawaran terkirim');
  expect(activitySummaryIn(CATALOG.id, 'Status Change', '– → Lead')).toBe('– → Prospek');
  expect(activitySummaryIn(CATALOG.id, 'Note', 'Lead → Won')).toBe('Lead → Won');
});
