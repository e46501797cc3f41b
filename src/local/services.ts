// The other Apps Script services the add-on uses, emulated with the real limits and errors.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ServiceObject } from './counter';
import { DataValidationBuilder, type FakeSpreadsheet, type FakeRange } from './spreadsheet';
import { formatDate } from './format-date';

// ---------------------------------------------------------------- SpreadsheetApp + Ui

export class FakeMenu extends ServiceObject {
  readonly serviceName = 'Menu';
  items: { caption: string; fn: string }[] = [];
  constructor(
    readonly ui: FakeUi,
    readonly title: string,
  ) {
    super();
  }
  addItem(caption: string, fn: string): this {
    this.items.push({ caption, fn });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addSubMenu(_m: FakeMenu): this {
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export class FakeUi extends ServiceObject {
  readonly serviceName = 'Ui';
  menus: FakeMenu[] = [];
  sidebars: FakeHtmlOutput[] = [];
  alerts: string[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  createMenu(title: string): FakeMenu {
    return new FakeMenu(this, title);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this, 'Add-on');
  }
  showSidebar(html: FakeHtmlOutput): void {
    if (!(html instanceof FakeHtmlOutput)) throw new Error('Exception: Invalid argument: userInterface');
    this.sidebars.push(html);
  }
  /** Modal dialogs opened, with their titles (the playground shows them). */
  dialogs: { title: string; html: FakeHtmlOutput }[] = [];
  showModalDialog(html: FakeHtmlOutput, title: string): void {
    if (!(html instanceof FakeHtmlOutput)) throw new Error('Exception: Invalid argument: userInterface');
    this.dialogs.push({ title: String(title), html });
  }
  alert(a: string, b?: string, _c?: string): string {
    this.alerts.push(b === undefined ? a : `${a}: ${b}`);
    return 'OK';
  }
}

export class FakeSpreadsheetApp extends ServiceObject {
  readonly serviceName = 'SpreadsheetApp';
  readonly ui = new FakeUi();
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' };
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' };
  constructor(readonly spreadsheet: FakeSpreadsheet) {
    super();
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActiveSheet(): ReturnType<FakeSpreadsheet['getActiveSheet']> {
    return this.spreadsheet.getActiveSheet();
  }
  getActiveRange(): FakeRange | null {
    return this.spreadsheet.getActiveRange();
  }
  getUi(): FakeUi {
    return this.ui;
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }
  flush(): void {
    /* writes are immediate here */
  }
}

// ---------------------------------------------------------------- PropertiesService

const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties extends ServiceObject {
  readonly serviceName = 'Properties';
  constructor(readonly data: Record<string, string>) {
    super();
  }
  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.data, key) ? this.data[key] : null;
  }
  getProperties(): Record<string, string> {
    return { ...this.data };
  }
  getKeys(): string[] {
    return Object.keys(this.data);
  }
  setProperty(key: string, value: unknown): this {
    return this.setProperties({ [key]: value });
  }
  setProperties(props: Record<string, unknown>, deleteAllOthers = false): this {
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.data };
    for (const [k, v] of Object.entries(props)) {
      const s = String(v);
      if (Buffer.byteLength(k) + Buffer.byteLength(s) > PROPERTY_VALUE_LIMIT) throw new Error('Exception: Argument too large: value');
      next[k] = s;
    }
    const size = Object.entries(next).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    if (size > PROPERTY_STORE_LIMIT) throw new Error('Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
    for (const k of Object.keys(this.data)) delete this.data[k];
    Object.assign(this.data, next);
    return this;
  }
  deleteProperty(key: string): this {
    delete this.data[key];
    return this;
  }
  deleteAllProperties(): this {
    for (const k of Object.keys(this.data)) delete this.data[k];
    return this;
  }
}

export class FakePropertiesService extends ServiceObject {
  readonly serviceName = 'PropertiesService';
  constructor(
    private readonly state: PersistedState,
    private readonly user: () => string,
  ) {
    super();
  }
  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.state.documentProperties);
  }
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.state.scriptProperties);
  }
  getUserProperties(): FakeProperties {
    const u = this.user();
    this.state.userProperties[u] ??= {};
    return new FakeProperties(this.state.userProperties[u]);
  }
}

// ---------------------------------------------------------------- LockService

/** Holders of each document lock across every execution in this process. */
export class LockRegistry {
  readonly holders = new Map<string, string>();
}

