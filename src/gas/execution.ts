// What one execution already knows, so it asks Google once: the active spreadsheet, sheet
// handles, each tab's header and size, and the document properties. Module state lives for one
// execution only (Apps Script starts every execution afresh). Sizes and properties can be changed
// by another execution at any moment, so they are forgotten each time the document lock is taken
// (`lockTaken`): what a write relies on is always read under the lock that protects it.
// Calls that change a tab's rows outside a Table (src/gas/table.ts) must not rely on a Table of
// the same tab opened before them in the same lock section.
import type { HeaderMap } from '../core/headers';

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** undefined: not asked yet; null: asked, and there is none (the web app). */
let active: Ss | null | undefined;

/** SpreadsheetApp.getActiveSpreadsheet(), asked once per execution. */
export function activeSpreadsheet(): Ss {
  if (active === undefined) active = SpreadsheetApp.getActiveSpreadsheet();
  return active as Ss;
}

/** Sheet handles by spreadsheet and name: a handle stays valid while the tab exists. */
const handles = new Map<object, Map<string, Sheet>>();

/** ss.getSheetByName(name), asked once per execution; a missing tab is asked again (setup adds it). */
export function sheetNamed(ss: Ss, name: string): Sheet | null {
  let byName = handles.get(ss);
  if (!byName) {
    byName = new Map();
    handles.set(ss, byName);
  }
  const hit = byName.get(name);
  if (hit) return hit;
  const sheet = ss.getSheetByName(name);
  if (sheet) byName.set(name, sheet);
  return sheet;
}

let userEmail: string | undefined;

/** Session.getActiveUser().getEmail(), asked once per execution ('' when Google gives none). */
export function activeUserEmail(): string {
  if (userEmail === undefined) userEmail = Session.getActiveUser().getEmail() || '';
  return userEmail;
}

/** A tab's header and size as a Table last saw them (shared by every Table of that tab). */
export interface TabState {
  readonly sheet: Sheet;
  readonly headers: HeaderMap;
  /** Last row with content (1-based, header included); null: ask again (the lock was taken). */
  lastRow: number | null;
  /** The sheet's row count, once asked. */
  maxRows: number | null;
  /**
   * Full-width rows read under the lock now held (Table.readRow), by data index: an update of
   * two columns apart writes the columns between from here, in one block (Table.update).
   * Forgotten when the lock is taken and whenever rows move.
   */
  rows: Map<number, unknown[]>;
}

const tabs = new Map<object, Map<string, TabState>>();

export function tabState(ss: Ss, name: string): TabState | undefined {
  return tabs.get(ss)?.get(name);
}

export function rememberTab(ss: Ss, name: string, state: TabState): void {
  let byName = tabs.get(ss);
  if (!byName) {
    byName = new Map();
    tabs.set(ss, byName);
  }
  byName.set(name, state);
}

/** Forgets headers and sizes (a tab's columns changed: setup, an import's new columns). */
export function forgetTabs(): void {
  tabs.clear();
}

/** Forgets sheet handles too (a tab deleted or replaced in this execution). */
export function forgetSheets(): void {
  handles.clear();
  tabs.clear();
}

let propsHandle: Properties | null = null;
let snapshot: Record<string, string> | null = null;

function handle(): Properties {
  if (!propsHandle) propsHandle = PropertiesService.getDocumentProperties();
  return propsHandle;
}

function all(): Record<string, string> {
  if (!snapshot) snapshot = { ...handle().getProperties() };
  return snapshot;
}

/**
 * The document properties, read in one call (getProperties) and written through: the same
 * methods as Google's Properties, so a caller reads as before. Reading one key reads them all,
 * once per lock section; writes go to Google at once, so a crash leaves what was written.
 */
