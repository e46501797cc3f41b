// The Run Log tab: what each automatic job did, for a manager to read. Kept to a bounded size.
import { RUN_LOG_COLUMNS, TAB, type RecordOf, type RunLogHeader } from '../core/schema';
import { t, type Lang } from '../core/i18n';
import { Table } from './table';
import type { Ss } from './services';
import { forgetTabs } from './execution';

/** Rows kept; older entries are deleted in one block when the log grows past this. */
export const RUN_LOG_MAX_ROWS = 500;

export type Outcome = 'ok' | 'partial' | 'error' | 'skipped';

/**
 * Lines held back while the daily run runs (null: written at once). The run's jobs all stamp
 * the run's time, so the manager reads the same lines, in the same order, written in one block
 * at the run's end instead of one write (and its lookups) per job.
 */
let held: RecordOf<RunLogHeader>[] | null = null;

export function appendRunLog(ss: Ss, lang: Lang, now: Date, job: string, outcome: Outcome, details: string): void {
  const line = { Time: now, Job: job, Outcome: t(lang, `run.${outcome}`), Details: details };
  if (held) held.push(line);
  else write(ss, lang, [line]);
}

/**
 * A line the caller's next step relies on being in the tab (a report a kill must not lose):
 * written at once, after any held back, even in the daily run.
 */
export function appendRunLogNow(ss: Ss, lang: Lang, now: Date, job: string, outcome: Outcome, details: string): void {
  write(ss, lang, [...(held ?? []), { Time: now, Job: job, Outcome: t(lang, `run.${outcome}`), Details: details }]);
  if (held) held = [];
}

/** From now on the lines wait for `flushRunLog` (the daily run). */
export function holdRunLog(): void {
  if (!held) held = [];
}

/** Writes the lines held back, in one block (call it under the lock), and stops holding them. */
export function flushRunLog(ss: Ss, lang: Lang): void {
  const lines = held ?? [];
  held = null;
  if (lines.length > 0) write(ss, lang, lines);
}

/** Whether lines are waiting to be written. */
export function runLogHeld(): boolean {
  return held !== null && held.length > 0;
}

function write(ss: Ss, lang: Lang, lines: RecordOf<RunLogHeader>[]): void {
  const log = Table.open(ss, TAB.runLog, RUN_LOG_COLUMNS, lang);
  log.append(lines);
  const excess = log.rowCount - RUN_LOG_MAX_ROWS;
  // The log keeps 500 rows, so this never deletes every row under the header.
  if (excess > 0) {
    log.sheet.deleteRows(2, excess);
    forgetTabs(); // sizes an open Table took are stale now
  }
}
