// The Summary tab as a manager reads it in Sheets (issue 29 item 7): each figure beside the one
// it is read with ("3 · last week 14"), charts in a strip under the figures (the open pipeline
// only, conversion against its expected band), tables under them with wrapped headers, blanks
// named in words, and a line that says so when the tab is opened on a later day.
import { ownerLines, ownerNamesFor } from './owners';
import { label, t, userText, type Lang, type MessageKey } from '../core/i18n';
import { CLOSED_STATUSES } from '../core/activity';
import { formatCount, formatMoney } from '../core/money';
import { formatDateTime, formatDay } from '../core/format';
import { localDateTime, toYmd } from '../core/dates';
import type { Verdict } from '../core/summary';
import type { Crm } from './services';
import type { FullSummary } from './summary';

const VERDICT_MESSAGE: Record<Verdict, MessageKey> = {
  below: 'summary.verdict.below',
  within: 'summary.verdict.within',
  above: 'summary.verdict.above',
  'too few': 'summary.verdict.tooFew',
  'no benchmark': 'summary.verdict.noBenchmark',
};

/** Columns the tab uses (the scorecard's 14). */
export const WIDTH = 14;
/** Pixel widths: labels in A, figures and table columns after it (headers wrap within them). */
export const COLUMN_WIDTHS = { first: 250, rest: 120 };
/** Charts are drawn this size, two side by side, in a strip of this many rows each. */
export const CHART = { width: 580, height: 360, rows: 19 };

type Cell = string | number | Date;

/** The tab as rows, with each cell's number format, bold and wrapped rows, where each table is. */
export class Layout {
  rows: Cell[][] = [];
  formats: string[][] = [];
  bold: boolean[] = [];
  wrap: boolean[] = [];
  /** Cells holding a formula: [row, column, formula], 1-based. */
  formulas: [number, number, string][] = [];
  /** A table's header row and its size; `chartRows` rows (header included) go into its chart. */
  tables: Record<string, { row: number; rows: number; chartRows: number }> = {};
  /** Where the charts go: the first row of each strip. */
  chartStrips: number[] = [];
  add(cells: Cell[], formats: string[] = [], bold = false, wrap = false): void {
    const line = [...cells];
    while (line.length < WIDTH) line.push('');
    this.rows.push(line);
    this.formats.push(line.map((_, i) => formats[i] ?? (typeof line[i] === 'string' ? '@' : 'General')));
    this.bold.push(bold);
    this.wrap.push(wrap);
  }
  table(
    name: string,
    title: string,
    header: string[],
    body: Cell[][],
    formats: string[],
    chartBody = body.length,
  ): void {
    this.add([title], [], true);
    // Headers wrap inside their column instead of being cut by the next one.
    this.add(header, [], true, true);
    this.tables[name] = { row: this.rows.length, rows: body.length + 1, chartRows: chartBody + 1 };
    for (const r of body) this.add(r, formats);
    this.add([]);
  }
}

const MONEY = '"Rp "#,##0';
const PERCENT = '0.0%';
const INT = '#,##0';

