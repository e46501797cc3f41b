// doGet (SPEC §3 "Phone page", §6): the phone page, served by this same script as a web app
// that runs as the person using it (appsscript.json `webapp`). A Team member gets the page with
// their context and Today's list inside it, so Today is drawn without a round trip; anyone else
// gets one sentence saying why not, and nothing of the CRM.
import { CrmError, t, type Lang } from '../core/i18n';
import { cleanText } from '../core/fields';
import { getSidebarContext, type SidebarContext } from './sidebar';
import { getMyDay, type TodayList } from './day';
import { userLang } from './webapp-access';

/** Google's web app event (guides/web): the query string, once parsed and once as lists. */
export interface WebAppEvent {
  queryString?: string | null;
  parameter?: Record<string, string>;
  parameters?: Record<string, string[]>;
  contextPath?: string;
  contentLength?: number;
}

/** What the phone page starts from (put into the page: the first paint needs no call). */
export interface PhoneBoot {
  context: SidebarContext;
  day: TodayList;
  /** A Lead ID from the link (`?lead=L-12`): the page opens that lead first. */
  open: string;
}

type Output = GoogleAppsScript.HTML.HtmlOutput;

/** Inline JSON inside a <script>: nothing in the data can end the element or break the line. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Google ignores a viewport <meta> in the file of a web app: it is added to the output. */
function forPhone(out: Output, title: string): Output {
  return out.setTitle(title).addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

function refusal(lang: Lang, err: CrmError): Output {
  // The reason in the same language as its title (the user's locale).
  const text = t(lang, err.msg.key, err.msg.params);
  const title = t(lang, 'phone.refusedTitle');
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><style>body{font:17px/1.5 system-ui,sans-serif;margin:24px;color:#202124}h1{font-size:20px}</style></head><body><main><h1>${escapeHtml(title)}</h1><p role="alert">${escapeHtml(text)}</p></main></body></html>`;
  return forPhone(HtmlService.createHtmlOutput(html), title);
}

export function doGet(e?: WebAppEvent): Output {
  let boot: PhoneBoot;
  try {
    // Each opens the CRM, which refuses anyone not on the Team (services.openCrm).
    const context = getSidebarContext();
    const day = getMyDay();
    const asked = cleanText(e?.parameter?.lead ?? '').slice(0, 40);
    boot = { context, day, open: asked };
  } catch (err) {
    if (err instanceof CrmError) return refusal(userLang(), err);
    throw err;
  }
  const page = HtmlService.createHtmlOutputFromFile('Phone')
    .getContent()
    .replace('/*BOOT*/null', () => scriptJson(boot));
  return forPhone(HtmlService.createHtmlOutput(page), t(boot.context.lang, 'phone.title'));
}
