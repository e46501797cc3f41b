// `npm run bench [-- --json]`: service calls and Node time of each global function at growing
// sheet sizes. The proof that an operation's calls do not grow with the rows lives here.
import { Environment, defaultDistDir } from '../src/local/environment';
import { LEAD_COLUMNS } from '../src/core/schema';
import { populate, type BenchRow } from './common';
import { setSetting } from '../src/local/demo';
import { runPlaygroundBench } from './playground-bench';
import { runImportBench } from './import-bench';
import { runAuditBench, printAuditBench } from './audit-bench';
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { findDuplicates } from '../src/core/match';
import { parseCsv } from '../src/local/csv';
import { googleMs } from './time-model';
import { benchTable, withTable } from './readme-table';

const SIZES = [1000, 10000, 50000];
const NOW = '2026-11-24T09:00:00+07:00';

/**
 * A lead halfway down the sheet in the same state at every size: populate() cycles its values
 * with periods 4, 5, 6 and 7 (status Lead, no follow-ups, not contacted yet).
 */
const middleIndex = (n: number) => Math.floor(n / 840) * 420;
const middleLead = (n: number) => `L-${String(middleIndex(n) + 1).padStart(6, '0')}`;
/** Its client (populate numbers clients as leads; a second entry, every 50th, never falls here). */
const middleClient = (n: number) => `C-${String(middleIndex(n) + 1).padStart(6, '0')}`;
/** Its phone, as populate writes it: entry with it matches that client. */
const middlePhone = (n: number) => `+62813${String(10000000 + middleIndex(n)).padStart(8, '0')}`;

/** What a page calls through google.script.run (a round trip on top of the server's work). */
const PAGE_CALLS = new Set([
  'getSidebarContext',
  'getSelectedLead',
  'submitLead',
  'getClient',
  'logActivity',
  'setLeadStatus',
  'getCrmSummary',
  'getPipelineBoard',
  'getMyDay',
  'searchLeads',
  'getArchiveContext',
]);

