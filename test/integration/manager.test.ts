// The manager's week through the bundle: the scorecard and the source verdicts against
// figures computed here from the rows, the weekly report exactly once a week, yesterday's
// activity in the managers' digest, a big deal told once.
import { env, records } from '../helpers';
import { LEAD_COLUMNS, ACTIVITY_COLUMNS } from '../../src/core/schema';
import { setSetting, personTypes } from '../../src/local/demo';
import type { Environment } from '../../src/local/environment';

const MONDAY = '2026-11-23T09:00:00+07:00';
const at = (s: string) => new Date(`${s}+07:00`);

function crm(now = MONDAY, mailQuota?: number): Environment {
  const e = env({ now, user: 'rina@firma.id', mailQuota });
  e.call('setupCrm');
  setSetting(e.spreadsheet, 'Manager emails', 'boss@firma.id');
  personTypes(e.spreadsheet, 'Team', 2, 1, [
    ['rina@firma.id', 'Rina', '', 'Sales', 'id', 10, 2, 100000000],
    ['andi@firma.id', 'Andi', '', 'Sales', 'id', '', '', ''],
  ]);
  return e;
}

function put(e: Environment, tab: 'Leads' | 'Activities', recs: Record<string, unknown>[]): void {
  const cols = tab === 'Leads' ? LEAD_COLUMNS : ACTIVITY_COLUMNS;
  const sheet = e.spreadsheet.getSheetByName(tab)!;
  const start = sheet.getLastRow() + 1;
  if (start + recs.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), start + recs.length - sheet.getMaxRows());
  sheet.getRange(start, 1, recs.length, cols.length).setValues(recs.map((r) => cols.map((c) => r[c.header] ?? '')));
}

const lead = (id: number, r: Record<string, unknown>) => ({
  'Lead ID': `L-${String(id).padStart(6, '0')}`,
  Name: `Klien ${id}`,
  Source: 'Website',
  Status: 'Lead',
  Owner: 'rina@firma.id',
  'Created At': at('2026-11-10T09:00:00'),
  Phone: `+62812000${String(id).padStart(5, '0')}`,
  ...r,
});

test('the scorecard per sales person, computed independently', () => {
  const e = crm();
  put(e, 'Leads', [
    lead(1, {
      'Created At': at('2026-11-02T09:00:00'),
      Status: 'Won',
      'Deal Value': 40e6,
      'Status Changed At': at('2026-11-20T10:00:00'),
    }),
    lead(2, { 'Created At': at('2026-11-10T09:00:00'), Status: 'Lost', 'Lost Reason': 'No budget' }),
    lead(3, { 'Created At': at('2026-11-16T09:00:00'), Status: 'Quotation Sent', 'Deal Value': 20e6, 'Follow-ups': 3 }),
    lead(4, {
      'Created At': at('2026-11-20T09:00:00'),
      Status: 'Past Client',
      'Contract Value': 60e6,
      Phone: '+6281355550000',
    }),
    // Klien 4 came back with a new request: a repeat client.
    lead(5, { 'Created At': at('2026-11-22T09:00:00'), Phone: '0813-5555-0000', Owner: 'andi@firma.id' }),
    lead(6, {
      'Created At': at('2026-10-01T09:00:00'),
      Owner: 'andi@firma.id',
      Status: 'Negotiation',
      'Deal Value': 10e6,
    }),
  ]);
  put(e, 'Activities', [
    { Timestamp: at('2026-11-02T12:00:00'), 'Lead ID': 'L-000001', Type: 'Follow-up Call', By: 'rina@firma.id' }, // 3 h after creation: in SLA
    { Timestamp: at('2026-11-12T09:00:00'), 'Lead ID': 'L-000002', Type: 'WhatsApp', By: 'rina@firma.id' }, // 48 h: late
    { Timestamp: at('2026-11-16T10:00:00'), 'Lead ID': 'L-000003', Type: 'Meeting', By: 'rina@firma.id' }, // 1 h
    { Timestamp: at('2026-11-20T15:00:00'), 'Lead ID': 'L-000004', Type: 'Note', By: 'rina@firma.id' }, // a note is not contact
  ]);
  const s = e.call('getCrmSummary');
  const rina = s.scorecard.find((c) => c.owner === 'rina@firma.id')!;
  // Created in the last 4 weeks (since 2026-10-26): leads 1–4 → 1 a week.
  expect(rina).toMatchObject({
    name: 'Rina',
    newLeadsPerWeek: 1,
    // 1 and 3 in time; 2 late; 4 is a Past Client with neither a contact nor a status date on
    // record (as an old sheet imported): its first contact is not counted.
    firstContactWithinSlaRate: 0.6667,
    medianHoursToFirstContact: 3,
    leadsOverMaxFollowUps: 1,
    winRate: 0.6667, // Won and Past Client (2) against Lost (1), to 4 places
    averageDealValue: 50e6, // (40 + 60) / 2
    openValue: 20e6,
    weightedValue: 6e6,
    repeatClients: 1,
    retentionRate: 0.5,
    activitiesPerWeek: 0.75, // 3 contacts in 4 weeks
  });
  expect(rina.targets).toEqual({
    newLeads: { target: 10, actual: 4 },
    won: { target: 2, actual: 1 },
    value: { target: 100000000, actual: 40e6 },
  });
  const andi = s.scorecard.find((c) => c.owner === 'andi@firma.id')!;
  expect(andi).toMatchObject({ newLeadsPerWeek: 0.25, openValue: 10e6, weightedValue: 6e6, repeatClients: 0 });
  expect(andi.targets.newLeads.target).toBeNull();
  // Nothing won or lost yet, no first contact on record: no figure, not 0%.
  expect(andi).toMatchObject({
    winRate: null,
    retentionRate: null,
    medianHoursToFirstContact: null,
    averageDealValue: null,
  });
});

