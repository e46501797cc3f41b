// What the jobs of one daily run (runDailyJobs) share, so the run asks Google once for what
// several jobs read: the rows of Leads and Activities. Module state lives for one execution.
//
// Each job still takes the lock for its own writes. A job that writes from what it reads (the
// audit's Duplicates, which a merge checks against) reads under its own lock (`fresh`); the jobs
// that only report from the rows (the digests, the weekly report, the Summary) take the rows a
// job of this run read under its lock moments before. Whatever this run writes to those tabs
// (intake's leads, a campaign's sends, a finished merge) drops the copy, so no job reports
// without what the run itself wrote. A person's save between two jobs is in tomorrow's report,
// as it would be had the run started a moment earlier.
import type { ColumnDef, RecordOf } from '../core/schema';
import type { Crm } from './services';
import { Table, type Row } from './table';

let active = false;
const shared = new Map<string, Rows<string>>();

/** A tab's rows as read once: the table, full-width rows, and the same as records. */
export interface Rows<H extends string> {
  table: Table<H>;
  raw: Row[];
  records: RecordOf<H>[];
}

/** Runs the daily jobs with their shared rows (forgotten when the run ends). */
export function asDailyRun<T>(fn: () => T): T {
  active = true;
  try {
    return fn();
  } finally {
    active = false;
    shared.clear();
  }
}

/** Whether this execution is the daily run (nobody is looking at the spreadsheet for a toast). */
export function inDailyRun(): boolean {
  return active;
}

/**
 * A tab's rows: read now outside the daily run, or when `fresh`; inside it, the copy a job of the
 * run read (under its lock), else read now and kept for the next jobs.
 */
export function rowsOf<H extends string>(
  crm: Crm,
  tab: string,
  columns: readonly ColumnDef<H>[],
  fresh = false,
): Rows<H> {
  const kept = active && !fresh ? (shared.get(tab) as Rows<H> | undefined) : undefined;
  if (kept) return kept;
  const table = Table.open(crm.ss, tab, columns, crm.lang);
  const raw = table.allRows();
  const rows: Rows<H> = { table, raw, records: raw.map((r) => table.toRecord(r)) };
  if (active) shared.set(tab, rows as unknown as Rows<string>);
  return rows;
}

/** This run wrote to these tabs: the next job reads them again. */
export function forgetRows(...tabs: string[]): void {
  for (const tab of tabs) shared.delete(tab);
}