/** Each operation: a name, and what it runs (after `setup`, with the sheet at its size). */
const OPS: { op: string; run: (env: Environment, n: number) => void }[] = [
  // The first open after setup reads Settings; every later one has them cached.
  { op: 'onOpen', run: (e) => e.call('onOpen', { authMode: 'FULL' }) },
  { op: 'onOpen (Settings unchanged)', run: (e) => e.open() },
  { op: 'onInstall', run: (e) => e.call('onInstall', { authMode: 'FULL' }) },
  { op: 'showSidebar', run: (e) => e.call('showSidebar') },
  { op: 'setupCrm', run: (e) => e.call('setupCrm') },
  // Set up (like any edit of Settings, Team or Templates) drops their cached copies: the first
  // sidebar after it reads the tabs, every later one (the everyday case) has them cached.
  { op: 'getSidebarContext (just after Set up)', run: (e) => e.call('getSidebarContext') },
  { op: 'getSidebarContext', run: (e) => e.call('getSidebarContext') },
  { op: 'getSelectedLead', run: (e, n) => e.call('getSelectedLead', { leadId: middleLead(n) }) },
  {
    op: 'submitLead',
    run: (e) => e.call('submitLead', { name: 'Budi Baru', phone: '0812-9999-0000', source: 'Website', needs: 'CCTV' }),
  },
  {
    op: 'submitLead (duplicate found)',
    run: (e) => e.call('submitLead', { name: 'Budi Baru', phone: '0812-9999-0000', source: 'Website', needs: 'CCTV' }),
  },
  {
    op: 'submitLead (matching client)',
    run: (e, n) =>
      e.call('submitLead', { name: 'Pelanggan Lama', phone: middlePhone(n), source: 'Referral', needs: 'Tambah' }),
  },
  {
    op: 'submitLead (new deal for a client)',
    run: (e, n) => e.call('submitLead', { clientId: middleClient(n), source: 'Referral', needs: 'Tambah kamera' }),
  },
  { op: 'getClient', run: (e, n) => e.call('getClient', { clientId: middleClient(n) }) },
  {
    op: 'logActivity',
    run: (e, n) => e.call('logActivity', { leadId: middleLead(n), type: 'Meeting', summary: 'Rapat' }),
  },
  {
    op: 'setLeadStatus',
    run: (e, n) => e.call('setLeadStatus', { leadId: middleLead(n), status: 'Lost', fields: { lostReason: 'Harga' } }),
  },
  { op: 'runFollowUpReminders', run: (e) => e.call('runFollowUpReminders') },
  { op: 'installTriggers', run: (e) => e.call('installTriggers') },
  { op: 'showNextRun', run: (e) => e.call('showNextRun') },
  { op: 'runDailyJobs', run: (e) => e.call('runDailyJobs') },
  {
    op: 'onEdit (1 cell)',
    run: (e, n) => e.userEdit('Leads', middleIndex(n) + 2, statusColumn(), [['Quotation Sent']]),
  },
  {
    // An allowed change: the status, its effects and the logged change are written. On a lead
    // entered just before (not measured: the edit is the last run), the same at every size.
    op: 'onEdit (1 cell, allowed)',
    run: (e) => {
      e.call('submitLead', {
        name: 'Rina Kuswandari',
        phone: '0857-4444-0101',
        source: 'Referral',
        needs: 'Alarm',
        dealValue: 25000000,
        expectedClose: '2026-12-20',
      });
      e.userEdit('Leads', e.spreadsheet.getSheetByName('Leads')!.getLastRow(), statusColumn(), [['Quotation Sent']]);
    },
  },
  { op: 'onEdit (paste 5 rows)', run: (e) => e.userEdit('Leads', 2, statusColumn(), pasteOf(5)) },
  // An opt-out typed on one row: shared with the client's rows and the same address (consent-edit.ts).
  {
    op: 'onEdit (Consent, 1 cell)',
    run: (e, n) => e.userEdit('Leads', middleIndex(n) + 2, columnOf('Consent'), [['Opted out']]),
  },
  { op: 'onEdit (paste 500 rows)', run: (e, n) => e.userEdit('Leads', 2, statusColumn(), pasteOf(Math.min(500, n))) },
  { op: 'getCrmSummary', run: (e) => e.call('getCrmSummary') },
  { op: 'getPipelineBoard', run: (e) => e.call('getPipelineBoard', { owner: '*' }) },
  { op: 'previewCampaign', run: (e) => e.call('previewCampaign', { name: 'Bench' }) },
  { op: 'getMyDay', run: (e) => e.call('getMyDay') },
  { op: 'searchLeads', run: (e) => e.call('searchLeads', { query: 'pelanggan 42' }) },
  { op: 'refreshSummary', run: (e) => e.call('refreshSummary') },
  { op: 'runDuplicateAuditNow', run: (e) => e.call('runDuplicateAuditNow') },
  { op: 'runDuplicateAudit (not due)', run: (e) => e.call('runDuplicateAudit') },
  {
    op: 'mergeDuplicates (1 group)',
    run: (e) => {
      tickFirstGroup(e);
      return e.call('mergeDuplicates');
    },
  },
  { op: 'undoMerge', run: (e) => e.call('undoMerge', { mergeId: 'M-000001' }) },
  { op: 'getArchiveContext', run: (e) => e.call('getArchiveContext') },
  // Activities of 2025 (all of them at 1,000 leads; 43,800 at 50,000): the Sheets API reads carry
  // about 50,000 cells each and the writes at most 1.5 MB, and the time zone is probed about once
  // per two weeks the dates span, so these two grow with the payload, never per row.
  { op: 'archiveActivities (< 2026)', run: (e) => e.call('archiveActivities', { beforeYear: 2026 }) },
  { op: 'undoArchive', run: (e) => e.call('undoArchive', { archiveId: 'AR-0001' }) },
  // An everyday run: the next morning, with the Summary laid out already (the run above, the
  // first after Set up, lays it out and draws its charts).
  // A save as the phone page sends it: with its request ID, kept so a retry is never saved twice
  // (src/gas/retry.ts: the user's cache, read and written under the lock).
  {
    op: 'submitLead (from the phone, retry-safe)',
    run: (e) =>
      e.call('submitLead', {
        name: 'Dewi Lapangan',
        phone: '0812-9999-0101',
        source: 'Referral',
        needs: 'Survei',
        requestId: 'bench-request-0001',
      }),
  },
  // The phone page is a web app: no active spreadsheet (opened by its ID), no document lock and
  // no document cache, so it keeps Settings, Team and Templates in the script cache. Its first
  // call after they changed reads the tabs and fills the cache; every later one reads the copy.
  { op: 'getMyDay (phone page, first after a change)', run: (e) => e.callWebApp('boss@firma.id', 'getMyDay') },
  { op: 'getMyDay (phone page)', run: (e) => e.callWebApp('boss@firma.id', 'getMyDay') },
  {
    op: 'logActivity (phone page)',
    run: (e, n) =>
      e.callWebApp('boss@firma.id', 'logActivity', {
        leadId: middleLead(n),
        type: 'Follow-up Call',
        summary: 'Dari HP',
        requestId: 'bench-request-0002',
      }),
  },
  {
    op: 'runDailyJobs (the next day)',
    run: (e) => {
      e.clock.advance(86400000);
      e.call('runDailyJobs');
    },
  },
];

