// The playground's workbook, held in memory between calls. Calls run one at a time; a call that
// changed nothing writes nothing, and a call that changed something is saved atomically before it
// is answered, so an answered write survives a kill. Calls that queue up meanwhile are saved
// together and answered after that one save (a burst costs a save or a few, not one each).
// While changes are unsaved the file lock is held; when another process (the CLI, a second
// playground) saved the file meanwhile, it is loaded again first, so nothing it wrote is lost.
import * as fs from 'node:fs';
import { Environment, type EnvironmentOptions } from './environment';
import { hasChanges, loadWorkbook } from './workbook';
import { Clock } from './services';
import { acquireFileLock, removeOrphans, saveAtomically } from './session';
import { LocalDrive } from './sheets-api';

/** How long a change may wait for the calls queued after it before it is saved anyway. */
const MAX_BATCH_MS = 1000;

export class Workspace {
  private env: Environment | null = null;
  private mtime = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private release: (() => void) | null = null;
  private dirty = false;
  /** When the oldest unsaved change was made (performance.now()). */
  private dirtySince = 0;
  /** The calls waiting for the next save to be answered. */
  private batch: { promise: Promise<void>; settle: (error?: Error) => void } | null = null;
  /** Bumped on every change, so pages can tell that they are out of date. */
  version = 0;
  /** Times of the last saves in ms (for the benchmark). */
  readonly saves: number[] = [];

  constructor(
    readonly file: string,
    private readonly options: Omit<EnvironmentOptions, 'spreadsheet' | 'state'> & { driveUrl?: (id: string) => string },
  ) {}

  /**
   * Runs `fn` alone over the current workbook. What it changed is on disk before the promise
   * settles: saved at once when no other call waits, else with the calls queued after it (at most
   * MAX_BATCH_MS later). A call answered while changes are unsaved waits for them too, so nothing
   * unsaved is ever shown as done. A save that fails rejects every call it was to cover.
   */
  run<T>(fn: (env: Environment) => T | Promise<T>): Promise<T> {
    this.waiting++;
    const ran = this.enqueue(async () => {
      this.waiting--;
      let outcome: { value: T } | { error: unknown };
      try {
        this.release ??= await acquireFileLock(this.file);
        const env = await this.current();
        try {
          outcome = { value: await fn(env) };
        } finally {
          if (hasChanges(env.spreadsheet, env.state) || env.drive.unsaved) {
            if (!this.dirty) this.dirtySince = performance.now();
            this.dirty = true;
            this.version++;
          }
        }
      } catch (error) {
        outcome = { error };
      }
      const saved = this.dirty ? this.nextSave() : null;
      // Saved (or, after a read, the lock let go) when nobody waits, or when the batch has waited long enough.
      if (this.waiting === 0 || (this.dirty && performance.now() - this.dirtySince > MAX_BATCH_MS))
        await this.settle().catch(() => undefined); // the failure reaches the callers through `saved`
      return { outcome, saved };
    });
    return ran.then(async ({ outcome, saved }) => {
      await saved;
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    });
  }

  /** Whether a change is not yet on disk. */
  get unsaved(): boolean {
    return this.dirty;
  }

  /** Resolves once everything changed so far is on disk. */
  flush(): Promise<void> {
    return this.enqueue(() => this.settle());
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** The save that will cover what is unsaved now. */
  private nextSave(): Promise<void> {
    if (!this.batch) {
      let settle!: (error?: Error) => void;
      const promise = new Promise<void>((resolve, reject) => {
        settle = (error) => (error ? reject(error) : resolve());
      });
      promise.catch(() => undefined); // each caller gets the failure; none is left unhandled
      this.batch = { promise, settle };
    }
    return this.batch.promise;
  }

  /** Saves what is unsaved (calls run one at a time, so all of it), answers its waiting calls, then lets other processes in. */
  private async settle(): Promise<void> {
    const batch = this.batch;
    this.batch = null;
    try {
      if (this.dirty && this.env) {
        const t = performance.now();
        removeOrphans(this.file);
        // Other files first: a workbook saved without the archive it moved rows to would lose them.
        await this.env.drive.save(saveAtomically);
        await saveAtomically(this.file, this.env.spreadsheet, this.env.state);
        this.dirty = false;
        this.mtime = fs.statSync(this.file).mtimeMs;
        this.saves.push(performance.now() - t);
      }
      batch?.settle();
    } catch (e) {
      // Still unsaved in memory: the next call's save tries again.
      batch?.settle(new Error(`The change was made but could not be saved to ${this.file}: ${(e as Error).message}`));
      throw e;
    } finally {
      if (!this.dirty) {
        this.release?.();
        this.release = null;
      }
    }
  }

  private async current(): Promise<Environment> {
    const stat = fs.statSync(this.file);
    if (this.env && (this.dirty || stat.mtimeMs === this.mtime)) return this.env;
    const clock = this.options.clock ?? new Clock(null);
    const holder: { env?: Environment } = {};
    const ctx = { now: () => clock.now(), activeUser: () => holder.env?.user ?? this.options.user ?? '' };
    const drive = new LocalDrive(LocalDrive.folderOf(this.file), this.options.driveUrl);
    await drive.load(ctx);
    const { spreadsheet, state } = await loadWorkbook(this.file, ctx);
    const env = new Environment({ ...this.options, clock, spreadsheet, state, drive });
    holder.env = env;
    if (this.env) this.version++;
    this.env = env;
    this.mtime = stat.mtimeMs;
    return env;
  }
}
