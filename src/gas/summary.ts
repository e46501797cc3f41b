// getCrmSummary and refreshSummary (SPEC §5): the figures as JSON, and the Summary tab with
// KPI cards, tables and three charts. A rebuild replaces everything, charts included.
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB, type RecordOf } from '../core/schema';
import { ownerLines, ownerNamesFor } from './owners';
import { computeSummary, capacityOf, type CrmSummary, type Capacity, type Verdict } from '../core/summary';
import { scorecards, type Scorecard } from '../core/scorecard';
import { readTeam } from './team';
import { label, t, userText, type Lang, type MessageKey } from '../core/i18n';
import { formatDateTime, formatDay } from '../core/format';
import { addDays, cellDate, localDateTime } from '../core/dates';
import { Table } from './table';
import { openCrm, withDocumentLock, type Crm } from './services';
import { appendRunLog } from './runlog';
import { formatCount } from '../core/money';
import { readRecords } from './archive';

/** Activities moved to archive spreadsheets (and still there): where to read them, in whose Drive. */
export type Archived = { beforeYear: number; count: number; url: string; by: string };
export type FullSummary = CrmSummary & { scorecard: Scorecard[]; capacity: Capacity & { archived: Archived[] } };

function summarize(crm: Crm): FullSummary {
  const leads = Table.open(crm.ss, TAB.leads, LEAD_COLUMNS, crm.lang);
  const acts = Table.open(crm.ss, TAB.activities, ACTIVITY_COLUMNS, crm.lang);
  const activityRows =
    acts.rowCount === 0 ? [] : acts.sheet.getRange(2, 1, acts.rowCount, acts.headers.width).getValues();
  const leadRecords = leads.allRows().map((r) => leads.toRecord(r));
  const actRecords = activityRows.map((r) => acts.toRecord(r));
  const summary = computeSummary(leadRecords, actRecords, crm.settings, crm.now, crm.offset);
  const scorecard = scorecards(leadRecords, actRecords, crm.settings, readTeam(crm), crm.now, crm.offset);
  // Capacity: every tab's grid counts against Google's limit, used or not.
  const cells = crm.ss.getSheets().reduce((n, sh) => n + sh.getMaxRows() * sh.getMaxColumns(), 0);
  const since = addDays(crm.now, -84);
  const recent = <H extends string>(rows: RecordOf<H>[], h: NoInfer<H>) =>
    rows.filter((r) => (cellDate(r[h], crm.offset) ?? new Date(0)) >= since).length;
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

const VERDICT_MESSAGE: Record<Verdict, MessageKey> = {
  below: 'summary.verdict.below',
  within: 'summary.verdict.within',
  above: 'summary.verdict.above',
  'too few': 'summary.verdict.tooFew',
  'no benchmark': 'summary.verdict.noBenchmark',
};

const WIDTH = 14;
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

const INT = '#,##0';

function layout(lang: Lang, s: FullSummary, crm: Crm): Layout {
  const L = new Layout();
  const m = (k: string) => t(lang, k as MessageKey);
  // What a manager reads: statuses and sources by their labels, days as people write them.
  const status = (x: string) => label(lang, 'status', x);
  const source = (x: string) => label(lang, 'source', x);
  const day = (ymd: string) => formatDay(ymd, lang, 'medium');
  const money = crm.settings.currency === 'IDR' ? MONEY : '#,##0.00';
  L.add(
    [
      m('summary.title'),
      t(lang, 'summary.generated', {
        time: formatDateTime(localDateTime(new Date(s.generatedAt), crm.offset), lang),
      }),
    ],
    [],
    true,
  );
  L.add([]);
  // What a manager reads first: this week against last, how deals are won, the pipeline, speed.
  L.add([m('summary.glance')], [], true);
  L.add(
    [m('summary.kpi.newThisWeek'), s.thisWeek.newLeads, m('summary.kpi.lastWeek'), s.thisWeek.lastWeekNewLeads],
    ['@', INT, '@', INT],
  );
  L.add(
    [m('summary.kpi.winRate'), s.winRate, m('summary.kpi.averageDealValue'), s.averageDealValue],
    ['@', PERCENT, '@', money],
  );
  L.add(
    [m('summary.kpi.openPipeline'), s.thisWeek.openValue, m('summary.kpi.weighted'), s.weightedForecast],
    ['@', money, '@', money],
  );
  L.add(
    [m('summary.kpi.slaRate'), s.firstContactSla.rate, m('summary.kpi.open'), s.totals.open],
    ['@', PERCENT, '@', INT],
  );
  L.add(
    [m('summary.kpi.leads'), s.totals.leads, m('summary.kpi.won'), s.totals.won + s.totals.pastClients],
    ['@', INT, '@', INT],
  );
  // Repeat business, per client.
  L.add(
    [m('summary.kpi.clients'), s.clients.total, m('summary.kpi.clientsOpen'), s.clients.withOpenDeal],
    ['@', INT, '@', INT],
  );
  L.add(
    [m('summary.kpi.repeatClients'), s.clients.repeat, m('summary.kpi.repeatRate'), s.clients.repeatRate],
    ['@', INT, '@', PERCENT],
  );
  L.add([m('summary.kpi.lifetimeValue'), s.clients.lifetimeValue], ['@', money]);
  L.add([]);
  // The charts sit to the right of these tables (see refreshSummary).
  L.table(
    'leadsPerWeek',
    m('summary.leadsPerWeek'),
    [m('summary.col.week'), m('summary.col.count')],
    s.leadsPerWeek.map((w) => [day(w.weekStart), w.count]),
    ['@', INT],
  );
  L.table(
    'byStatus',
    m('summary.byStatus'),
    [m('summary.col.status'), m('summary.col.value'), m('summary.col.count')],
    s.byStatus.map((b) => [status(b.status), b.value, b.count]),
    ['@', money, INT],
  );
  L.table(
    'bySource',
    m('summary.bySource'),
    [
      m('summary.col.source'),
      m('summary.col.conversion'),
      m('summary.col.count'),
      m('summary.col.won'),
      m('summary.col.expected'),
      m('summary.col.verdict'),
    ],
    s.bySource.map((b) => [
      source(b.source),
      b.conversionRate,
      b.leads,
      b.won,
      b.expected ? `${Math.round(b.expected.min * 100)}–${Math.round(b.expected.max * 100)}%` : '',
      m(VERDICT_MESSAGE[b.verdict]),
    ]),
    ['@', PERCENT, INT, INT, '@', '@'],
  );
  L.table(
    'lostReasons',
    m('summary.lostReasons'),
    [m('summary.col.reason'), m('summary.col.count')],
    s.lostReasons.map((r) => [label(lang, 'lostReason', r.reason), r.count]),
    ['@', INT],
  );
  const target = (x: { target: number | null; actual: number }) =>
    x.target === null ? String(x.actual) : `${x.actual} / ${x.target}`;
  L.table(
    'scorecard',
    m('summary.scorecard'),
    [
      m('summary.col.owner'),
      m('summary.col.name'),
      m('summary.col.newPerWeek'),
      m('summary.col.slaRate'),
      m('summary.col.hours'),
      m('summary.col.overMax'),
      m('summary.col.winRate'),
      m('summary.col.avgDeal'),
      m('summary.col.openValue'),
      m('summary.col.weighted'),
      m('summary.col.repeat'),
      m('summary.col.retention'),
      m('summary.col.actsPerWeek'),
      `${m('summary.col.targetNew')} · ${m('summary.col.targetWon')}`,
    ],
    s.scorecard.map((c) => [
      c.owner,
      c.name,
      c.newLeadsPerWeek,
      c.firstContactWithinSlaRate,
      c.medianHoursToFirstContact,
      c.leadsOverMaxFollowUps,
      c.winRate,
      c.averageDealValue,
      c.openValue,
      c.weightedValue,
      c.repeatClients,
      c.retentionRate,
      c.activitiesPerWeek,
      `${target(c.targets.newLeads)} · ${target(c.targets.won)}`,
    ]),
    ['@', '@', '0.0', PERCENT, '0.0', INT, PERCENT, money, money, money, INT, PERCENT, '0.0', '@'],
  );
  L.table(
    'funnel',
    m('summary.funnel'),
    [m('summary.col.status'), m('summary.col.reached')],
    s.funnel.map((f) => [status(f.status), f.reached]),
    ['@', INT],
  );
  L.table(
    'firstContactDays',
    m('summary.firstContactDays'),
    [m('summary.col.owner'), m('summary.col.days'), m('summary.col.count')],
    s.firstContactDays.map((f) => [f.owner, f.medianDays, f.leads]),
    ['@', '0.0', INT],
  );
  L.add([m('summary.capacity')], [], true);
  L.add([
    t(lang, 'summary.capacity.used', {
      used: formatCount(s.capacity.cells, lang),
      percent: `${(s.capacity.share * 100).toFixed(1)}%`,
    }),
  ]);
  L.add([
    s.capacity.fullBy
      ? t(lang, 'summary.capacity.when', {
          // `2027-03` as `Maret 2027`.
          month: formatDay(`${s.capacity.fullBy}-01`, lang, 'long').replace(/^1 /, ''),
        })
      : m('summary.capacity.never'),
  ]);
  for (const a of s.capacity.archived)
    L.add([
      t(lang, a.by ? 'summary.capacity.archivedBy' : 'summary.capacity.archived', {
        count: formatCount(a.count, lang),
        year: a.beforeYear,
        url: a.url,
        by: userText(a.by),
      }),
    ]);
  L.add([]);
  // What could not be counted goes last, in words.
  const k = s.skipped;
  L.add([m('summary.notCounted')], [], true);
  // Owners typed as names: left out of the per-owner figures until mapped (gas/owners.ts).
  for (const line of ownerLines(crm, ownerNamesFor(crm).owners)) L.add([line]);
  L.add([
    k.unknownStatus + k.badNumber + k.noCreatedAt > 0
      ? t(lang, 'summary.notCounted.text', k)
      : m('summary.notCounted.none'),
  ]);
  return L;
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
    if (L.rows.length > max) sheet.insertRowsAfter(max, L.rows.length - max);
    const range = sheet.getRange(1, 1, L.rows.length, WIDTH);
    range.setNumberFormats(L.formats);
    range.setValues(L.rows);
    range.setFontWeights(L.bold.map((b) => new Array(WIDTH).fill(b ? 'bold' : 'normal')));
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
      column: number,
      row: number,
      axis: keyof typeof AXES,
      cols = 2,
    ) => {
      const tb = L.tables[name];
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(type)
          .addRange(sheet.getRange(tb.row, 1, tb.rows, cols))
          .setNumHeaders(1)
          .setOption('title', t(crm.lang, titleKey))
          .setOption('legend', { position: 'none' })
          .setOption(type === Charts.ChartType.BAR ? 'hAxis' : 'vAxis', AXES[axis])
          .setPosition(row, column, 0, 0)
          .build(),
      );
    };
    chart('leadsPerWeek', Charts.ChartType.COLUMN, 'summary.leadsPerWeek', 16, 1, 'count');
    chart('byStatus', Charts.ChartType.BAR, 'summary.byStatus', 16, 20, 'idr');
    chart('bySource', Charts.ChartType.COLUMN, 'summary.bySource', 16, 39, 'percent');
    chart('lostReasons', Charts.ChartType.BAR, 'summary.lostReasons', 16, 58, 'count');
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
