// getCrmSummary on the imported development set, checked against figures computed here
// independently from the CSV; refreshSummary's tab and charts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setUpEnv, FIXTURES } from '../helpers';
import { importCsv } from '../../src/local/import';
import { parseCsv } from '../../src/local/csv';

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

test('refreshSummary writes the tab: the figures at a glance first, then charts with readable axes, tables, and what was not counted last', () => {
  const e = imported();
  e.call('refreshSummary');
  const sheet = e.spreadsheet.getSheetByName('Summary')!;
  const values = sheet.getDataRange().getValues();
  expect(values[0][0]).toBe('Lembar CRM — Ringkasan');
  expect(values[2][0]).toBe('Sekilas');
  // A label and its value side by side; where a label is, its value is the next cell.
  const at = (label: string) => {
    const r = values.findIndex((row) => row.includes(label));
    return { row: r + 1, col: values[r].indexOf(label) + 2 };
  };
  expect(sheet.getRange(at('Prospek baru minggu ini').row, at('Prospek baru minggu ini').col).getValue()).toEqual(
    expect.any(Number),
  );
  expect(sheet.getRange(at('Rasio menang').row, at('Rasio menang').col).getNumberFormat()).toBe('0.0%');
  expect(
    sheet.getRange(at('Rata-rata nilai deal (menang)').row, at('Rata-rata nilai deal (menang)').col).getNumberFormat(),
  ).toBe('"Rp "#,##0');
  expect(at('Sekilas').row).toBeLessThan(at('Kinerja per sales').row);
  expect(values.at(-1)![0]).toMatch(/Semua prospek terhitung|tidak ada di Settings/);
  expect(
    sheet.charts.map((c) => [c.type, c.options.title, JSON.stringify(c.options.vAxis ?? c.options.hAxis)]),
  ).toEqual([
    ['COLUMN', 'Prospek per minggu', '{"format":"0","minValue":0}'],
    ['BAR', 'Pipeline per tahap', '{"format":"\\"Rp \\"#,##0,,\\" jt\\"","minValue":0}'],
    ['COLUMN', 'Konversi per sumber', '{"format":"0%","minValue":0}'],
    ['BAR', 'Alasan kalah', '{"format":"0","minValue":0}'],
  ]);
  const weekly = sheet.getRange(sheet.charts[0].ranges[0]).getValues();
  expect(weekly[0]).toEqual(['Minggu mulai', 'Prospek']);
  expect(weekly).toHaveLength(13);
  e.call('refreshSummary');
  expect(sheet.charts).toHaveLength(4);
  const log = e.spreadsheet.getSheetByName('Run Log')!.getDataRange().getValues().slice(1);
  expect(log.map((r) => r[1])).toEqual(['refreshSummary', 'refreshSummary']);
});
