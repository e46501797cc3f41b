// The playground server answers only its own page, and only the functions the
// menu, sidebar and dialogs call.
import * as fs from 'node:fs';
import * as http from 'node:http';
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
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
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
    const ok = await run('getSidebarContext', { Origin: `http://localhost:${port}` });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).ok).toBe(true);
    // A read never writes the file.
    const before = fs.statSync(path.join(dir, 'crm.xlsx')).mtimeMs;
    await request(port, 'GET', '/api/sheet?name=Leads', host);
    expect(fs.statSync(path.join(dir, 'crm.xlsx')).mtimeMs).toBe(before);
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
