// Small helpers over the Apps Script services that every entry point uses.
import { parseSettings, type ParsedSettings } from '../core/settings';
import { resolveLang, type Lang, CrmError, t, type Message } from '../core/i18n';
import { TAB, type SettingsHeader } from '../core/schema';
import { offsetFromZ, isDate, toYmd } from '../core/dates';
import { requireMember, webAppSpreadsheet } from './webapp-access';

export type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What an entry point needs to know about the document it runs in. */
export interface Crm {
  ss: Ss;
  settings: ParsedSettings['settings'];
  settingProblems: ParsedSettings['problems'];
  lang: Lang;
  timeZone: string;
  /** Minutes east of UTC of the spreadsheet's time zone now (dates are local calendar days). */
  offset: number;
  now: Date;
}

/** The last Lead number issued (document property): numbers are never reused. */
export const LAST_ID_PROPERTY = 'lembar.lastLeadNumber';

/**
 * Reads Settings once (2 service calls plus the tab lookup) and resolves the language. In the
 * web app (the phone page) there is no active spreadsheet: it is opened by its ID, and only a
 * Team member gets past here, whichever function the page called.
 */
export function openCrm(): Crm {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  const ss = active ?? webAppSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const now = new Date();
  const offset = offsetFromZ(Utilities.formatDate(now, timeZone, 'Z'));
  const parsed = readSettings(ss, offset);
  const crm: Crm = {
    ss,
    settings: parsed.settings,
    settingProblems: parsed.problems,
    lang: resolveLang(parsed.settings.language, ss.getSpreadsheetLocale()),
    timeZone,
    offset,
    now,
  };
  if (!active) requireMember(crm);
  return crm;
}

export function readSettings(ss: Ss, offset: number): ParsedSettings {
  const sheet = ss.getSheetByName(TAB.settings);
  if (!sheet) return parseSettings([]);
  const values = sheet.getDataRange().getValues();
  const header = values[0].map((h) => String(h).trim());
  const at = (h: SettingsHeader) => header.indexOf(h);
  const si = at('Setting');
  const vi = at('Value');
  if (si < 0 || vi < 0) return parseSettings([]);
  return parseSettings(values.slice(1).map((r) => ({ setting: r[si], value: cellText(r[vi], offset) })));
}

/**
 * A cell value as text (numbers as typed, dates as the spreadsheet's YYYY-MM-DD). `offset` is the
 * spreadsheet's offset from UTC (Crm.offset): a Date cell holds a wall-clock time in the
 * spreadsheet's zone, so its calendar day is read there, never in UTC (2026-12-20 00:00 in
 * Jakarta is 12-19 in UTC).
 */
export function cellText(v: unknown, offset: number): string {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return toYmd(v, offset);
  if (typeof v === 'object' || typeof v === 'function') return '';
  return String(v);
}

export { isDate };

/** How long a person's call waits for the document lock before saying "try again". */
export const LOCK_WAIT_MS = 20000;

/**
 * While a job runs (runDailyJobs), the time (Date.now() milliseconds) until which it may wait for
 * the document lock; 0 for a person's call. Module state lives for one execution only.
 */
let jobDeadline = 0;

/** Runs `fn` as a job: its lock waits may last until `deadline` instead of LOCK_WAIT_MS. */
export function asJob<T>(deadline: number, fn: () => T): T {
  const before = jobDeadline;
  jobDeadline = deadline;
  try {
    return fn();
  } finally {
    jobDeadline = before;
  }
}

/**
 * The locks a write takes. In the spreadsheet (menus, sidebar, dialogs, triggers): the document
 * lock, as SPEC §6 says, and the script lock. In the web app (the phone page) Google gives no
 * document lock (null outside a containing document), so only the script lock: a bound script
 * belongs to one spreadsheet, so its script lock is that spreadsheet's, and since both sides
 * take it, a phone and a sidebar saving at once never interleave. Outside both: a clear message.
 */
function crmLocks(lang: Lang): GoogleAppsScript.Lock.Lock[] {
  const doc = LockService.getDocumentLock();
  if (doc) return [doc, LockService.getScriptLock()];
  if (SpreadsheetApp.getActiveSpreadsheet() === null) return [LockService.getScriptLock()];
  throw new CrmError({ key: 'error.noDocument' }, lang);
}

/**
 * Takes the lock: a person waits LOCK_WAIT_MS (someone is waiting for the answer); a job, which
 * no one waits on, keeps waiting a minute at a time until its deadline.
 */
function acquire(lock: GoogleAppsScript.Lock.Lock): boolean {
  if (jobDeadline === 0) return lock.tryLock(LOCK_WAIT_MS);
  for (;;) {
    const left = jobDeadline - Date.now();
    if (left <= 0) return false;
    if (lock.tryLock(Math.min(left, 60000))) return true;
  }
}

/** Set while this execution holds the CRM's locks: a nested call (a retried request's guard) runs inside them. */
let holding = false;

/** Runs `fn` holding the document lock, so two people saving at once never interleave. */
export function withDocumentLock<T>(lang: Lang, fn: () => T): T {
  if (holding) return fn();
  const locks = crmLocks(lang);
  const taken: GoogleAppsScript.Lock.Lock[] = [];
  try {
    for (const lock of locks) {
      if (!acquire(lock)) throw new CrmError({ key: 'error.busy' }, lang);
      taken.push(lock);
    }
    holding = true;
    return fn();
  } finally {
    holding = false;
    for (const lock of taken.reverse()) lock.releaseLock();
  }
}

export function message(lang: Lang, m: Message): string {
  return t(lang, m.key, m.params);
}

/** The person running the script (an add-on may get '' for the active user on consumer accounts). */
export function currentUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
}

/**
 * Who made an edit, as far as a simple trigger may know: onEdit runs without authorisation
 * (AuthMode.LIMITED), where Session.getEffectiveUser() is refused and a teammate's email is ''
 * on consumer accounts. Never throws; '' when nobody can be named.
 */
export function editorEmail(e?: { user?: { getEmail?: () => string } }): string {
  try {
    const fromEvent = e?.user && typeof e.user.getEmail === 'function' ? e.user.getEmail() : '';
    if (typeof fromEvent === 'string' && fromEvent !== '') return fromEvent;
  } catch (_err) {
    /* the event's user is unavailable in this mode */
  }
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch (_err) {
    return '';
  }
}

/** Per-field messages rendered in the user's language. */
export function renderErrors(lang: Lang, errors: Record<string, Message>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, m] of Object.entries(errors)) out[k] = t(lang, m.key, m.params);
  return out;
}
