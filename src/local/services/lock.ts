// LockService: document, script and user locks shared by every execution in this process.
import { ServiceObject } from '../counter';

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
    if (!this.tryLock(timeoutMs))
      throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
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
