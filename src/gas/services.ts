// Small helpers over the Apps Script services that every entry point uses.
import { parseSettings, type ParsedSettings } from '../core/settings';
import { resolveLang, type Lang, CrmError, t, type Message } from '../core/i18n';
import { TAB, type SettingsHeader } from '../core/schema';
import { offsetFromZ, isDate, toYmd } from '../core/dates';
import { requireMember, webAppSpreadsheet } from './webapp-access';
import {
  activeSpreadsheet,
  activeUserEmail,
  cacheGet,
  cachePut,
  cacheRemove,
  lockReleased,
  lockTaken,
  sheetNamed,
} from './execution';

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
 * Settings' rows as text and the spreadsheet's locale, kept in CacheService's document cache
 * (Settings and Team read in one call), so an execution does not read the Settings tab while it
 * is unchanged. onEdit forgets the copies when a person edits Settings or Team (team.ts keeps Team
 * the same way), and setupCrm when it writes them. Edits Sheets does not report to onEdit (a
 * restored version, another script or the Sheets API writing the tab, a locale changed in
 * File > Settings) are picked up by running Setup, or when the copy is SETTINGS_TTL_MS old (6
 * hours, the longest a CacheService entry may live). A cache, not a property: Google may drop it
 * at any time (the tab is read again), and it never changes the document. The time zone is never
 * kept (see openCrm).
 */
export const SETTINGS_CACHE_PROPERTY = 'lembar.settings';
export const SETTINGS_TTL_MS = 6 * 60 * 60 * 1000;
/** The Team tab's rows, kept the same way (team.ts). */
export const TEAM_CACHE_PROPERTY = 'lembar.team';
/** The Templates tab's rows, kept the same way (team.ts); onEdit of Templates forgets them. */
export const TEMPLATES_CACHE_PROPERTY = 'lembar.templates';

interface CachedSettings {
  /** When it was read (Date.now()). */
  at: number;
  rows: [string, string][];
  /** The spreadsheet's locale (it only decides the language when Settings leave it to it). */
  locale: string;
}

let opened: Crm | null = null;

/**
 * The document and its Settings, once per execution: from the cached copy when it is fresh (one
 * properties read), else from the tab (and the copy is refreshed). The time zone is asked every
 * time: a change in File > Settings is not reported, and a date must never be read in the wrong
 * zone. (The locale, which only picks a language, may be as old as the copy.)
 */
export function openCrm(): Crm {
  if (opened) return opened;
  // In the web app (the phone page) there is no active spreadsheet: it is opened by its ID, and
  // only a Team member gets past here, whichever function the page called.
  const active = activeSpreadsheet() as Ss | null;
  const ss = active ?? webAppSpreadsheet();
  const now = new Date();
  const timeZone = ss.getSpreadsheetTimeZone();
  const offset = offsetFromZ(Utilities.formatDate(now, timeZone, 'Z'));
  const cached = cachedOrRead(ss, now, offset);
  const parsed = parseSettings(cached.rows.map(([setting, value]) => ({ setting, value })));
  const crm: Crm = {
    ss,
    settings: parsed.settings,
    settingProblems: parsed.problems,
    lang: resolveLang(parsed.settings.language, cached.locale),
    timeZone,
    offset,
    now,
  };
  if (!active) requireMember(crm);
  opened = crm;
  return opened;
}

/**
 * The user's language alone (onOpen's menu): from the cached Settings when fresh, without the
 * time zone (no setting is a date: a cold read takes cells as text in UTC, and keeps the copy).
 */
export function openLang(): Lang {
  if (opened) return opened.lang;
  const cached = cachedOrRead(activeSpreadsheet(), new Date(), 0);
  return resolveLang(
    parseSettings(cached.rows.map(([setting, value]) => ({ setting, value }))).settings.language,
    cached.locale,
  );
}

function cachedOrRead(ss: Ss, now: Date, offset: number): CachedSettings {
  const cached = readCachedSettings(now);
  if (cached) return cached;
  const fresh = { at: now.getTime(), rows: settingRows(ss, offset), locale: ss.getSpreadsheetLocale() };
  writeCachedSettings(fresh);
  return fresh;
}

/** Settings, Team or Templates changed (onEdit, setupCrm): the next read goes to the tabs. */
export function forgetSettings(): void {
  opened = null;
  cacheRemove(CACHED);
}

function readCachedSettings(now: Date): CachedSettings | null {
  const c = readCached<CachedSettings>(SETTINGS_CACHE_PROPERTY, now);
  return c && Array.isArray(c.rows) && typeof c.locale === 'string' ? c : null;
}

function writeCachedSettings(c: CachedSettings): void {
  writeCached(SETTINGS_CACHE_PROPERTY, c);
}

/** A cached copy (a document property holding JSON with `at`), or null when missing or stale. */
/** The cache's keys, read together. */
const CACHED = [SETTINGS_CACHE_PROPERTY, TEAM_CACHE_PROPERTY, TEMPLATES_CACHE_PROPERTY] as const;