export class FakeLock extends ServiceObject {
  readonly serviceName = 'Lock';
  constructor(
    private readonly registry: LockRegistry,
    private readonly key: string,
    private readonly execution: string,
  ) {
    super();
  }
  hasLock(): boolean {
    return this.registry.holders.get(this.key) === this.execution;
  }
  tryLock(timeoutMs: number): boolean {
    checkTimeout(timeoutMs);
    const holder = this.registry.holders.get(this.key);
    if (holder === undefined || holder === this.execution) {
      this.registry.holders.set(this.key, this.execution);
      return true;
    }
    // Executions here share one thread, so the holder cannot finish while we wait: waiting
    // any length of time ends the way a real wait past the timeout ends.
    return false;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    if (this.hasLock()) this.registry.holders.delete(this.key);
  }
}

function checkTimeout(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0 || ms > 300000) throw new Error('Exception: Invalid argument: timeoutInMillis');
}

export class FakeLockService extends ServiceObject {
  readonly serviceName = 'LockService';
  constructor(
    private readonly registry: LockRegistry,
    private readonly documentId: string,
    private readonly execution: string,
  ) {
    super();
  }
  getDocumentLock(): FakeLock {
    return new FakeLock(this.registry, `doc:${this.documentId}`, this.execution);
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.registry, 'script', this.execution);
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.registry, `user:${this.execution}`, this.execution);
  }
  /** Apps Script releases an execution's locks when it ends. */
  releaseAll(): void {
    for (const [k, v] of this.registry.holders) if (v === this.execution) this.registry.holders.delete(k);
  }
}

// ---------------------------------------------------------------- ScriptApp

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE';
  atHour?: number;
  everyDays?: number;
  everyHours?: number;
  timeZone?: string;
  owner: string;
  /** The document the trigger belongs to: an add-on's triggers belong to a user and a document. */
  document?: string;
}

/** Where a user's triggers of this script live (shared by every document of the same user). */
export interface TriggerStore {
  triggers: TriggerRecord[];
  nextTriggerId: number;
}

export class FakeTrigger extends ServiceObject {
  readonly serviceName = 'Trigger';
  constructor(readonly record: TriggerRecord) {
    super();
  }
  getUniqueId(): string {
    return this.record.id;
  }
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getEventType(): string {
    return this.record.eventType;
  }
  getTriggerSource(): string {
    return this.record.eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS';
  }
}

export class FakeClockTriggerBuilder extends ServiceObject {
  readonly serviceName = 'ClockTriggerBuilder';
  private readonly rec: Partial<TriggerRecord>;
  constructor(
    private readonly app: FakeScriptApp,
    handler: string,
  ) {
    super();
    this.rec = { handler, eventType: 'CLOCK' };
  }
  atHour(h: number): this {
    if (!Number.isInteger(h) || h < 0 || h > 23) throw new Error('Exception: Invalid argument: hour');
    this.rec.atHour = h;
    return this;
  }
  nearMinute(_m: number): this {
    return this;
  }
  everyDays(n: number): this {
    if (!Number.isInteger(n) || n < 1) throw new Error('Exception: Invalid argument: n');
    this.rec.everyDays = n;
    return this;
  }
  everyHours(n: number): this {
    if (!Number.isInteger(n) || n < 1) throw new Error('Exception: Invalid argument: n');
    this.rec.everyHours = n;
    return this;
  }
  everyMinutes(_n: number): this {
    // An add-on's clock trigger may run at most hourly.
    throw new Error('Exception: Add-ons can not create time-based triggers that run more often than once per hour.');
  }
  inTimezone(tz: string): this {
    this.rec.timeZone = tz;
    return this;
  }
  create(): FakeTrigger {
    if (this.rec.everyDays === undefined && this.rec.everyHours === undefined) throw new Error('Exception: The trigger needs a recurrence (everyDays or everyHours).');
    return this.app.add(this.rec);
  }
}

export class FakeTriggerBuilder extends ServiceObject {
  readonly serviceName = 'TriggerBuilder';
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super();
  }
  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.app, this.handler);
  }
}

