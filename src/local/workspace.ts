// The playground's workbook, held in memory between calls. Calls run one at a time; a call that
// changed nothing writes nothing, and a call that changed something is answered at once and
// saved atomically as soon as no other call is waiting, so a burst of calls costs one save.
// While changes are unsaved the file lock is held; when another process (the CLI, a second
// playground) saved the file meanwhile, it is loaded again first, so nothing it wrote is lost.
import * as fs from 'node:fs';
import { Environment, type EnvironmentOptions } from './environment';
import { hasChanges, loadWorkbook } from './workbook';
import { Clock } from './services';
import { acquireFileLock, removeOrphans, saveAtomically } from './session';
import { LocalDrive } from './sheets-api';

export class Workspace {
  private env: Environment | null = null;
  private mtime = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private release: (() => void) | null = null;
  private dirty = false;
  /** Bumped on every change, so pages can tell that they are out of date. */
  version = 0;
  /** Times of the last saves in ms (for the benchmark). */
  readonly saves: number[] = [];

  constructor(
    readonly file: string,
    private readonly options: Omit<EnvironmentOptions, 'spreadsheet' | 'state'> & { driveUrl?: (id: string) => string },
  ) {}

  /** Runs `fn` alone over the current workbook; what it changes is saved after it. */
  run<T>(fn: (env: Environment) => T | Promise<T>): Promise<T> {
    this.waiting++;
    const job = async () => {
      this.waiting--;
      this.release ??= await acquireFileLock(this.file);
      const env = await this.current();
      try {
        return await fn(env);
      } finally {
        if (hasChanges(env.spreadsheet, env.state) || env.drive.unsaved) {
          this.dirty = true;
          this.version++;
        }
        // After the answer has gone out: the save blocks the event loop while it diffs.
        if (this.waiting === 0) setImmediate(() => void this.enqueue(() => this.settle()));
      }
    };
    return this.enqueue(job);
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

  /** Saves when something is unsaved and nobody waits; then lets other processes in. */
  private async settle(): Promise<void> {
    if (this.waiting > 0) return;
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
