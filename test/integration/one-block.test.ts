// A write's changed columns go in one block when only our own columns lie between them
// (gas/table.ts: Table.update and Table.updateRows bridge them with the row as read under the
// lock); a team's column between splits the block, so its formula is never rewritten. Recent
// activities logged close together come in one read (Table.readRows).
import { setUpEnv, ok, records } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import type { Environment } from '../../src/local/environment';
import { populate } from '../../bench/common';

const col = (h: string) => LEAD_COLUMNS.findIndex((c) => c.header === h) + 1;

function crm(): { e: Environment; id: string } {
  const e = setUpEnv();
  const r = ok(
    e.call('submitLead', {
      name: 'Budi Santoso',
      phone: '0812-3456-7890',
      source: 'Website',
      needs: 'CCTV',
      dealValue: 25000000,
      expectedClose: '2026-12-20',
    }),
  );
  return { e, id: r.leadId };
}

/** Calls of one method the last execution made. */
function callsOf(e: Environment, run: () => unknown, method: string): number {
  const before = e.counter.snapshot()[method] ?? 0;
  run();
  return (e.counter.snapshot()[method] ?? 0) - before;
}

test('a logged call writes the lead once: Next Follow-up, Follow-ups and Last Contact in one block', () => {
  const { e, id } = crm();
  const n = callsOf(
    e,
    () =>
      ok(
        e.call('logActivity', {
          leadId: id,
          type: 'Follow-up Call',
          summary: 'Tanya harga',
          nextFollowUp: '2026-11-27',
        }),
      ),
    'Range.setValues',
  );
  // One for the new Activities row, one for the lead.
  expect(n).toBe(2);
  const lead = records(e.spreadsheet, 'Leads')[0];
  expect(lead['Next Follow-up']).toBeInstanceOf(Date);
  expect(lead['Last Contact']).toBeInstanceOf(Date);
  expect(lead['Phone']).toBe('+6281234567890');
});

test("a team's column between our columns splits the block: its formula and value stay", () => {
  const { e, id } = crm();
  const sheet = e.spreadsheet.getSheetByName('Leads')!;
  // The team adds its own column between Follow-ups and Last Contact, with a formula.
  sheet.insertColumnAfter(col('Follow-ups'));
  sheet.getRange(1, col('Follow-ups') + 1).setValue('Skor');
  sheet.getRange(2, col('Follow-ups') + 1).setFormula('=1+1');
  ok(e.call('logActivity', { leadId: id, type: 'Follow-up Call', summary: 'Tanya harga', nextFollowUp: '2026-11-27' }));
  expect(sheet.getRange(2, col('Follow-ups') + 1).getFormula()).toBe('=1+1');
  // Status too: Status Changed At sits after Last Contact, past the team's column.
  ok(e.call('setLeadStatus', { leadId: id, status: 'Quotation Sent' }));
  expect(sheet.getRange(2, col('Follow-ups') + 1).getFormula()).toBe('=1+1');
  const lead = records(e.spreadsheet, 'Leads')[0];
  expect(lead['Status']).toBe('Quotation Sent');
  expect(lead['Follow-ups']).toBe(0); // moving forward restarts the count
  expect(lead['Last Contact']).toBeInstanceOf(Date);
  expect(lead['Status Changed At']).toBeInstanceOf(Date);
});

test('a status typed in the grid writes its effects in one block, keeping Last Contact between them', () => {
  const { e, id } = crm();
  ok(e.call('logActivity', { leadId: id, type: 'Follow-up Call', summary: 'Tanya harga' }));
  const before = records(e.spreadsheet, 'Leads')[0]['Last Contact'] as Date;
  const n = callsOf(e, () => e.userEdit('Leads', 2, col('Status'), [['Quotation Sent']]), 'Range.setValues');
  // The effects on the lead in one block, and the Activities row and the status shadow.
  expect(n).toBe(3);
  const lead = records(e.spreadsheet, 'Leads')[0];
  expect(lead['Status']).toBe('Quotation Sent');
  expect((lead['Last Contact'] as Date).getTime()).toBe(before.getTime());
  expect(lead['Status Changed At']).toBeInstanceOf(Date);
  expect(records(e.spreadsheet, 'Activities').map((a) => a['Type'])).toContain('Status Change');
});