test('a rate over nothing is a dash, and a manager with no leads of their own is not a row of zeros', () => {
  const e = crm();
  personTypes(e.spreadsheet, 'Team', 4, 1, [['hendra@firma.id', 'Pak Hendra', '', 'Manager', 'id', '', '', '']]);
  put(e, 'Leads', [lead(1, { 'Created At': at('2026-11-23T08:00:00') })]); // new, within the SLA
  const s = e.call('getCrmSummary');
  expect(s.scorecard.map((c) => c.owner)).toEqual(['andi@firma.id', 'rina@firma.id']);
  expect(s.scorecard.find((c) => c.owner === 'rina@firma.id')).toMatchObject({
    firstContactWithinSlaRate: null,
    medianHoursToFirstContact: null,
    winRate: null,
    averageDealValue: null,
  });
  e.call('refreshSummary');
  const summary = e.spreadsheet.getSheetByName('Summary')!.getDataRange().getDisplayValues();
  const row = summary.find((r) => r[0] === 'rina@firma.id')!;
  expect(row.slice(3, 5)).toEqual(['–', '–']);
  // No deal won: no average won deal either (not Rp 0).
  expect(row[7]).toBe('–');
});

test('conversion by source against the benchmarks in Settings, with too few leads said as such', () => {
  const e = crm();
  const many = (n: number, source: string, won: number, first: number) =>
    Array.from({ length: n }, (_, i) =>
      lead(first + i, { Source: source, Status: i < won ? 'Won' : 'Lead', 'Deal Value': i < won ? 1e6 : '' }),
    );
  put(e, 'Leads', [
    ...many(30, 'Website', 3, 1),
    ...many(20, 'Referral', 6, 100),
    ...many(5, 'Event', 1, 200),
    ...many(12, 'Walk-in', 6, 300),
  ]);
  setSetting(e.spreadsheet, 'Expected conversion %: Walk-in', '20 - 40');
  const s = e.call('getCrmSummary');
  const v = Object.fromEntries(s.bySource.map((b) => [b.source, [b.conversionRate, b.expected, b.verdict]]));
  expect(v).toEqual({
    Website: [0.1, { min: 0.15, max: 0.25 }, 'below'],
    Referral: [0.3, { min: 0.25, max: 0.4 }, 'within'],
    Event: [0.2, { min: 0.08, max: 0.15 }, 'too few'],
    'Walk-in': [0.5, { min: 0.2, max: 0.4 }, 'above'],
  });
  e.call('refreshSummary');
  const tab = JSON.stringify(e.spreadsheet.getSheetByName('Summary')!.getDataRange().getValues());
  expect(tab).toContain('di bawah harapan');
  expect(tab).toContain('prospek terlalu sedikit untuk dinilai');
});

