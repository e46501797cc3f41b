// The benchmark's claim, checked at two sizes: no operation's service calls grow with the rows.
import { runBench } from '../../bench/bench';
import { runImportBench } from '../../bench/import-bench';
import { DIST } from '../helpers';

test('every operation makes the same number of service calls at 100 and 3,000 rows', () => {
  const rows = runBench([100, 3000], DIST);
  const ops = [...new Set(rows.map((r) => r.op))];
  expect(ops).toEqual(expect.arrayContaining(['submitLead', 'logActivity', 'setupCrm']));
  for (const op of ops) {
    const [small, large] = rows.filter((r) => r.op === op);
    expect({ op, calls: large.serviceCalls }).toEqual({ op, calls: small.serviceCalls });
  }
});

test('an import makes the same number of service calls for 1,500 and 4,000 rows', () => {
  const rows = runImportBench([1500, 4000], DIST);
  for (const op of ['importLeads (dry run)', 'importLeads (write)']) {
    const [small, large] = rows.filter((r) => r.op === op);
    expect({ op, calls: large.serviceCalls }).toEqual({ op, calls: small.serviceCalls });
  }
});
