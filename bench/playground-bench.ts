// The playground's own speed over a 2,000-lead workbook: how long the server takes to answer
// each sidebar and grid call (the workbook held in memory), and how much of a write's answer is
// the atomic save that comes before it (a write is answered once it is on disk). The playground
// runs in its own process, as with `npm start`, so the answer times are what a browser sees.
// `npm run bench` prints them after the service-call table.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Environment, defaultDistDir } from '../src/local/environment';
import { saveAtomically } from '../src/local/session';
import { populate } from './common';

export interface PlaygroundBenchRow {
  call: string;
  /** Median answer time over the runs, in ms (HTTP on loopback included). */
  ms: number;
  /** Median time of the save in that answer, in ms (0: the call changed nothing and nothing was written). */
  saveMs: number;
}

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runPlaygroundBench(
  leads = 2000,
  distDir = defaultDistDir(),
  script = path.join(__dirname, 'playground.js'),
): Promise<PlaygroundBenchRow[]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-bench-')), 'crm.xlsx');
  const env = new Environment({ distDir, now: '2026-11-24T09:00:00+07:00' });
  env.call('setupCrm');
  populate(env.spreadsheet, leads);
  await saveAtomically(file, env.spreadsheet, env.state);
  const port = 30000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, WORKBOOK: file, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('playground on') && resolve());
    child.once('exit', (code) => reject(new Error(`the playground exited (${code})`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const call = async (p: string, body?: unknown) => {
    const res = await fetch(
      url + p,
      body === undefined
        ? {}
        : { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'text/plain' } },
    );
    const json = (await res.json()) as {
      ok?: boolean;
      error?: string;
      unsaved?: boolean;
      lastSaveMs?: number;
      saves?: number;
    };
    if (res.status !== 200 || json.ok === false) throw new Error(`${p}: ${JSON.stringify(json).slice(0, 200)}`);
    return json;
  };
  /** Waits until what the last call changed is on disk; returns the saves so far and the last one's time. */
  const settled = async () => {
    for (;;) {
      const v = await call('/api/version');
      if (!v.unsaved) return { saves: v.saves ?? 0, ms: v.lastSaveMs ?? 0 };
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const lead = (i: number) => `L-${String(i).padStart(6, '0')}`;
  const CALLS: { call: string; run: (i: number) => Promise<unknown> }[] = [
    { call: 'getSidebarContext', run: () => call('/api/run', { fn: 'getSidebarContext', args: [] }) },
    { call: 'select a row', run: (i) => call('/api/select', { sheet: 'Leads', row: 100 + i, col: 1 }) },
    { call: 'getSelectedLead', run: () => call('/api/run', { fn: 'getSelectedLead', args: [] }) },
    {
      call: 'submitLead',
      run: (i) =>
        call('/api/run', {
          fn: 'submitLead',
          args: [{ name: `Bench ${i}`, phone: `0812 5555 ${String(1000 + i)}`, source: 'Website', needs: 'CCTV' }],
        }),
    },
    {
      call: 'logActivity',
      run: (i) =>
        call('/api/run', { fn: 'logActivity', args: [{ leadId: lead(200 + i), type: 'Meeting', summary: 'Rapat' }] }),
    },
    {
      call: 'setLeadStatus',
      run: (i) =>
        call('/api/run', {
          fn: 'setLeadStatus',
          args: [
            {
              leadId: lead(301 + 6 * i),
              status: 'Quotation Sent',
              fields: { dealValue: '25000000', expectedClose: '2026-12-31' },
            },
          ],
        }),
    },
    {
      call: 'type a Status cell (onEdit)',
      run: (i) => call('/api/edit', { sheet: 'Leads', row: 2 + 6 * (60 + i), col: 9, values: [['Quotation Sent']] }),
    },
    { call: 'grid window (200 rows)', run: (i) => call(`/api/sheet?name=Leads&offset=${200 * i}&limit=200`) },
    { call: 'switch tab (Activities)', run: () => call('/api/sheet?name=Activities&offset=0&limit=200') },
  ];
  const out: PlaygroundBenchRow[] = [];
  try {
    for (const { call: name, run } of CALLS) {
      const times: number[] = [];
      const saves: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const before = await settled();
        const t = performance.now();
        await run(i);
        times.push(performance.now() - t);
        const after = await settled();
        saves.push(after.saves > before.saves ? after.ms : 0);
      }
      out.push({ call: name, ms: Math.round(median(times) * 10) / 10, saveMs: Math.round(median(saves)) });
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  return out;
}
