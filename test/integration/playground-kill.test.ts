// A playground killed in the middle of a save leaves a whole workbook, its lock is recognised as
// dead at once, and its temporary file is removed by the next process; a write it answered is on
// disk before the answer, so a kill right after it loses nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWorkbook } from '../../src/local/workbook';
import { acquireFileLock, removeOrphans } from '../../src/local/session';

jest.setTimeout(120000);
const ROOT = path.join(__dirname, '..', '..');
const ctx = { now: () => new Date(), activeUser: () => '' };

function post(port: number, body: unknown): Promise<string> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/run',
        headers: { Host: `localhost:${port}`, 'Content-Type': 'text/plain' },
      },
      (res) => {
        let d = '';
        res.on('data', (c) => (d += c));
        res.on('end', () => resolve(d));
      },
    );
    req.on('error', () => resolve('')); // the server was killed
    req.end(JSON.stringify(body));
  });
}

async function start(file: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, '.local', 'playground.js')], {
    env: { ...process.env, WORKBOOK: file, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('playground on') && resolve());
    child.on('exit', (code) => reject(new Error(`playground exited ${code}`)));
  });
  return child;
}

test('killed mid-save five times: the workbook stays whole, the lock clears at once, temporary files go', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-kill-'));
  const file = path.join(dir, 'crm.xlsx');
  const port = 20000 + Math.floor(Math.random() * 20000);
  let saved = 0;
  for (let round = 0; round < 5; round++) {
    const child = await start(file, port);
    // A stream of writes, then a kill while a save is (most likely) under way.
    for (let i = 0; i < 3; i++)
      void post(port, {
        fn: 'logActivity',
        args: [{ leadId: 'L-000001', type: 'Follow-up Call', summary: `round ${round} call ${i}` }],
      });
    // Kill as soon as the temporary file of a save appears (or after a while, at any point).
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !fs.readdirSync(dir).some((f) => f.endsWith('.tmp')))
      await new Promise((r) => setImmediate(r));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    if (fs.readdirSync(dir).some((f) => f.endsWith('.tmp'))) saved++;
    // Whole: it loads. Its lock (if any) is a dead PID's and is taken at once.
    const { spreadsheet } = await loadWorkbook(file, ctx);
    expect(spreadsheet.getSheetByName('Leads')!.getLastRow()).toBeGreaterThan(1);
    const t = Date.now();
    const release = await acquireFileLock(file, 2000);
    expect(Date.now() - t).toBeLessThan(1000);
    release();
    removeOrphans(file);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }
  // The kills did land during saves at least once (otherwise the test proved nothing).
  expect(saved).toBeGreaterThan(0);
});

test('killed (SIGKILL) right after answering a write, three times: the answered lead is there after a restart and the next lead gets a new ID', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-acked-'));
  const file = path.join(dir, 'crm.xlsx');
  const port = 20000 + Math.floor(Math.random() * 20000);
  const submit = async (name: string, phone: string) => {
    const answer = JSON.parse(
      await post(port, { fn: 'submitLead', args: [{ name, phone, source: 'Website', needs: 'CCTV' }] }),
    );
    expect(answer).toMatchObject({ ok: true, result: { ok: true } });
    return answer.result.leadId as string;
  };
  const ids: string[] = [];
  for (let round = 0; round < 3; round++) {
    const child = await start(file, port);
    const id = await submit(`Diakui Sebelum Kill ${round}`, `0812 7000 ${String(1000 + round)}`);
    child.kill('SIGKILL'); // at once: the answer is the only promise the user had
    await new Promise((r) => child.once('exit', r));
    expect(ids).not.toContain(id); // never the ID of a lead answered before
    ids.push(id);
    const leads = (await loadWorkbook(file, ctx)).spreadsheet.getSheetByName('Leads')!;
    const rows = leads.getDataRange().getDisplayValues();
    expect(rows.find((r) => r[0] === id)).toContain(`Diakui Sebelum Kill ${round}`);
  }
  // A restart: every answered lead is still there, each under its own ID, and the next one is new.
  const child = await start(file, port);
  try {
    const next = await submit('Sesudah Restart', '0812 7000 2000');
    expect(ids).not.toContain(next);
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
  }
  const rows = (await loadWorkbook(file, ctx)).spreadsheet.getSheetByName('Leads')!.getDataRange().getDisplayValues();
  for (const id of ids) expect(rows.filter((r) => r[0] === id)).toHaveLength(1);
});

test('stopped by SIGTERM or SIGINT (twice, as Ctrl+C under npm arrives): the port is let go and every answered write is on disk', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-stop-'));
  const file = path.join(dir, 'crm.xlsx');
  const port = 20000 + Math.floor(Math.random() * 20000);
  for (const signals of [['SIGTERM'], ['SIGINT', 'SIGINT']] as const) {
    const child = await start(file, port);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const summary = `answered before ${signals.join('+')}`;
    const answer = JSON.parse(
      await post(port, { fn: 'logActivity', args: [{ leadId: 'L-000001', type: 'Follow-up Call', summary }] }),
    );
    expect(answer.ok).toBe(true);
    // At once after the answer. Ctrl+C under npm arrives twice: from the terminal, and a moment
    // later from npm, which passes it on.
    const stopping = new Promise<void>((r) => child.stdout!.on('data', (d) => String(d).includes('Stopping') && r()));
    child.kill(signals[0]);
    await stopping;
    for (const s of signals.slice(1)) child.kill(s);
    const t = Date.now();
    expect(await exited).toBe(0);
    expect(Date.now() - t).toBeLessThan(5000);
    expect(await post(port, { fn: 'getSidebarContext', args: [] })).toBe(''); // nobody listens
    const { spreadsheet } = await loadWorkbook(file, ctx);
    const summaries = spreadsheet.getSheetByName('Activities')!.getDataRange().getDisplayValues().flat();
    expect(summaries).toContain(summary);
  }
});
