// Opens a workbook file as one Apps Script document: load, run executions, save. A lock file
// beside the workbook keeps two processes (CLI and playground) from overwriting each other.
import * as fs from 'node:fs';
import { Environment, type EnvironmentOptions } from './environment';
import { loadWorkbook, saveWorkbook } from './workbook';
import { Clock } from './services';
import { FakeSpreadsheet } from './spreadsheet';

export class WorkbookMissingError extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Exclusive lock on `file` across processes; a lock older than `staleMs` is taken over. The
 * wait yields to the event loop, so a holder in this same process can finish and release.
 */
export async function acquireFileLock(file: string, timeoutMs = 30000, staleMs = 120000): Promise<() => void> {
  const lockFile = `${file}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - fs.statSync(lockFile).mtimeMs > staleMs) fs.rmSync(lockFile, { force: true });
      } catch {
        /* removed meanwhile */
      }
      if (Date.now() > deadline) throw new Error(`The workbook ${file} is busy (locked by another process).`);
      await sleep(50);
    }
  }
}

export interface OpenOptions extends Omit<EnvironmentOptions, 'spreadsheet' | 'state'> {
  /** Create an empty workbook when the file does not exist. */
  create?: boolean;
}

/**
 * Runs `fn` with an Environment over the workbook and saves it afterwards (also when `fn`
 * throws: what the executions wrote before the error is kept, as in Google).
 */
export async function withWorkbook<T>(file: string, options: OpenOptions, fn: (env: Environment) => T | Promise<T>): Promise<T> {
  const release = await acquireFileLock(file);
  try {
    const clock = options.clock ?? new Clock(options.now ? Date.parse(options.now) : null);
    let env: Environment;
    const ctxHolder: { env?: Environment } = {};
    const ctx = { now: () => clock.now(), activeUser: () => ctxHolder.env?.user ?? options.user ?? '' };
    if (fs.existsSync(file)) {
      const { spreadsheet, state } = await loadWorkbook(file, ctx);
      env = new Environment({ ...options, clock, spreadsheet, state });
    } else if (options.create) {
      env = new Environment({ ...options, clock, spreadsheet: new FakeSpreadsheet(ctx, file) });
    } else {
      throw new WorkbookMissingError(`The workbook ${file} does not exist. Create it with: npx lembar setup --workbook ${file}`);
    }
    ctxHolder.env = env;
    try {
      return await fn(env);
    } finally {
      await saveWorkbook(file, env.spreadsheet, env.state);
    }
  } finally {
    release();
  }
}
