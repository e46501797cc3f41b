// The pipeline board's figures, checked against sums computed here independently.
import { buildBoard, initials } from '../../src/core/board';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const NOW = new Date('2026-11-24T02:00:00Z'); // 09:00 in Jakarta
const JKT = (s: string) => new Date(`${s}T00:00:00+07:00`);
const rows = [
  {
    'Lead ID': 'L-1',
    Name: 'Budi',
    Status: 'Lead',
    Owner: 'rina@x.id',
    'Deal Value': 10e6,
    Source: 'Website',
    'Status Changed At': JKT('2026-11-01'),
    'Next Follow-up': JKT('2026-11-20'),
  },
  {
    'Lead ID': 'L-2',
    Name: 'Siti',
    Status: 'Quotation Sent',
    Owner: 'rina@x.id',
    'Deal Value': 20e6,
    Source: 'Referral',
    'Status Changed At': JKT('2026-11-20'),
    'Next Follow-up': JKT('2026-11-30'),
  },
  {
    'Lead ID': 'L-3',
    Name: 'Andi',
    Status: 'Quotation Sent',
    Owner: 'andi@x.id',
    'Deal Value': '',
    Source: 'Website',
    'Status Changed At': JKT('2026-11-23'),
  },
  {
    'Lead ID': 'L-4',
    Name: 'Dewi',
    Status: 'Negotiation',
    Owner: 'andi@x.id',
    'Deal Value': 50e6,
    Source: 'Website',
    'Status Changed At': JKT('2026-10-01'),
  },
  { 'Lead ID': 'L-5', Name: 'Eko', Status: 'Won', Owner: 'rina@x.id', 'Deal Value': 99e6 },
  { 'Lead ID': 'L-6', Name: 'Fajar', Status: 'Past Client', Owner: 'rina@x.id', 'Deal Value': 5e6 },
  { 'Lead ID': '', Name: 'No ID', Status: 'Lead' },
];

test('one column per open stage in Settings order, Won and Lost as drop zones, with count, value and weighted value', () => {
  const cols = buildBoard(rows, DEFAULT_SETTINGS, NOW, 420);
  expect(cols.map((c) => [c.status, c.count, c.value, c.weighted, c.dropOnly])).toEqual([
    ['Lead', 1, 10e6, 10e6 * 0.1, false],
    ['Quotation Sent', 2, 20e6, 20e6 * 0.3, false],
    ['Negotiation', 1, 50e6, 50e6 * 0.6, false],
    ['Won', 0, 0, 0, true],
    ['Lost', 0, 0, 0, true],
  ]);
  const [lead, quote, nego] = cols;
  expect(lead.cards[0]).toMatchObject({
    leadId: 'L-1',
    overdue: true,
    daysInStage: 23,
    stale: true,
    ownerInitials: 'R',
  });
  // Sorted by Next Follow-up, none last.
  expect(quote.cards.map((c) => c.leadId)).toEqual(['L-2', 'L-3']);
  expect(quote.cards[1]).toMatchObject({ value: null, stale: false, daysInStage: 1 });
  expect(nego.cards[0]).toMatchObject({ stale: true, daysInStage: 54 });
});

test('filters: owner, source, text', () => {
  const only = (f: object) =>
    buildBoard(rows, DEFAULT_SETTINGS, NOW, 420, f).flatMap((c) => c.cards.map((x) => x.leadId));
  expect(only({ owner: 'andi@x.id' })).toEqual(['L-3', 'L-4']);
  expect(only({ source: 'Referral' })).toEqual(['L-2']);
  expect(only({ query: 'siti' })).toEqual(['L-2']);
  expect(only({ owner: 'rina@x.id', source: 'Website' })).toEqual(['L-1']);
});

test('initials from a Team name, or from the address', () => {
  expect(initials('rina.wulandari@x.id')).toBe('RW');
  expect(initials('rina@x.id', 'Rina Wulandari')).toBe('RW');
});

test('an open deal past its Expected Close is marked, as the digest lists it; a won deal is not', () => {
  const late = [
    {
      'Lead ID': 'L-1',
      Name: 'Siti',
      Status: 'Quotation Sent',
      Owner: 'rina@x.id',
      'Expected Close': JKT('2026-11-20'),
    },
    { 'Lead ID': 'L-2', Name: 'Budi', Status: 'Negotiation', Owner: 'rina@x.id', 'Expected Close': JKT('2026-12-20') },
    { 'Lead ID': 'L-3', Name: 'Eko', Status: 'Won', Owner: 'rina@x.id', 'Expected Close': JKT('2026-11-01') },
  ];
  const b = buildBoard(late, DEFAULT_SETTINGS, NOW, 420, {});
  const marked = Object.fromEntries(b.flatMap((c) => c.cards).map((c) => [c.leadId, c.closePast]));
  expect([marked['L-1'], marked['L-2'], marked['L-3'] ?? false]).toEqual([true, false, false]);
});
