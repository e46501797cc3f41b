// `npm start`: the playground. Serves the real sidebar (dist/Sidebar.html), the add-on menu
// (what onOpen adds) and its dialogs beside an editable grid of the workbook; google.script.run
// in the page calls the same bundle's global functions in Node, one call at a time, over the
// workbook held in memory; a call that wrote is answered once it is saved (see workspace.ts).
import * as http from 'node:http';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withWorkbook } from './session';
import { DEFAULT_USER, defaultDistDir, type Environment } from './environment';
import { Workspace } from './workspace';
import { Clock } from './services';
import { seedDemo } from './demo';
import { formPage, postedAnswers } from './form-page';
import type { ChartSpec } from './spreadsheet';
import { phonePage, sendPhonePage, signedIn, signInCookie, signInPage, webAppQuery } from './phone-route';

export interface PlaygroundOptions {
  workbook: string;
  port: number;
  distDir?: string;
  /** Where build.mjs put the playground's page and shim (.local/page). */
  pageDir?: string;
  user?: string;
  log?: (line: string) => void;
}

/** Chart.js, served from node_modules (never a CDN: the playground works offline). */
const CHART_JS = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');

/** The same chart description the Sheets chart got, as data for Chart.js in the page. */
export function chartData(spec: ChartSpec, display: string[][], values: unknown[][]) {
  const [head, ...rows] = values;
  // The axis format the chart asked for (vAxis, or hAxis for a bar chart): whole numbers, percent or IDR.
  const axis = (spec.options.vAxis ?? spec.options.hAxis ?? {}) as { format?: string };
  const f = String(axis.format ?? '');
  return {
    type: spec.type,
    // Rp in millions as the format writes them: `jt` (Indonesian) or `M` (English).
    axis: f.includes('%')
      ? 'percent'
      : f.includes('Rp')
        ? f.includes('"M"')
          ? 'idrM'
          : 'idr'
        : f === '0'
          ? 'count'
          : '',
    title: String(spec.options.title ?? ''),
    labels: display.slice(1).map((r) => r[0]),
    series: head.slice(1).map((h, i) => ({
      label: String(h),
      // A blank cell is a gap in the chart (a source without an expected band), as Sheets draws it.
      data: rows.map((r) => (typeof r[i + 1] === 'number' ? (r[i + 1] as number) : null)),
    })),
  };
}

/** The playground's own page and the google.script.run shim, built by build.mjs into .local/page/ (found from here upwards). */
export function defaultPageDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 4; i++) {
    if (fs.existsSync(path.join(dir, '.local', 'page', 'playground.html'))) return path.join(dir, '.local', 'page');
    dir = path.dirname(dir);
  }
  return path.resolve('.local', 'page');
}

