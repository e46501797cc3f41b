// Shared by the sidebar and the dialogs: calling the server (google.script.run), the message
// catalog the server sent, and a small element builder that puts user text in as text only.
import type { ApiName, Args, Result } from '../gas/api';

interface Runner {
  withSuccessHandler(f: (r: any) => void): Runner;
  withFailureHandler(f: (e: Error) => void): Runner;
  [fn: string]: any;
}
declare const google: { script: { run: Runner; host?: { close(): void } } };

export { msg, setMessages } from './i18n';
export { userText } from '../core/i18n/fill';

/**
 * Calls a server function; resolves with its result, rejects with its error. Its name, argument
 * and result are the server's own (src/gas/api.ts): a page and the server cannot disagree.
 */
export function call<K extends ApiName>(fn: K, ...args: Args<K>): Promise<Result<K>> {
  const [arg] = args as unknown[];
  inFlight++;
  return new Promise<Result<K>>((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    if (arg === undefined) runner[fn]();
    else runner[fn](arg);
  }).finally(() => {
    inFlight--;
  });
}

let inFlight = 0;
/** Calls not answered yet: a poll waits while a write is on its way (its answer redraws the page). */
export function callsInFlight(): number {
  return inFlight;
}

/** Closes the dialog this page is in (Sheets' google.script.host). */
export function closeDialog(): void {
  google.script.host?.close();
}

export type Attrs = Record<string, string | boolean | undefined>;
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}
