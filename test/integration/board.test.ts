// GetPipelineBoard through the bundle, compared with sums computed here from the
// sheet itself; a move refused when the lead changed meanwhile; stale deals in the digest.
import { env, records, errorsOf } from '../helpers';
import { LEAD_COLUMNS } from '../../src/core/schema';
import { setSetting } from '../../src/local/demo';
import type { Environment } from '../../src/local/environment';
import type { PipelineBoard } from '../../src/gas/board';

const STATUSES = ['Lead', 'Quotation Sent', 'Negotiation', 'Won', 'Lost', 'Past Client'];
const P: Record<string, number> = { Lead: 0.1, 'Quotation Sent': 0.3, Negotiation: 0.6 };

function crm(n: number, user = 'boss@firma.id'): Environment {
  const e = env({ now: '2026-11-24T09:00:00+07:00', user });
  e.call('setupCrm');
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  const leads = e.spreadsheet.getSheetByName('Leads')!;
  if (n + 1 > leads.getMaxRows()) leads.insertRowsAfter(leads.getMaxRows(), n + 1 - leads.getMaxRows());
  const values = Array.from({ length: n }, (_, i) => {
    const rec: Record<string, unknown> = {
      'Lead ID': `L-${String(i + 1).padStart(6, '0')}`,
      Name: `Klien ${i}`,
      Status: STATUSES[(i * 7) % 6],
      Owner: i % 3 === 0 ? 'rina@firma.id' : 'andi@firma.id',
      Source: i % 4 === 0 ? 'Referral' : 'Website',
      'Deal Value': i % 5 === 0 ? '' : (i % 37) * 1250000,
      'Status Changed At': new Date(Date.parse('2026-11-24T02:00:00Z') - (i % 40) * 86400000),
    };
    return LEAD_COLUMNS.map((c) => rec[c.header] ?? '');
  });
  if (n > 0) leads.getRange(2, 1, n, LEAD_COLUMNS.length).setValues(values);
  return e;
}

test('counts, sums and weighted sums agree with the sheet; the calls do not grow with the leads', () => {
  const e = crm(3000);
  const board = e.call('getPipelineBoard', { owner: '*' });
  const rows = records(e.spreadsheet, 'Leads');
  for (const col of board.columns.filter((c) => P[c.status] !== undefined)) {
    const mine = rows.filter((r) => r.Status === col.status);
    const value = mine.reduce((s, r) => s + (typeof r['Deal Value'] === 'number' ? (r['Deal Value'] as number) : 0), 0);
    expect({ status: col.status, count: col.count, value: col.value, weighted: col.weighted }).toEqual({
      status: col.status,
      count: mine.length,
      value,
      weighted: Math.round(value * P[col.status]),
    });
    expect(col.cards).toHaveLength(mine.length);
  }
  expect(board.columns.map((c) => c.status)).toEqual(['Lead', 'Quotation Sent', 'Negotiation', 'Won', 'Lost']);
  const calls = e.lastRun.serviceCalls;
  const small = crm(50);
  small.call('getPipelineBoard', { owner: '*' });
  expect(small.lastRun.serviceCalls).toBe(calls);
});

test('a salesperson sees their own deals by default, a manager everyone’s', () => {
  const asBoss = crm(30).call('getPipelineBoard');
  const asRina = crm(30, 'rina@firma.id').call('getPipelineBoard');
  expect(asBoss.owner).toBe('*');
  expect(asRina.owner).toBe('rina@firma.id');
  const count = (b: PipelineBoard) => b.columns.reduce((n, c) => n + c.count, 0);
  expect(count(asRina)).toBeLessThan(count(asBoss));
  expect(count(crm(30, 'rina@firma.id').call('getPipelineBoard', { owner: '*' }))).toBe(count(asBoss));
});

test('a move is refused when the lead changed since the board was loaded', () => {
  const e = crm(0);
  e.call('submitLead', { name: 'Budi', phone: '0812-1111-2222', source: 'Website', needs: 'CCTV' });
  const r = e.call('setLeadStatus', {
    leadId: 'L-000001',
    status: 'Lost',
    fields: { lostReason: 'No budget' },
    expectedStatus: 'Quotation Sent',
  });
  expect(r).toMatchObject({ ok: false, changed: true });
  expect(errorsOf(r).status).toMatch(/berubah sejak papan dibuka \(sekarang Prospek\)/);
  expect(records(e.spreadsheet, 'Leads')[0].Status).toBe('Lead');
  expect(
    e.call('setLeadStatus', {
      leadId: 'L-000001',
      status: 'Lost',
      fields: { lostReason: 'No budget' },
      expectedStatus: 'Lead',
    }),
  ).toMatchObject({ ok: true });
});

test('stale deals: Settings per stage, marked on the board, listed in the owner’s digest', () => {
  const e = crm(0);
  e.call('submitLead', {
    name: 'Lama Sekali',
    phone: '0812-1111-2222',
    source: 'Website',
    needs: 'CCTV',
    owner: 'rina@firma.id',
  });
  e.call('logActivity', { leadId: 'L-000001', type: 'Follow-up Call', summary: 'ok' });
  e.call('setLeadStatus', {
    leadId: 'L-000001',
    status: 'Quotation Sent',
    fields: { dealValue: '10 juta', expectedClose: '2027-03-01' },
  });
  expect(records(e.spreadsheet, 'Settings').find((s) => s.Setting === 'Stale after days: Quotation Sent')?.Value).toBe(
    '14',
  );
  setSetting(e.spreadsheet, 'Stale after days: Quotation Sent', '2');
  // Nothing else is due for it: the follow-up is far away.
  e.call('updateLead', { leadId: 'L-000001', fields: { nextFollowUp: '2027-01-10' } });
  e.clock.advance(3 * 86400000);
  const board = e.call('getPipelineBoard', { owner: '*' });
  expect(board.columns.find((c) => c.status === 'Quotation Sent')!.cards[0].stale).toBe(true);
  e.call('runFollowUpReminders');
  const mail = e.mail.sent.find((m) => m.to === 'rina@firma.id')!;
  expect(mail.body).toMatch(/Deal yang macet di tahapnya \(1\)\n- L-000001/);
});
