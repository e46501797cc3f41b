// A model of an operation's time on Google: every counted service call priced by its kind, plus
// the cells it moved, plus the google.script.run round trip when a page makes the call. It is an
// ESTIMATE from published measurements and Google's guidance (docs/google-time-model.md cites
// each price); it makes the cost of a call visible, it does not predict a stopwatch.
import { isLocalCall } from '../src/local/counter';

export type CallKind =
  | 'local'
  | 'lookup'
  | 'read'
  | 'write'
  | 'structure'
  | 'propertiesRead'
  | 'propertiesWrite'
  | 'cacheRead'
  | 'cacheWrite'
  | 'lock'
  | 'mail'
  | 'sheetsApi'
  | 'ui'
  | 'other';

/** Milliseconds per call and per cell moved (values or formats), by kind. */
export const PRICES: Record<CallKind, { callMs: number; cellMs: number }> = {
  local: { callMs: 0, cellMs: 0 },
  lookup: { callMs: 10, cellMs: 0 },
  read: { callMs: 40, cellMs: 0.01 },
  write: { callMs: 60, cellMs: 0.02 },
  structure: { callMs: 150, cellMs: 0 },
  propertiesRead: { callMs: 30, cellMs: 0 },
  propertiesWrite: { callMs: 60, cellMs: 0 },
  cacheRead: { callMs: 5, cellMs: 0 },
  cacheWrite: { callMs: 90, cellMs: 0 },
  lock: { callMs: 50, cellMs: 0 },
  mail: { callMs: 500, cellMs: 0 },
  sheetsApi: { callMs: 300, cellMs: 0.005 },
  ui: { callMs: 50, cellMs: 0 },
  other: { callMs: 50, cellMs: 0 },
};

/** A page's call to the server: google.script.run starts a new execution and answers over the network. */
export const ROUND_TRIP_MS = 1000;

const READS =
  /^Sheet\.getSheetValues$|^Range\.(getValues?|getDisplayValues?|getNumberFormats?|getFormulas?|getDataValidations?|getBackgrounds?|getFontWeights?|getNotes?|getRichTextValues?)$/;
const STRUCTURE =
  /^(Sheet\.(insertRows?|insertRowsAfter|insertRowsBefore|deleteRows?|insertColumns?|insertColumnsAfter|deleteColumns?|clear|hideSheet|protect|setFrozenRows|insertChart|removeChart)|Spreadsheet\.(insertSheet|deleteSheet))$/;

export function kindOf(method: string): CallKind {
  if (isLocalCall(method)) return 'local';
  const [service, name] = method.split('.');
  if (service === 'Properties')
    return /^(get|getProperty|getProperties|getKeys)$/.test(name) ? 'propertiesRead' : 'propertiesWrite';
  if (service === 'Cache') return name.startsWith('get') ? 'cacheRead' : 'cacheWrite';
  if (service === 'Lock') return 'lock';
  if (service === 'MailApp' || service === 'GmailApp') return name === 'sendEmail' ? 'mail' : 'propertiesRead';
  if (service === 'Sheets') return 'sheetsApi';
  if (service === 'Ui' || service === 'Menu' || method === 'Spreadsheet.toast') return 'ui';
  // A flush applies the writes held back: priced as one more write (their cells are priced already).
  if (method === 'SpreadsheetApp.flush') return 'write';
  if (READS.test(method)) return 'read';
  if (STRUCTURE.test(method)) return 'structure';
  if (service === 'Range' && /^(set|clear|merge|insert|copyTo|sort)/.test(name)) return 'write';
  if (
    service === 'Range' ||
    service === 'Sheet' ||
    service === 'Spreadsheet' ||
    service === 'SpreadsheetApp' ||
    service === 'PropertiesService' ||
    service === 'LockService' ||
    service === 'CacheService' ||
    service === 'Session' ||
    service === 'User' ||
    service === 'Protection'
  )
    return 'lookup';
  return 'other';
}

/**
 * Modelled milliseconds on Google: the calls (by method) and cells moved (by method) priced, the
 * round trip when a page calls, and the script's own computing as Node measured it (Apps Script
 * runs V8 too; on a shared server it is likely slower, so this part is a floor).
 */
export function googleMs(
  byMethod: Record<string, number>,
  cellsByMethod: Record<string, number> = {},
  options: { roundTrip?: boolean; nodeMs?: number } = {},
): number {
  let ms = (options.roundTrip ? ROUND_TRIP_MS : 0) + (options.nodeMs ?? 0);
  for (const [method, n] of Object.entries(byMethod)) ms += n * PRICES[kindOf(method)].callMs;
  for (const [method, cells] of Object.entries(cellsByMethod)) ms += cells * PRICES[kindOf(method)].cellMs;
  return Math.round(ms);
}
