// The README's bench table is the bench's own output (bench/readme-table.ts), not a copy by hand:
// it must be exactly what the generator prints from the recorded run, and the record must hold
// every operation the bench measures, at each of its sizes, with the modelled time on Google.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { benchTable, tableIn } from '../../bench/readme-table';
import { OP_NAMES } from '../../bench/bench';
import type { BenchRow } from '../../bench/common';

const ROOT = path.join(__dirname, '..', '..');
const record = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'recorded.json'), 'utf8')) as {
  services: BenchRow[];
};
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

test("the README's bench table is what the generator prints from bench/recorded.json", () => {
  expect(tableIn(readme)).toBe(benchTable(record.services));
});

test('the record holds every operation of the bench at 1,000, 10,000 and 50,000 leads', () => {
  for (const op of OP_NAMES)
    expect({ op, sizes: record.services.filter((r) => r.op === op).map((r) => r.rows) }).toEqual({
      op,
      sizes: [1000, 10000, 50000],
    });
  for (const r of record.services) expect(r.googleMs).toBeGreaterThan(0);
});
