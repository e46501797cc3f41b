// getCrmSummary on the imported development set, checked against figures computed here
// independently from the CSV; refreshSummary's tab and charts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setUpEnv, FIXTURES } from '../helpers';
import { importCsv } from '../../src/local/import';
import { parseCsv } from '../../src/local/csv';
import { setSetting } from '../../src/local/demo';

const csv = fs.readFileSync(path.join(FIXTURES, 'leads-dev-3k.csv'), 'utf8');
const [header, ...body] = parseCsv(csv);
const rows = body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
const NOW = '2026-10-31T17:00:00+07:00';

function imported() {
  const e = setUpEnv({ now: NOW });
  importCsv(e.spreadsheet, csv);
  return e;
}

test('getCrmSummary matches figures computed independently from the same rows', () => {
  const e = imported();
  const s = e.call('getCrmSummary');
  const count = (st: string) => rows.filter((r) => r.Status === st).length;
  const num = (v: string) => (v.trim() === '' ? 0 : Number(v));
  expect(s.totals).toEqual({
    leads: 3000,
    open: count('Lead') + count('Quotation Sent') + count('Negotiation'),
    won: count('Won'),
    lost: count('Lost'),
    pastClients: count('Past Client'),
  });
  for (const b of s.byStatus) {
    const mine = rows.filter((r) => r.Status === b.status);
    expect({ status: b.status, count: b.count, value: b.value }).toEqual({
      status: b.status,
      count: mine.length,
      value: mine.reduce((n, r) => n + num(r['Deal Value']), 0),
    });
  }
  const wonEver = count('Won') + count('Past Client');
  expect(s.winRate).toBeCloseTo(wonEver / (wonEver + count('Lost')), 4);
  const won = rows.filter((r) => r.Status === 'Won' || r.Status === 'Past Client');
  const values = won
    .map((r) =>
      r['Contract Value'].trim()
        ? Number(r['Contract Value'])
        : r['Deal Value'].trim()
          ? Number(r['Deal Value'])
          : null,
    )
    .filter((v): v is number => v !== null);
  expect(s.averageDealValue).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 1);
  const prob: Record<string, number> = { Lead: 0.1, 'Quotation Sent': 0.3, Negotiation: 0.6 };
  expect(s.weightedForecast).toBeCloseTo(
    rows.reduce((n, r) => n + num(r['Deal Value']) * (prob[r.Status] ?? 0), 0),
    1,
  );
  const website = rows.filter((r) => r.Source === 'Website');
  expect(s.bySource.find((b) => b.source === 'Website')).toMatchObject({
    leads: website.length,
    won: website.filter((r) => r.Status === 'Won' || r.Status === 'Past Client').length,
  });
  const reasons = new Map<string, number>();
  for (const r of rows.filter((x) => x.Status === 'Lost'))
    reasons.set(r['Lost Reason'].trim() || '—', (reasons.get(r['Lost Reason'].trim() || '—') ?? 0) + 1);
  expect(Object.fromEntries(s.lostReasons.map((l) => [l.reason, l.count]))).toEqual(Object.fromEntries(reasons));
});