/** Every operation the bench measures, in its order. */
export const OP_NAMES: readonly string[] = OPS.map((o) => o.op);

function tickFirstGroup(e: Environment): void {
  const sheet = e.spreadsheet.getSheetByName('Duplicates')!;
  const values = sheet.getRange(1, 1, Math.min(sheet.getLastRow(), 10), sheet.getLastColumn()).getValues();
  const row = values.findIndex((r) => r[0] === 'G1');
  sheet.getRange(row + 1, values[0].indexOf('Merge') + 1).setValue(true);
}

function statusColumn(): number {
  return columnOf('Status');
}

function columnOf(header: string): number {
  return LEAD_COLUMNS.findIndex((c) => c.header === header) + 1;
}

/** A paste mixing allowed, gated and refused changes. */
function pasteOf(rows: number): string[][] {
  return Array.from({ length: rows }, (_, i) => [['Quotation Sent', 'Lost', 'Won', 'Lead'][i % 4]]);
}

export function runBench(sizes = SIZES, distDir = defaultDistDir()): BenchRow[] {
  const out: BenchRow[] = [];
  for (const rows of sizes) {
    const env = new Environment({ distDir, now: NOW, mailQuota: 1500 });
    env.call('setupCrm');
    setSetting(env.spreadsheet, 'Manager emails', 'boss@firma.id');
    populate(env.spreadsheet, rows);
    env.spreadsheet
      .getSheetByName('Campaigns')!
      .getRange(2, 1, 1, 5)
      .setValues([['Bench', 'T-007', 'Status=Past Client', '2026-11-24', 'Draft']]);
    for (const { op, run } of OPS) {
      const before = env.counter.snapshot();
      const cellsBefore = env.counter.cellSnapshot();
      // BENCH_TRACE=<op>: prints that operation's calls in order (where the calls go).
      const trace = process.env.BENCH_TRACE === op;
      if (trace)
        env.counter.fault = (name) => {
          console.error(`  ${name}`);
          return null;
        };
      run(env, rows);
      if (trace) env.counter.fault = null;
      const byMethod = Object.fromEntries(
        Object.entries(env.counter.snapshot())
          .map(([m, n]) => [m, n - (before[m] ?? 0)] as const)
          .filter(([, n]) => n > 0),
      );
      const cellsByMethod = Object.fromEntries(
        Object.entries(env.counter.cellSnapshot())
          .map(([m, n]) => [m, n - (cellsBefore[m] ?? 0)] as const)
          .filter(([, n]) => n > 0),
      );
      const ms = Math.round(env.lastRun.ms * 10) / 10;
      out.push({
        op,
        rows,
        serviceCalls: env.lastRun.serviceCalls,
        ms,
        googleMs: googleMs(byMethod, cellsByMethod, { roundTrip: PAGE_CALLS.has(env.lastRun.fn), nodeMs: ms }),
        byMethod,
        cellsByMethod,
      });
    }
  }
  return out;
}

/**
 * One size measured in a process of its own, as each Apps Script execution starts afresh: in one
 * process, what V8 learnt and kept from a smaller sheet changed the larger one's Node times (the
 * Summary at 50,000 leads took 0.7 s alone and 1.2 s after the 10,000-lead run).
 */