export class FakeScriptApp extends ServiceObject {
  readonly serviceName = 'ScriptApp';
  readonly EventType = { CLOCK: 'CLOCK', ON_EDIT: 'ON_EDIT', ON_OPEN: 'ON_OPEN', ON_CHANGE: 'ON_CHANGE' };
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' };
  readonly TriggerSource = { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' };
  constructor(
    private readonly store: TriggerStore,
    private readonly user: () => string,
    private readonly knownFunctions: () => string[],
    /** The document this execution runs in (an add-on's triggers are created for it). */
    private readonly document: string = 'local-spreadsheet',
  ) {
    super();
  }
  newTrigger(handler: string): FakeTriggerBuilder {
    if (typeof handler !== 'string' || handler === '') throw new Error('Exception: Invalid argument: functionName');
    return new FakeTriggerBuilder(this, handler);
  }
  add(rec: Partial<TriggerRecord>): FakeTrigger {
    const owner = this.user();
    const known = this.knownFunctions();
    if (known.length > 0 && !known.includes(rec.handler!)) throw new Error(`Exception: Script function not found: ${rec.handler}`);
    // An editor add-on may own one clock trigger per user and document.
    if (rec.eventType === 'CLOCK' && this.store.triggers.some((t) => t.eventType === 'CLOCK' && t.owner === owner && (t.document ?? this.document) === this.document)) {
      throw new Error('Exception: This add-on has created too many time-based triggers in this document for this Google user account.');
    }
    const record: TriggerRecord = { ...(rec as TriggerRecord), id: String(this.store.nextTriggerId++), owner, document: this.document };
    this.store.triggers.push(record);
    return new FakeTrigger(record);
  }
  /** Every installable trigger of this script and this user, in every document (Google's reference). */
  getProjectTriggers(): FakeTrigger[] {
    const owner = this.user();
    return this.store.triggers.filter((t) => t.owner === owner).map((t) => new FakeTrigger(t));
  }
  /** This user's triggers of this script in the given document only. */
  getUserTriggers(doc: { getId(): string }): FakeTrigger[] {
    if (!doc || typeof doc.getId !== 'function') throw new Error('Exception: Invalid argument: document');
    const owner = this.user();
    const id = doc.getId();
    return this.store.triggers.filter((t) => t.owner === owner && (t.document ?? this.document) === id).map((t) => new FakeTrigger(t));
  }
  deleteTrigger(trigger: FakeTrigger): void {
    if (!(trigger instanceof FakeTrigger)) throw new Error('Exception: Invalid argument: trigger');
    this.store.triggers = this.store.triggers.filter((t) => t.id !== trigger.record.id);
  }
  getScriptId(): string {
    return 'local-script';
  }
}

// ---------------------------------------------------------------- MailApp

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  sentAt: string;
}

const EMAIL_RE = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export class FakeMailApp extends ServiceObject {
  readonly serviceName = 'MailApp';
  readonly sent: SentMail[] = [];
  constructor(
    private readonly state: PersistedState,
    private readonly now: () => Date,
    readonly dailyQuota: number,
    private readonly onSend: (m: SentMail) => void = () => undefined,
  ) {
    super();
  }
  private today(): string {
    // Quotas reset on the Pacific-time day, as Google's do.
    return formatDate(this.now(), 'America/Los_Angeles', 'yyyy-MM-dd');
  }
  private used(): number {
    if (this.state.mailQuota.date !== this.today()) this.state.mailQuota = { date: this.today(), used: 0 };
    return this.state.mailQuota.used;
  }
  getRemainingDailyQuota(): number {
    return Math.max(0, this.dailyQuota - this.used());
  }
  sendEmail(a: unknown, subject?: string, body?: string, options: Record<string, unknown> = {}): void {
    const msg: Record<string, unknown> = typeof a === 'object' && a !== null ? { ...(a as object) } : { ...options, to: a, subject, body };
    const to = String(msg.to ?? '');
    const recipients = [to, msg.cc, msg.bcc].filter((x): x is string => typeof x === 'string' && x !== '').flatMap((x) => x.split(',').map((s) => s.trim()));
    if (recipients.length === 0) throw new Error('Exception: Failed to send email: no recipient');
    for (const r of recipients) if (!EMAIL_RE.test(r)) throw new Error(`Exception: Invalid email: ${r}`);
    if (typeof msg.subject !== 'string') throw new Error('Exception: Invalid argument: subject');
    if (typeof msg.body !== 'string' && typeof msg.htmlBody !== 'string') throw new Error('Exception: Invalid argument: body');
    if (this.used() + recipients.length > this.dailyQuota) throw new Error('Exception: Service invoked too many times for one day: email.');
    this.state.mailQuota.used += recipients.length;
    const mail: SentMail = {
      to,
      cc: msg.cc as string | undefined,
      bcc: msg.bcc as string | undefined,
      subject: msg.subject,
      body: String(msg.body ?? ''),
      htmlBody: msg.htmlBody as string | undefined,
      name: msg.name as string | undefined,
      replyTo: msg.replyTo as string | undefined,
      sentAt: this.now().toISOString(),
    };
    this.sent.push(mail);
    this.onSend(mail);
  }
}

// ---------------------------------------------------------------- HtmlService

export class FakeHtmlOutput extends ServiceObject {
  readonly serviceName = 'HtmlOutput';
  title = '';
  width = 300;
  height = 400;
  constructor(public content: string) {
    super();
  }
  setTitle(t: string): this {
    this.title = t;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  setHeight(h: number): this {
    this.height = h;
    return this;
  }
  append(s: string): this {
    this.content += s;
    return this;
  }
  setSandboxMode(_m: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_m: unknown): this {
    return this;
  }
  addMetaTag(_n: string, _c: string): this {
    return this;
  }
}

export class FakeHtmlService extends ServiceObject {
  readonly serviceName = 'HtmlService';
  readonly SandboxMode = { IFRAME: 'IFRAME' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  constructor(private readonly htmlDir: string) {
    super();
  }
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    const file = path.join(this.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!fs.existsSync(file)) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(fs.readFileSync(file, 'utf8'));
  }
  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(String(html));
  }
}

