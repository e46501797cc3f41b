// The Run Log tab: what each automatic job did, for a manager to read. Kept to a bounded size.
import { RUN_LOG_COLUMNS, TAB } from '../core/schema';
import { t, type Lang } from '../core/i18n';
import { Table } from './table';
import type { Ss } from './services';
import { forgetTabs } from './execution';

/** Rows kept; older entries are deleted in one block when the log grows past this. */
export const RUN_LOG_MAX_ROWS = 500;

export type Outcome = 'ok' | 'partial' | 'error' | 'skipped';

export function appendRunLog(ss: Ss, lang: Lang, now: Date, job: string, outcome: Outcome, details: string): void {
  const log = Table.open(ss, TAB.runLog, RUN_LOG_COLUMNS, lang);
  log.append([{ Time: now, Job: job, Outcome: t(lang, `run.${outcome}`), Details: details }]);
  const excess = log.rowCount - RUN_LOG_MAX_ROWS;
  // The log keeps 500 rows, so this never deletes every row under the header.
  if (excess > 0) {
    log.sheet.deleteRows(2, excess);
    forgetTabs(); // sizes an open Table took are stale now
  }
}