function readBuilt(dir: string, name: string): string {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the playground first (node build.mjs).`);
  return fs.readFileSync(file, 'utf8');
}

/** Functions Sheets itself calls (triggers): a page may not call them. */
const NOT_FROM_A_PAGE = new Set([
  'onOpen',
  'onInstall',
  'onEdit',
  'runDailyJobs',
  'runFollowUpReminders',
  'runDuplicateAudit',
  // Google runs it when the form is sent (/form here), never a page.
  'onLeadFormSubmit',
  // The web app's entry: a visit to /exec runs it, a page never calls it.
  'doGet',
]);

/** The global functions the bundle declares (its generated top-level wrappers). */
export function declaredFunctions(distDir: string): Set<string> {
  const code = fs.readFileSync(path.join(distDir, 'Code.js'), 'utf8');
  return new Set([...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]));
}

/** The largest request body a call may carry (a pasted CSV of some 15,000 leads fits). */
const MAX_BODY = 5 * 2 ** 20;

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startPlayground(
  opts: PlaygroundOptions,
): Promise<{ server: http.Server; url: string; workspace: Workspace; close(): Promise<void> }> {
  const distDir = opts.distDir ?? defaultDistDir();
  const log = opts.log ?? ((l: string) => console.log(l));
  let selection: { sheet: string; row: number; col: number } | null = null;
  /** Counts the times a script moved the selection (Range.activate from the sidebar): the page follows. */
  let moved = 0;
  const base = { distDir, user: opts.user };
  const callable = new Set([...declaredFunctions(distDir)].filter((f) => !NOT_FROM_A_PAGE.has(f)));
  const pageDir = opts.pageDir ?? defaultPageDir();
  const pageHtml = readBuilt(pageDir, 'playground.html');
  const shimJs = readBuilt(pageDir, 'shim.js');

  if (!fs.existsSync(opts.workbook)) {
    const clock = new Clock(Date.now() - 21 * 86400000);
    await withWorkbook(opts.workbook, { ...base, clock, create: true }, (env) => seedDemo(env));
    log(`Created ${opts.workbook} with demo data.`);
  }
  // Spreadsheets the add-on creates (archives) open as pages of this playground.
  const ws = new Workspace(opts.workbook, { ...base, driveUrl: (id) => `/files/${encodeURIComponent(id)}` });
  // The workbook is read once at start, so the first page is drawn from memory.
  await ws.run(() => undefined);
  let port = opts.port;
  /** Who the phone page is for when the visitor has not said (the playground's user, a Team member in the demo). */
  const phoneUser = (opts.user ?? DEFAULT_USER).toLowerCase();

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  /**
   * The body, read whole only when it fits MAX_BODY: one that says it is larger (Content-Length)
   * is refused before a byte of it is read, and one that grows past it (chunked) stops being
   * read there; either way the connection is cut after the 413.
   */
  const readBody = (req: http.IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const tooLarge = () => {
        req.pause();
        req.removeAllListeners('data');
        reject(new RequestError(413, `The request is too large: a call carries at most ${MAX_BODY / 2 ** 20} MB.`));
      };
      if (Number(req.headers['content-length']) > MAX_BODY) return tooLarge();
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) tooLarge();
        else chunks.push(chunk);
      });
      // Decoded once whole: a character split between two chunks stays one character.
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  const body = async <T>(req: http.IncomingMessage): Promise<T> => {
    try {
      return JSON.parse(await readBody(req)) as T;
    } catch (e) {
      if (e instanceof RequestError) throw e;
      throw new RequestError(400, 'The request body is not JSON.');
    }
  };

  /**
   * Only the playground's own page may talk to it: a request whose Host is not ours (DNS
   * rebinding) or whose Origin is another site's (a cross-origin POST needs no preflight) is
   * refused.
   */
  const ours = (req: http.IncomingMessage): boolean => {
    const hosts = [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
    if (!hosts.includes(String(req.headers.host ?? ''))) return false;
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.map((h) => `http://${h}`).includes(origin)) return false;
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  };

  /** What a call showed the user in Sheets: toasts, alerts, dialogs and sidebars it opened. */
  const shown = (env: Environment, before: { toasts: number; alerts: number; dialogs: number; sidebars: number }) => ({
    toasts: env.spreadsheet.toasts.slice(before.toasts),
    alerts: env.spreadsheetApp.ui.alerts.slice(before.alerts),
    dialogs: env.spreadsheetApp.ui.dialogs
      .slice(before.dialogs)
      .map((d) => ({ title: d.title, html: d.html.getContent(), width: d.html.width, height: d.html.height })),
    sidebars: env.spreadsheetApp.ui.sidebars.slice(before.sidebars).map((h) => ({ title: h.getTitle() })),
  });
  const marks = (env: Environment) => ({
    toasts: env.spreadsheet.toasts.length,
    alerts: env.spreadsheetApp.ui.alerts.length,
    dialogs: env.spreadsheetApp.ui.dialogs.length,
    sidebars: env.spreadsheetApp.ui.sidebars.length,
  });

  const select = (env: Environment) => {
    if (!selection) return;
    const sheet = env.spreadsheet.getSheetByName(selection.sheet);
    if (sheet && selection.row <= sheet.getMaxRows() && selection.col <= sheet.getMaxColumns())
      sheet.getRange(selection.row, selection.col).activate();
  };

  /** A call that activated a range (a lead opened from the sidebar) moved the user's selection there. */
  const followActivation = (env: Environment) => {
    const r = env.spreadsheet.getActiveRange();
    if (!r) return;
    const now = { sheet: r.getSheet().getName(), row: r.getRow(), col: r.getColumn() };
    if (selection && now.sheet === selection.sheet && now.row === selection.row && now.col === selection.col) return;
    selection = now;
    moved++;
  };

  const html = (res: http.ServerResponse, text: string) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'X-Frame-Options': 'SAMEORIGIN',
      'Cache-Control': 'no-store',
    });
    res.end(text);
  };
  const withShim = (text: string) => text.replace('<head>', '<head>\n<script src="/shim.js"></script>');

  /** Set once close() is called: the server is stopping and saving what the calls changed. */
  let stopping: Promise<void> | null = null;
  const server = http.createServer(async (req, res) => {
    // While stopping, a connection closes after its answer, so the server can finish.
    if (stopping) res.setHeader('Connection', 'close');
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (!ours(req)) throw new RequestError(403, 'This playground only answers its own page.');
      if (req.method === 'GET' && url.pathname === '/') html(res, pageHtml);
      else if (req.method === 'GET' && url.pathname === '/sidebar')
        html(res, withShim(fs.readFileSync(path.join(distDir, 'Sidebar.html'), 'utf8')));
      else if (req.method === 'GET' && url.pathname === '/form') html(res, await ws.run((env) => formPage(env)));
      else if (req.method === 'POST' && url.pathname === '/form') {
        // As Google Forms: the response becomes the next row of the form's tab, then the triggers run.
        const posted = await readBody(req);
        html(
          res,
          await ws.run((env) => {
            env.submitForm(postedAnswers(env, posted));
            return formPage(env, true);
          }),
        );
      } else if (req.method === 'GET' && (url.pathname === '/exec' || url.pathname === '/phone')) {
        // The web app's address: doGet's page for whoever is signed in (phone-route.ts).
        const user = signedIn(req, url, phoneUser);
        const page = await ws.run((env) => phonePage(env, user, webAppQuery(url)));
        sendPhonePage(req, res, page, signInCookie(user));
      } else if (req.method === 'GET' && url.pathname === '/phone/signin')
        html(res, signInPage(signedIn(req, url, phoneUser)));
      else if (req.method === 'GET' && url.pathname === '/vendor/chart.umd.min.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        res.end(fs.readFileSync(CHART_JS));
      } else if (req.method === 'GET' && url.pathname === '/shim.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        res.end(shimJs);
      } else if (url.pathname === '/favicon.ico') res.writeHead(204).end();
      else if (req.method === 'GET' && url.pathname === '/api/version')
        json(res, 200, {
          version: ws.version,
          unsaved: ws.unsaved,
          lastSaveMs: ws.saves.at(-1) ?? null,
          saves: ws.saves.length,
          selection: selection ? { ...selection, moved } : null,
        });
      else if (req.method === 'GET' && url.pathname === '/api/charts') {
        const name = url.searchParams.get('name') ?? 'Summary';
        json(
          res,
          200,
          await ws.run((env) => {
            const sheet = env.spreadsheet.getSheetByName(name);
            return sheet
              ? sheet.charts.map((c) =>
                  chartData(c, sheet.getRange(c.ranges[0]).getDisplayValues(), sheet.getRange(c.ranges[0]).getValues()),
                )
              : [];
          }),
        );
      } else if (req.method === 'GET' && url.pathname === '/api/menu') {
        // The add-on menu is what onOpen adds, as in Sheets.
        json(
          res,
          200,
          await ws.run((env) => {
            env.callSimpleTrigger('onOpen', { authMode: 'LIMITED', source: env.spreadsheet });
            const menu = env.spreadsheetApp.ui.menus.at(-1);
            return { title: 'Lembar CRM', items: menu ? menu.items : [], entries: menu ? menu.entries : [] };
          }),
        );
      } else if (req.method === 'POST' && url.pathname === '/api/run') {
        const { fn, args } = await body<{ fn: unknown; args: unknown }>(req);
        if (typeof fn !== 'string' || !callable.has(fn))
          throw new RequestError(400, `Script function not found: ${String(fn).slice(0, 60)}`);
        const result = await ws
          .run((env) => {
            select(env);
            const before = marks(env);
            try {
              const result = env.callRaw(fn, ...(Array.isArray(args) ? args : []));
              followActivation(env);
              return { ok: true, result, ui: shown(env, before) };
            } catch (e) {
              return { ok: false, error: (e as Error).message.replace(/^Exception: /, ''), ui: shown(env, before) };
            }
          })
          .catch((e: Error) => ({ ok: false, error: e.message.replace(/^Exception: /, '') }));
        json(res, 200, { ...result, version: ws.version });
      } else if (req.method === 'POST' && url.pathname === '/api/webapp/run') {
        // A call from the phone page: the web app's execution, as the person signed in there.
        const user = signedIn(req, url, phoneUser);
        const { fn, args } = await body<{ fn: unknown; args: unknown }>(req);
        if (typeof fn !== 'string' || !callable.has(fn))
          throw new RequestError(400, `Script function not found: ${String(fn).slice(0, 60)}`);
        const result = await ws
          .run((env) => ({ ok: true, result: env.callWebApp(user, fn, ...(Array.isArray(args) ? args : [])) }))
          .catch((e: Error) => ({ ok: false, error: e.message.replace(/^Exception: /, '') }));
        json(res, 200, { ...result, version: ws.version });
      } else if (req.method === 'POST' && url.pathname === '/api/edit') {
        const edit = await body<{ sheet: unknown; row: unknown; col: unknown; values: unknown; how: unknown }>(req);
        const how = edit.how === 'paste' || edit.how === 'fill' ? edit.how : 'typed';
        if (
          typeof edit.sheet !== 'string' ||
          !Number.isInteger(edit.row) ||
          !Number.isInteger(edit.col) ||
          (edit.row as number) < 1 ||
          (edit.col as number) < 1
        )
          throw new RequestError(400, 'A cell is a tab name, a row and a column from 1.');
        const values = edit.values;
        if (
          !Array.isArray(values) ||
          values.length === 0 ||
          !values.every(
            (r) =>
              Array.isArray(r) &&
              r.length === (values[0] as unknown[]).length &&
              r.every((v) => ['string', 'number', 'boolean'].includes(typeof v)),
          )
        )
          throw new RequestError(400, 'Values are rows of text, numbers or TRUE/FALSE.');
        const result = await ws.run((env) => {
          const before = marks(env);
          try {
            // Typing (or pasting) into the empty row under the data grows a full grid, as Sheets
            // adds rows there; further down is not a row anyone can reach.
            const sheet = env.spreadsheet.getSheetByName(edit.sheet as string);
            const bottom = (edit.row as number) + values.length - 1;
            if (sheet && bottom > sheet.getMaxRows() && (edit.row as number) <= sheet.getLastRow() + 1)
              sheet.insertRowsAfter(sheet.getMaxRows(), bottom - sheet.getMaxRows());
            env.userEdit(
              edit.sheet as string,
              edit.row as number,
              edit.col as number,
              values as unknown[][],
              how === 'typed' && (values.length > 1 || (values[0] as unknown[]).length > 1) ? 'paste' : how,
            );
            return { ok: true, ui: shown(env, before) };
          } catch (e) {
            return { ok: false, error: (e as Error).message.replace(/^Exception: /, ''), ui: shown(env, before) };
          }
        });
        json(res, 200, { ...result, version: ws.version });
      } else if (req.method === 'POST' && url.pathname === '/api/select') {
        const sel = await body<{ sheet: unknown; row: unknown; col?: unknown }>(req);
        const col = sel.col === undefined ? 1 : sel.col;
        if (
          typeof sel.sheet !== 'string' ||
          !Number.isInteger(sel.row) ||
          (sel.row as number) < 1 ||
          !Number.isInteger(col) ||
          (col as number) < 1
        )
          throw new RequestError(400, 'A selection is a tab name and a row (and column) from 1.');
        selection = { sheet: sel.sheet, row: sel.row as number, col: col as number };
        json(res, 200, { ok: true });
      } else if (req.method === 'GET' && url.pathname === '/api/sheets') {
        json(
          res,
          200,
          await ws.run((env) =>
            env.spreadsheet.getSheets().map((s) => ({ name: s.getName(), hidden: s.isSheetHidden() })),
          ),
        );
      } else if (req.method === 'GET' && url.pathname === '/api/sheet') {
        const name = url.searchParams.get('name') ?? 'Leads';
        const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
        const limit = Math.min(500, Math.max(1, Number(url.searchParams.get('limit') ?? 200) || 200));
        json(
          res,
          200,
          await ws.run((env) => sheetWindow(env, name, offset, limit, path.basename(opts.workbook), ws.version)),
        );
      } else if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
        const id = decodeURIComponent(url.pathname.slice('/files/'.length));
        const page = await ws.run((env) => drivePage(env, id.replace(/\.xlsx$/, ''), id.endsWith('.xlsx')));
        if (page === null) throw new RequestError(404, 'not found');
        if (typeof page === 'string') html(res, page);
        else {
          res.writeHead(200, {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': `attachment; filename="${page.name}"`,
          });
          res.end(page.bytes);
        }
      } else throw new RequestError(404, 'not found');
    } catch (e) {
      // The rest of the body is never kept: the connection is cut half a second after the answer
      // (at once, the cut could reach the client before the answer it is still sending towards).
      if (e instanceof RequestError && e.status === 413)
        res.once('finish', () => setTimeout(() => req.socket.destroy(), 500).unref());
      json(res, e instanceof RequestError ? e.status : 500, { ok: false, error: (e as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  const url = `http://localhost:${port}`;
  return {
    server,
    url,
    workspace: ws,
    /**
     * Stops: the port is let go at once (no new connections), the calls under way are answered,
     * then everything the answered calls changed is saved before this resolves. Calling it again
     * waits for the same stop.
     */
    close: () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // A connection still busy after a while is cut: its call was never answered.
          setTimeout(() => server.closeAllConnections(), 3000).unref();
        });
        await ws.flush();
      })()),
  };
}

