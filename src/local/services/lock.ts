// LockService: document, script and user locks shared by every execution in this process.
// Waiting is modelled on the clock: executions here share one thread, so a holder that is another
// execution in this process cannot finish while we wait; a holder given a release time (`hold`)
// lets go at that time, and a wait that reaches it moves the waiter's clock there.
import { ServiceObject, callSeq, writesPendingSince } from '../counter';
import type { Clock } from './state';

/** Holders of each lock across every execution in this process. */
export class LockRegistry {
  readonly holders = new Map<string, string>();
  /** When a holder set by `hold` lets go (clock milliseconds); a holder not listed never does while we wait. */
  readonly releaseAt = new Map<string, number>();
  /** Someone else (another execution, another person) holds `key` until `untilMs` on the clock. */
  hold(key: string, holder: string, untilMs?: number): void {
    this.holders.set(key, holder);
    if (untilMs === undefined) this.releaseAt.delete(key);
    else this.releaseAt.set(key, untilMs);
  }
  release(key: string): void {
    this.holders.delete(key);
    this.releaseAt.delete(key);
  }
}

export class FakeLock extends ServiceObject {
  readonly serviceName = 'Lock';
  constructor(
    private readonly registry: LockRegistry,
    private readonly key: string,
    private readonly execution: string,
    private readonly clock?: Clock,
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
      this.take();
      return true;
    }
    // The wait takes time: up to the holder's release when it comes within the timeout, else the
    // whole timeout. Without a clock (unit tests of the lock alone) no time passes.
    const now = this.clock?.now().getTime() ?? 0;
    const release = this.registry.releaseAt.get(this.key);
    if (release !== undefined && release <= now + timeoutMs) {
      this.clock?.advance(Math.max(0, release - now));
      this.take();
      return true;
    }
    this.clock?.advance(timeoutMs);
    return false;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs))
      throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  /**
   * Stricter than Google, which lets this pass silently: releasing over spreadsheet writes made
   * under the lock and not yet flushed hands the lock to an execution that may read the sheet
   * without them (SHEET_WRITE in counter.ts). The reference asks for SpreadsheetApp.flush() first.
   */
  releaseLock(): void {
    if (!this.hasLock()) return;
    if (writesPendingSince(this.execution, this.takenAt))
      throw new Error(
        'Lembar emulation: releaseLock() with spreadsheet writes not yet applied: call SpreadsheetApp.flush() first',
      );
    this.registry.release(this.key);
  }
  /** The call count when this lock was taken: writes after it are the ones it protects. */
  private takenAt = 0;
  private take(): void {
    this.takenAt = callSeq();
    this.registry.holders.set(this.key, this.execution);
    this.registry.releaseAt.delete(this.key);
  }
}

function checkTimeout(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0 || ms > 300000) throw new Error('Exception: Invalid argument: timeoutInMillis');
}

export interface LockServiceOptions {
  /** The clock a wait advances (the execution's). */
  clock?: Clock;
  /**
   * No containing document (a standalone script, a web app): getDocumentLock() answers null, as
   * Google documents.
   */
  noDocument?: boolean;
}

export class FakeLockService extends ServiceObject {
  readonly serviceName = 'LockService';
  constructor(
    private readonly registry: LockRegistry,
    private readonly documentId: string,
    readonly execution: string,
    private readonly options: LockServiceOptions = {},
  ) {
    super();
  }
  getDocumentLock(): FakeLock | null {
    if (this.options.noDocument) return null;
    return new FakeLock(this.registry, `doc:${this.documentId}`, this.execution, this.options.clock);
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.registry, 'script', this.execution, this.options.clock);
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.registry, `user:${this.execution}`, this.execution, this.options.clock);
  }
  /** Apps Script releases an execution's locks when it ends. */
  releaseAll(): void {
    for (const [k, v] of this.registry.holders) if (v === this.execution) this.registry.release(k);
  }
}
