// Clients and their deals (SPEC §3, §4, §5) in the pure core: Client IDs, the same deal entered
// twice against a client's next deal, the audit's proposals, the figures, re-contact per client.
import { assignClientIds, commonClientId, formatClientId, nextClientNumber } from '../../src/core/client';
import { clientActions, clientFigures, dealFacts, linkChanges, sameDeal, splitDeals } from '../../src/core/deals';
import { suggestPrimary } from '../../src/core/merge';
import { planReminders } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { LEAD_COLUMNS, type LeadRecord } from '../../src/core/schema';

const JKT = 420;
const d = (s: string) => new Date(`${s}T09:00:00+07:00`);
const text = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v ?? ''));
const HEADERS = LEAD_COLUMNS.map((c) => c.header);

describe('Client IDs', () => {
  const row = (clientId: string, name: string, company: string, phone = '', email = '') => ({
    leadId: name,
    clientId,
    name,
    company,
    phone,
    email,
  });

  test('rows of one client share one ID; a row of a known client takes its ID; others get new ones', () => {
    const r = assignClientIds(
      [
        row('C-000007', 'Agus Salim', 'PT Sinar Jaya', '0812-7000-0001'),
        row('', 'Bpk. Agus Salim', 'PT. Sinar Jaya', '+62 812 7000 0001'),
        row('', 'Rudi Hartono', 'CV Laris', '0813-5555-0101'),
        row('', 'Rudi Hartono', 'CV Laris', '', 'rudi@laris.id'),
        row('', 'Siti Aminah', '', '0857-0000-1111'),
        row('C-000003', 'Yanti', 'SMA Negeri 1 Bandung', '022-700-0001'),
        row('', 'Yanti', 'SMA Negeri 2 Bandung', '022-700-0001'),
      ],
      5,
    );
    expect(r.ids).toEqual(['C-000007', 'C-000007', 'C-000008', 'C-000008', 'C-000009', 'C-000003', 'C-000010']);
    expect(r.assigned).toEqual([1, 2, 3, 4, 6]);
    expect(r.last).toBe(10);
    // Nothing to give: nothing changes, no number is taken.
    expect(assignClientIds([row('C-000001', 'A', '')], 4)).toEqual({ ids: ['C-000001'], assigned: [], last: 4 });
  });

  test('numbers and the common ID', () => {
    expect(formatClientId(45)).toBe('C-000045');
    expect(nextClientNumber(3, ['C-000010', 'L-000099', '', 'C-x'])).toBe(11);
    expect(commonClientId(['', 'C-000002', 'C-000001', 'C-000001'])).toBe('C-000001');
    expect(commonClientId(['C-000002', 'C-000001'])).toBe('C-000002');
    expect(commonClientId(['', ''])).toBe('');
  });
});

describe('a deal entered twice, or the client\u2019s next deal', () => {
  const deal = (status: string, created: string, extra: LeadRecord = {}): LeadRecord => ({
    Status: status,
    'Created At': d(created),
    'Status Changed At': d(created),
    ...extra,
  });
  const f = (r: LeadRecord) => dealFacts(r, JKT);

  test('the later row created while the earlier was open, without values of their own: one deal', () => {
    expect(sameDeal(f(deal('Lead', '2026-11-01')), f(deal('Lead', '2026-11-02')))).toBe(true);
    expect(
      sameDeal(
        f(deal('Quotation Sent', '2026-09-01', { 'Deal Value': 78e6 })),
        f(deal('Lead', '2026-09-03', { 'Deal Value': 78e6 })),
      ),
    ).toBe(true);
    // Won after the second entry was made: still the one deal.
    expect(
      sameDeal(f(deal('Won', '2026-01-01', { 'Status Changed At': d('2026-03-01') })), f(deal('Lead', '2026-02-01'))),
    ).toBe(true);
  });

  test('closed before the other began, or two values of their own, or an open deal with a value: two deals', () => {
    const won = deal('Won', '2025-01-10', { 'Deal Value': 25e6, 'Status Changed At': d('2025-02-20') });
    expect(sameDeal(f(won), f(deal('Lead', '2026-06-01')))).toBe(false);
    expect(
      sameDeal(
        f(deal('Negotiation', '2026-06-01', { 'Deal Value': 8e6 })),
        f(deal('Quotation Sent', '2026-08-01', { 'Deal Value': 12e6 })),
      ),
    ).toBe(false);
    // A past client's completion date counts when its status changed later.
    const past = deal('Past Client', '2024-03-01', {
      'Completed On': d('2024-08-20'),
      'Status Changed At': d('2025-01-01'),
    });
    expect(sameDeal(f(past), f(deal('Lead', '2024-10-01')))).toBe(false);
    // An open deal with its own value is never one deal with a closed one.
    expect(
      sameDeal(
        f(deal('Won', '2026-01-01', { 'Status Changed At': d('2026-03-01') })),
        f(deal('Negotiation', '2026-02-01', { 'Deal Value': 5e6 })),
      ),
    ).toBe(false);
    // Without dates, only two open rows are taken for one.
    expect(sameDeal(f({ Status: 'Lead' }), f({ Status: 'Lead' }))).toBe(true);
    expect(sameDeal(f({ Status: 'Won' }), f({ Status: 'Lead' }))).toBe(false);
  });

  test('a client\u2019s rows: a merge per deal entered twice, a link of its deals', () => {
    const rows: LeadRecord[] = [
      deal('Won', '2025-01-10', {
        'Lead ID': 'L-1',
        'Client ID': 'C-000001',
        Name: 'Agus',
        'Deal Value': 25e6,
        'Status Changed At': d('2025-02-20'),
      }),
      deal('Negotiation', '2026-06-01', { 'Lead ID': 'L-2', 'Client ID': 'C-000001', Name: 'Agus', 'Deal Value': 8e6 }),
      deal('Lead', '2026-06-03', { 'Lead ID': 'L-3', 'Client ID': 'C-000002', Name: 'Agus S', Email: 'a@x.id' }),
    ];
    expect(splitDeals(rows.map(f))).toEqual([[0], [1, 2]]);
    const actions = clientActions(rows, (rs) => suggestPrimary(rs, HEADERS), text, JKT);
    expect(actions).toEqual([
      { action: 'merge', members: [1, 2], primary: 1 },
      { action: 'link', members: [0, 1], primary: 1 },
    ]);
    const link = linkChanges([rows[0], rows[1]], 1, text, JKT);
    expect(link.clientId).toBe('C-000001');
    expect(link.changes).toEqual([{}, {}]);
    // Already one client with one set of facts: nothing to propose.
    expect(clientActions([rows[0], rows[1]], (rs) => suggestPrimary(rs, HEADERS), text, JKT)).toEqual([]);
  });
});