/**
 * A window of a tab for the grid: the header, rows offset+2…, their display values, and what
 * each column's cells accept (a dropdown's list, a checkbox), frozen rows included.
 */
function sheetWindow(env: Environment, name: string, offset: number, limit: number, file: string, version: number) {
  const sheet = env.spreadsheet.getSheetByName(name);
  if (!sheet) return { file, name, rows: 0, offset, header: [], values: [], kinds: [], version };
  const last = sheet.getLastRow();
  const width = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, width).getDisplayValues()[0];
  const first = offset + 2;
  const count = Math.max(0, Math.min(limit, last - first + 1));
  const values = count > 0 ? sheet.getRange(first, 1, count, width).getDisplayValues() : [];
  const rules = count > 0 ? sheet.getRange(first, 1, count, width).getDataValidations() : [];
  const kinds = rules.map((line) =>
    line.map((r) => (r ? (r.kind === 'checkbox' ? 'checkbox' : { list: r.values }) : null)),
  );
  // Notes, sparse: [row index in the window, column index, text].
  const notes: [number, number, string][] = [];
  if (count > 0)
    sheet
      .getRange(first, 1, count, width)
      .getNotes()
      .forEach((line, r) => line.forEach((n, c) => n && notes.push([r, c, n])));
  return {
    file,
    name,
    rows: Math.max(0, last - 1),
    offset,
    header,
    values,
    kinds,
    notes,
    frozenRows: sheet.getFrozenRows(),
    version,
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A spreadsheet the add-on created, as a page (its first tab as a table, at most 2,000 rows) or,
 * with `.xlsx`, the saved file itself: how the playground keeps an archive readable.
 */
function drivePage(env: Environment, id: string, file: boolean): string | { name: string; bytes: Buffer } | null {
  const f = env.drive.files.get(id);
  if (!f) return null;
  if (file) {
    const p = env.drive.dir ? path.join(env.drive.dir, `${id}.xlsx`) : '';
    return p && fs.existsSync(p) ? { name: `${id}.xlsx`, bytes: fs.readFileSync(p) } : null;
  }
  const sheet = f.ss.getSheets()[0];
  const last = sheet.getLastRow();
  const width = Math.max(1, sheet.getLastColumn());
  const shown = Math.min(last, 2001);
  const rows = shown > 0 ? sheet.getRange(1, 1, shown, width).getDisplayValues() : [];
  const cells = (r: string[], tag: string) => r.map((v) => `<${tag}>${escapeHtml(v)}</${tag}>`).join('');
  const title = escapeHtml(f.ss.getName());
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font:14px system-ui,sans-serif;margin:16px}table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;white-space:nowrap}th{background:#f3f3f3;position:sticky;top:0}.wrap{overflow:auto;max-height:80vh}</style></head>
<body><h1>${title}</h1><p>${escapeHtml(sheet.getName())}: ${Math.max(0, last - 1)} rows${last > shown ? ` (the first ${shown - 1} shown)` : ''}. <a href="/files/${encodeURIComponent(id)}.xlsx">Download .xlsx</a></p>
<div class="wrap"><table>${
    rows.length
      ? `<thead><tr>${cells(rows[0], 'th')}</tr></thead><tbody>${rows
          .slice(1)
          .map((r) => `<tr>${cells(r, 'td')}</tr>`)
          .join('')}</tbody>`
      : ''
  }</table></div></body></html>`;
}
