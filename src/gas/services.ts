// Small helpers over the Apps Script services that every entry point uses.
import { parseSettings, type ParsedSettings } from '../core/settings';
import { resolveLang, type Lang, CrmError, t, type Message } from '../core/i18n';
import { TAB } from '../core/schema';
import { offsetFromZ, isDate } from '../core/dates';

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

/** Reads Settings once (2 service calls plus the tab lookup) and resolves the language. */
export function openCrm(): Crm {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const parsed = readSettings(ss);
  const timeZone = ss.getSpreadsheetTimeZone();
  const now = new Date();
  return {
    ss,
    settings: parsed.settings,
    settingProblems: parsed.problems,
    lang: resolveLang(parsed.settings.language, ss.getSpreadsheetLocale()),
    timeZone,
    offset: offsetFromZ(Utilities.formatDate(now, timeZone, 'Z')),
    now,
  };
}

export function readSettings(ss: Ss): ParsedSettings {
  const sheet = ss.getSheetByName(TAB.settings);
  if (!sheet) return parseSettings([]);
  const values = sheet.getDataRange().getValues();
  const header = values[0].map((h) => String(h).trim());
  const si = header.indexOf('Setting');
  const vi = header.indexOf('Value');
  if (si < 0 || vi < 0) return parseSettings([]);
  return parseSettings(values.slice(1).map((r) => ({ setting: r[si], value: cellText(r[vi]) })));
}

/** A cell value as text (numbers as typed, dates as YYYY-MM-DD). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return v.toISOString().slice(0, 10);
  return String(v);
}

export { isDate };

/** Runs `fn` holding the document lock, so two people saving at once never interleave. */
export function withDocumentLock<T>(lang: Lang, fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(20000)) throw new CrmError({ key: 'error.busy' }, lang);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

export function message(lang: Lang, m: Message): string {
  return t(lang, m.key, m.params);
}

/** The person running the script (an add-on may get '' for the active user on consumer accounts). */
export function currentUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
}

/** Per-field messages rendered in the user's language. */
export function renderErrors(lang: Lang, errors: Record<string, Message>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, m] of Object.entries(errors)) out[k] = t(lang, m.key, m.params);
  return out;
}
