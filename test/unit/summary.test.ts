import { computeSummary, weekStart, capacityOf } from '../../src/core/summary';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const JKT = 420;
const at = (s: string) => new Date(`${s}+07:00`);
const NOW = at('2026-11-24T09:00:00'); // a Tuesday

const lead = (o: Record<string, unknown>) => ({
  'Lead ID': `L-${Math.random().toString(36).slice(2, 8)}`,
  Name: 'x',
  'Created At': at('2026-11-20T09:00:00'),
  ...o,
});

describe('computeSummary, by hand-computed examples', () => {
  const leads = [
    lead({ 'Lead ID': 'L-1', Status: 'Lead', Source: 'Website', Owner: 'a@x.id', 'Deal Value': 10000000 }),
    lead({ 'Lead ID': 'L-2', Status: 'Quotation Sent', Source: 'website', Owner: 'a@x.id', 'Deal Value': 20000000 }),
    lead({
      'Lead ID': 'L-3',
      Status: 'Won',
      Source: 'Referral',
      Owner: 'b@x.id',
      'Deal Value': 30000000,
      'Contract Value': 28000000,
    }),
    lead({ 'Lead ID': 'L-4', Status: 'Past Client', Source: 'Referral', Owner: 'b@x.id', 'Deal Value': 50000000 }),
    lead({
      'Lead ID': 'L-5',
      Status: 'Lost',
      Source: 'FB',
      Owner: 'a@x.id',
      'Lost Reason': 'Harga',
      'Deal Value': 'TBD',
    }),
    lead({ 'Lead ID': 'L-6', Status: 'Hot', Source: '', Owner: '', 'Created At': '' }),
  ];
  const activities = [
    { 'Lead ID': 'L-1', Type: 'Follow-up Call', Timestamp: at('2026-11-20T10:00:00') }, // within 24 h
    { 'Lead ID': 'L-2', Type: 'Note', Timestamp: at('2026-11-20T10:00:00') }, // not a contact
    { 'Lead ID': 'L-2', Type: 'Meeting', Timestamp: at('2026-11-22T09:00:00') }, // 48 h: breached
    { 'Lead ID': 'L-2', Type: 'Status Change', Summary: 'Lead → Negotiation', Timestamp: at('2026-11-22T09:00:00') },
    {
      'Lead ID': 'L-2',
      Type: 'Status Change',
      Summary: 'Negotiation → Quotation Sent',
      Timestamp: at('2026-11-23T09:00:00'),
    },
  ];
  const s = computeSummary(leads, activities, DEFAULT_SETTINGS, NOW, JKT);

  test('totals and byStatus', () => {
    expect(s.totals).toEqual({ leads: 6, open: 2, won: 1, lost: 1, pastClients: 1 });
    expect(s.byStatus).toEqual([
      { status: 'Lead', count: 1, value: 10000000 },
      { status: 'Quotation Sent', count: 1, value: 20000000 },
      { status: 'Negotiation', count: 0, value: 0 },
      { status: 'Won', count: 1, value: 30000000 },
      { status: 'Lost', count: 1, value: 0 },
      { status: 'Past Client', count: 1, value: 50000000 },
    ]);
    // L-3, L-4 and L-5 moved on with no date on record (as an old sheet imported): not counted.
    expect(s.skipped).toEqual({ unknownStatus: 1, badNumber: 1, noCreatedAt: 1, noContactDate: 3 });
  });
  test('bySource merges case variants of a Settings source and keeps free text', () => {
    expect(s.bySource).toEqual([
      {
        source: 'Referral',
        leads: 2,
        won: 2,
        conversionRate: 1,
        expected: { min: 0.25, max: 0.4 },
        verdict: 'too few',
      },
      {
        source: 'Website',
        leads: 2,
        won: 0,
        conversionRate: 0,
        expected: { min: 0.15, max: 0.25 },
        verdict: 'too few',
      },
      { source: 'FB', leads: 1, won: 0, conversionRate: 0, expected: null, verdict: 'no benchmark' },
      { source: '—', leads: 1, won: 0, conversionRate: 0, expected: null, verdict: 'no benchmark' },
    ]);
  });
  test('win rate, average deal value (contract value first), weighted forecast', () => {
    // won = Won + Past Client = 2, lost = 1
    expect(s.winRate).toBeCloseTo(2 / 3, 4);
    // (28,000,000 contract + 50,000,000 deal) / 2
    expect(s.averageDealValue).toBe(39000000);
    // Lead 10,000,000 x 10% + Quotation Sent 20,000,000 x 30%
    expect(s.weightedForecast).toBe(7000000);
    expect(s.lostReasons).toEqual([{ reason: 'Harga', count: 1 }]);
  });
  test('first-contact SLA: within, breached, pending', () => {
    // L-1 within; L-2 breached (48 h); L-3, L-4, L-5 past the first stage with neither a contact
    // nor a status date: not counted; L-6 no Created At.
    expect(s.firstContactSla).toEqual({ withinSla: 1, breached: 1, pending: 0, rate: 0.5 });
    const fresh = computeSummary(
      [lead({ 'Created At': at('2026-11-24T08:00:00'), Status: 'Lead' })],
      [],
      DEFAULT_SETTINGS,
      NOW,
      JKT,
    );
    expect(fresh.firstContactSla).toEqual({ withinSla: 0, breached: 0, pending: 1, rate: 0 });
  });
  test('leads per week: the last 12 Monday weeks, empty weeks as 0', () => {
    expect(s.leadsPerWeek).toHaveLength(12);
    expect(s.leadsPerWeek[11]).toEqual({ weekStart: '2026-11-23', count: 0 });
    expect(s.leadsPerWeek[10]).toEqual({ weekStart: '2026-11-16', count: 5 });
    expect(s.leadsPerWeek[0].weekStart).toBe('2026-09-07');
  });
  test('byOwner, funnel and days to first contact', () => {
    expect(s.byOwner).toEqual([
      { owner: 'a@x.id', leads: 3, won: 0, value: 30000000 },
      { owner: 'b@x.id', leads: 2, won: 2, value: 80000000 },
      { owner: '—', leads: 1, won: 0, value: 0 },
    ]);
    expect(s.funnel).toEqual([
      { status: 'Lead', reached: 6 },
      { status: 'Quotation Sent', reached: 1 },
      { status: 'Negotiation', reached: 1 },
      { status: 'Won', reached: 2 },
      { status: 'Lost', reached: 1 },
      { status: 'Past Client', reached: 1 },
    ]);
    // a@x.id: L-1 after 1 h (0.04 d), L-2 after 2 d: median 1.02
    expect(s.firstContactDays).toEqual([{ owner: 'a@x.id', leads: 2, medianDays: 1.02 }]);
  });
  test('the funnel counts a stage a lead left, not only the ones it entered (imported at Negotiation, then Won)', () => {
    const won = lead({ 'Lead ID': 'L-W', Status: 'Won', 'Deal Value': 1 });
    const f = computeSummary(
      [won],
      [{ Timestamp: at('2026-11-21T09:00:00'), 'Lead ID': 'L-W', Type: 'Status Change', Summary: 'Negotiation → Won' }],
      DEFAULT_SETTINGS,
      NOW,
      JKT,
    ).funnel;
    expect(f.find((x) => x.status === 'Negotiation')?.reached).toBe(1);
    expect(f.find((x) => x.status === 'Quotation Sent')?.reached).toBe(0);
  });
  test('an empty sheet gives zeros, never NaN', () => {
    const e = computeSummary([], [], DEFAULT_SETTINGS, NOW, JKT);
    expect(JSON.stringify(e)).not.toMatch(/NaN|null/);
    expect(e.winRate).toBe(0);
    expect(e.firstContactSla.rate).toBe(0);
  });
  test('weeks start on Monday in the spreadsheet time zone', () => {
    expect(weekStart(at('2026-11-23T00:30:00'), JKT)).toBe('2026-11-23'); // Monday just after midnight
    expect(weekStart(at('2026-11-22T23:30:00'), JKT)).toBe('2026-11-16'); // Sunday night
  });
});

test('capacity: SPEC §5 monthsToLimit at the last 12 weeks’ rate, null when over 10 years away', () => {
  const now = new Date('2026-11-24T02:00:00Z');
  // 12,000 leads of 25 cells in 12 weeks: 25,000 cells a week; 1,000,000 left = 40 weeks.
  const c = capacityOf(9_000_000, 12000, 25, 0, 6, now, 420);
  expect(c.perWeek).toBe(25000);
  expect(c.monthsToLimit).toBe(9.2);
  expect(c.fullBy).toBe('2027-08');
  expect(capacityOf(9_000_000, 120, 20, 0, 6, now, 420)).toMatchObject({ monthsToLimit: null, fullBy: null });
  expect(capacityOf(100, 0, 20, 0, 6, now, 420)).toMatchObject({ monthsToLimit: null, fullBy: null });
});
