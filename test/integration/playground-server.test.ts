// The playground server answers only its own page, and only the functions the menu, sidebar and
// dialogs call; a body too large is refused without being read.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { startPlayground } from '../../src/local/playground';
import { DIST } from '../helpers';

function request(
  port: number,
  method: string,
  p: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: p, headers }, (res) => {
      const data: Buffer[] = [];
      res.on('data', (c: Buffer) => data.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(data).toString('utf8') }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

test('foreign Host or Origin is refused; only page functions are callable; a bad selection breaks nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-srv-'));
  const pg = await startPlayground({
    workbook: path.join(dir, 'crm.xlsx'),
    port: 0,
    distDir: DIST,
    log: () => undefined,
  });
  const port = (pg.server.address() as { port: number }).port;
  const host = { Host: `localhost:${port}` };
  const run = (fn: string, extra: Record<string, string> = {}) =>
    request(
      port,
      'POST',
      '/api/run',
      { ...host, 'Content-Type': 'text/plain', ...extra },
      JSON.stringify({ fn, args: [] }),
    );
  try {
    expect((await request(port, 'GET', '/api/sheet?name=Leads', { Host: 'evil.example' })).status).toBe(403);
    expect((await run('setupCrm', { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await run('setupCrm', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    for (const fn of ['constructor', 'toString', 'Date', 'onEdit', 'runDailyJobs'])
      expect({ fn, status: (await run(fn)).status }).toEqual({ fn, status: 400 });
    expect((await request(port, 'POST', '/api/select', host, JSON.stringify({ sheet: 'Leads', row: 0 }))).status).toBe(
      400,
    );
    // A body of several chunks keeps every character whole wherever a chunk ends (shifted by one
    // byte, so that one of the two ends inside a character of 2 or 4 bytes).
    for (const shift of ['', 'a']) {
      const text = shift + 'é😀'.repeat(16000); // 48,000 characters (a cell holds 50,000), 96 KB
      const edit = JSON.stringify({ sheet: 'Run Log', row: 50, col: 10, values: [[text]] });
      expect(JSON.parse((await request(port, 'POST', '/api/edit', host, edit)).body).ok).toBe(true);
      const log = await request(port, 'GET', '/api/sheet?name=Run%20Log&offset=48&limit=1', host);
      expect(JSON.parse(log.body).values[0][9] === text).toBe(true);
    }
    const ok = await run('getSidebarContext', { Origin: `http://localhost:${port}` });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).ok).toBe(true);
    // A read never writes the file, and leaves it to other processes (the CLI) once answered.
    const before = fs.statSync(path.join(dir, 'crm.xlsx')).mtimeMs;
    await request(port, 'GET', '/api/sheet?name=Leads', host);
    expect(fs.statSync(path.join(dir, 'crm.xlsx')).mtimeMs).toBe(before);
    expect(fs.existsSync(path.join(dir, 'crm.xlsx.lock'))).toBe(false);
  } finally {
    await pg.close();
  }
});

test('200 concurrent calls are all answered, quickly, and nothing is lost; sidebar reads write nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-srv-'));
  const file = path.join(dir, 'crm.xlsx');
  const pg = await startPlayground({ workbook: file, port: 0, distDir: DIST, log: () => undefined });
  const port = (pg.server.address() as { port: number }).port;
  const host = { Host: `localhost:${port}`, 'Content-Type': 'text/plain' };
  const run = (fn: string, args: unknown[] = []) =>
    request(port, 'POST', '/api/run', host, JSON.stringify({ fn, args }));
  try {
    const mtime = fs.statSync(file).mtimeMs;
    for (const fn of ['getSidebarContext', 'getCrmSummary', 'getSelectedLead'])
      expect(JSON.parse((await run(fn)).body).ok).toBe(true);
    await pg.workspace.flush();
    expect(fs.statSync(file).mtimeMs).toBe(mtime);

    const t0 = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 2 === 0
          ? run('getSidebarContext')
          : run('logActivity', [
              { leadId: `L-00000${1 + (i % 8)}`, type: 'Follow-up Call', summary: `burst call ${i}` },
            ]),
      ),
    );
    const took = Date.now() - t0;
    const bodies = answers.map((a) => JSON.parse(a.body) as { ok: boolean; result?: { ok?: boolean } });
    expect(bodies.filter((b) => b.ok && b.result?.ok !== false)).toHaveLength(200);
    expect(took).toBeLessThan(30000); // was 218 s when every call loaded and saved the file
    await pg.workspace.flush();
    expect(pg.workspace.saves.length).toBeLessThan(20); // a burst is saved a few times, not 100
  } finally {
    await pg.close();
  }
  // What the burst wrote is on disk.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const text = JSON.stringify(wb.getWorksheet('Activities')!.getSheetValues());
  for (let i = 1; i < 200; i += 2) expect(text).toContain(`burst call ${i}"`);
});

