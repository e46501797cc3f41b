// What the jobs of one daily run (runDailyJobs) share, so the run asks Google once for what
// several jobs read: the rows of Leads and Activities. Module state lives for one execution.
//
// Each job still takes the lock for its own writes. A job that writes from what it reads (the
// audit's Duplicates, which a merge checks against) reads under its own lock (`freshRows`); the jobs
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

/** A tab's rows as read once: the table and its records. */
export interface Rows<H extends string> {
  table: Table<H>;
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
 * A tab's records: read now outside the daily run; inside it, the copy a job of the run read
 * under its lock, else read now and kept for the next jobs.
 */
export function rowsOf<H extends string>(crm: Crm, tab: string, columns: readonly ColumnDef<H>[]): Rows<H> {
  const kept = active ? (shared.get(tab) as Rows<H> | undefined) : undefined;
  return kept ?? freshRows(crm, tab, columns);
}

/**
 * A tab's rows read now (a job that writes from them reads under its own lock), full-width as
 * well as records; the records are kept for the run's next jobs (the rows as read are not: a
 * copy of every cell held for the whole run would double what the run keeps in memory).
 */
export function freshRows<H extends string>(
  crm: Crm,
  tab: string,
  columns: readonly ColumnDef<H>[],
): Rows<H> & { raw: Row[] } {
  const table = Table.open(crm.ss, tab, columns, crm.lang);
  const raw = table.allRows();
  const records = raw.map((r) => table.toRecord(r));
  if (active) shared.set(tab, { table, records } as unknown as Rows<string>);
  return { table, raw, records };
}

/** This run wrote to these tabs: the next job reads them again. */
export function forgetRows(...tabs: string[]): void {
  for (const tab of tabs) shared.delete(tab);
}
