// The dialog's choice as segment text (read back by parseSegment to the same rules) and the
// sends laid out over the days the quota allows.
import { segmentText, sendSchedule, shiftDay } from '../../src/core/campaign-draft';
import { parseSegment } from '../../src/core/campaign';

test('a choice becomes the segment core/campaign.ts reads, any list left empty meaning everyone', () => {
  const s = segmentText({
    status: ['Lead', 'Quotation Sent'],
    source: [],
    owner: ['rina@firma.id'],
    createdFrom: '2026-01-01',
    createdTo: '2026-06-30',
    lastContactBefore: '2026-11-01',
  });
  expect(s).toEqual({
    ok: true,
    text: 'Status=Lead,Quotation Sent; Owner=rina@firma.id; Created=2026-01-01..2026-06-30; Last Contact<2026-11-01',
  });
  const rules = parseSegment((s as { text: string }).text, 'x');
  expect(rules.ok && rules.rules.map((r) => [r.header, r.op, r.values])).toEqual([
    ['Status', '=', ['lead', 'quotation sent']],
    ['Owner', '=', ['rina@firma.id']],
    ['Created At', 'between', ['2026-01-01', '2026-06-30']],
    ['Last Contact', '<', ['2026-11-01']],
  ]);
  expect(segmentText({})).toEqual({ ok: true, text: '' });
  // One end of the range: inclusive, through the strict comparisons the syntax has.
  expect(segmentText({ createdFrom: '2026-03-01' })).toEqual({ ok: true, text: 'Created>2026-02-28' });
  expect(segmentText({ createdTo: '2026-12-31' })).toEqual({ ok: true, text: 'Created<2027-01-01' });
});

test('what the syntax cannot hold is refused, naming the field', () => {
  expect(segmentText({ product: ['CCTV; 4 kamera'] })).toMatchObject({
    ok: false,
    error: { key: 'campaignDialog.badValue', params: { field: { ref: ['field.product'] } } },
  });
  expect(segmentText({ createdFrom: '2026-02-30' })).toMatchObject({
    ok: false,
    error: { key: 'campaignDialog.badDay' },
  });
  expect(segmentText({ createdFrom: '2026-05-01', createdTo: '2026-04-01' })).toMatchObject({
    ok: false,
    error: { key: 'campaignDialog.badRange' },
  });
});

test('sends laid out per day within the quota', () => {
  expect(sendSchedule(250, 98, '2026-12-31')).toEqual([
    { day: '2026-12-31', count: 98 },
    { day: '2027-01-01', count: 98 },
    { day: '2027-01-02', count: 54 },
  ]);
  expect(sendSchedule(0, 98, '2026-12-31')).toEqual([]);
  expect(sendSchedule(10, 0, '2026-12-31')).toEqual([]);
  expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
});