test('refreshSummary writes the tab: the figures at a glance first, each beside its pair, then charts, tables, and what was not counted last', () => {
  const e = imported();
  e.call('refreshSummary');
  const sheet = e.spreadsheet.getSheetByName('Summary')!;
  const values = sheet.getDataRange().getValues();
  expect(values[0][0]).toBe('Lembar CRM — Ringkasan');
  // Dates as people write them, never ISO.
  expect(values[1][0]).toBe('Diperbarui 31 Okt 2026 17.00');
  const row = (label: string) => values.findIndex((r) => r[0] === label);
  expect(row('Sekilas')).toBeGreaterThan(1);
  // A figure and the one it is read with, in one line: "3 · minggu lalu 14".
  const week = values[row('Prospek baru minggu ini')];
  expect(week[1]).toEqual(expect.any(Number));
  const s = e.call('getCrmSummary');
  expect(week[2]).toBe(`· minggu lalu ${s.thisWeek.lastWeekNewLeads}`);
  expect(values[row('Pipeline terbuka')][2]).toMatch(/^· tertimbang Rp [\d.]+$/);
  expect(values[row('Rasio menang')][2]).toMatch(/^· rata-rata nilai deal \(menang\) Rp [\d.]+$/);
  expect(sheet.getRange(row('Rasio menang') + 1, 2).getNumberFormat()).toBe('0.0%');
  expect(row('Sekilas')).toBeLessThan(row('Kinerja per sales'));
  expect(values.at(-1)![0]).toMatch(/Semua prospek terhitung|tidak ada di Settings/);
  // Weeks as dates a person reads.
  const weekHeader = row('Prospek per minggu') + 1;
  expect(values[weekHeader + 1][0]).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4}$/);
  // Column widths set and table headers wrapped: the scorecard's headers are not cut off.
  expect(sheet.getColumnWidth(1)).toBe(250);
  for (let c = 2; c <= 14; c++) expect(sheet.getColumnWidth(c)).toBe(120);
  const scoreHeader = row('Kinerja per sales') + 2;
  expect(sheet.getRange(scoreHeader, 1, 1, 14).getWraps()[0]).toEqual(new Array(14).fill(true));
  // Sentences are not wrapped: they run on over the empty cells beside them.
  expect(sheet.getRange(values.length, 1).getWrap()).toBe(false);

  expect(
    sheet.charts.map((c) => [c.type, c.options.title, JSON.stringify(c.options.vAxis ?? c.options.hAxis)]),
  ).toEqual([
    ['COLUMN', 'Prospek per minggu', '{"format":"0","minValue":0}'],
    ['BAR', 'Pipeline terbuka per tahap', '{"format":"\\"Rp \\"#,##0,,\\" jt\\"","minValue":0}'],
    ['COMBO', 'Konversi per sumber, dengan rentang harapan', '{"format":"0%","minValue":0}'],
    ['BAR', 'Alasan kalah', '{"format":"0","minValue":0}'],
  ]);
  // Charts in a strip under the figures, two side by side, not past the scorecard's columns.
  const pos = sheet.charts.map((c) => [c.position.row, c.position.column]);
  expect(pos[0][0]).toBe(pos[1][0]);
  expect(pos[2][0]).toBe(pos[3][0]);
  expect(pos[0][0]).toBeGreaterThan(row('Sekilas'));
  expect(pos[0][0]).toBeLessThan(row('Prospek per minggu'));
  expect(pos[1][1]).toBe(5);
  const weekly = sheet.getRange(sheet.charts[0].ranges[0]).getValues();
  expect(weekly[0]).toEqual(['Minggu mulai', 'Prospek']);
  expect(weekly).toHaveLength(13);
  // The pipeline chart: open stages only, in the user's language.
  const pipeline = sheet.getRange(sheet.charts[1].ranges[0]).getValues();
  expect(pipeline.map((r) => r[0])).toEqual(['Status', 'Prospek', 'Penawaran terkirim', 'Negosiasi']);
  // Conversion by source with its expected band (from and up to), as percentages.
  const band = sheet.getRange(sheet.charts[2].ranges[0]).getValues();
  expect(band[0]).toEqual(['Sumber', 'Konversi', 'Harapan dari', 'Harapan sampai']);
  const website = band.find((r) => r[0] === 'Situs web')!;
  const expected = s.bySource.find((b) => b.source === 'Website')!.expected;
  expect(website.slice(2)).toEqual(expected ? [expected.min, expected.max] : ['', '']);
  e.call('refreshSummary');
  expect(sheet.charts).toHaveLength(4);
  const log = e.spreadsheet.getSheetByName('Run Log')!.getDataRange().getValues().slice(1);
  expect(log.map((r) => r[1])).toEqual(['refreshSummary', 'refreshSummary']);
});

test('a lost lead without a reason reads "tanpa alasan", never "—"', () => {
  const e = setUpEnv({ now: NOW });
  const sheet = e.spreadsheet.getSheetByName('Leads')!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  const rec: Record<string, unknown> = {
    'Lead ID': 'L-000001',
    Name: 'Budi',
    Status: 'Lost',
    Source: 'Website',
    'Created At': new Date('2026-10-01T09:00:00+07:00'),
  };
  sheet.getRange(2, 1, 1, headers.length).setValues([headers.map((h) => rec[h] ?? '')]);
  e.call('refreshSummary');
  const values = e.spreadsheet.getSheetByName('Summary')!.getDataRange().getValues();
  const title = values.findIndex((r) => r[0] === 'Alasan kalah');
  expect(values[title + 2].slice(0, 2)).toEqual(['tanpa alasan', 1]);
  expect(JSON.stringify(values)).not.toContain('"—"');
});

test('opened on a later day, the Summary says its figures are old and how to refresh them', () => {
  const e = imported();
  e.call('refreshSummary');
  const sheet = e.spreadsheet.getSheetByName('Summary')!;
  const line = () => sheet.getRange(3, 1).getDisplayValue();
  expect(sheet.getRange(3, 1).getFormula()).toMatch(/^=IF\(TODAY\(\)>DATE\(2026,10,31\),"/);
  expect(line()).toBe('');
  e.clock.advance(7 * 3600 * 1000); // 31 Oct 24:00 in Jakarta: the next day
  expect(line()).toBe(
    'Angka ini dari 31 Oktober 2026, bukan hari ini. Untuk memperbaruinya: Ekstensi ▸ Lembar CRM ▸ Perbarui ringkasan.',
  );
  e.call('refreshSummary');
  expect(line()).toBe('');
});

test('in English the same layout speaks English throughout, dates the English way', () => {
  const e = imported();
  setSetting(e.spreadsheet, 'Language', 'en');
  e.call('refreshSummary');
  const values = e.spreadsheet.getSheetByName('Summary')!.getDataRange().getValues();
  expect(values[0][0]).toBe('Lembar CRM — Summary');
  expect(values[1][0]).toBe('Updated 31 Oct 2026 17:00');
  const week = values.find((r) => r[0] === 'New leads this week')!;
  expect(week[2]).toMatch(/^· last week \d+$/);
  const title = values.findIndex((r) => r[0] === 'Lost reasons');
  const reasons = values.slice(title + 2).filter((r) => r[0] !== '' && typeof r[1] === 'number');
  expect(reasons.some((r) => r[0] === '—')).toBe(false);
  expect(e.spreadsheet.getSheetByName('Summary')!.charts.map((c) => c.options.title)).toEqual([
    'Leads per week',
    'Open pipeline by stage',
    'Conversion by source, with the expected band',
    'Lost reasons',
  ]);
});
