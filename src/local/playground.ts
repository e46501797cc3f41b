// `npm start`: the playground. Serves the real sidebar (dist/Sidebar.html) beside a read-only
// grid of the workbook; google.script.run in the page calls the same bundle's global functions
// in Node over the same .xlsx file, one call at a time, saving after each.
import * as http from 'node:http';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withWorkbook } from './session';
import { defaultDistDir } from './environment';
import { Clock } from './services';
import { seedDemo } from './demo';
import { SHIM_JS } from './shim';
import { PAGE_HTML } from './playground-page';
import type { ChartSpec } from './spreadsheet';

export interface PlaygroundOptions {
  workbook: string;
  port: number;
  distDir?: string;
  user?: string;
  log?: (line: string) => void;
}

/** Serialises work on the workbook: one call loads, runs and saves before the next starts. */
function queue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

const MAX_GRID_ROWS = 1000;
/** Chart.js, served from node_modules (never a CDN: the playground works offline). */
const CHART_JS = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');

/** The same chart description the Sheets chart got, as data for Chart.js in the page. */
export function chartData(spec: ChartSpec, display: string[][], values: unknown[][]) {
  const [head, ...rows] = values;
  return {
    type: spec.type,
    title: String(spec.options.title ?? ''),
    labels: display.slice(1).map((r) => r[0]),
    series: head.slice(1).map((h, i) => ({ label: String(h), data: rows.map((r) => (typeof r[i + 1] === 'number' ? (r[i + 1] as number) : 0)) })),
  };
}

export async function startPlayground(opts: PlaygroundOptions): Promise<{ server: http.Server; url: string; close(): Promise<void> }> {
  const distDir = opts.distDir ?? defaultDistDir();
  const log = opts.log ?? ((l: string) => console.log(l));
  const exclusive = queue();
  let selection: { sheet: string; row: number } | null = null;
  const base = { distDir, user: opts.user };

  if (!fs.existsSync(opts.workbook)) {
    const clock = new Clock(Date.now() - 21 * 86400000);
    await withWorkbook(opts.workbook, { ...base, clock, create: true }, (env) => seedDemo(env));
    log(`Created ${opts.workbook} with demo data.`);
  }

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const readBody = (req: http.IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let data = '';
      req.on('data', (c) => {
        data += c;
        if (data.length > 1e6) reject(new Error('request too large'));
      });
      req.on('end', () => resolve(data));
      req.on('error', reject);
    });

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method === 'GET' && url.pathname === '/') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(PAGE_HTML);
      } else if (req.method === 'GET' && url.pathname === '/sidebar') {
        const html = fs.readFileSync(path.join(distDir, 'Sidebar.html'), 'utf8').replace('<head>', '<head>\n<script src="/shim.js"></script>');
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(html);
      } else if (req.method === 'GET' && url.pathname === '/vendor/chart.umd.min.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        res.end(fs.readFileSync(CHART_JS));
      } else if (req.method === 'GET' && url.pathname === '/api/charts') {
        const name = url.searchParams.get('name') ?? 'Summary';
        const charts = await exclusive(() =>
          withWorkbook(opts.workbook, base, (env) => {
            const sheet = env.spreadsheet.getSheetByName(name);
            return sheet ? sheet.charts.map((c) => chartData(c, sheet.getRange(c.ranges[0]).getDisplayValues(), sheet.getRange(c.ranges[0]).getValues())) : [];
          }),
        );
        json(res, 200, charts);
      } else if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
      } else if (req.method === 'GET' && url.pathname === '/shim.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        res.end(SHIM_JS);
      } else if (req.method === 'POST' && url.pathname === '/api/run') {
        const { fn, args } = JSON.parse(await readBody(req)) as { fn: string; args: unknown[] };
        const result = await exclusive(() =>
          withWorkbook(opts.workbook, base, (env) => {
            if (selection) {
              const sheet = env.spreadsheet.getSheetByName(selection.sheet);
              if (sheet && selection.row <= sheet.getMaxRows()) sheet.getRange(selection.row, 1).activate();
            }
            return env.call(fn, ...(args ?? []));
          }),
        ).then(
          (r) => ({ ok: true, result: r }),
          (e: Error) => ({ ok: false, error: e.message.replace(/^Exception: /, '') }),
        );
        json(res, 200, result);
      } else if (req.method === 'POST' && url.pathname === '/api/select') {
        selection = JSON.parse(await readBody(req)) as { sheet: string; row: number };
        json(res, 200, { ok: true });
      } else if (req.method === 'GET' && url.pathname === '/api/sheets') {
        const tabs = await exclusive(() => withWorkbook(opts.workbook, base, (env) => env.spreadsheet.getSheets().map((s) => ({ name: s.getName(), hidden: s.isSheetHidden() }))));
        json(res, 200, tabs);
      } else if (req.method === 'GET' && url.pathname === '/api/sheet') {
        const name = url.searchParams.get('name') ?? 'Leads';
        const body = await exclusive(() =>
          withWorkbook(opts.workbook, base, (env) => {
            const sheet = env.spreadsheet.getSheetByName(name);
            if (!sheet) return { file: path.basename(opts.workbook), rows: 0, values: [] };
            const last = sheet.getLastRow();
            const width = Math.max(1, sheet.getLastColumn());
            const rows = Math.max(1, Math.min(last, MAX_GRID_ROWS + 1));
            return { file: path.basename(opts.workbook), rows: Math.max(0, last - 1), values: sheet.getRange(1, 1, rows, width).getDisplayValues() };
          }),
        );
        json(res, 200, body);
      } else {
        res.writeHead(404).end('not found');
      }
    } catch (e) {
      json(res, 500, { ok: false, error: (e as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const url = `http://localhost:${port}`;
  return { server, url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

if (require.main === module) {
  const workbook = path.resolve(process.env.WORKBOOK ?? 'crm.xlsx');
  const port = Number(process.env.PORT ?? 8080);
  startPlayground({ workbook, port, user: process.env.LEMBAR_USER }).then(
    ({ url }) => console.log(`Lembar CRM playground on ${url} (workbook: ${workbook}). Ctrl+C to stop.`),
    (e: Error) => {
      console.error(`playground: ${e.message}`);
      process.exit(2);
    },
  );
}