/** A formula's string literal. */
const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** `owners`: the Owner column of Leads as the figures read it. */
export function layout(lang: Lang, s: FullSummary, crm: Crm, owners: readonly unknown[]): Layout {
  const L = new Layout();
  const m = (k: MessageKey) => t(lang, k);
  const currency = crm.settings.currency;
  const money = currency === 'IDR' ? MONEY : '#,##0.00';
  const count = (n: number) => formatCount(n, lang);
  const cash = (n: number) => formatMoney(n, currency);
  const pct = (x: number) => {
    const text = `${(x * 100).toFixed(1)}%`;
    return lang === 'id' ? text.replace('.', ',') : text;
  };
  const lower = (x: string) => x.charAt(0).toLowerCase() + x.slice(1);
  const pair = (...parts: [string, string][]) => parts.map(([label, v]) => `· ${lower(label)} ${v}`).join(' ');
  const blank = (v: string, key: MessageKey) => (v === '—' || v.trim() === '' ? m(key) : v);
  /** A figure with nothing to measure yet (a rate over no leads): a dash, never a 0 that reads as a result. */
  const noData = (v: number | null) => (v === null ? '–' : v);

  const generated = localDateTime(new Date(s.generatedAt), crm.offset);
  L.add([m('summary.title')], [], true);
  L.add([t(lang, 'summary.generated', { time: formatDateTime(generated, lang) })]);
  // Opened on a later day, the tab says its figures are old and how to refresh them: Sheets
  // recalculates TODAY() when the file is opened, with no script running.
  const day = toYmd(crm.now, crm.offset);
  const [y, mo, d] = day.split('-').map(Number);
  const stale = t(lang, 'summarySheet.stale', {
    date: formatDay(day, lang, 'long'),
    menu: m('menu.title'),
    item: m('menu.summary'),
  });
  L.formulas.push([L.rows.length + 1, 1, `=IF(TODAY()>DATE(${y},${mo},${d}),${literal(stale)},"")`]);
  L.add([''], ['General'], true);
  L.add([]);

  // What a manager reads first: each figure with the one it is read against, in one line.
  L.add([m('summary.glance')], [], true);
  const kpi = (label: string, value: number | string, format: string, paired = '') =>
    L.add([label, value, paired], ['@', format, '@']);
  kpi(
    m('summary.kpi.newThisWeek'),
    s.thisWeek.newLeads,
    INT,
    pair([m('summary.kpi.lastWeek'), count(s.thisWeek.lastWeekNewLeads)]),
  );
  kpi(
    m('summary.kpi.openPipeline'),
    s.thisWeek.openValue,
    money,
    pair([m('summary.kpi.weighted'), cash(s.weightedForecast)]),
  );
  kpi(
    m('summary.kpi.winRate'),
    // No deal closed yet: a dash, as the scorecard shows, not a 0% that reads as every deal lost.
    noData(s.totals.won + s.totals.pastClients + s.totals.lost === 0 ? null : s.winRate),
    PERCENT,
    // No deal won with a value: no average either (a dash, as the win rate beside it).
    pair([
      m('summary.kpi.averageDealValue'),
      s.totals.won + s.totals.pastClients === 0 ? '–' : cash(s.averageDealValue),
    ]),
  );
  const timed = s.firstContactSla.withinSla + s.firstContactSla.breached;
  kpi(m('summary.kpi.slaRate'), noData(timed === 0 ? null : s.firstContactSla.rate), PERCENT);
  kpi(
    m('summary.kpi.leads'),
    s.totals.leads,
    INT,
    pair(
      [m('summary.kpi.open'), count(s.totals.open)],
      [m('summary.kpi.won'), count(s.totals.won + s.totals.pastClients)],
      [m('summary.kpi.lost'), count(s.totals.lost)],
    ),
  );
  kpi(
    m('summary.kpi.clients'),
    s.clients.total,
    INT,
    pair([m('summary.kpi.clientsOpen'), count(s.clients.withOpenDeal)]),
  );
  kpi(
    m('summary.kpi.repeatClients'),
    s.clients.repeat,
    INT,
    pair([m('summary.kpi.repeatRate'), pct(s.clients.repeatRate)]),
  );
  kpi(m('summary.kpi.lifetimeValue'), s.clients.lifetimeValue, money);
  L.add([]);

  // Two strips of two charts; their rows stay empty (a chart floats over its cells).
  for (const _ of [0, 1]) {
    L.chartStrips.push(L.rows.length + 1);
    for (let i = 0; i < CHART.rows; i++) L.add([]);
  }

  L.table(
    'leadsPerWeek',
    m('summary.leadsPerWeek'),
    [m('summary.col.week'), m('summary.col.count')],
    s.leadsPerWeek.map((w) => [formatDay(w.weekStart, lang, 'medium'), w.count]),
    ['@', INT],
  );
  // Open stages first: the pipeline chart covers them only (won and lost are not pipeline).
  const open = s.byStatus.filter((b) => !CLOSED_STATUSES.has(b.status));
  const closed = s.byStatus.filter((b) => CLOSED_STATUSES.has(b.status));
  L.table(
    'byStatus',
    m('summary.byStatus'),
    [m('summary.col.status'), m('summary.col.value'), m('summary.col.count')],
    [...open, ...closed].map((b) => [label(lang, 'status', b.status), b.value, b.count]),
    ['@', money, INT],
    open.length,
  );
  L.table(
    'bySource',
    m('summary.bySource'),
    [
      m('summary.col.source'),
      m('summary.col.conversion'),
      m('summarySheet.expectedFrom'),
      m('summarySheet.expectedTo'),
      m('summary.col.count'),
      m('summary.col.won'),
      m('summary.col.verdict'),
    ],
    s.bySource.map((b) => [
      b.source === '—' ? m('summarySheet.noSource') : label(lang, 'source', b.source),
      b.conversionRate,
      b.expected ? b.expected.min : '',
      b.expected ? b.expected.max : '',
      b.leads,
      b.won,
      m(VERDICT_MESSAGE[b.verdict]),
    ]),
    ['@', PERCENT, PERCENT, PERCENT, INT, INT, '@'],
  );
  L.table(
    'lostReasons',
    m('summary.lostReasons'),
    [m('summary.col.reason'), m('summary.col.count')],
    s.lostReasons.map((r) => [
      r.reason === '—' || r.reason.trim() === '' ? m('summarySheet.noReason') : label(lang, 'lostReason', r.reason),
      r.count,
    ]),
    ['@', INT],
  );
  const target = (x: { target: number | null; actual: number }) =>
    x.target === null ? count(x.actual) : `${count(x.actual)} / ${count(x.target)}`;
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
      blank(c.owner, 'summarySheet.noOwner'),
      c.name,
      c.newLeadsPerWeek,
      noData(c.firstContactWithinSlaRate),
      noData(c.medianHoursToFirstContact),
      c.leadsOverMaxFollowUps,
      noData(c.winRate),
      noData(c.averageDealValue),
      c.openValue,
      c.weightedValue,
      c.repeatClients,
      noData(c.retentionRate),
      c.activitiesPerWeek,
      `${target(c.targets.newLeads)} · ${target(c.targets.won)}`,
    ]),
    ['@', '@', '0.0', PERCENT, '0.0', INT, PERCENT, money, money, money, INT, PERCENT, '0.0', '@'],
  );
  L.table(
    'funnel',
    m('summary.funnel'),
    [m('summary.col.status'), m('summary.col.reached')],
    s.funnel.map((f) => [label(lang, 'status', f.status), f.reached]),
    ['@', INT],
  );
  L.table(
    'firstContactDays',
    m('summary.firstContactDays'),
    [m('summary.col.owner'), m('summary.col.days'), m('summary.col.count')],
    // Each owner by the Team's name, as the scorecard above names them.
    s.firstContactDays.map((f) => [
      blank(s.scorecard.find((c) => c.owner === f.owner)?.name || f.owner, 'summarySheet.noOwner'),
      f.medianDays,
      f.leads,
    ]),
    ['@', '0.0', INT],
  );
  L.add([m('summary.capacity')], [], true);
  L.add([
    t(lang, 'summary.capacity.used', {
      used: formatCount(s.capacity.cells, lang),
      percent: pct(s.capacity.share),
    }),
  ]);
  // A month as people write it: "Maret 2027" (the day of "1 Maret 2027" dropped).
  const month = (ym: string) => formatDay(`${ym}-01`, lang, 'long').replace(/^1 /, '');
  L.add([
    s.capacity.fullBy
      ? t(lang, 'summary.capacity.when', { month: month(s.capacity.fullBy) })
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
  for (const line of ownerLines(crm, ownerNamesFor(crm, owners).owners)) L.add([line]);
  L.add([
    k.unknownStatus + k.badNumber + k.noCreatedAt > 0
      ? t(lang, 'summary.notCounted.text', k)
      : m('summary.notCounted.none'),
  ]);
  if (k.noContactDate > 0) L.add([t(lang, 'summary.notCounted.noContactDate', k)]);
  return L;
}
