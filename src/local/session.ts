// Opens a workbook file as one Apps Script document: load, run executions, save. A lock file
// beside the workbook keeps two processes (CLI and playground) from overwriting each other.
import * as fs from 'node:fs';
import { Environment, type EnvironmentOptions } from './environment';
import { hasChanges, loadWorkbook, saveWorkbook } from './workbook';
import * as path from 'node:path';
import { Clock, type PersistedState } from './services';
import { FakeSpreadsheet } from './spreadsheet';
import { LocalDrive } from './sheets-api';

export class WorkbookMissingError extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Whether a process with this PID is alive (a lock left by a killed process is not). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Exclusive lock on `file` across processes. The lock file holds the holder's PID: a lock whose
 * process is gone (killed mid-save) is cleared at once; one older than `staleMs` is taken over.
 * The wait yields to the event loop, so a holder in this same process can finish and release.
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
        // An empty file is a lock being written right now: only a PID that is gone counts as dead.
        const text = fs.readFileSync(lockFile, 'utf8').trim();
        const holder = /^\d+$/.test(text) ? Number(text) : 0;
        const dead = holder > 0 && holder !== process.pid && !alive(holder);
        if (dead || Date.now() - fs.statSync(lockFile).mtimeMs > staleMs) fs.rmSync(lockFile, { force: true });
      } catch {
        /* removed meanwhile */
      }
      if (Date.now() > deadline) throw new Error(`The workbook ${file} is busy (locked by another process).`);
      await sleep(20);
    }
  }
}

/** Temporary files of saves that a killed process never renamed. */
export function removeOrphans(file: string): void {
  const dir = path.dirname(path.resolve(file));
  const prefix = `.${path.basename(file)}.`;
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const m = name.startsWith(prefix) && /\.(\d+)\.tmp$/.exec(name);
    if (m && !alive(Number(m[1]))) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Forces a file's bytes (or a folder's entries) onto the disk, as fsync does. */
function syncToDisk(p: string, folder = false): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, 'r');
    fs.fsyncSync(fd);
  } catch (e) {
    // Not every system opens or syncs a folder (Windows): there the rename is as durable as it makes it.
    if (!folder) throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Saves atomically and durably: the workbook is written to a temporary file beside it, forced to
 * the disk, then renamed over it (and the rename forced too), so a process killed mid-save never
 * leaves a broken `.xlsx` (the old one stays whole), and once this resolves the save survives a
 * kill, even a power cut.
 */
export async function saveAtomically(file: string, ss: FakeSpreadsheet, state: PersistedState): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await saveWorkbook(tmp, ss, state);
    syncToDisk(tmp);
    fs.renameSync(tmp, file);
    syncToDisk(dir, true);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

export interface OpenOptions extends Omit<EnvironmentOptions, 'spreadsheet' | 'state'> {
  /** Create an empty workbook when the file does not exist. */
  create?: boolean;
}

/**
 * Runs `fn` with an Environment over the workbook and saves it afterwards when it changed
 * anything (also when `fn` throws: what the executions wrote before the error is kept, as in
 * Google). A run that only reads leaves the file as it was.
 */
export async function withWorkbook<T>(
  file: string,
  options: OpenOptions,
  fn: (env: Environment) => T | Promise<T>,
): Promise<T> {
  const release = await acquireFileLock(file);
  try {
    const clock = options.clock ?? new Clock(options.now ? Date.parse(options.now) : null);
    let env: Environment;
    const ctxHolder: { env?: Environment } = {};
    const ctx = { now: () => clock.now(), activeUser: () => ctxHolder.env?.user ?? options.user ?? '' };
    // The spreadsheets the add-on created (archives) live in a folder beside the workbook.
    const drive = options.drive ?? new LocalDrive(LocalDrive.folderOf(file));
    await drive.load(ctx);
    if (fs.existsSync(file)) {
      const { spreadsheet, state } = await loadWorkbook(file, ctx);
      env = new Environment({ ...options, clock, spreadsheet, state, drive });
    } else if (options.create) {
      env = new Environment({ ...options, clock, spreadsheet: new FakeSpreadsheet(ctx, file), drive });
    } else {
      throw new WorkbookMissingError(
        `The workbook ${file} does not exist. Create it with: npx lembar setup --workbook ${file}`,
      );
    }
    ctxHolder.env = env;
    removeOrphans(file);
    try {
      return await fn(env);
    } finally {
      // Other files first: a workbook saved without the archive it moved rows to would lose them.
      await env.drive.save(saveAtomically);
      if (hasChanges(env.spreadsheet, env.state)) await saveAtomically(file, env.spreadsheet, env.state);
    }
  } finally {
    release();
  }
}
