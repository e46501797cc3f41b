// A Sheets chart of the tab drawn with Chart.js: its type, its series and a value axis formatted
// as the Sheets chart formats it.
import type { ChartConfiguration } from 'chart.js';

/** A chart of the tab (GET /api/charts), as the Sheets chart describes it. */
export interface ChartData {
  type: string;
  axis: string;
  title: string;
  labels: string[];
  /** A blank cell is null: a gap, as Sheets draws it. */
  series: { label: string; data: (number | null)[] }[];
}

// The value axis as the Sheets chart formats it: whole numbers, percent, or Rp in millions (jt).
function valueAxis(c: ChartData) {
  const ticks: { precision: number; callback?: (v: number | string) => string } = { precision: 0 };
  if (c.axis === 'percent') ticks.callback = (v) => `${Math.round(Number(v) * 100)}%`;
  if (c.axis === 'idr')
    ticks.callback = (v) => `Rp ${(Number(v) / 1e6).toLocaleString('id-ID', { maximumFractionDigits: 1 })} jt`;
  if (c.axis === 'idrM')
    ticks.callback = (v) => `Rp ${(Number(v) / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })}M`;
  const axis = { beginAtZero: true, ticks };
  return c.type === 'BAR' ? { x: axis } : { y: axis };
}
/** The Chart.js configuration of a chart. */
export function chartConfig(c: ChartData): ChartConfiguration {
  return {
    type: c.type === 'LINE' ? 'line' : c.type === 'PIE' ? 'pie' : 'bar',
    data: {
      labels: c.labels,
      // A combo chart (conversion and its expected band) draws its later series as dashed lines.
      datasets: c.series.map((s, i) =>
        c.type === 'COMBO' && i > 0
          ? {
              type: 'line' as const,
              label: s.label,
              data: s.data,
              borderColor: '#5f6368',
              borderDash: [4, 4],
              pointRadius: 2,
            }
          : { label: s.label, data: s.data, backgroundColor: '#34a853' },
      ),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: c.type === 'BAR' ? 'y' : 'x',
      plugins: { title: { display: true, text: c.title }, legend: { display: c.type === 'COMBO' } },
      scales: valueAxis(c),
    },
  };
}
