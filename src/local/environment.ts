// One Apps Script "execution" environment: our fakes as globals, the built bundle loaded with
// gas-local into a vm context, and a call counter over every service call.
import * as path from 'node:path';
import * as fs from 'node:fs';
import type { ApiName, Args, Result } from '../gas/api';
import { CallCounter, counted } from './counter';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSheetsAdvanced, LocalDrive } from './sheets-api';
import {
  Clock,
  emptyState,
  FakeCacheService,
  FakeHtmlService,
  FakeLockService,
  FakeMailApp,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeSpreadsheetApp,
  FakeUtilities,
  LockRegistry,
  type PersistedState,
  type SentMail,
  type TriggerStore,
} from './services';
// gas-local has no types; it loads every .js file of a folder into one vm context.
const gas = require('gas-local') as {
  require(folder: string, globals: object, options?: object): Record<string, unknown>;
};

export const DEFAULT_USER = 'sales@example.com';

export interface EnvironmentOptions {
  distDir?: string;
  spreadsheet?: FakeSpreadsheet;
  state?: PersistedState;
  clock?: Clock;
  /** ISO date-time: fixes the clock (`--now`). */
  now?: string;
  user?: string;
  locks?: LockRegistry;
  mailQuota?: number;
  /** The spreadsheet's owner (default: the user). In a simple trigger only the owner's email is known. */
  owner?: string;
  /** A user's triggers of this script across documents (default: this workbook's state). */
  triggerStore?: TriggerStore;
  onSend?: (m: SentMail) => void;
  log?: (line: string) => void;
  /** Other spreadsheets the add-on may create and read (the Sheets advanced service). */
  drive?: LocalDrive;
}

let executionSeq = 0;

/** A clock-bound `Date` for the script: `new Date()` and `Date.now()` read our clock. */
function clockDate(clock: Clock): DateConstructor {
  const Real = Date;
  function ClockDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new Real(clock.now().getTime()).toString();
    return args.length === 0
      ? new Real(clock.now().getTime())
      : new (Real as unknown as new (...a: unknown[]) => Date)(...args);
  }
  ClockDate.prototype = Real.prototype;
  ClockDate.now = () => clock.now().getTime();
  ClockDate.UTC = Real.UTC;
  ClockDate.parse = Real.parse;
  return ClockDate as unknown as DateConstructor;
}

export function defaultDistDir(): string {
  // src/local -> repo root; the compiled CLI lives in .local/ so look upwards for dist/.
  let dir = __dirname;
  for (let i = 0; i < 4; i++) {
    if (fs.existsSync(path.join(dir, 'dist', 'Code.js'))) return path.join(dir, 'dist');
    dir = path.dirname(dir);
  }
  return path.resolve('dist');
}

export class Environment {
  readonly counter = new CallCounter();
  readonly clock: Clock;
  readonly spreadsheet: FakeSpreadsheet;
  readonly state: PersistedState;
  readonly locks: LockRegistry;
  readonly distDir: string;
  readonly spreadsheetApp: FakeSpreadsheetApp;
  readonly mail: FakeMailApp;
  readonly logs: string[] = [];
  readonly drive: LocalDrive;
  user: string;
  owner: string;
  /** The last execution: service calls it made and milliseconds it ran (bundle load excluded). */
  lastRun = { fn: '', serviceCalls: 0, ms: 0 };
  private readonly options: EnvironmentOptions;

  constructor(options: EnvironmentOptions = {}) {
    this.options = options;
    this.clock = options.clock ?? new Clock(options.now ? parseNow(options.now) : null);
    this.user = options.user ?? DEFAULT_USER;
    this.owner = options.owner ?? this.user;
    this.spreadsheet =
      options.spreadsheet ?? new FakeSpreadsheet({ now: () => this.clock.now(), activeUser: () => this.user });
    this.state = options.state ?? emptyState();
    this.locks = options.locks ?? new LockRegistry();
    this.distDir = options.distDir ?? defaultDistDir();
    this.spreadsheetApp = new FakeSpreadsheetApp(this.spreadsheet);
    this.mail = new FakeMailApp(this.state, () => this.clock.now(), options.mailQuota ?? 100, options.onSend);
    this.drive = options.drive ?? new LocalDrive();
  }