const facade = {
  getProperty(key: string): string | null {
    const v = all()[key];
    return v === undefined ? null : v;
  },
  getProperties(): Record<string, string> {
    return { ...all() };
  },
  getKeys(): string[] {
    return Object.keys(all());
  },
  setProperty(key: string, value: string) {
    handle().setProperty(key, value);
    if (snapshot) snapshot[key] = String(value);
    return facade;
  },
  setProperties(values: Record<string, string>, deleteAllOthers?: boolean) {
    if (deleteAllOthers === undefined) handle().setProperties(values);
    else handle().setProperties(values, deleteAllOthers);
    if (snapshot) {
      if (deleteAllOthers) snapshot = {};
      for (const [k, v] of Object.entries(values)) snapshot[k] = String(v);
    }
    return facade;
  },
  deleteProperty(key: string) {
    handle().deleteProperty(key);
    if (snapshot) delete snapshot[key];
    return facade;
  },
  deleteAllProperties() {
    handle().deleteAllProperties();
    snapshot = {};
    return facade;
  },
};

/** PropertiesService.getDocumentProperties(), with one read per lock section (see `facade`). */
export function documentProperties(): Properties {
  return facade as unknown as Properties;
}

/**
 * The document lock was just taken: sizes and properties may have changed since they were read
 * (another execution wrote before we got the lock), so they are read again when next needed.
 * Sheet handles and header rows stay: a tab and its columns are the admin's to change, not a
 * teammate's concurrent write (a handle to a deleted tab throws rather than writing elsewhere).
 */
export function lockTaken(): void {
  holding = true;
  for (const byName of tabs.values())
    for (const state of byName.values()) {
      state.lastRow = null;
      state.maxRows = null;
      state.rows.clear();
    }
  snapshot = null;
}

let holding = false;

/** The lock was released: rows read from now on may change under us (TabState.rows). */
export function lockReleased(): void {
  holding = false;
  for (const byName of tabs.values()) for (const state of byName.values()) state.rows.clear();
}

/** Whether this execution holds the CRM's lock now. */
export function lockHeld(): boolean {
  return holding;
}

/** The spreadsheet an event brought (onOpen, onEdit): no need to ask for the active one. */
export function useSpreadsheet(ss: Ss | undefined): void {
  if (ss && !active) active = ss;
}

type Cache = GoogleAppsScript.Cache.Cache;
let cache: Cache | null | undefined;
let cached: Record<string, string> | null = null;

/**
 * CacheService's document cache, asked once per execution. The phone page is a web app (no
 * active spreadsheet), where Google gives no document cache: it keeps its copies in the script
 * cache, which is its spreadsheet's because the web app is a bound script's, and which
 * `cacheRemove` clears too. Anywhere else without a document cache there is none: an add-on's
 * script cache is shared by every document it is installed in.
 */
function documentCache(): Cache | null {
  if (cache === undefined)
    cache =
      CacheService.getDocumentCache() ??
      ((activeSpreadsheet() as Ss | null) === null ? CacheService.getScriptCache() : null);
  return cache;
}

/**
 * Entries of the document cache, all of `keys` read in one call (getAll) the first time one is
 * asked in this execution; null when there is no cache.
 */
export function cacheGet(keys: readonly string[], key: string): string | null {
  const c = documentCache();
  if (!c) return null;
  if (!cached) cached = { ...c.getAll([...keys]) };
  return cached[key] ?? null;
}

/** Puts an entry (seconds to live: at most 6 hours, CacheService's limit). */
export function cachePut(key: string, value: string, seconds: number): void {
  const c = documentCache();
  if (!c) return;
  c.put(key, value, seconds);
  if (cached) cached[key] = value;
}

export function cacheRemove(keys: readonly string[]): void {
  const c = documentCache();
  if (!c) return;
  c.removeAll([...keys]);
  if (cached) for (const k of keys) delete cached[k];
  // The phone page's copies (see documentCache), so a Team member added now may use it now.
  const script = CacheService.getScriptCache();
  if (script !== c) script.removeAll([...keys]);
}