test('the Summary\u2019s client figures, per client', () => {
  const rows: LeadRecord[] = [
    { 'Lead ID': 'L-1', 'Client ID': 'C-1', Status: 'Won', 'Deal Value': 25e6 },
    { 'Lead ID': 'L-2', 'Client ID': 'C-1', Status: 'Past Client', 'Deal Value': 10e6, 'Contract Value': 12e6 },
    { 'Lead ID': 'L-3', 'Client ID': 'C-1', Status: 'Negotiation', 'Deal Value': 8e6 },
    { 'Lead ID': 'L-4', 'Client ID': 'C-2', Status: 'Won', 'Deal Value': 20e6 },
    { 'Lead ID': 'L-5', 'Client ID': 'C-3', Status: 'Lost' },
    { 'Lead ID': 'L-6', Status: 'Lead' },
  ];
  expect(clientFigures(rows)).toEqual({
    total: 4,
    withOpenDeal: 2,
    repeat: 1,
    repeatRate: 0.5,
    lifetimeValue: (25e6 + 12e6 + 20e6) / 2,
  });
});

test('a past client is due for re-contact once, and not while it has an open deal', () => {
  const now = d('2026-11-24');
  const past = (id: string, client: string, completed: string): LeadRecord => ({
    'Lead ID': id,
    'Client ID': client,
    Name: id,
    Status: 'Past Client',
    Owner: 'dimas@firma.id',
    'Created At': d('2024-01-01'),
    'Completed On': d(completed),
  });
  const due = (rows: LeadRecord[]) =>
    planReminders(rows, DEFAULT_SETTINGS, now, JKT).owners.flatMap((o) => o.sections.recontact.map((l) => l.leadId));
  // Two completed projects of one client: one re-contact, for the latest.
  expect(
    due([past('L-1', 'C-1', '2024-05-01'), past('L-2', 'C-1', '2025-02-01'), past('L-3', 'C-2', '2025-01-01')]),
  ).toEqual(['L-3', 'L-2']);
  // The client is in talks again: no re-contact for it.
  const talks: LeadRecord = {
    'Lead ID': 'L-4',
    'Client ID': 'C-1',
    Name: 'x',
    Status: 'Lead',
    Owner: 'dimas@firma.id',
    'Created At': now,
  };
  expect(due([past('L-1', 'C-1', '2024-05-01'), past('L-2', 'C-1', '2025-02-01'), talks])).toEqual([]);
  // Rows without a Client ID are each a client of their own.
  expect(due([past('L-1', '', '2024-05-01'), past('L-2', '', '2025-02-01')])).toEqual(['L-1', 'L-2']);
  // A call logged on the client's older project plans the client's next re-contact there: the
  // newer project's date, already passed, no longer lists the client.
  const called = {
    ...past('L-1', 'C-1', '2024-05-01'),
    'Last Contact': d('2026-11-20'),
    'Next Follow-up': d('2027-11-20'),
  };
  expect(due([called, past('L-2', 'C-1', '2025-02-01')])).toEqual([]);
  // And when that call planned a call back before now, it is that row that is due.
  const callBack = { ...called, 'Next Follow-up': d('2026-11-23') };
  expect(due([callBack, past('L-2', 'C-1', '2025-02-01')])).toEqual(['L-1']);
});
