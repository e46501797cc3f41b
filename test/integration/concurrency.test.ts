// Several people at once: separate executions (each its own gas-local context) share one
// spreadsheet, one document lock and one set of properties. Another execution is started in
// the middle of each operation, while the first may hold the lock: it must either run after it
// or fail with the clear "try again" message and write nothing.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setUpEnv, env as newEnv, records } from '../helpers';
import type { Environment } from '../../src/local/environment';
import { withWorkbook } from '../../src/local/session';
import { DIST } from '../helpers';

type Op = { kind: 'submit' | 'activity' | 'status' | 'edit'; n: number };

test('1,000 mixed operations from three people interleaved: no row lost, IDs unique, every event logged', () => {
  const first = setUpEnv({ user: 'rina@firma.id' });
  const people: Environment[] = [
    first,
    ...['andi@firma.id', 'dimas@firma.id'].map((user) =>
      newEnv({ spreadsheet: first.spreadsheet, state: first.state, locks: first.locks, user }),
    ),
  ];
  // One shared counter: a fault hook on every person's calls lets us start someone else's work mid-call.
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pending: { who: Environment; op: Op }[] = [];
  const done = { submit: 0, activity: 0, status: 0, edit: 0 };
  let busy = 0;
  let nested = false;
  const leadIds: string[] = [];

  const run = (who: Environment, op: Op): boolean => {
    try {
      if (op.kind === 'submit') {
        const r = who.call('submitLead', {
          name: `Klien ${op.n}`,
          phone: `0813${String(20000000 + op.n)}`,
          source: 'Website',
          needs: 'CCTV',
        });
        if (r.ok) leadIds.push(r.leadId);
        else throw new Error(`refused ${JSON.stringify(r)}`);
      } else if (op.kind === 'activity') {
        const r = who.call('logActivity', {
          leadId: leadIds[op.n % leadIds.length],
          type: 'Follow-up Call',
          summary: `call ${op.n}`,
        });
        if (!r.ok) throw new Error('activity refused');
      } else if (op.kind === 'status') {
        who.call('setLeadStatus', {
          leadId: leadIds[op.n % leadIds.length],
          status: 'Lost',
          fields: { lostReason: 'Harga' },
        });
      } else {
        const sheet = who.spreadsheet.getSheetByName('Leads')!;
        who.userEdit('Leads', 2 + (op.n % (sheet.getLastRow() - 1)), 9, [['Lost']]);
      }
      done[op.kind]++;
      return true;
    } catch (e) {
      if (!/Orang lain sedang menyimpan|Lock timeout/.test((e as Error).message)) throw e;
      busy++;
      return false;
    }
  };

  for (const p of people) {
    p.counter.fault = (name, _nth, total) => {
      // Somewhere in the middle of an operation, someone else starts one.
      if (!nested && pending.length > 0 && name.startsWith('Range.') && total % 7 === 0) {
        nested = true;
        const next = pending.shift()!;
        if (!run(next.who, next.op)) pending.push(next);
        nested = false;
      }
      return null;
    };
  }
  const kinds: Op['kind'][] = ['submit', 'submit', 'activity', 'status', 'edit'];
  const ops: { who: Environment; op: Op }[] = [];
  for (let n = 0; n < 1000; n++)
    ops.push({
      who: people[Math.floor(rand() * 3)],
      op: { kind: n < 20 ? 'submit' : kinds[Math.floor(rand() * kinds.length)], n },
    });
  pending.push(...ops);
  while (pending.length > 0) {
    const next = pending.shift()!;
    if (!run(next.who, next.op)) pending.push(next);
  }
  for (const p of people) p.counter.fault = null;

  expect(done.submit + done.activity + done.status + done.edit).toBe(1000);
  expect(busy).toBeGreaterThan(0); // the lock really was contended, and those attempts were retried
  const leads = records(first.spreadsheet, 'Leads');
  expect(leads).toHaveLength(done.submit);
  expect(new Set(leads.map((l) => l['Lead ID'])).size).toBe(leads.length);
  const acts = records(first.spreadsheet, 'Activities');
  expect(acts.filter((a) => a.Type === 'Follow-up Call')).toHaveLength(done.activity);
  // Every status change that was kept has its Status Change activity, and every lead's status is one the log explains.
  const changes = acts.filter((a) => a.Type === 'Status Change');
  for (const l of leads.filter((x) => x.Status === 'Lost'))
    expect(changes.some((c) => c['Lead ID'] === l['Lead ID'] && c.Summary === 'Lead → Lost')).toBe(true);
});

test('two lembar processes saving into one workbook at once lose nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-conc-'));
  const workbook = path.join(dir, 'crm.xlsx');
  await withWorkbook(workbook, { create: true, distDir: DIST }, (e) => e.call('setupCrm'));
  const bin = path.join(__dirname, '..', '..', 'bin', 'lembar.js');
  const runOne = (i: number) =>
    new Promise<number>((resolve) => {
      const p = spawn(process.execPath, [
        bin,
        'run',
        'submitLead',
        '--json',
        JSON.stringify({ name: `Proses ${i}`, phone: `0815${String(30000000 + i)}`, source: 'Website', needs: 'x' }),
        '--workbook',
        workbook,
      ]);
      p.on('close', (code) => resolve(code ?? 1));
    });
  const codes = await Promise.all(Array.from({ length: 8 }, (_, i) => runOne(i)));
  expect(codes).toEqual(new Array(8).fill(0));
  const names = await withWorkbook(workbook, { distDir: DIST }, (e) =>
    records(e.spreadsheet, 'Leads').map((r) => [r.Name, r['Lead ID']]),
  );
  expect(names.map((n) => n[0]).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `Proses ${i}`).sort());
  expect(new Set(names.map((n) => n[1])).size).toBe(8);
});

test('a submitLead killed half way (the services fail after N calls) loses nothing and never reuses an ID', () => {
  // Kill points from the start of its writes to its very last call.
  const probe = setUpEnv();
  probe.call('submitLead', { name: 'Satu', phone: '0812-1111-0001', source: 'Website', needs: 'x' });
  probe.call('submitLead', { name: 'Dua', phone: '0812-1111-0002', source: 'Website', needs: 'x' });
  const last = probe.lastRun.calls;
  for (const failAt of [20, 30, last - 4, last]) {
    const e = setUpEnv();
    e.call('submitLead', { name: 'Satu', phone: '0812-1111-0001', source: 'Website', needs: 'x' });
    const start = e.counter.total;
    e.counter.fault = (_n, _k, total) =>
      total - start === failAt ? new Error('Exceeded maximum execution time') : null;
    let killed = false;
    try {
      e.call('submitLead', { name: 'Dua', phone: '0812-1111-0002', source: 'Website', needs: 'x' });
    } catch {
      killed = true;
    }
    e.counter.fault = null;
    const r = e.call('submitLead', { name: 'Tiga', phone: '0812-1111-0003', source: 'Website', needs: 'x' });
    expect(r.ok).toBe(true);
    const ids = records(e.spreadsheet, 'Leads').map((l) => l['Lead ID']);
    expect({ failAt, unique: new Set(ids).size === ids.length, killed }).toEqual({
      failAt,
      unique: true,
      killed: true,
    });
    expect(ids[0]).toBe('L-000001');
  }
});