// ---------------------------------------------------------------- Session, Utilities, Cache

export class FakeUser extends ServiceObject {
  readonly serviceName = 'User';
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

export class FakeSession extends ServiceObject {
  readonly serviceName = 'Session';
  constructor(
    /** The active user's email as this execution may know it ('' when it may not). */
    private readonly user: () => string,
    private readonly timeZone: string,
    private readonly locale: string,
    /** Whose authority the script runs with. */
    private readonly effective: () => string = user,
  ) {
    super();
  }
  getActiveUser(): FakeUser {
    return new FakeUser(this.user());
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.effective());
  }
  getScriptTimeZone(): string {
    return this.timeZone;
  }
  getActiveUserLocale(): string {
    return this.locale;
  }
  getTemporaryActiveUserKey(): string {
    return Buffer.from(this.user()).toString('base64');
  }
}

export class FakeUtilities extends ServiceObject {
  readonly serviceName = 'Utilities';
  readonly Charset = { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' };
  constructor(private readonly clock: Clock) {
    super();
  }
  formatDate(date: Date, timeZone: string, pattern: string): string {
    return formatDate(date, timeZone, pattern);
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%[sd]/g, () => String(args[i++]));
  }
  getUuid(): string {
    return randomUUID();
  }
  sleep(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0 || ms > 300000) throw new Error('Exception: Invalid argument: milliseconds');
    this.clock.advance(ms);
  }
  base64Encode(s: string): string {
    return Buffer.from(s, 'utf8').toString('base64');
  }
  base64Decode(s: string): number[] {
    return [...Buffer.from(s, 'base64')];
  }
  newBlob(data: string): { getDataAsString(): string } {
    return { getDataAsString: () => data };
  }
}

export class FakeCache extends ServiceObject {
  readonly serviceName = 'Cache';
  private readonly data = new Map<string, { value: string; expires: number }>();
  constructor(private readonly now: () => Date) {
    super();
  }
  get(key: string): string | null {
    const e = this.data.get(key);
    if (!e || e.expires <= this.now().getTime()) return null;
    return e.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, ttlSeconds = 600): void {
    if (key.length > 250) throw new Error('Exception: Argument too large: key');
    if (Buffer.byteLength(String(value)) > 100 * 1024) throw new Error('Exception: Argument too large: value');
    const ttl = Math.min(Math.max(1, ttlSeconds), 21600);
    this.data.set(key, { value: String(value), expires: this.now().getTime() + ttl * 1000 });
  }
  putAll(values: Record<string, string>, ttlSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, ttlSeconds);
  }
  remove(key: string): void {
    this.data.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.data.delete(k);
  }
}

export class FakeCacheService extends ServiceObject {
  readonly serviceName = 'CacheService';
  private readonly doc: FakeCache;
  private readonly script: FakeCache;
  private readonly users = new Map<string, FakeCache>();
  constructor(
    private readonly now: () => Date,
    private readonly user: () => string,
  ) {
    super();
    this.doc = new FakeCache(now);
    this.script = new FakeCache(now);
  }
  getDocumentCache(): FakeCache {
    return this.doc;
  }
  getScriptCache(): FakeCache {
    return this.script;
  }
  getUserCache(): FakeCache {
    const u = this.user();
    if (!this.users.has(u)) this.users.set(u, new FakeCache(this.now));
    return this.users.get(u)!;
  }
}

// ---------------------------------------------------------------- clock + persisted state

/** The clock every service and the script's `Date` read: real time, or fixed with `--now`. */
export class Clock {
  private offset = 0;
  constructor(private readonly fixed: number | null = null) {}
  now(): Date {
    return new Date((this.fixed ?? Date.now()) + this.offset);
  }
  advance(ms: number): void {
    this.offset += ms;
  }
  get isFixed(): boolean {
    return this.fixed !== null;
  }
}

/** What Apps Script keeps outside the sheet; saved with the workbook between executions. */
export interface PersistedState {
  documentProperties: Record<string, string>;
  scriptProperties: Record<string, string>;
  userProperties: Record<string, Record<string, string>>;
  triggers: TriggerRecord[];
  nextTriggerId: number;
  mailQuota: { date: string; used: number };
}

export function emptyState(): PersistedState {
  return { documentProperties: {}, scriptProperties: {}, userProperties: {}, triggers: [], nextTriggerId: 1, mailQuota: { date: '', used: 0 } };
}
