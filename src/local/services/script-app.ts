// ScriptApp: installable triggers, with an add-on's limits (hourly at most, one clock trigger per user and document).
import { ServiceObject } from '../counter';

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
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
    if (this.rec.everyDays === undefined && this.rec.everyHours === undefined)
      throw new Error('Exception: The trigger needs a recurrence (everyDays or everyHours).');
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
  /** A trigger on a spreadsheet's events: the Spreadsheet itself or its ID (reference/script/trigger-builder). */
  forSpreadsheet(sheet: unknown): FakeSpreadsheetTriggerBuilder {
    const id =
      typeof sheet === 'string'
        ? sheet
        : sheet !== null && typeof sheet === 'object' && typeof (sheet as { getId?: unknown }).getId === 'function'
          ? String((sheet as { getId(): string }).getId())
          : '';
    if (id === '') throw new Error('Exception: Invalid argument: sheet');
    return new FakeSpreadsheetTriggerBuilder(this.app, this.handler, id);
  }
}

/** SpreadsheetTriggerBuilder: onOpen, onEdit, onChange, onFormSubmit, then create(). */
export class FakeSpreadsheetTriggerBuilder extends ServiceObject {
  readonly serviceName = 'SpreadsheetTriggerBuilder';
  private eventType: TriggerRecord['eventType'] | null = null;
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
    private readonly document: string,
  ) {
    super();
  }
  onFormSubmit(): this {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  onEdit(): this {
    this.eventType = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this.eventType = 'ON_CHANGE';
    return this;
  }
  onOpen(): this {
    this.eventType = 'ON_OPEN';
    return this;
  }
  create(): FakeTrigger {
    if (!this.eventType)
      throw new Error('Exception: The trigger needs an event (onOpen, onEdit, onChange or onFormSubmit).');
    return this.app.add({ handler: this.handler, eventType: this.eventType, document: this.document });
  }
}

/** Whether the user has granted every scope the script asks for (reference/script/authorization-info). */
export class FakeAuthorizationInfo extends ServiceObject {
  readonly serviceName = 'AuthorizationInfo';
  constructor(
    private readonly missing: string[],
    private readonly granted: string[],
    private readonly url: string,
  ) {
    super();
  }
  getAuthorizationStatus(): 'REQUIRED' | 'NOT_REQUIRED' {
    return this.missing.length > 0 ? 'REQUIRED' : 'NOT_REQUIRED';
  }
  /** The page where the user grants the missing scopes; null when nothing is missing. */
  getAuthorizationUrl(): string | null {
    return this.missing.length > 0 ? this.url : null;
  }
  getAuthorizedScopes(): string[] {
    return [...this.granted];
  }
}

/** The scopes the manifest asks for and those the user has granted (null: all of them). */
export interface ScriptAuthorization {
  required: () => string[];
  granted: () => string[] | null;
}

export class FakeScriptApp extends ServiceObject {
  readonly serviceName = 'ScriptApp';
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
  readonly EventType = {
    CLOCK: 'CLOCK',
    ON_EDIT: 'ON_EDIT',
    ON_OPEN: 'ON_OPEN',
    ON_CHANGE: 'ON_CHANGE',
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  };
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' };
  readonly TriggerSource = { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' };
  constructor(
    private readonly store: TriggerStore,
    private readonly user: () => string,
    private readonly knownFunctions: () => string[],
    /** The document this execution runs in (an add-on's triggers are created for it). */
    private readonly document: string = 'local-spreadsheet',
    private readonly authorization: ScriptAuthorization = { required: () => [], granted: () => null },
  ) {
    super();
  }
  /**
   * Whether the user must authorise the script again: REQUIRED when the manifest asks for a scope
   * the user has not granted. Only FULL asks for authorisation, so any other mode is NOT_REQUIRED.
   */
  getAuthorizationInfo(authMode: unknown, scopes?: string[]): FakeAuthorizationInfo {
    if (!Object.values(this.AuthMode).includes(String(authMode)))
      throw new Error('Exception: Invalid argument: authMode');
    const required = Array.isArray(scopes) ? scopes.map(String) : this.authorization.required();
    const granted = this.authorization.granted() ?? this.authorization.required();
    const missing = String(authMode) === 'FULL' ? required.filter((s) => !granted.includes(s)) : [];
    return new FakeAuthorizationInfo(
      missing,
      required.filter((s) => granted.includes(s)),
      `https://script.google.com/macros/d/${this.getScriptId()}/authorize`,
    );
  }
  newTrigger(handler: string): FakeTriggerBuilder {
    if (typeof handler !== 'string' || handler === '') throw new Error('Exception: Invalid argument: functionName');
    return new FakeTriggerBuilder(this, handler);
  }
  add(rec: Partial<TriggerRecord>): FakeTrigger {
    const owner = this.user();
    const known = this.knownFunctions();
    if (known.length > 0 && !known.includes(rec.handler!))
      throw new Error(`Exception: Script function not found: ${rec.handler}`);
    const document = rec.document ?? this.document;
    // An add-on's triggers are its document's: it may not install one on another file.
    if (document !== this.document)
      throw new Error('Exception: An add-on can only create triggers for the document it runs in.');
    // An editor add-on may own one trigger of each type per user and document (add-ons/concepts/editor-triggers).
    if (
      this.store.triggers.some(
        (t) => t.eventType === rec.eventType && t.owner === owner && (t.document ?? this.document) === document,
      )
    ) {
      throw new Error(
        rec.eventType === 'CLOCK'
          ? 'Exception: This add-on has created too many time-based triggers in this document for this Google user account.'
          : 'Exception: This add-on has created too many triggers of this type in this document for this Google user account.',
      );
    }
    const record: TriggerRecord = {
      ...(rec as TriggerRecord),
      id: String(this.store.nextTriggerId++),
      owner,
      document,
    };
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
    return this.store.triggers
      .filter((t) => t.owner === owner && (t.document ?? this.document) === id)
      .map((t) => new FakeTrigger(t));
  }
  deleteTrigger(trigger: FakeTrigger): void {
    if (!(trigger instanceof FakeTrigger)) throw new Error('Exception: Invalid argument: trigger');
    this.store.triggers = this.store.triggers.filter((t) => t.id !== trigger.record.id);
  }
  getScriptId(): string {
    return 'local-script';
  }
}
