// getCrmSummary and refreshSummary (SPEC §5): the figures as JSON, and the Summary tab with
// KPI cards, tables and three charts. A rebuild replaces everything, charts included.
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB } from '../core/schema';
import { computeSummary, type CrmSummary } from '../core/summary';
import { t, type Lang, type MessageKey } from '../core/i18n';
import { localDateTime } from '../core/dates';
import { Table } from './table';
import { openCrm, withDocumentLock, type Crm } from './services';
import { appendRunLog } from './runlog';

function summarize(crm: Crm): CrmSummary {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const activityRows = acts.rowCount === 0 ? [] : acts.sheet.getRange(2, 1, acts.rowCount, acts.headers.width).getValues();
  return computeSummary(
    leads.allRows().map((r) => leads.toRecord(r)),
    activityRows.map((r) => acts.toRecord(r)),
    crm.settings,
    crm.now,
    crm.offset,
  );
}

export function getCrmSummary(): CrmSummary {
  return summarize(openCrm());
}

const WIDTH = 4;
type Cell = string | number | Date;

/** Builds the tab as rows, with the format of each cell and where each table is. */
class Layout {
  rows: Cell[][] = [];
  formats: string[][] = [];
  bold: boolean[] = [];
  tables: Record<string, { row: number; rows: number }> = {};
  add(cells: Cell[], formats: string[] = [], bold = false): void {
    const line = [...cells];
    while (line.length < WIDTH) line.push('');
    this.rows.push(line);
    this.formats.push(line.map((_, i) => formats[i] ?? (typeof line[i] === 'string' ? '@' : 'General')));
    this.bold.push(bold);
  }
  table(name: string, title: string, header: string[], body: Cell[][], formats: string[]): void {
    this.add([title], [], true);
    this.add(header, [], true);
    this.tables[name] = { row: this.rows.length, rows: body.length + 1 };
    for (const r of body) this.add(r, formats);
    this.add([]);
  }
}

const MONEY = '"Rp "#,##0';
const PERCENT = '0.0%';

function layout(lang: Lang, s: CrmSummary, crm: Crm): Layout {
  const L = new Layout();
  const m = (k: string) => t(lang, k as MessageKey);
  const money = crm.settings.currency === 'IDR' ? MONEY : '#,##0.00';
  L.add([m('summary.title'), t(lang, 'summary.generated', { time: localDateTime(new Date(s.generatedAt), crm.offset) })], [], true);
  L.add([t(lang, 'summary.skipped', s.skipped)]);
  L.add([]);
  L.add([m('summary.kpis')], [], true);
  const kpis: [string, number, string][] = [
    ['summary.kpi.leads', s.totals.leads, '#,##0'],
    ['summary.kpi.open', s.totals.open, '#,##0'],
    ['summary.kpi.won', s.totals.won, '#,##0'],
    ['summary.kpi.lost', s.totals.lost, '#,##0'],
    ['summary.kpi.pastClients', s.totals.pastClients, '#,##0'],
    ['summary.kpi.winRate', s.winRate, PERCENT],
    ['summary.kpi.averageDealValue', s.averageDealValue, money],
    ['summary.kpi.weightedForecast', s.weightedForecast, money],
    ['summary.kpi.slaRate', s.firstContactSla.rate, PERCENT],
  ];
  for (const [k, v, f] of kpis) L.add([m(k), v], ['@', f]);
  L.add([]);
  L.table(
    'leadsPerWeek',
    m('summary.leadsPerWeek'),
    [m('summary.col.week'), m('summary.col.count')],
    s.leadsPerWeek.map((w) => [w.weekStart, w.count]),
    ['@', '#,##0'],
  );
  L.table(
    'byStatus',
    m('summary.byStatus'),
    [m('summary.col.status'), m('summary.col.value'), m('summary.col.count')],
    s.byStatus.map((b) => [b.status, b.value, b.count]),
    ['@', money, '#,##0'],
  );
  L.table(
    'bySource',
    m('summary.bySource'),
    [m('summary.col.source'), m('summary.col.conversion'), m('summary.col.count'), m('summary.col.won')],
    s.bySource.map((b) => [b.source, b.conversionRate, b.leads, b.won]),
    ['@', PERCENT, '#,##0', '#,##0'],
  );
  L.table(
    'lostReasons',
    m('summary.lostReasons'),
    [m('summary.col.reason'), m('summary.col.count')],
    s.lostReasons.map((r) => [r.reason, r.count]),
    ['@', '#,##0'],
  );
  L.table(
    'byOwner',
    m('summary.byOwner'),
    [m('summary.col.owner'), m('summary.col.count'), m('summary.col.won'), m('summary.col.value')],
    s.byOwner.map((o) => [o.owner, o.leads, o.won, o.value]),
    ['@', '#,##0', '#,##0', money],
  );
  L.table(
    'funnel',
    m('summary.funnel'),
    [m('summary.col.status'), m('summary.col.reached')],
    s.funnel.map((f) => [f.status, f.reached]),
    ['@', '#,##0'],
  );
  L.table(
    'firstContactDays',
    m('summary.firstContactDays'),
    [m('summary.col.owner'), m('summary.col.days'), m('summary.col.count')],
    s.firstContactDays.map((f) => [f.owner, f.medianDays, f.leads]),
    ['@', '0.0', '#,##0'],
  );
  return L;
}

export function refreshSummary(): CrmSummary {
  const crm = openCrm();
  const summary = summarize(crm);
  const L = layout(crm.lang, summary, crm);
  withDocumentLock(crm.lang, () => {
    const sheet = crm.ss.getSheetByName(TAB.summary) ?? crm.ss.insertSheet(TAB.summary);
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.clear();
    const max = sheet.getMaxRows();
    if (L.rows.length > max) sheet.insertRowsAfter(max, L.rows.length - max);
    const range = sheet.getRange(1, 1, L.rows.length, WIDTH);
    range.setNumberFormats(L.formats);
    range.setValues(L.rows);
    range.setFontWeights(L.bold.map((b) => new Array(WIDTH).fill(b ? 'bold' : 'normal')));
    const chart = (name: string, type: GoogleAppsScript.Charts.ChartType, titleKey: MessageKey, column: number, row: number, cols = 2) => {
      const tb = L.tables[name];
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(type)
          .addRange(sheet.getRange(tb.row, 1, tb.rows, cols))
          .setNumHeaders(1)
          .setOption('title', t(crm.lang, titleKey))
          .setOption('legend', { position: 'none' })
          .setPosition(row, column, 0, 0)
          .build(),
      );
    };
    chart('leadsPerWeek', Charts.ChartType.COLUMN, 'summary.leadsPerWeek', 6, 1);
    chart('byStatus', Charts.ChartType.BAR, 'summary.byStatus', 6, 20);
    chart('bySource', Charts.ChartType.COLUMN, 'summary.bySource', 6, 39);
  });
  appendRunLog(crm.ss, crm.lang, crm.now, 'refreshSummary', 'ok', `${t(crm.lang, 'summary.kpi.leads')}: ${summary.totals.leads}`);
  crm.ss.toast(t(crm.lang, 'summary.done'), t(crm.lang, 'menu.title'), 5);
  return summary;
}