function measuredAlone(rows: number): BenchRow[] {
  const out = execFileSync(process.execPath, [__filename, `--sizes=${rows}`, '--rows-only'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as BenchRow[];
}

/** The duplicate matcher alone over the 20,000-row development set (under 1 s). */
export function runMatcherBench(file = path.join(__dirname, '..', 'test', 'fixtures', 'leads-dev-20k.csv')): {
  rows: number;
  ms: number;
  groups: number;
} {
  const [h, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  const ix = (n: string) => h.indexOf(n);
  const recs = rows.map((r) => ({
    leadId: r[ix('Lead ID')],
    name: r[ix('Name')],
    company: r[ix('Company')],
    phone: r[ix('Phone')],
    email: r[ix('Email')],
  }));
  findDuplicates(recs.slice(0, 500)); // warm up
  const t = performance.now();
  const result = findDuplicates(recs);
  return { rows: recs.length, ms: Math.round(performance.now() - t), groups: result.groups.length };
}

/** Where the README's table comes from (bench/readme-table.ts). */
const RECORD = path.join(__dirname, '..', 'bench', 'recorded.json');
const README = path.join(__dirname, '..', 'README.md');

/** The rows the README shows: what each operation costs, without the per-method detail. */
export function recorded(rows: readonly BenchRow[]): BenchRow[] {
  return rows.map(({ op, rows: n, serviceCalls, ms, googleMs: g }) => ({ op, rows: n, serviceCalls, ms, googleMs: g }));
}

async function main(): Promise<void> {
  const from = process.argv.find((a) => a.startsWith('--from='));
  if (process.argv.includes('--readme') && from) {
    const rows = (JSON.parse(fs.readFileSync(from.slice(7), 'utf8')) as { services: BenchRow[] }).services;
    fs.writeFileSync(README, withTable(fs.readFileSync(README, 'utf8'), benchTable(rows)));
    return;
  }
  const arg = process.argv.find((a) => a.startsWith('--sizes='));
  // --rows-only: this process measures its sizes and prints the rows (the parent's child).
  if (process.argv.includes('--rows-only')) {
    process.stdout.write(JSON.stringify(runBench(arg ? arg.slice(8).split(',').map(Number) : SIZES)));
    return;
  }
  const rows = (arg ? arg.slice(8).split(',').map(Number) : SIZES).flatMap(measuredAlone);
  if (process.argv.includes('--readme')) {
    fs.writeFileSync(RECORD, `${JSON.stringify({ services: recorded(rows) }, null, 2)}\n`);
    fs.writeFileSync(README, withTable(fs.readFileSync(README, 'utf8'), benchTable(recorded(rows))));
  }
  const imports = runImportBench();
  const matcher = runMatcherBench();
  const playground = await runPlaygroundBench(2000);
  const audit = runAuditBench();
  if (process.argv.includes('--json'))
    process.stdout.write(`${JSON.stringify({ services: rows, imports, matcher, playground, audit }, null, 2)}\n`);
  else {
    const ops = [...new Set(rows.map((r) => r.op))];
    const sizes = [...new Set(rows.map((r) => r.rows))];
    console.log(['operation'.padEnd(30), ...sizes.map((s) => `${s} rows`.padStart(30))].join(''));
    console.log('(calls, Node time, ~modelled time on Google: an estimate, docs/google-time-model.md)');
    for (const op of ops) {
      const cells = sizes.map((s) => {
        const r = rows.find((x) => x.op === op && x.rows === s)!;
        return `${r.serviceCalls} calls ${r.ms.toFixed(1)} ms ~${((r.googleMs ?? 0) / 1000).toFixed(1)} s`.padStart(30);
      });
      console.log([op.padEnd(30), ...cells].join(''));
    }
    console.log(
      `\nduplicate matcher over ${matcher.rows} development rows: ${matcher.ms} ms, ${matcher.groups} groups`,
    );
    console.log('\nimport of a messy CSV into 1,000 leads   rows     service calls   time');
    for (const r of imports)
      console.log(
        `${r.op.padEnd(40)}${String(r.rows).padStart(6)}${String(r.serviceCalls).padStart(16)}${`${(r.ms / 1000).toFixed(1)} s`.padStart(9)}`,
      );
    console.log('\nplayground, 2,000 leads (median of 7)   answer     of it, save');
    for (const r of playground)
      console.log(
        `${r.call.padEnd(40)}${`${r.ms.toFixed(1)} ms`.padStart(10)}${(r.saveMs ? `${r.saveMs} ms` : 'none').padStart(16)}`,
      );
    printAuditBench(audit);
  }
}

if (require.main === module) {
  main().catch((e: Error) => {
    console.error(e.stack);
    process.exit(1);
  });
}