test('the weekly report: once per manager on the first run of the week, none on Tuesday; yesterday’s activity in the digest', () => {
  const e = crm();
  personTypes(e.spreadsheet, 'Team', 4, 1, [['sari@firma.id', 'Sari', '', 'Manager']]);
  put(e, 'Leads', [lead(1, { 'Next Follow-up': at('2026-11-20T00:00:00') })]);
  put(e, 'Activities', [
    { Timestamp: at('2026-11-22T10:00:00'), 'Lead ID': 'L-000001', Type: 'Follow-up Call', By: 'rina@firma.id' },
    { Timestamp: at('2026-11-22T11:00:00'), 'Lead ID': 'L-000001', Type: 'Quotation Sent', By: 'rina@firma.id' },
  ]);
  e.call('runDailyJobs');
  const weekly = e.mail.sent.filter((m) => /laporan mingguan/.test(m.subject));
  expect(weekly.map((m) => m.to).sort()).toEqual(['boss@firma.id', 'sari@firma.id']);
  expect(weekly[0].body).toMatch(/Kinerja per sales/);
  // Its plain text names the columns, and writes decimals the Indonesian way.
  expect(weekly[0].body).toMatch(/^Penanggung jawab · .+$/m);
  expect(weekly[0].body).not.toMatch(/\b\d+\.\d{1,2}\b/); // 0.75 is 0,75 (money keeps Rp 25.000)
  const digest = e.mail.sent.find((m) => m.to === 'boss@firma.id' && /Tindak lanjut tim/.test(m.body))!;
  expect(digest.body).toContain('Kemarin (22 November 2026) per sales');
  // The plain-text table says what each number counts.
  expect(digest.body).toMatch(/^Penanggung jawab: .+ \/ .+ = Total$/m);
  expect(digest.body).toContain('Rina: 1 telepon, 0 pertemuan, 1 penawaran, 0 perubahan status');
  e.call('runDailyJobs');
  e.clock.advance(24 * 3600000);
  e.call('runDailyJobs');
  expect(e.mail.sent.filter((m) => /laporan mingguan/.test(m.subject))).toHaveLength(2);
  e.clock.advance(6 * 24 * 3600000);
  e.call('runDailyJobs');
  expect(e.mail.sent.filter((m) => /laporan mingguan/.test(m.subject))).toHaveLength(4);
});

test('a big deal is told once: at once from the sidebar, never again by the digest', () => {
  const e = crm();
  setSetting(e.spreadsheet, 'Big deal threshold', '100000000');
  e.call('submitLead', {
    name: 'Proyek Besar',
    phone: '0812-9999-0001',
    source: 'Website',
    needs: 'CCTV 200 kamera',
    dealValue: '250 juta',
  });
  const alerts = () => e.mail.sent.filter((m) => /deal besar/.test(m.subject) || /Deal besar/.test(m.body));
  expect(alerts().map((m) => m.to)).toEqual(['boss@firma.id']);
  expect(alerts()[0].body).toMatch(/L-000001 Proyek Besar .*Rp 250\.000\.000/);
  e.call('updateLead', { leadId: 'L-000001', fields: { dealValue: '300 juta' } });
  e.call('runFollowUpReminders');
  expect(alerts()).toHaveLength(1);
});

test('a big deal saved without quota is told in the next daily digest, once', () => {
  const e = crm(MONDAY, 0);
  setSetting(e.spreadsheet, 'Big deal threshold', '100000000');
  e.call('submitLead', {
    name: 'Proyek Besar',
    phone: '0812-9999-0001',
    source: 'Website',
    needs: 'CCTV',
    dealValue: '150 juta',
  });
  expect(e.mail.sent).toHaveLength(0);
  const e2 = e; // the quota comes back the next day
  (e2.mail as unknown as { dailyQuota: number }).dailyQuota = 100;
  e2.clock.advance(24 * 3600000);
  e2.call('runFollowUpReminders');
  const told = () => e2.mail.sent.filter((m) => m.to === 'boss@firma.id' && m.body.includes('Deal besar (1)'));
  expect(told()).toHaveLength(1);
  e2.clock.advance(24 * 3600000);
  e2.call('runFollowUpReminders');
  expect(told()).toHaveLength(1);
});

test('the Summary says how much of Google’s cell limit is used and when it would be reached', () => {
  const e = crm();
  put(e, 'Leads', [lead(1, {})]);
  const s = e.call('getCrmSummary');
  const cells = e.spreadsheet.getSheets().reduce((n, sh) => n + sh.getMaxRows() * sh.getMaxColumns(), 0);
  expect(s.capacity.cells).toBe(cells);
  expect(s.capacity.share).toBeCloseTo(cells / 1e7, 4);
  expect(records(e.spreadsheet, 'Leads')).toHaveLength(1);
});