  /** The manifest the bundle ships with: its scopes and advanced services decide what the script may use. */
  get manifest(): Manifest {
    if (!this.manifestRead) {
      const file = path.join(this.distDir, 'appsscript.json');
      this.manifestRead = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest) : {};
    }
    return this.manifestRead;
  }
  private manifestRead: Manifest | null = null;

  /**
   * Runs one global function as one execution: a fresh vm context (no state survives between
   * executions, as in Apps Script), and the execution's locks released when it ends. Typed by the
   * server's own signatures (src/gas/api.ts); the result comes back as plain data.
   */
  call<K extends ApiName>(fn: K, ...args: Args<K>): Result<K> {
    return this.run(fn, 'FULL', args) as Result<K>;
  }

  /**
   * The same, untyped: for a function named at run time (the CLI's `run`, the playground's
   * page calls) and for tests that call with wrong arguments or names on purpose.
   */
  callRaw(fn: string, ...args: unknown[]): unknown {
    return this.run(fn, 'FULL', args);
  }

  /**
   * A simple trigger (onOpen, onEdit): AuthMode.LIMITED. Services that need the user's
   * authorisation throw (MailApp, ScriptApp's triggers, Session.getEffectiveUser), and the
   * active user's email is '' unless the editor owns the spreadsheet (consumer accounts).
   */
  callSimpleTrigger(fn: string, event: unknown): unknown {
    return this.run(fn, 'LIMITED', [event]);
  }

  private run(fn: string, authMode: AuthMode, args: unknown[]): unknown {
    const execution = `exec-${++executionSeq}`;
    const lockService = new FakeLockService(this.locks, this.spreadsheet.getId(), execution);
    const ctx = this.load(lockService, authMode);
    const f = ctx[fn];
    if (typeof f !== 'function') throw new UnknownFunctionError(fn);
    const calls = this.counter.total;
    const t0 = performance.now();
    try {
      return toPlain((f as (...a: unknown[]) => unknown)(...args));
    } finally {
      this.lastRun = { fn, serviceCalls: this.counter.total - calls, ms: performance.now() - t0 };
      lockService.releaseAll();
    }
  }

  /**
   * A person editing cells: the values go in as typed (a dropdown refuses what it does not
   * list, as the Sheets UI does), then the simple trigger onEdit runs with Google's event
   * object. Only a typed edit of one cell carries `oldValue` (when the cell had content) and
   * `value` (when it has content now); a paste or a fill carries neither, even for one cell.
   */
  userEdit(sheetName: string, row: number, col: number, values: unknown[][], how?: EditKind): unknown {
    const sheet = this.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`no tab ${sheetName}`);
    const range = sheet.getRange(row, col, values.length, values[0].length);
    const single = values.length === 1 && values[0].length === 1;
    const kind: EditKind = how ?? (single ? 'typed' : 'paste');
    if (kind === 'typed' && !single) throw new Error('A typed edit is one cell; a block arrives by paste or fill.');
    const old = kind === 'typed' ? range.getValue() : '';
    range.setValues(values);
    const now = kind === 'typed' ? range.getValue() : '';
    const email = this.user === this.owner ? this.user : '';
    const event: Record<string, unknown> = {
      range: counted(range, this.counter),
      source: counted(this.spreadsheet, this.counter),
      user: { getEmail: () => email, getNickname: () => (email ? email.split('@')[0] : '') },
      authMode: 'LIMITED',
      triggerUid: 'onEdit',
    };
    // Google sends the values as text: a ticked checkbox is "TRUE".
    const asText = (v: unknown) => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
    if (kind === 'typed' && old !== '') event.oldValue = asText(old);
    if (kind === 'typed' && now !== '') event.value = asText(now);
    return this.callSimpleTrigger('onEdit', event);
  }

  private load(lockService: FakeLockService, authMode: AuthMode = 'FULL'): Record<string, unknown> {
    const holder: { ctx?: Record<string, unknown> } = {};
    const globals = this.globals(
      lockService,
      () => (holder.ctx ? Object.keys(holder.ctx).filter((k) => typeof holder.ctx![k] === 'function') : []),
      authMode,
    );
    holder.ctx = gas.require(this.distDir, globals, { filter: (f: string) => f.endsWith('.js') });
    return holder.ctx;
  }

  private globals(
    lockService: FakeLockService,
    scriptFunctions: () => string[] = () => [],
    authMode: AuthMode = 'FULL',
  ): Record<string, unknown> {
    const c = this.counter;
    const user = () => this.user;
    const limited = authMode === 'LIMITED';
    // In a simple trigger the active user's email is known only when it is the owner's.
    const activeUser = () => (limited && this.user !== this.owner ? '' : this.user);
    const deny = <T extends object>(service: T, name: string, methods: string[], scope: string): T =>
      limited ? denied(service, name, methods, scope) : service;
    const now = () => this.clock.now();
    const tz = this.spreadsheet.getSpreadsheetTimeZone();
    const log = (...a: unknown[]) => {
      const line = a.map(String).join(' ');
      this.logs.push(line);
      this.options.log?.(line);
    };
    const manifest = this.manifest;
    // An advanced service exists only when the manifest enables it, under the symbol it names.
    const advanced: Record<string, unknown> = {};
    for (const a of manifest.dependencies?.enabledAdvancedServices ?? []) {
      if (a.serviceId === 'sheets' && a.version === 'v4') {
        const ctx = { now, activeUser: () => this.user };
        // A simple trigger has no authorisation: every call fails as if no scope were granted.
        advanced[a.userSymbol] = counted(
          new FakeSheetsAdvanced(this.drive, ctx, limited ? [] : (manifest.oauthScopes ?? [])),
          c,
        );
      }
    }
    return {
      ...advanced,
      SpreadsheetApp: counted(this.spreadsheetApp, c),
      PropertiesService: counted(new FakePropertiesService(this.state, user), c),
      LockService: counted(lockService, c),
      ScriptApp: counted(
        deny(
          new FakeScriptApp(this.options.triggerStore ?? this.state, user, scriptFunctions, this.spreadsheet.getId()),
          'ScriptApp',
          ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger'],
          'script.scriptapp',
        ),
        c,
      ),
      MailApp: counted(deny(this.mail, 'MailApp', ['sendEmail', 'getRemainingDailyQuota'], 'script.send_mail'), c),
      HtmlService: counted(new FakeHtmlService(this.distDir), c),
      Session: counted(
        deny(
          new FakeSession(activeUser, tz, this.spreadsheet.getSpreadsheetLocale(), user),
          'Session',
          ['getEffectiveUser'],
          'userinfo.email',
        ),
        c,
      ),
      Utilities: counted(new FakeUtilities(this.clock), c),
      CacheService: counted(new FakeCacheService(now, user), c),
      Charts: {
        ChartType: {
          AREA: 'AREA',
          BAR: 'BAR',
          COLUMN: 'COLUMN',
          COMBO: 'COMBO',
          LINE: 'LINE',
          PIE: 'PIE',
          SCATTER: 'SCATTER',
          TABLE: 'TABLE',
        },
      },
      Logger: { log },
      console: { log, info: log, warn: log, error: log },
      Date: clockDate(this.clock),
    };
  }
}