test("a lead's recent activities come newest first, in one read when logged together", () => {
  const { e, id } = crm();
  const other = ok(
    e.call('submitLead', { name: 'Sari Dewi', phone: '0813-1111-2222', source: 'Website', needs: 'Alarm' }),
  );
  ok(e.call('logActivity', { leadId: id, type: 'Note', summary: 'satu' }));
  ok(e.call('logActivity', { leadId: other.leadId, type: 'Note', summary: 'lain' }));
  ok(e.call('logActivity', { leadId: id, type: 'Note', summary: 'dua' }));
  ok(e.call('logActivity', { leadId: id, type: 'Note', summary: 'tiga' }));
  e.call('getSelectedLead', { leadId: id }); // Templates read once after Set up, then cached
  const reads = callsOf(e, () => e.call('getSelectedLead', { leadId: id }), 'Sheet.getSheetValues');
  const card = e.call('getSelectedLead', { leadId: id })!;
  expect(card.activities.map((a) => a.summary)).toEqual(['tiga', 'dua', 'satu']);
  // Leads: header, ids, the row; Activities: header, Lead ID, the three rows in one read.
  expect(reads).toBe(6);
});

test("a client's card reads its deals and activities where they are: both deals, 2,000 rows apart", () => {
  const e = setUpEnv();
  populate(e.spreadsheet, 2000);
  // The first client comes back: a new deal at the bottom of Leads, 2,000 rows below the first.
  ok(e.call('submitLead', { name: 'Pelanggan Kembali', source: 'Referral', needs: 'CCTV', clientId: 'C-000001' }));
  const ids = records(e.spreadsheet, 'Leads').filter((r) => r['Client ID'] === 'C-000001');
  expect(ids.length).toBe(2);
  e.call('getClient', { clientId: 'C-000001' }); // Templates and Team cached after Set up
  let card: ReturnType<typeof getClientCard> = null;
  const reads = callsOf(e, () => (card = getClientCard(e)), 'Sheet.getSheetValues');
  expect(card!.deals.map((d) => d.leadId).sort()).toEqual(ids.map((r) => String(r['Lead ID'])).sort());
  // Its five activities of the first deal, each 2,000 rows apart, newest last.
  expect(card!.activities.length).toBe(5);
  const times = card!.activities.map((a) => Date.parse(a.timestamp));
  expect([...times].sort((a, b) => a - b)).toEqual(times);
  // Leads: header, Client ID, its two rows; Activities: header, Lead ID, its five rows (each
  // 2,000 rows from the next: one read each, at most CARD_READS).
  expect(reads).toBe(11);
});

function getClientCard(e: Environment) {
  return e.call('getClient', { clientId: 'C-000001' });
}

test('a duplicate warning reads the rows it shows (the match and its client’s deals), never the whole of Leads', () => {
  const e = setUpEnv();
  populate(e.spreadsheet, 2000);
  // Lead 1,001 (Pelanggan 1000) again, his phone typed as people write it: his client is offered.
  const phone = '0813-1000-1000';
  const cells = () => e.counter.cellSnapshot()['Sheet.getSheetValues'] ?? 0;
  const before = cells();
  const r = e.call('submitLead', { name: 'Pak Pelanggan 1000', phone, source: 'Website', needs: 'CCTV' });
  const read = cells() - before;
  if (r.ok || !('duplicates' in r)) throw new Error(`expected duplicates, got ${JSON.stringify(r)}`);
  expect(r.duplicates.map((d) => d.leadId)).toEqual(['L-001001']);
  expect(r.clients.map((c) => [c.clientId, c.deals.map((d) => d.leadId)])).toEqual([['C-001001', ['L-001001']]]);
  // The matching columns of every row (Lead ID to Email), then one row of full width.
  const width = LEAD_COLUMNS.length;
  expect(read).toBeLessThan(2000 * 8 + width * 5);
});
