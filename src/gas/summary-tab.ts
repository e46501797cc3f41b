// Writing the Summary tab: a full build (cleared, formatted, four charts), or, when the tab still
// has the layout last built, only its figures. Most days the layout is the same as yesterday's
// (the same tables of the same sizes in the same language), and the build's formats, wraps,
// widths and charts cost some twenty calls where the figures cost two.
import { t, type Lang, type MessageKey } from '../core/i18n';
import { TAB } from '../core/schema';
import { CHART, COLUMN_WIDTHS, WIDTH, type Layout } from './summary-sheet';
import type { Crm } from './services';
import { documentProperties, forgetTabs, sheetNamed } from './execution';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The shape of the layout last built (a digest, see `shapeOf`): document property. */
export const SUMMARY_SHAPE_PROPERTY = 'lembar.summary.shape';

/** Counts on whole-number axes, rates in percent, money in millions as the language says it (Rp 50 jt, Rp 50M). */
const AXES = {
  count: { format: '0', minValue: 0 },
  percent: { format: '0%', minValue: 0 },
  idr: { format: '"Rp "#,##0,," jt"', minValue: 0 },
} as const;
const axis = (name: keyof typeof AXES, lang: Lang) =>
  name === 'idr' && lang === 'en' ? { ...AXES.idr, format: '"Rp "#,##0,,"M"' } : AXES[name];

/** The charts: which table, drawn how, in which strip and on which side. */
const CHARTS: {
  table: string;
  type: 'COLUMN' | 'BAR' | 'COMBO';
  title: MessageKey;
  strip: number;
  side: 0 | 1;
  axis: keyof typeof AXES;
  cols?: number;
  options?: Record<string, unknown>;
}[] = [
  { table: 'leadsPerWeek', type: 'COLUMN', title: 'summary.leadsPerWeek', strip: 0, side: 0, axis: 'count' },
  { table: 'byStatus', type: 'BAR', title: 'summarySheet.openStages', strip: 0, side: 1, axis: 'idr' },
  // Conversion as bars, the expected band as two dashed lines over them.
  {
    table: 'bySource',
    type: 'COMBO',
    title: 'summarySheet.conversionBand',
    strip: 1,
    side: 0,
    axis: 'percent',
    cols: 4,
    options: {
      seriesType: 'bars',
      series: { 1: { type: 'line', lineDashStyle: [4, 4] }, 2: { type: 'line', lineDashStyle: [4, 4] } },
    },
  },
  { table: 'lostReasons', type: 'BAR', title: 'summary.lostReasons', strip: 1, side: 1, axis: 'count' },
];

/**
 * Everything the build writes but the figures: formats, bold, wraps, where the formulas, tables
 * and charts are, the charts' titles, the widths. Equal shapes make equal tabs but for the values.
 */
export function shapeOf(lang: Lang, L: Layout): string {
  const charts = CHARTS.map((c) => ({ ...c, title: t(lang, c.title) }));
  return digest(
    JSON.stringify([
      L.rows.length,
      L.formats,
      L.bold,
      L.wrap,
      L.formulas.map(([r, c]) => [r, c]),
      L.tables,
      L.chartStrips,
      charts,
      CHARTS.map((c) => axis(c.axis, lang)),
      WIDTH,
      COLUMN_WIDTHS,
      CHART,
    ]),
  );
}

/** A 53-bit digest of a text (cyrb53): a changed shape gives another one but for a 2^-53 chance. */
function digest(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The rows as written: the formulas in their cells (setValues enters a text starting with = as one). */
function cells(L: Layout): unknown[][] {
  const rows = L.rows.map((r) => [...r] as unknown[]);
  for (const [row, column, formula] of L.formulas) rows[row - 1][column - 1] = formula;
  return rows;
}

/**
 * Writes the tab (call it under the lock). `figuresOnly`: when the tab has the layout last
 * built (the same shape, its rows where they were, its four charts), only the values are
 * written; otherwise, and always when false (the menu's Refresh, a person's way to repair the
 * tab), it is built anew.
 */
export function writeSummaryTab(crm: Crm, L: Layout, figuresOnly: boolean): void {
  const props = documentProperties();
  const shape = shapeOf(crm.lang, L);
  const sheet = sheetNamed(crm.ss, TAB.summary);
  const same = props.getProperty(SUMMARY_SHAPE_PROPERTY) === shape;
  if (figuresOnly && sheet && same && intact(sheet, L)) {
    sheet.getRange(1, 1, L.rows.length, WIDTH).setValues(cells(L));
    return;
  }
  build(crm, sheet ?? crm.ss.insertSheet(TAB.summary), L);
  if (!same) props.setProperty(SUMMARY_SHAPE_PROPERTY, shape);
}

/**
 * Whether the tab still is as built: its last row where the layout ends (no row deleted or
 * inserted by hand) and its four charts. Formats a person changed stay until the next build.
 */
function intact(sheet: Sheet, L: Layout): boolean {
  let last = L.rows.length;
  while (last > 0 && L.rows[last - 1].every((v) => v === '') && !L.formulas.some(([r]) => r === last)) last--;
  return sheet.getLastRow() === last && sheet.getCharts().length === CHARTS.length;
}

function build(crm: Crm, sheet: Sheet, L: Layout): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  const max = sheet.getMaxRows();
  if (L.rows.length > max) {
    sheet.insertRowsAfter(max, L.rows.length - max);
    forgetTabs(); // sizes an open Table took are stale now
  }
  const range = sheet.getRange(1, 1, L.rows.length, WIDTH);
  range.setNumberFormats(L.formats);
  range.setValues(cells(L));
  range.setFontWeights(L.bold.map((b) => new Array(WIDTH).fill(b ? 'bold' : 'normal')));
  // Read without resizing anything: labels in a wide first column, headers wrapped in theirs;
  // other text stays unwrapped so a sentence runs on over the empty cells beside it.
  range.setWraps(L.wrap.map((w) => new Array(WIDTH).fill(w)));
  sheet.setColumnWidth(1, COLUMN_WIDTHS.first);
  sheet.setColumnWidths(2, WIDTH - 1, COLUMN_WIDTHS.rest);
  for (const c of CHARTS) {
    const tb = L.tables[c.table];
    const cols = c.cols ?? 2;
    const type = Charts.ChartType[c.type];
    let builder = sheet
      .newChart()
      .setChartType(type)
      .addRange(sheet.getRange(tb.row, 1, tb.chartRows, cols))
      .setNumHeaders(1)
      .setOption('title', t(crm.lang, c.title))
      .setOption('legend', { position: cols > 2 ? 'bottom' : 'none' })
      .setOption('width', CHART.width)
      .setOption('height', CHART.height)
      .setOption(c.type === 'BAR' ? 'hAxis' : 'vAxis', axis(c.axis, crm.lang));
    for (const [k, v] of Object.entries(c.options ?? {})) builder = builder.setOption(k, v);
    // Two side by side: the second starts past the first chart's width.
    const column = c.side === 0 ? 1 : 2 + Math.ceil((CHART.width + 20 - COLUMN_WIDTHS.first) / COLUMN_WIDTHS.rest);
    sheet.insertChart(builder.setPosition(L.chartStrips[c.strip], column, 0, 0).build());
  }
}
