// Counts every Apps Script service call made through the emulation, so tests and the
// benchmark can prove that an operation's call count does not grow with the sheet.

/**
 * Calls that never leave the script's runtime: builders (a menu, a validation rule) collect their
 * settings locally and go to Google once, at `addToUi` or `setDataValidation`; a Range carries
 * its own coordinates and sheet; Utilities computes in the script. They are counted in `total`
 * (every call is a kill point for the crash sweeps) but are not service calls (`remote`), which
 * are the round trips to a Google backend that the call ceilings and the time model are about.
 */
const LOCAL = new Set([
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getLastRow',
  'Range.getLastColumn',
  'Range.getA1Notation',
  'Range.getSheet',
  'Sheet.newChart',
  'AuthorizationInfo.getAuthorizationStatus',
  'AuthorizationInfo.getAuthorizationUrl',
]);

/** Whether a counted call stays in the script's runtime (see LOCAL). */
export function isLocalCall(name: string): boolean {
  if (LOCAL.has(name)) return true;
  const [service, method] = name.split('.');
  if (service === 'Utilities' || service.endsWith('Builder')) return true;
  return service === 'SpreadsheetApp' && method.startsWith('new');
}

/**
 * Calls that change a spreadsheet through SpreadsheetApp. Google may hold them back and apply
 * them together; `SpreadsheetApp.flush()` applies them at once (reference/spreadsheet/
 * spreadsheet-app#flush), and the releaseLock reference asks for a flush before a lock is
 * released. The Sheets API (`Sheets.*`) writes at once.
 */
const SHEET_WRITE =
  /^(Range\.(set(?!Active)|clear|insert|delete|merge|break|copy|move|sort|trim|remove|check|uncheck|randomize|apply|protect)|Sheet\.(insert|delete|clear|hide|show|unhide|protect|set(?!Active)|append|sort|remove|update|autoResize|collapse|expand)|Spreadsheet\.(insert|delete|set(?!Active)|rename|move|duplicate|remove|add)|Protection\.(set|add|remove))/;

/** Whether a call changes a spreadsheet (held back until a flush: SHEET_WRITE). */
export function isSheetWrite(name: string): boolean {
  return SHEET_WRITE.test(name);
}

/** The executions under way, innermost last (a test may start one inside another's call). */
const running: string[] = [];
/** Every counted call's sequence number, across executions. */
let seq = 0;
/** Per execution: the sequence number of its last spreadsheet write and of its last flush. */
const lastWrite = new Map<string, number>();
const lastFlush = new Map<string, number>();

export function enterExecution(id: string): void {
  running.push(id);
}

/** The execution ended (Google releases its locks then; the emulation applies writes at once). */
export function leaveExecution(id: string): void {
  const at = running.lastIndexOf(id);
  if (at >= 0) running.splice(at, 1);
  lastWrite.delete(id);
  lastFlush.delete(id);
}

/** The sequence number of the latest counted call (a lock records it when taken). */
export function callSeq(): number {
  return seq;
}

/** Whether `execution` wrote to a spreadsheet after call `since` and has not flushed since. */
export function writesPendingSince(execution: string, since: number): boolean {
  const wrote = lastWrite.get(execution) ?? 0;
  return wrote > since && wrote > (lastFlush.get(execution) ?? 0);
}

function noteCall(name: string): void {
  seq++;
  const current = running[running.length - 1];
  if (current === undefined) return;
  if (name === 'SpreadsheetApp.flush') lastFlush.set(current, seq);
  else if (isSheetWrite(name)) lastWrite.set(current, seq);
}

export class CallCounter {
  /** Every call (a crash sweep's kill points). */
  total = 0;
  /** Service calls: round trips to a Google backend (every call but the local ones). */
  remote = 0;
  readonly byMethod = new Map<string, number>();
  /** Cells moved by value reads and writes, by method (the time model prices them). */
  readonly cellsByMethod = new Map<string, number>();
  /** Fault injection: when it returns an error, the call throws it instead of running. */
  fault: ((name: string, nthOfMethod: number, total: number) => Error | null) | null = null;
  count(name: string): void {
    this.total++;
    if (!isLocalCall(name)) this.remote++;
    if (this.fault) {
      const err = this.fault(name, (this.byMethod.get(name) ?? 0) + 1, this.total);
      if (err) {
        this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
        throw err;
      }
    }
    this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
    noteCall(name);
  }
  /** Adds the cells a read returned or a write carried (a 2-D array's length times its width). */
  cells(name: string, n: number): void {
    if (n > 0) this.cellsByMethod.set(name, (this.cellsByMethod.get(name) ?? 0) + n);
  }
  reset(): void {
    this.total = 0;
    this.remote = 0;
    this.byMethod.clear();
    this.cellsByMethod.clear();
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.byMethod.entries()].sort());
  }
  cellSnapshot(): Record<string, number> {
    return Object.fromEntries([...this.cellsByMethod.entries()].sort());
  }
}

/** Marker base class: instances handed to the script are wrapped so their calls are counted. */
export abstract class ServiceObject {
  abstract readonly serviceName: string;
}

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

/** Unwraps a counted proxy back to the fake it stands for (arguments passed back to a fake). */
export function unwrap<T>(x: T): T {
  if (x !== null && typeof x === 'object' && targets.has(x as object)) return targets.get(x as object) as T;
  return x;
}

/**
 * Wraps a fake service object so every method call is counted as `Service.method`. Methods run
 * on the unwrapped target, so a fake calling its own methods internally is not counted.
 */
export function counted<T extends object>(target: T, counter: CallCounter, name?: string): T {
  const existing = proxies.get(target);
  if (existing) return existing as T;
  const label = name ?? (target as unknown as ServiceObject).serviceName ?? 'Object';
  const proxy = new Proxy(target, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver);
      if (typeof v !== 'function' || typeof prop === 'symbol' || prop === 'constructor') return wrapValue(v, counter);
      return (...args: unknown[]) => {
        const name = `${label}.${prop}`;
        counter.count(name);
        const out = (v as (...a: unknown[]) => unknown).apply(t, args.map(unwrap));
        counter.cells(name, gridCells(out) + gridCells(args[0]));
        return wrapValue(out, counter);
      };
    },
  });
  proxies.set(target, proxy);
  targets.set(proxy, target);
  return proxy;
}

function wrapValue(v: unknown, counter: CallCounter): unknown {
  if (v instanceof ServiceObject) return counted(v, counter);
  if (Array.isArray(v) && v.length > 0 && v[0] instanceof ServiceObject) return v.map((x) => wrapValue(x, counter));
  return v;
}

/** Cells in a 2-D array (a block of values or formats); 0 for anything else. */
function gridCells(x: unknown): number {
  if (!Array.isArray(x) || x.length === 0 || !Array.isArray(x[0])) return 0;
  return x.length * (x[0] as unknown[]).length;
}