test('the Summary’s days to first contact name each owner as the Team does', () => {
  const e = crm();
  put(e, 'Leads', [
    lead(1, { 'Last Contact': at('2026-11-11T09:00:00') }),
    lead(2, { 'Last Contact': at('2026-11-12T09:00:00') }),
  ]);
  e.call('refreshSummary');
  const values = e.spreadsheet.getSheetByName('Summary')!.getDataRange().getValues();
  const top = values.findIndex((r) => r[0] === 'Hari sampai kontak pertama (median)');
  expect(values.slice(top + 2, top + 3).map((r) => [r[0], r[2]])).toEqual([['Rina', 2]]);
});

test('no deal closed and no first contact timed yet: the Summary’s win rate and SLA rate are a dash, not a 0% that reads as a result', () => {
  const e = crm();
  put(e, 'Leads', [lead(1, { 'Created At': at('2026-11-23T08:00:00') })]); // within its SLA, not contacted yet
  e.call('refreshSummary');
  const shown = e.spreadsheet.getSheetByName('Summary')!.getDataRange().getDisplayValues();
  const rate = (label: string) => shown.find((r) => r[0] === label)?.[1];
  expect([rate('Rasio menang'), rate('Kontak pertama sesuai SLA')]).toEqual(['–', '–']);
  // Once a deal is closed, the figure is a rate again.
  put(e, 'Leads', [lead(2, { Status: 'Lost', 'Lost Reason': 'Price' })]);
  e.call('refreshSummary');
  const again = e.spreadsheet.getSheetByName('Summary')!.getDataRange().getDisplayValues();
  expect(again.find((r) => r[0] === 'Rasio menang')?.[1]).toMatch(/^0([.,]0)?%$/);
});

test('someone who left (no longer on the Team) is sent no client data; the managers are told whose leads wait', () => {
  const e = crm();
  put(e, 'Leads', [
    lead(1, { 'Next Follow-up': at('2026-11-20T00:00:00') }),
    lead(2, { Owner: 'rudi@firma.id', 'Next Follow-up': at('2026-11-20T00:00:00') }),
  ]);
  e.call('runFollowUpReminders');
  const to = e.mail.sent.map((m) => m.to);
  expect(to).toContain('rina@firma.id');
  expect(to).not.toContain('rudi@firma.id');
  const team = e.mail.sent.find((m) => m.to === 'boss@firma.id')!;
  expect(team.body).toContain('Penanggung jawab yang tidak ada lagi di tab Team');
  expect(team.body).toContain('rudi@firma.id: 1 prospek');
});

test('a handover typed in the grid: a Team name becomes the email (the lead is in her Today), a Note says who had it; a name nobody has is kept and said', () => {
  const e = crm();
  put(e, 'Leads', [
    lead(1, { Owner: 'andi@firma.id', 'Next Follow-up': at('2026-11-20T00:00:00') }),
    lead(2, { Owner: 'andi@firma.id', 'Next Follow-up': at('2026-11-20T00:00:00') }),
    lead(3, { Owner: 'andi@firma.id', 'Next Follow-up': at('2026-11-20T00:00:00') }),
  ]);
  const ownerCol = LEAD_COLUMNS.findIndex((c) => c.header === 'Owner') + 1;
  const before = records(e.spreadsheet, 'Activities').length;
  personTypes(e.spreadsheet, 'Leads', 2, ownerCol, [['Rina']]);
  personTypes(e.spreadsheet, 'Leads', 3, ownerCol, [['rina'], ['Joko']]);
  expect(records(e.spreadsheet, 'Leads').map((l) => l.Owner)).toEqual(['rina@firma.id', 'rina@firma.id', 'Joko']);
  const notes = records(e.spreadsheet, 'Activities')
    .slice(before)
    .map((a) => [a['Lead ID'], a.Summary]);
  expect(notes).toEqual([
    ['L-000001', 'Diubah di sheet: Penanggung jawab (Owner): Andi → Rina'],
    ['L-000002', 'Penanggung jawab diatur di sheet: Rina'],
    ['L-000003', 'Penanggung jawab diatur di sheet: Joko'],
  ]);
  expect(e.spreadsheet.toasts.at(-1)!.message).toMatch(/Joko/);
  // Rina's Today has the two she was given.
  expect(
    e
      .call('getMyDay', { owner: 'rina@firma.id' })
      .sections.flatMap((s) => s.items.map((i) => i.leadId))
      .sort(),
  ).toEqual(['L-000001', 'L-000002']);
});