export function readCached<T extends { at: number }>(key: string, now: Date): T | null {
  // A service's failure is not caught: a run stopped here must stop (the crash sweeps kill here).
  const raw = cacheGet(CACHED, key);
  if (!raw) return null;
  let c: T;
  try {
    c = JSON.parse(raw) as T;
  } catch (_err) {
    return null; // not ours: read the tab
  }
  const age = now.getTime() - c.at;
  return age >= 0 && age < SETTINGS_TTL_MS ? c : null;
}

/** A cache entry holds 100 KB: a copy that does not fit is not kept (the tab is read each time). */
export function writeCached<T extends { at: number }>(key: string, value: T): void {
  const raw = JSON.stringify(value);
  if (raw.length > 90000) return;
  cachePut(key, raw, SETTINGS_TTL_MS / 1000);
}

/** Settings' rows as text (setting name as typed, value as cellText). */
function settingRows(ss: Ss, offset: number): [string, string][] {
  const sheet = sheetNamed(ss, TAB.settings);
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const header = values[0].map((h) => String(h).trim());
  const at = (h: SettingsHeader) => header.indexOf(h);
  const si = at('Setting');
  const vi = at('Value');
  if (si < 0 || vi < 0) return [];
  return values.slice(1).map((r) => [cellText(r[si], offset), cellText(r[vi], offset)]);
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

/** How long an edit's check waits for each lock: a simple trigger has 30 seconds in all. */
export const EDIT_LOCK_WAIT_MS = 10000;

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

/** How deep in withDocumentLock this execution is: an inner call runs under the outer lock. */
let held = 0;

/**
 * The locks a write takes, asked once per execution. In the spreadsheet (menus, sidebar, dialogs,
 * triggers): the document lock, as SPEC §6 says, and the script lock. In the web app (the phone
 * page) Google gives no document lock (null outside a containing document), so only the script
 * lock: a bound script belongs to one spreadsheet, so its script lock is that spreadsheet's, and
 * since both sides take it, a phone and a sidebar saving at once never interleave. Outside both:
 * a clear message.
 */
let lockHandles: GoogleAppsScript.Lock.Lock[] | null = null;
function crmLocks(lang: Lang): GoogleAppsScript.Lock.Lock[] {
  if (lockHandles) return lockHandles;
  const doc = LockService.getDocumentLock();
  if (doc) lockHandles = [doc, LockService.getScriptLock()];
  else if ((activeSpreadsheet() as Ss | null) === null) lockHandles = [LockService.getScriptLock()];
  else throw new CrmError({ key: 'error.noDocument' }, lang);
  return lockHandles;
}

/**
 * Takes the lock: a person waits LOCK_WAIT_MS (someone is waiting for the answer); a job, which
 * no one waits on, keeps waiting a minute at a time until its deadline.
 */
function acquire(lock: GoogleAppsScript.Lock.Lock, waitMs: number): boolean {
  if (jobDeadline === 0) return lock.tryLock(waitMs);
  for (;;) {
    const left = jobDeadline - Date.now();
    if (left <= 0) return false;
    if (lock.tryLock(Math.min(left, 60000))) return true;
  }
}

/**
 * The locks are still held after a section whose flush failed (endSection): the next section runs
 * under them without taking them again, and lets go after its own flush.
 */
let kept = false;

/**
 * Runs `fn` holding the CRM's locks, so two people saving at once never interleave. Sizes and
 * properties read before are read again under them (execution.ts). A call made while the locks
 * are already held (one job inside another, a retried request's guard) runs under them: one
 * lock cycle per job.
 */
export function withDocumentLock<T>(lang: Lang, fn: () => T, waitMs = LOCK_WAIT_MS): T {
  if (held > 0) return fn();
  if (!kept) {
    takeLocks(lang, waitMs);
    lockTaken();
  }
  held++;
  let finished = false;
  try {
    const out = fn();
    finished = true;
    return out;
  } finally {
    held--;
    endSection(finished);
  }
}

/** Takes every CRM lock, or none: a lock taken before a refused one is given back. */
function takeLocks(lang: Lang, waitMs: number): void {
  const taken: GoogleAppsScript.Lock.Lock[] = [];
  for (const lock of crmLocks(lang)) {
    if (acquire(lock, waitMs)) {
      taken.push(lock);
      continue;
    }
    for (const t of taken.reverse()) t.releaseLock();
    throw new CrmError({ key: 'error.busy' }, lang);
  }
}

/**
 * The end of a locked section: its writes go into the sheet, then the locks go. Sheets may hold
 * writes back and apply them together, and Google's releaseLock reference says to call
 * SpreadsheetApp.flush() before releasing when working with a spreadsheet: a lock handed over
 * first would let the next execution read the sheet without them (a second lead written into the
 * first one's row). A flush that fails (a service error) keeps the locks: the next section's
 * flush lets go of them, or the end of the execution does.
 */
function endSection(finished: boolean): void {
  try {
    SpreadsheetApp.flush();
  } catch (err) {
    kept = true;
    if (finished) throw err;
    return;
  }
  kept = false;
  lockReleased();
  for (const lock of [...(lockHandles ?? [])].reverse()) lock.releaseLock();
}

export function message(lang: Lang, m: Message): string {
  return t(lang, m.key, m.params);
}

/** The person running the script (an add-on may get '' for the active user on consumer accounts). */
export function currentUser(): string {
  return activeUserEmail() || Session.getEffectiveUser().getEmail();
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
    return activeUserEmail();
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
