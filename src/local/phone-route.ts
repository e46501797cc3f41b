// The playground's web app (SPEC §3 "Phone page"): the phone page at /exec (the address a
// deployment has) and /phone, over the same workbook as the grid. The web app runs as the
// person using it, so the visitor says who they are signed in as (`?as=EMAIL`, remembered in a
// cookie; /phone/signin to change it): a Team member gets the page, anyone else Google's
// account would be refused. Calls from the page go to /api/webapp/run as that person.
import type * as http from 'node:http';
import * as zlib from 'node:zlib';
import type { Environment } from './environment';

/** Who is signed in: `?as=` first, then the cookie, then the playground's own user. */
export function signedIn(req: http.IncomingMessage, url: URL, fallback: string): string {
  const asked = url.searchParams.get('as');
  if (asked !== null) return asked.trim().toLowerCase();
  const cookie = /(?:^|;\s*)lembar_as=([^;]*)/.exec(String(req.headers.cookie ?? ''));
  return cookie ? decodeURIComponent(cookie[1]).toLowerCase() : fallback;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The query string a deployment's doGet would get: ours without the playground's `as`. */
export function webAppQuery(url: URL): string {
  const q = new URLSearchParams(url.search);
  q.delete('as');
  return q.toString();
}

/**
 * doGet's page as the web app serves it: Google adds the meta tags doGet set; here the shim
 * (google.script.run over HTTP, to this user's web app endpoint) comes first.
 */
export function phonePage(env: Environment, user: string, query: string): string {
  const page = env.doGet(user, query);
  const meta = page.metaTags
    .map((m) => `<meta name="${escapeHtml(m.name)}" content="${escapeHtml(m.content)}">`)
    .join('');
  const title = `<title>${escapeHtml(page.title)}</title>`;
  const shim = `<script>window.__LEMBAR_RUN__=${JSON.stringify(`/api/webapp/run?as=${encodeURIComponent(user)}`)};</script><script src="/shim.js"></script>`;
  return page.html.includes('<head>')
    ? page.html.replace('<head>', () => `<head>\n${meta}${title}${shim}`)
    : `${meta}${title}${shim}${page.html}`;
}

/** The cookie that remembers who is signed in on the phone page. */
export function signInCookie(user: string): string {
  return `lembar_as=${encodeURIComponent(user)}; Path=/; SameSite=Strict`;
}

/** A page to choose who is signed in (the playground's stand-in for Google's account chooser). */
export function signInPage(current: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign in · playground</title>
<style>body{font:17px/1.5 system-ui,sans-serif;margin:24px}input,button{font-size:17px;min-height:44px;width:100%;box-sizing:border-box;margin:6px 0}</style></head>
<body><main><h1>Who is using the phone page?</h1><p>In Google, the web app runs as the Google account signed in on the phone. Here, type that account's email.</p>
<form method="get" action="/exec"><label for="as">Google account</label><input id="as" name="as" type="email" value="${escapeHtml(current)}" required><button type="submit">Open the phone page</button></form></main></body></html>`;
}

/** The page, compressed when the browser accepts it, as Google serves a web app's page. */
export function sendPhonePage(req: http.IncomingMessage, res: http.ServerResponse, page: string, cookie: string): void {
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? zlib.gzipSync(page) : Buffer.from(page, 'utf8');
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Frame-Options': 'SAMEORIGIN',
    'Set-Cookie': cookie,
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    'Content-Length': String(body.length),
  });
  res.end(body);
}