export interface Manifest {
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
}

export type AuthMode = 'FULL' | 'LIMITED';
export type EditKind = 'typed' | 'paste' | 'fill';

/**
 * A service as a simple trigger sees it: the listed methods need the user's authorisation and
 * throw Google's permission error (the rest of the object works as usual).
 */
function denied<T extends object>(service: T, name: string, methods: string[], scope: string): T {
  return new Proxy(service, {
    get(t, prop, receiver) {
      if (typeof prop === 'string' && methods.includes(prop)) {
        return () => {
          throw new Error(
            `Exception: You do not have permission to call ${name}.${prop}. Required permissions: https://www.googleapis.com/auth/${scope}`,
          );
        };
      }
      return Reflect.get(t, prop, receiver);
    },
  });
}

export class UnknownFunctionError extends Error {
  constructor(readonly fn: string) {
    super(`Unknown function "${fn}": the bundle declares no such global function.`);
  }
}

export function parseNow(iso: string): number {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) throw new Error(`--now: "${iso}" is not an ISO date-time (e.g. 2026-11-24T08:00:00+07:00).`);
  return t;
}

/** What google.script.run would hand back: plain JSON data (Dates as ISO strings). */
export function toPlain(v: unknown): unknown {
  return v === undefined ? null : JSON.parse(JSON.stringify(v));
}
