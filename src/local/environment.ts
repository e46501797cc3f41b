// One Apps Script "execution" environment: our fakes as globals, the built bundle loaded with
// a fresh vm context per execution (src/local/script-loader.ts), and a call counter over every service call.
import * as path from 'node:path';
import * as fs from 'node:fs';
import type { ApiName, Args, Result } from '../gas/api';
import { CallCounter, counted, enterExecution, leaveExecution } from './counter';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSheetsAdvanced, LocalDrive } from './sheets-api';
import { type AuthMode, denied, deniedAll, missingScopes } from './auth';
import { formTab, writeResponse } from './form';
import { webAppEvent, webAppSpreadsheetApp } from './webapp';
import {
  Clock,
  emptyState,
  FakeCacheService,
  type FakeHtmlOutput,
  cachesOf,
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
import { loadScripts } from './script-loader';

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
  /**
   * false: the add-on is installed for the user but not used in this document yet, so its simple
   * triggers run in AuthMode.NONE until a call (a menu item, the sidebar) uses it here. Default true.
   */
  enabledInDocument?: boolean;
  /**
   * The scopes the user has granted (default: every scope the manifest asks for). Fewer: a new
   * version asks for more, and the user has not authorised it yet (`authorize()` grants them).
   */
  grantedScopes?: string[];
  /** No containing document (a standalone script, a web app): LockService.getDocumentLock() is null. */
  noDocument?: boolean;
  /** Whom the spreadsheet is shared with besides its owner (default: everyone who asks); the web app reaches it only for them. */
  sharedWith?: string[];
}

