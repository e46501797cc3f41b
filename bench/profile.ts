// Where the daily run and the Summary spend their Node time at 50,000 leads and 250,000
// activities (issue 30): fills the bench's sheet once (populate), then runs each named global
// function through the Environment and prints its wall and CPU time. PROFILE=1 writes a
// .cpuprofile per call into .local/ (open it in Chrome's DevTools, Performance tab).
//
//   node build.mjs --quiet && npx esbuild bench/profile.ts --bundle --platform=node --format=cjs \
//     --packages=external --outfile=.local/profile.js && node .local/profile.js
//   N=10000 OPS=getCrmSummary PROFILE=1 node .local/profile.js
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { Environment, defaultDistDir } from '../src/local/environment';
import { setSetting } from '../src/local/demo';
import { populate } from './common';

const n = Number(process.env.N ?? 50000);
// The bench's order: the reminders first, so the daily run's digests are already sent, as in bench.ts.
const ops = (process.env.OPS ?? 'runFollowUpReminders,runDailyJobs,getCrmSummary,getCrmSummary').split(',');
const env = new Environment({ distDir: defaultDistDir(), now: '2026-11-24T09:00:00+07:00', mailQuota: 1500 });
env.call('setupCrm');
setSetting(env.spreadsheet, 'Manager emails', 'boss@firma.id');
populate(env.spreadsheet, n);

const session = process.env.PROFILE ? new inspector.Session() : null;
session?.connect();
session?.post('Profiler.enable');
for (const [i, op] of ops.entries()) {
  session?.post('Profiler.start');
  const cpu = process.cpuUsage();
  env.callRaw(op);
  const used = process.cpuUsage(cpu);
  console.log(
    `${op.padEnd(24)}${`${env.lastRun.ms.toFixed(0)} ms`.padStart(10)} wall${`${((used.user + used.system) / 1000).toFixed(0)} ms`.padStart(10)} CPU${String(env.lastRun.serviceCalls).padStart(6)} calls`,
  );
  session?.post('Profiler.stop', (err, r) => {
    if (err) throw err;
    const file = path.join(__dirname, `${i}-${op}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(r.profile));
  });
}
