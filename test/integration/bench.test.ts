// The benchmark's claim, checked at two sizes: no operation's service calls grow with the rows.
import { runBench } from '../../bench/bench';
import { runImportBench } from '../../bench/import-bench';
import { DIST } from '../helpers';

/**
 * The archive moves rows to another file through the Sheets API, whose requests should stay
 * under about 2 MB: one write and two reads per 50,000 cells. Everything else is constant.
 */
const BY_PAYLOAD: Record<string, number> = { 'archiveActivities (< 2026)': 3, undoArchive: 2 };

test('every operation makes the same number of service calls at 100 and 3,000 rows (the archive: per 50,000 cells)', () => {
  const rows = runBench([100, 3000], DIST);
  const ops = [...new Set(rows.map((r) => r.op))];
  expect(ops).toEqual(expect.arrayContaining(['submitLead', 'logActivity', 'setupCrm', ...Object.keys(BY_PAYLOAD)]));
  // 500 and 15,000 activities of 6 columns, all of 2025: 1 and 2 requests of 8,333 rows.
  const extraChunks = Math.ceil(15000 / 8333) - Math.ceil(500 / 8333);
  for (const op of ops) {
    const [small, large] = rows.filter((r) => r.op === op);
    expect({ op, calls: large.serviceCalls }).toEqual({
      op,
      calls: small.serviceCalls + (BY_PAYLOAD[op] ?? 0) * extraChunks,
    });
  }
});

test('an import makes the same number of service calls for 1,500 and 4,000 rows', () => {
  const rows = runImportBench([1500, 4000], DIST);
  for (const op of ['importLeads (dry run)', 'importLeads (write)']) {
    const [small, large] = rows.filter((r) => r.op === op);
    expect({ op, calls: large.serviceCalls }).toEqual({ op, calls: small.serviceCalls });
  }
});