/** What a web app's doGet served: the page's HTML, its title and the meta tags it added. */
export interface WebAppPage {
  title: string;
  html: string;
  metaTags: { name: string; content: string }[];
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
  /** Whether the add-on has been used in this document (else its simple triggers run in NONE). */
  enabledInDocument: boolean;
  /** The scopes the user has granted; null: every scope the manifest asks for. */
  grantedScopes: string[] | null;
  /**
   * The last execution: service calls it made (round trips, src/local/counter.ts), every call it
   * made (local ones too: each is a crash sweep's kill point) and milliseconds it ran (bundle
   * load excluded).
   */
  lastRun = { fn: '', serviceCalls: 0, calls: 0, ms: 0 };
  private readonly options: EnvironmentOptions;
  /** While a web app execution runs: the user accessing it (executeAs USER_ACCESSING). */
  private webAppUser: string | null = null;

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
    this.enabledInDocument = options.enabledInDocument ?? true;
    this.grantedScopes = options.grantedScopes ?? null;
    if (!this.spreadsheet.personEdit)
      this.spreadsheet.personEdit = (sheet, row, col, values) => {
        this.userEdit(sheet, row, col, values);
      };
  }

  /** The manifest's scopes the user has not granted (empty when authorised). */
  get missingScopes(): string[] {
    return missingScopes(this.manifest.oauthScopes ?? [], this.grantedScopes);
  }

  /** The user opens the authorisation page and grants every scope the manifest asks for. */
  authorize(): void {
    this.grantedScopes = null;
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
    return this.callRaw(fn, ...args) as Result<K>;
  }

  /**
   * The same, untyped: for a function named at run time (the CLI's `run`, the playground's
   * page calls) and for tests that call with wrong arguments or names on purpose.
   */
  callRaw(fn: string, ...args: unknown[]): unknown {
    // Using the add-on in a document (a menu item, the sidebar) enables it there.
    this.enabledInDocument = true;
    return this.run(fn, 'FULL', args);
  }

  /**
   * A simple trigger (onOpen, onEdit): AuthMode.LIMITED, or NONE while the add-on is not enabled
   * in this document (the event's authMode says which). In LIMITED, services that need the user's
   * authorisation throw (MailApp, ScriptApp's triggers, Session.getEffectiveUser), and the active
   * user's email is '' unless the editor owns the spreadsheet (consumer accounts). In NONE only
   * the add-on menu can be added: every other service call throws.
   */
  callSimpleTrigger(fn: string, event: unknown): unknown {
    const mode: AuthMode = this.enabledInDocument ? 'LIMITED' : 'NONE';
    const ev =
      event !== null && typeof event === 'object' ? { ...(event as object), authMode: mode } : { authMode: mode };
    return this.run(fn, mode, [ev]);
  }

  /** The user opens the spreadsheet: onOpen runs as a simple trigger with Google's event. */
  open(): unknown {
    const event: Record<string, unknown> = { triggerUid: 'onOpen' };
    // In NONE the add-on may not touch the document: the event carries none.
    if (this.enabledInDocument) event.source = counted(this.spreadsheet, this.counter);
    return this.callSimpleTrigger('onOpen', event);
  }

  /**
   * An installable trigger's run (the daily clock trigger), as its owner, in AuthMode.FULL. A
   * bound script whose owner has not granted the scopes a new version asks for is not run at all:
   * the trigger fails with Google's "Authorization is required to perform that action." until the
   * owner authorises again, so nothing of ours runs to say so (stricter than an add-on, whose
   * trigger runs and fails only at the service it may not use, as `call` models).
   */
  runTrigger(fn: string): unknown {
    if (this.missingScopes.length > 0) throw new Error('Authorization is required to perform that action.');
    return this.run(fn, 'FULL', [{ authMode: 'FULL', triggerUid: 'clock' }]);
  }

  /**
   * Someone sends the lead form (form.ts): Google writes the response as the next row of the
   * form's tab, then runs each form-submit trigger installed on this spreadsheet as the user who
   * installed it, in AuthMode.FULL, with Google's event (its triggerUid the trigger's ID). The
   * results are the triggers' (none when no trigger is installed: the response just waits), unless
   * `replay` (the CLI's `intake`) runs onLeadFormSubmit as this user when none is installed.
   */
  submitForm(answers: Record<string, string>, options: { at?: Date; replay?: boolean } = {}): FormSubmission {
    const sheet = formTab(this.spreadsheet);
    if (!sheet) throw new Error('No form sends its responses to this spreadsheet (link one first).');
    const response = writeResponse(sheet, options.at ?? this.clock.now(), answers);
    const store = this.options.triggerStore ?? this.state;
    const id = this.spreadsheet.getId();
    const installed = store.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT' && (t.document ?? id) === id);
    const triggers =
      installed.length === 0 && options.replay
        ? [{ id: 'replay', owner: this.user, handler: 'onLeadFormSubmit' }]
        : installed;
    const results = triggers.map((t) => {
      const before = this.user;
      this.user = t.owner;
      try {
        const range = counted(response.event.range as object, this.counter);
        return this.run(t.handler, 'FULL', [{ ...response.event, range, triggerUid: t.id }]);
      } finally {
        this.user = before;
      }
    });
    return { row: response.row, results };
  }

  /**
   * The web app (the phone page): `fn` called from its page, or doGet, as `user` (the Google
   * account using it). There is no containing document: no active spreadsheet, no document lock
   * and no UI; the script runs with the user's authority (src/local/webapp.ts).
   */
  callWebApp(user: string, fn: string, ...args: unknown[]): unknown {
    this.webAppUser = user;
    try {
      return this.run(fn, 'FULL', args);
    } finally {
      this.webAppUser = null;
    }
  }

  /** A visit to the web app's address with this query string: doGet's page. */
  doGet(user: string, queryString = ''): WebAppPage {
    this.webAppUser = user;
    try {
      const { lockService } = this.execution();
      const ctx = this.load(lockService, 'FULL');
      if (typeof ctx.doGet !== 'function') throw new UnknownFunctionError('doGet');
      let out: FakeHtmlOutput;
      enterExecution(lockService.execution);
      try {
        out = (ctx.doGet as (e: unknown) => FakeHtmlOutput)(webAppEvent(queryString));
      } finally {
        leaveExecution(lockService.execution);
        lockService.releaseAll();
      }
      return { title: out.getTitle(), html: out.getContent(), metaTags: [...out.metaTags] };
    } finally {
      this.webAppUser = null;
    }
  }

  private execution(): { lockService: FakeLockService } {
    const id = `exec-${++executionSeq}`;
    return {
      lockService: new FakeLockService(this.locks, this.spreadsheet.getId(), id, {
        clock: this.clock,
        noDocument: this.options.noDocument || this.webAppUser !== null,
      }),
    };
  }

  private run(fn: string, authMode: AuthMode, args: unknown[]): unknown {
    const lockService = this.execution().lockService;
    const ctx = this.load(lockService, authMode);
    const f = ctx[fn];
    if (typeof f !== 'function') throw new UnknownFunctionError(fn);
    const calls = this.counter.remote;
    const all = this.counter.total;
    const t0 = performance.now();
    enterExecution(lockService.execution);
    try {
      return toPlain((f as (...a: unknown[]) => unknown)(...args));
    } finally {
      leaveExecution(lockService.execution);
      this.lastRun = {
        fn,
        serviceCalls: this.counter.remote - calls,
        calls: this.counter.total - all,
        ms: performance.now() - t0,
      };
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
    // In NONE the event's objects are there but the add-on may not use them.
    const none = !this.enabledInDocument;
    const event: Record<string, unknown> = {
      range: counted(none ? deniedAll(range, 'Range', 'spreadsheets.currentonly') : range, this.counter),
      source: counted(
        none ? deniedAll(this.spreadsheet, 'Spreadsheet', 'spreadsheets.currentonly') : this.spreadsheet,
        this.counter,
      ),
      user: { getEmail: () => email, getNickname: () => (email ? email.split('@')[0] : '') },
      authMode: none ? 'NONE' : 'LIMITED',
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
    holder.ctx = loadScripts(this.distDir, globals);
    return holder.ctx;
  }

  private globals(
    lockService: FakeLockService,
    scriptFunctions: () => string[] = () => [],
    authMode: AuthMode = 'FULL',
  ): Record<string, unknown> {
    const c = this.counter;
    const web = this.webAppUser;
    const user = () => web ?? this.user;
    const limited = authMode !== 'FULL';
    // In a simple trigger the active user's email is known only when it is the owner's.
    const activeUser = () => (web !== null ? web : limited && this.user !== this.owner ? '' : this.user);
    const manifest = this.manifest;
    const short = (scope: string) => `https://www.googleapis.com/auth/${scope}`;
    // A scope this execution may not use: none in a simple trigger; one the user has not granted in FULL.
    const missing = this.missingScopes;
    const refused = (scope: string) => limited || missing.includes(short(scope));
    const deny = <T extends object>(service: T, name: string, methods: string[], scope: string): T =>
      authMode === 'NONE'
        ? deniedAll(service, name, scope)
        : refused(scope)
          ? denied(service, name, methods, scope)
          : service;
    // In NONE every service refuses every call (only the add-on menu can be added).
    const none = <T extends object>(service: T, name: string, scope = ''): T =>
      authMode === 'NONE' ? deniedAll(service, name, scope) : service;
    const now = () => this.clock.now();
    const tz = this.spreadsheet.getSpreadsheetTimeZone();
    const log = (...a: unknown[]) => {
      const line = a.map(String).join(' ');
      this.logs.push(line);
      this.options.log?.(line);
    };
    const granted = (manifest.oauthScopes ?? []).filter((s) => !missing.includes(s));
    // An advanced service exists only when the manifest enables it, under the symbol it names.
    const advanced: Record<string, unknown> = {};
    for (const a of manifest.dependencies?.enabledAdvancedServices ?? []) {
      if (a.serviceId === 'sheets' && a.version === 'v4') {
        const ctx = { now, activeUser: () => this.user };
        // A simple trigger has no authorisation: every call fails as if no scope were granted.
        advanced[a.userSymbol] = counted(
          none(
            new FakeSheetsAdvanced(this.drive, ctx, limited ? [] : granted, this.spreadsheet),
            'Sheets',
            'spreadsheets',
          ),
          c,
        );
      }
    }
    const ui = this.spreadsheetApp.ui;
    // NONE: the add-on menu is all the add-on may add (reference/script/auth-mode's example).
    const spreadsheetApp =
      authMode === 'NONE'
        ? deniedAll(this.spreadsheetApp, 'SpreadsheetApp', 'spreadsheets.currentonly', {
            getUi: () =>
              deniedAll(ui, 'Ui', 'script.container.ui', {
                createAddonMenu: () => ui.createAddonMenu(),
                createMenu: (title: unknown) => ui.createMenu(String(title)),
              }),
          })
        : web !== null
          ? webAppSpreadsheetApp(
              this.spreadsheetApp,
              this.spreadsheet,
              web,
              { owner: this.owner, sharedWith: this.options.sharedWith ?? null },
              granted,
            )
          : this.spreadsheetApp;
    return {
      ...advanced,
      SpreadsheetApp: counted(spreadsheetApp, c),
      PropertiesService: counted(none(new FakePropertiesService(this.state, user), 'PropertiesService'), c),
      LockService: counted(none(lockService, 'LockService'), c),
      ScriptApp: counted(
        deny(
          new FakeScriptApp(this.options.triggerStore ?? this.state, user, scriptFunctions, this.spreadsheet.getId(), {
            required: () => manifest.oauthScopes ?? [],
            granted: () => this.grantedScopes,
          }),
          'ScriptApp',
          ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger'],
          'script.scriptapp',
        ),
        c,
      ),
      MailApp: counted(deny(this.mail, 'MailApp', ['sendEmail', 'getRemainingDailyQuota'], 'script.send_mail'), c),
      HtmlService: counted(none(new FakeHtmlService(this.distDir), 'HtmlService', 'script.container.ui'), c),
      Session: counted(
        deny(
          new FakeSession(activeUser, tz, this.spreadsheet.getSpreadsheetLocale(), user),
          'Session',
          ['getEffectiveUser'],
          'userinfo.email',
        ),
        c,
      ),
      Utilities: counted(none(new FakeUtilities(this.clock), 'Utilities'), c),
      // The caches outlive an execution, as Google's do: the same stores for every run over this document.
      CacheService: counted(
        none(new FakeCacheService(now, user, cachesOf(this.spreadsheet, now), web !== null), 'CacheService'),
        c,
      ),
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

export type { AuthMode } from './auth';
/** A response written to the form's tab and what the form-submit triggers returned. */
export interface FormSubmission {
  row: number;
  results: unknown[];
}
export type EditKind = 'typed' | 'paste' | 'fill';

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

/**
 * What google.script.run hands back: plain JSON data. A Date anywhere in the result fails the
 * call, as Google's does ("Requests fail if you attempt to pass a Date, Function, DOM element…";
 * return values have "the same restrictions"), so a server function that returns one is caught
 * here and not turned into a string. `undefined` in an array becomes null.
 */
export function toPlain(v: unknown): unknown {
  const date = findDate(v, 'result', new Set());
  if (date) throw new Error(`google.script.run cannot return a Date (${date}): Google fails the call.`);
  return v === undefined ? null : JSON.parse(JSON.stringify(v));
}

/** The path of the first Date (or function) inside `v`, or '' when there is none. */
function findDate(v: unknown, at: string, seen: Set<object>): string {
  if (Object.prototype.toString.call(v) === '[object Date]') return at;
  if (typeof v === 'function') return `${at}: a function`;
  if (v === null || typeof v !== 'object' || seen.has(v)) return '';
  seen.add(v);
  for (const [k, x] of Object.entries(v)) {
    const found = findDate(x, Array.isArray(v) ? `${at}[${k}]` : `${at}.${k}`, seen);
    if (found) return found;
  }
  return '';
}
