// The duplicate audit of 20,000 leads as a user runs it: `lembar run runDuplicateAuditNow` on a
// workbook holding the 20,000-row development set, timed end to end in a fresh process (Node
// start, the xlsx load, the audit, the save). Target: under 10 s (the matcher alone, under 1 s,
// is runMatcherBench's line).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface AuditBench {
  rows: number;
  /** The CLI run, end to end: wall time and the process's CPU time. */
  cliMs: number;
  cliCpuMs: number;
  /** Groups the audit proposed (merges and links). */
  groups: number;
}

const ROOT = path.join(__dirname, '..');
const CSV = path.join(ROOT, 'test', 'fixtures', 'leads-dev-20k.csv');
const LEMBAR = path.join(ROOT, 'bin', 'lembar.js');
const ROWS = 20000;

/** Runs `script` in a fresh Node and returns what it printed on its last line as JSON. */
function fresh(script: string, cwd: string): Record<string, number> {
  const t = Date.now();
  const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`audit bench: ${r.stderr}`);
  // The wall time from outside: Node's start-up counts.
  return { ...(JSON.parse(r.stderr.trim().split('\n').at(-1) ?? '{}') as Record<string, number>), ms: Date.now() - t };
}

export function runAuditBench(): AuditBench {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-bench-'));
  const book = path.join(dir, 'crm.xlsx');
  for (const args of [['setup'], ['import', '--raw', CSV]]) {
    const r = spawnSync(process.execPath, [LEMBAR, ...args, '--workbook', book], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`audit bench: lembar ${args[0]}: ${r.stderr}`);
  }
  // The CLI prints its answer on stdout; its wall and CPU time go to stderr when the process exits.
  const cli = fresh(
    `let out = '';
     process.stdout.write = (chunk) => { out += chunk; return true; };
     process.on('exit', () => {
       const u = process.cpuUsage();
       const groups = JSON.parse(out).groups.length;
       process.stderr.write('\\n' + JSON.stringify({ cpu: (u.user + u.system) / 1000, groups }));
     });
     process.argv = [process.argv[0], ${JSON.stringify(LEMBAR)}, 'run', 'runDuplicateAuditNow', '--workbook', ${JSON.stringify(book)}];
     require(${JSON.stringify(LEMBAR)});`,
    dir,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return { rows: ROWS, cliMs: Math.round(cli.ms), cliCpuMs: Math.round(cli.cpu), groups: cli.groups };
}

export function printAuditBench(a: AuditBench): void {
  console.log(`\nduplicate audit of ${a.rows} development leads (${a.groups} groups)   wall       CPU`);
  console.log(
    `${'lembar run runDuplicateAuditNow, end to end'.padEnd(48)}${`${(a.cliMs / 1000).toFixed(1)} s`.padStart(8)}${`${(a.cliCpuMs / 1000).toFixed(1)} s`.padStart(10)}`,
  );
}
