// getCrmSummary and refreshSummary (SPEC §5): the figures as JSON, and the Summary tab with
// KPI cards, tables and three charts. A rebuild replaces everything, charts included.
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type RecordOf } from '../core/schema';
import { computeSummary, capacityOf, type CrmSummary, type Capacity } from '../core/summary';
import { scorecards, type Scorecard } from '../core/scorecard';
import { readTeam } from './team';
import { t, type MessageKey } from '../core/i18n';
import { CHART, COLUMN_WIDTHS, WIDTH, layout } from './summary-sheet';
import { addDays, cellDate } from '../core/dates';
import { Table } from './table';
import { openCrm, withDocumentLock, type Crm } from './services';
import { appendRunLog } from './runlog';
import { readRecords } from './archive';
import { forgetTabs } from './execution';

/** Activities moved to archive spreadsheets (and still there): where to read them, in whose Drive. */
export type Archived = { beforeYear: number; count: number; url: string; by: string };
export type FullSummary = CrmSummary & { scorecard: Scorecard[]; capacity: Capacity & { archived: Archived[] } };

function summarize(crm: Crm): FullSummary {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const activityRows = acts.rowCount === 0 ? [] : acts.sheet.getSheetValues(2, 1, acts.rowCount, acts.headers.width);
  const leadRecords = leads.allRows().map((r) => leads.toRecord(r));
  const actRecords = activityRows.map((r) => acts.toRecord(r));
  const summary = computeSummary(leadRecords, actRecords, crm.settings, crm.now, crm.offset);
  const scorecard = scorecards(leadRecords, actRecords, crm.settings, readTeam(crm), crm.now, crm.offset);
  // Capacity: every tab's grid counts against Google's limit, used or not.
  const cells = crm.ss.getSheets().reduce((n, sh) => n + sh.getMaxRows() * sh.getMaxColumns(), 0);
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
  return { ...summary, scorecard, capacity: { ...capacity, archived } };
}

export function getCrmSummary(): FullSummary {
  return summarize(openCrm());
}

export function refreshSummary(): FullSummary {
  const crm = openCrm();
  const summary = summarize(crm);
  const L = layout(crm.lang, summary, crm);
  withDocumentLock(crm.lang, () => {
    const sheet = crm.ss.getSheetByName(TAB.summary) ?? crm.ss.insertSheet(TAB.summary);
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.clear();
    const max = sheet.getMaxRows();
    if (L.rows.length > max) {
      sheet.insertRowsAfter(max, L.rows.length - max);
      forgetTabs(); // sizes an open Table took are stale now
    }
    const range = sheet.getRange(1, 1, L.rows.length, WIDTH);
    range.setNumberFormats(L.formats);
    range.setValues(L.rows);
    range.setFontWeights(L.bold.map((b) => new Array(WIDTH).fill(b ? 'bold' : 'normal')));
    // Read without resizing anything: labels in a wide first column, headers wrapped in theirs;
    // other text stays unwrapped so a sentence runs on over the empty cells beside it.
    range.setWraps(L.wrap.map((w) => new Array(WIDTH).fill(w)));
    sheet.setColumnWidth(1, COLUMN_WIDTHS.first);
    sheet.setColumnWidths(2, WIDTH - 1, COLUMN_WIDTHS.rest);
    for (const [row, column, formula] of L.formulas) sheet.getRange(row, column).setFormula(formula);
    // Counts on whole-number axes, rates in percent, money in Indonesian notation (Rp 50 jt).
    const AXES: Record<string, object> = {
      count: { format: '0', minValue: 0 },
      percent: { format: '0%', minValue: 0 },
      idr: { format: '"Rp "#,##0,," jt"', minValue: 0 },
    };
    const chart = (
      name: string,
      type: GoogleAppsScript.Charts.ChartType,
      titleKey: MessageKey,
      strip: number,
      side: 0 | 1,
      axis: keyof typeof AXES,
      cols = 2,
      options: Record<string, unknown> = {},
    ) => {
      const tb = L.tables[name];
      let builder = sheet
        .newChart()
        .setChartType(type)
        .addRange(sheet.getRange(tb.row, 1, tb.chartRows, cols))
        .setNumHeaders(1)
        .setOption('title', t(crm.lang, titleKey))
        .setOption('legend', { position: cols > 2 ? 'bottom' : 'none' })
        .setOption('width', CHART.width)
        .setOption('height', CHART.height)
        .setOption(type === Charts.ChartType.BAR ? 'hAxis' : 'vAxis', AXES[axis]);
      for (const [k, v] of Object.entries(options)) builder = builder.setOption(k, v);
      // Two side by side: the second starts past the first chart's width.
      const column = side === 0 ? 1 : 2 + Math.ceil((CHART.width + 20 - COLUMN_WIDTHS.first) / COLUMN_WIDTHS.rest);
      sheet.insertChart(builder.setPosition(L.chartStrips[strip], column, 0, 0).build());
    };
    chart('leadsPerWeek', Charts.ChartType.COLUMN, 'summary.leadsPerWeek', 0, 0, 'count');
    chart('byStatus', Charts.ChartType.BAR, 'summarySheet.openStages', 0, 1, 'idr');
    // Conversion as bars, the expected band as two dashed lines over them.
    chart('bySource', Charts.ChartType.COMBO, 'summarySheet.conversionBand', 1, 0, 'percent', 4, {
      seriesType: 'bars',
      series: { 1: { type: 'line', lineDashStyle: [4, 4] }, 2: { type: 'line', lineDashStyle: [4, 4] } },
    });
    chart('lostReasons', Charts.ChartType.BAR, 'summary.lostReasons', 1, 1, 'count');
  });
  appendRunLog(
    crm.ss,
    crm.lang,
    crm.now,
    'refreshSummary',
    'ok',
    `${t(crm.lang, 'summary.kpi.leads')}: ${summary.totals.leads}`,
  );
  crm.ss.toast(t(crm.lang, 'summary.done'), t(crm.lang, 'menu.title'), 5);
  return summary;
}
