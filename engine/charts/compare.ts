/**
 * (g) Two runs on one time axis: by default total coal stock (with the summed reserve floor)
 * above the total gas cut, one colour per run. Other metrics can be asked for by name.
 */
import type { Quantity } from '../i18n/format.ts';
import type { DayRecord, RunResult } from '../run/result.ts';
import { CHART_WIDTH, SCHEMA_URL, chartConfig, dateTooltip, dateX, type VegaLiteSpec } from './common.ts';
import {
  chartText,
  langOf,
  seriesNames,
  type AxisName,
  type ChartKey,
  type ChartText,
  type LangOption,
} from './text.ts';

export const COMPARE_METRICS = [
  'coal-stock',
  'gas-cut',
  'unserved-heat',
  'days-of-cover',
  'cost',
  'temperature',
] as const;
export type CompareMetric = (typeof COMPARE_METRICS)[number];

interface MetricDef {
  title: ChartKey;
  axis: Exclude<AxisName, 'date'>;
  quantity: Quantity;
  format: string;
  /** The day's lines, in engine units. */
  values: (d: DayRecord, r: RunResult, L: ChartText) => Array<{ line: string; v: number | null }>;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Stock solid, floor dashed; further yards get their own patterns. */
const DASHES = [
  [1, 0],
  [7, 4],
  [3, 2],
  [12, 3, 2, 3],
  [1, 3],
  [14, 6],
  [6, 2, 1, 2],
  [2, 5],
];

const METRICS: Record<CompareMetric, MetricDef> = {
  'coal-stock': {
    title: 'compare.metric.coalStock',
    axis: 'coal',
    quantity: 'coal',
    format: ',.0f',
    values: (d, r, L) => {
      const yards = Object.entries(d.yards);
      const names = seriesNames(r, 'yards', Object.keys(d.yards));
      const one = yards.length === 1;
      return yards.flatMap(([id, y]) => [
        {
          line: one ? L.text('compare.stock') : L.text('compare.yardStock', { yard: names.get(id) ?? id }),
          v: y.stockT,
        },
        {
          line: one ? L.text('compare.floor') : L.text('compare.yardFloor', { yard: names.get(id) ?? id }),
          v: y.floorT,
        },
      ]);
    },
  },
  'gas-cut': {
    title: 'compare.metric.gasCut',
    axis: 'gas',
    quantity: 'gas',
    format: '~s',
    values: (d, _r, L) => [
      { line: L.text('compare.cut'), v: sum(Object.values(d.gas.categories).map((c) => c?.cutM3 ?? 0)) },
    ],
  },
  'unserved-heat': {
    title: 'compare.metric.unservedHeat',
    axis: 'heat',
    quantity: 'heat',
    format: ',.0f',
    values: (d, _r, L) => [{ line: L.text('compare.unserved'), v: d.unservedMWh }],
  },
  'days-of-cover': {
    title: 'compare.metric.daysOfCover',
    axis: 'cover',
    quantity: 'days',
    format: ',.0f',
    values: (d, _r, L) => {
      const cover = Object.values(d.yards)
        .map((y) => y.daysOfCover)
        .filter((x): x is number => x !== null);
      return [{ line: L.text('compare.cover'), v: cover.length > 0 ? Math.min(...cover) : null }];
    },
  },
  cost: {
    title: 'compare.metric.cost',
    axis: 'cost',
    quantity: 'money',
    format: '~s',
    values: (d, _r, L) => [
      { line: L.text('compare.totalCost'), v: d.costYuan },
      { line: L.text('compare.shortageCost'), v: d.shortageCostYuan },
    ],
  },
  temperature: {
    title: 'compare.metric.temperature',
    axis: 'temperature',
    quantity: 'temperature',
    format: '.0f',
    values: (d, _r, L) => [{ line: L.text('compare.dailyMean'), v: d.outdoorTempC }],
  },
};

function runLabel(r: RunResult, tag: string): string {
  return `${tag}: ${r.scenarioId} #${r.inputHash.slice(0, 8)}`;
}

function panel(metric: CompareMetric, runs: Array<{ label: string; r: RunResult }>, width: number, L: ChartText) {
  const def = METRICS[metric];
  const rows = runs.flatMap(({ label, r }) =>
    r.days.flatMap((d) =>
      def
        .values(d, r, L)
        .filter((x) => x.v !== null)
        .map((x) => ({ date: d.date, run: label, line: x.line, v: L.scale(def.quantity, x.v as number) })),
    ),
  );
  const lines = [...new Set(rows.map((x) => x.line))];
  const axis = L.axis(def.axis);
  const runTitle = L.text('compare.run');
  const lineTitle = L.text('common.line');
  return {
    title: { text: L.text(def.title), fontSize: 15 },
    width,
    height: 220,
    data: { values: rows },
    mark: { type: 'line' as const, strokeWidth: 2 },
    encoding: {
      x: dateX(L.lang),
      y: {
        field: 'v',
        type: 'quantitative' as const,
        title: axis,
        axis: { format: L.axisFormat(def.quantity, def.format) },
        scale: { zero: metric !== 'temperature' },
      },
      color: {
        field: 'run',
        type: 'nominal' as const,
        title: runTitle,
        scale: { domain: runs.map((x) => x.label), range: ['#1f77b4', '#ff7f0e'] },
      },
      strokeDash: {
        field: 'line',
        type: 'nominal' as const,
        title: lineTitle,
        legend: lines.length > 1 ? {} : null,
        scale: { domain: lines, range: lines.map((_, i) => DASHES[i % DASHES.length]) },
      },
      tooltip: [
        dateTooltip(L.lang),
        { field: 'run', type: 'nominal' as const, title: runTitle },
        { field: 'line', type: 'nominal' as const, title: lineTitle },
        { field: 'v', type: 'quantitative' as const, title: axis, format: L.tooltipFormat(def.quantity, ',.1f') },
      ],
    },
  };
}

/**
 * Comparison chart of run `a` against run `b`. `metric` is one metric or several (default
 * coal stock and gas cut); `labels` name the runs in the legend (default id and input hash);
 * `lang` (or `{ lang }`) the language of its texts, default English.
 */
export function compareSpec(
  a: RunResult,
  b: RunResult,
  metric?: CompareMetric | readonly CompareMetric[],
  labels?: readonly [string, string],
  lang?: LangOption,
): VegaLiteSpec {
  const L = chartText(langOf(lang));
  const metrics: readonly CompareMetric[] =
    metric === undefined ? ['coal-stock', 'gas-cut'] : typeof metric === 'string' ? [metric] : metric;
  for (const m of metrics)
    if (!(m in METRICS)) throw new Error(`unknown comparison metric "${m}" (one of ${COMPARE_METRICS.join(', ')})`);
  let [la, lb] = labels ?? [runLabel(a, 'A'), runLabel(b, 'B')];
  if (la === lb) [la, lb] = [`A: ${la}`, `B: ${lb}`];
  const runs = [
    { label: la, r: a },
    { label: lb, r: b },
  ];
  const title = { text: L.text('compare.title'), subtitle: L.text('compare.versus', { a: la, b: lb }) };
  if (metrics.length === 1) {
    const { title: inner, width: _w, height: _h, ...one } = panel(metrics[0], runs, CHART_WIDTH, L);
    return {
      $schema: SCHEMA_URL,
      title: { ...title, text: L.text('compare.single', { metric: inner.text }) },
      width: CHART_WIDTH,
      height: 380,
      autosize: { type: 'fit', contains: 'padding' },
      padding: 12,
      config: chartConfig(L.lang),
      ...one,
    };
  }
  return {
    $schema: SCHEMA_URL,
    title,
    padding: 12,
    config: chartConfig(L.lang),
    vconcat: metrics.map((m) => panel(m, runs, CHART_WIDTH - 120, L)),
    resolve: { scale: { x: 'shared', color: 'shared', strokeDash: 'independent' } },
  };
}
