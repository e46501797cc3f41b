// Embedded charts: what a chart was built from (kept as data the playground can draw) and the builder.
import { ServiceObject } from '../counter';
import { FakeRange } from './range';
import type { FakeSheet } from './sheet';

export interface ChartSpec {
  id: string;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export class FakeEmbeddedChart extends ServiceObject {
  readonly serviceName = 'EmbeddedChart';
  constructor(
    readonly spec: ChartSpec,
    readonly sheet: FakeSheet,
  ) {
    super();
  }
  getChartId(): string {
    return this.spec.id;
  }
  getRanges(): FakeRange[] {
    return this.spec.ranges.map((a) => this.sheet.getRange(a));
  }
  getOptions(): { get(key: string): unknown } {
    return { get: (k: string) => this.spec.options[k] };
  }
}

export class FakeEmbeddedChartBuilder extends ServiceObject {
  readonly serviceName = 'EmbeddedChartBuilder';
  private type = '';
  private readonly ranges: string[] = [];
  private readonly options: Record<string, unknown> = {};
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  constructor(private readonly sheet: FakeSheet) {
    super();
  }
  setChartType(type: string): this {
    this.type = String(type);
    return this;
  }
  addRange(range: FakeRange): this {
    if (!(range instanceof FakeRange) || range.sheet !== this.sheet)
      throw new Error('Exception: Invalid argument: range');
    this.ranges.push(range.getA1Notation());
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.position = { row, column, offsetX, offsetY };
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = JSON.parse(JSON.stringify(value ?? null));
    return this;
  }
  setNumHeaders(n: number): this {
    this.options.numHeaders = n;
    return this;
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  build(): FakeEmbeddedChart {
    if (!this.type) throw new Error('Exception: The chart type must be set.');
    if (this.ranges.length === 0) throw new Error('Exception: The chart needs at least one range.');
    return new FakeEmbeddedChart(
      {
        id: `chart-${++chartSeq}`,
        type: this.type,
        ranges: [...this.ranges],
        options: { ...this.options },
        position: { ...this.position },
      },
      this.sheet,
    );
  }
}
let chartSeq = 0;