/** A port no one listens on now (a random one collided with another listener once in a full run). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The playground in its own process (as `npm start` runs it), so its memory can be read. */
async function spawnPlayground(file: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, '..', '..', '.local', 'playground.js')], {
    env: { ...process.env, WORKBOOK: file, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('playground on') && resolve());
    child.once('exit', (code) => reject(new Error(`playground exited ${code}`)));
  });
  return child;
}

/** The most memory the process has held so far (its peak resident set, Linux), in MB. */
const peakMb = (pid: number) =>
  Number(/VmHWM:\s*(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/**
 * A hostile client on a raw socket: POSTs up to `total` bytes to /api/run, 1 MB at a time as fast
 * as the server takes them, with a Content-Length (`declared`) or chunked, and goes on after an
 * answer until everything is sent or the server cuts the connection. Returns the answer, how much
 * had been sent when it came and in all, and whether the server cut the connection.
 */
function upload(
  port: number,
  total: number,
  declared?: number,
): Promise<{ status: number; body: string; sent: number; answeredAfter: number; cut: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const answer = { status: 0, body: '', sent: 0, answeredAfter: -1, cut: false };
    let received = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      socket.destroy();
      const [head, ...rest] = received.split('\r\n\r\n');
      answer.status = Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0);
      answer.body = /\{.*\}/s.exec(rest.join('\r\n\r\n'))?.[0] ?? '';
      resolve(answer);
    };
    const deadline = setTimeout(finish, 30000);
    socket.on('data', (c) => {
      received += c;
      if (answer.answeredAfter < 0) answer.answeredAfter = answer.sent;
    });
    socket.on('error', () => (answer.cut = true));
    socket.on('end', () => (answer.cut = true));
    socket.on('close', () => setTimeout(finish, 100));
    const data = Buffer.alloc(1 << 20, 'a');
    const chunk =
      declared === undefined
        ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')])
        : data;
    const pump = () => {
      while (!done && !answer.cut && answer.sent < total) {
        answer.sent += data.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
      if (!done && !answer.cut) setTimeout(finish, 500); // all sent, and the server never cut it
    };
    socket.write(
      `POST /api/run HTTP/1.1\r\nHost: localhost:${port}\r\nContent-Type: text/plain\r\n${
        declared === undefined ? 'Transfer-Encoding: chunked' : `Content-Length: ${declared}`
      }\r\n\r\n`,
    );
    // With a Content-Length the refusal comes before any of the body is sent (within 3 s).
    if (declared === undefined) pump();
    else setTimeout(() => answer.answeredAfter < 0 && pump(), 3000);
  });
}

test('an oversized body is refused with 413 without being read: by its Content-Length at once, chunked once past the limit; the memory stays bounded', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lembar-big-'));
  const port = await freePort();
  const child = await spawnPlayground(path.join(dir, 'crm.xlsx'), port);
  try {
    const base = peakMb(child.pid!);
    // 700 MB announced (the size that killed the server): refused before a byte of it is sent.
    const declared = await upload(port, 64 << 20, 700 << 20);
    expect(declared).toMatchObject({ status: 413, answeredAfter: 0 });
    expect(JSON.parse(declared.body).error).toMatch(/too large.*5 MB/);
    // Chunked (no Content-Length): read up to the limit, then the connection is cut.
    const chunked = await upload(port, 400 << 20);
    expect(chunked).toMatchObject({ status: 413, cut: true });
    expect(JSON.parse(chunked.body).error).toMatch(/too large.*5 MB/);
    expect(chunked.sent).toBeLessThan(64 << 20); // not 400 MB
    // The server is fine: it still answers, and it never held the bodies.
    const ok = await request(
      port,
      'POST',
      '/api/run',
      { Host: `localhost:${port}`, 'Content-Type': 'text/plain' },
      JSON.stringify({ fn: 'getSidebarContext', args: [] }),
    );
    expect(JSON.parse(ok.body).ok).toBe(true);
    expect(peakMb(child.pid!) - base).toBeLessThan(48);
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
  }
});
