// getCrmSummary and refreshSummary (SPEC §5): the figures as JSON, and the Summary tab with
// KPI cards, tables and charts (summary-tab.ts writes the tab).
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type RecordOf } from '../core/schema';
import { computeSummary, capacityOf, type CrmSummary, type Capacity } from '../core/summary';
import { scorecards, type Scorecard } from '../core/scorecard';
import { readTeam } from './team';
import { t } from '../core/i18n';
import { layout } from './summary-sheet';
import { writeSummaryTab } from './summary-tab';
import { inDailyRun, rowsOf } from './daily-run';
import { addDays, cellDate } from '../core/dates';
import { openCrm, withDocumentLock, type Crm } from './services';
import { appendRunLog } from './runlog';
import { readRecords } from './archive';

/** Activities moved to archive spreadsheets (and still there): where to read them, in whose Drive. */
export type Archived = { beforeYear: number; count: number; url: string; by: string };
export type FullSummary = CrmSummary & { scorecard: Scorecard[]; capacity: Capacity & { archived: Archived[] } };

/** The figures, and the Owner column they were read with (the tab names owners typed as names). */
function summarize(crm: Crm): { summary: FullSummary; owners: unknown[] } {
  // In the daily run, the rows its jobs read moments ago under their locks (daily-run.ts).
  const { table: leads, records: leadRecords } = rowsOf(crm, TAB.leads, LEAD_COLUMNS);
  const { table: acts, records: actRecords } = rowsOf(crm, TAB.activities, ACTIVITY_COLUMNS);
  const summary = computeSummary(leadRecords, actRecords, crm.settings, crm.now, crm.offset);
  const scorecard = scorecards(leadRecords, actRecords, crm.settings, readTeam(crm), crm.now, crm.offset);
  const cells = gridCells(crm);
  const since = addDays(crm.now, -84);
  // Instants as numbers (no Date made for an empty cell, none compared through valueOf).
  const recent = <H extends string>(rows: RecordOf<H>[], h: NoInfer<H>) =>
    rows.filter((r) => (cellDate(r[h], crm.offset)?.getTime() ?? 0) >= since.getTime()).length;
  const capacity = capacityOf(
    cells,
    recent(leadRecords, 'Created At'),
    leads.headers.width,
    recent(actRecords, 'Timestamp'),
    acts.headers.width,
    crm.now,
    crm.offset,
  );
  const archived = readRecords()
    .filter((r) => r.state === 'done')
    .map((r) => ({ beforeYear: r.beforeYear, count: r.count, url: r.url, by: r.by }));
  return {
    summary: { ...summary, scorecard, capacity: { ...capacity, archived } },
    owners: leadRecords.map((r) => r['Owner']),
  };
}

/** The part of the Sheets advanced service (Sheets API v4) the Summary uses. */
interface GridsResource {
  get(
    spreadsheetId: string,
    options: { fields: string },
  ): { sheets?: { properties?: { gridProperties?: { rowCount?: number; columnCount?: number } } }[] };
}

/** Every tab's grid size, in one request of the Sheets API. */
const GRID_FIELDS = 'sheets.properties.gridProperties(rowCount,columnCount)';

/**
 * Cells of every tab's grid, used or not: Google's limit of a spreadsheet counts them all. One
 * request of the Sheets API answers for every tab, where SpreadsheetApp asks two calls per tab;
 * without the service (or when it fails) the tabs are asked one by one.
 */
function gridCells(crm: Crm): number {
  const api =
    typeof Sheets === 'undefined' ? undefined : (Sheets?.Spreadsheets as unknown as GridsResource | undefined);
  if (api && typeof api.get === 'function') {
    try {
      const sheets = api.get(crm.ss.getId(), { fields: GRID_FIELDS }).sheets ?? [];
      return sheets.reduce((n, s) => {
        const g = s.properties?.gridProperties;
        return n + (g?.rowCount ?? 0) * (g?.columnCount ?? 0);
      }, 0);
    } catch (e) {
      console.error(`Sheets API: ${String(e)}; the tabs are counted one by one`);
    }
  }
  return crm.ss.getSheets().reduce((n, sh) => n + sh.getMaxRows() * sh.getMaxColumns(), 0);
}

export function getCrmSummary(): FullSummary {
  return summarize(openCrm()).summary;
}

/** Menu: the Summary tab built anew (a person's way to repair it too). */
export function refreshSummary(): FullSummary {
  return refresh(false);
}

/** The daily run's refresh: only the figures while the tab keeps the layout last built. */
export function refreshSummaryJob(): FullSummary {
  return refresh(true);
}

function refresh(figuresOnly: boolean): FullSummary {
  const crm = openCrm();
  const { summary, owners } = summarize(crm);
  const L = layout(crm.lang, summary, crm, owners);
  withDocumentLock(crm.lang, () => writeSummaryTab(crm, L, figuresOnly));
  appendRunLog(
    crm.ss,
    crm.lang,
    crm.now,
    'refreshSummary',
    'ok',
    `${t(crm.lang, 'summary.kpi.leads')}: ${summary.totals.leads}`,
  );
  // A clock trigger has nobody to show a toast to: the Run Log line says the same.
  if (!inDailyRun()) crm.ss.toast(t(crm.lang, 'summary.done'), t(crm.lang, 'menu.title'), 5);
  return summary;
}
