// The benchmark's claim, checked at two sizes: no operation's service calls grow with the rows.
import { runBench } from '../../bench/bench';
import { runImportBench } from '../../bench/import-bench';
import type { BenchRow } from '../../bench/common';
import { jsonBytes, MAX_REQUEST_BYTES, toCellData } from '../../src/core/archive';
import { DIST } from '../helpers';
import { isLocalCall } from '../../src/local/counter';
import { CEILINGS, SETUP_NUMBER_FORMAT_CALLS } from '../../bench/ceilings';

/**
 * The archive moves rows to another file through the Sheets API, whose requests should stay
 * under about 2 MB: writes sized by bytes, two reads per 50,000 cells, and the time zone's
 * offsets probed per two weeks the dates span. Everything else is constant.
 */
const ARCHIVE = ['archiveActivities (< 2026)', 'undoArchive'];
const PAYLOAD = ['Sheets.Spreadsheets.batchUpdate', 'Sheets.Spreadsheets.Values.get', 'Utilities.formatDate'];
/** Operations that read rows where they are, and how many more reads that may take apart. */
const ROWS_WHERE_THEY_ARE: Record<string, number> = {
  getSelectedLead: 4, // five recent activities: one read each at most
  getClient: 8, // its deals and activities: five reads per tab at most (clients.ts CARD_READS)
};
const calls = (r: BenchRow, m: string) => r.byMethod?.[m] ?? 0;

let rows: BenchRow[] = [];
beforeAll(() => {
  rows = runBench([100, 3000], DIST);
});

test('every operation makes the same number of service calls at 100 and 3,000 rows (the archive: per payload)', () => {
  const ops = [...new Set(rows.map((r) => r.op))];
  expect(ops).toEqual(expect.arrayContaining(['submitLead', 'logActivity', 'setupCrm', ...ARCHIVE]));
  for (const op of ops) {
    const [small, large] = rows.filter((r) => r.op === op);
    if (op in ROWS_WHERE_THEY_ARE) {
      // Rows read where they are (Table.readRows): close together, one read (at 100 rows a
      // lead's activities are), apart, one each up to a bound, whatever the rows.
      expect(large.serviceCalls - small.serviceCalls).toBeGreaterThanOrEqual(0);
      expect(large.serviceCalls - small.serviceCalls).toBeLessThanOrEqual(ROWS_WHERE_THEY_ARE[op]);
      continue;
    }
    if (!ARCHIVE.includes(op)) {
      expect({ op, calls: large.serviceCalls }).toEqual({ op, calls: small.serviceCalls });
      continue;
    }
    // Utilities compute in the script: not service calls (src/local/counter.ts).
    const other = (r: BenchRow) =>
      r.serviceCalls - PAYLOAD.filter((m) => !isLocalCall(m)).reduce((n, m) => n + calls(r, m), 0);
    expect({ op, other: other(large) }).toEqual({ op, other: other(small) });
    // 500 and 15,000 activities of 6 columns, 12 minutes apart (4 and 125 days of 2025): 1 and 2
    // reads of 8,333 rows (two calls each), and one write per 1.5 MB of rows.
    expect(calls(large, 'Sheets.Spreadsheets.Values.get') - calls(small, 'Sheets.Spreadsheets.Values.get')).toBe(2);
    const row = [new Date(), 'L-000001', 'Follow-up Call', 'Telepon', 'sales0@firma.id', ''];
    const rowBytes = jsonBytes({ values: row.map((v) => toCellData(v, 420)) });
    const writes = (n: number) => (op === 'undoArchive' ? 1 : Math.ceil((n * rowBytes) / MAX_REQUEST_BYTES));
    expect(calls(small, 'Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(calls(large, 'Sheets.Spreadsheets.batchUpdate')).toBeGreaterThanOrEqual(writes(15000));
    expect(calls(large, 'Sheets.Spreadsheets.batchUpdate')).toBeLessThanOrEqual(writes(15000) + 1);
    // Probes: the ends of each two-week step the dates fall in (Jakarta never changes).
    expect(calls(large, 'Utilities.formatDate')).toBeLessThanOrEqual(calls(small, 'Utilities.formatDate') + 10);
  }
});

test('no operation passes its ceiling of service calls, at either size (bench/ceilings.ts)', () => {
  for (const [op, ceiling] of Object.entries(CEILINGS)) {
    const measured = rows.filter((r) => r.op === op);
    expect({ op, sizes: measured.length }).toEqual({ op, sizes: 2 });
    for (const r of measured)
      expect({ op, rows: r.rows, calls: Math.min(r.serviceCalls, ceiling) }).toEqual({
        op,
        rows: r.rows,
        calls: r.serviceCalls,
      });
  }
  for (const r of rows.filter((x) => x.op === 'setupCrm'))
    expect(calls(r, 'Range.setNumberFormat')).toBeLessThanOrEqual(SETUP_NUMBER_FORMAT_CALLS);
  // The modelled time is there for every operation, and a page's call pays its round trip.
  for (const r of rows) expect(r.googleMs).toBeGreaterThan(0);
  const sidebar = rows.find((r) => r.op === 'getSidebarContext')!;
  expect(sidebar.googleMs).toBeGreaterThanOrEqual(1000);
});

test('an import makes the same number of service calls for 1,500 and 4,000 rows', () => {
  const rows = runImportBench([1500, 4000], DIST);
  for (const op of ['importLeads (dry run)', 'importLeads (write)']) {
    const [small, large] = rows.filter((r) => r.op === op);
    expect({ op, calls: large.serviceCalls }).toEqual({ op, calls: small.serviceCalls });
  }
});
