// The playground's workbook, held in memory between calls: a read answers from memory and
// never writes; a call that may write saves atomically afterwards. When another process (the
// CLI, a second playground) saved the file since, it is loaded again first, so nothing it wrote
// is overwritten.
import * as fs from 'node:fs';
import { Environment, type EnvironmentOptions } from './environment';
import { loadWorkbook } from './workbook';
import { Clock } from './services';
import { acquireFileLock, removeOrphans, saveAtomically } from './session';

export class Workspace {
  private env: Environment | null = null;
  private mtime = 0;
  private tail: Promise<unknown> = Promise.resolve();
  /** Bumped on every change, so pages can tell that they are out of date. */
  version = 0;

  constructor(
    readonly file: string,
    private readonly options: Omit<EnvironmentOptions, 'spreadsheet' | 'state'>,
  ) {}

  /** Runs `fn` alone (calls are serialised), over the current workbook; saves when `write`. */
  run<T>(write: boolean, fn: (env: Environment) => T | Promise<T>): Promise<T> {
    const job = async () => {
      const release = write ? await acquireFileLock(this.file) : () => undefined;
      try {
        const env = await this.current();
        try {
          return await fn(env);
        } finally {
          if (write) {
            removeOrphans(this.file);
            await saveAtomically(this.file, env.spreadsheet, env.state);
            this.mtime = fs.statSync(this.file).mtimeMs;
            this.version++;
          }
        }
      } finally {
        release();
      }
    };
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async current(): Promise<Environment> {
    const stat = fs.statSync(this.file);
    if (this.env && stat.mtimeMs === this.mtime) return this.env;
    const clock = this.options.clock ?? new Clock(null);
    const holder: { env?: Environment } = {};
    const ctx = { now: () => clock.now(), activeUser: () => holder.env?.user ?? this.options.user ?? '' };
    const { spreadsheet, state } = await loadWorkbook(this.file, ctx);
    const env = new Environment({ ...this.options, clock, spreadsheet, state });
    holder.env = env;
    if (this.env) this.version++;
    this.env = env;
    this.mtime = stat.mtimeMs;
    return env;
  }
}
