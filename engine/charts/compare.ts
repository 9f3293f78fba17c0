/**
 * (g) Two runs on one time axis: by default total coal stock (with the summed reserve floor)
 * above the total gas cut, one colour per run. Other metrics can be asked for by name.
 */
import type { DayRecord, RunResult } from '../run/result.ts';
import { AXIS, CHART_WIDTH, CONFIG, SCHEMA_URL, dateX, type VegaLiteSpec } from './common.ts';

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
  title: string;
  axis: string;
  format: string;
  values: (d: DayRecord) => Array<{ line: string; v: number | null }>;
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
    title: 'Coal stock per yard against its reserve floor',
    axis: AXIS.coal,
    format: ',.0f',
    values: (d) => {
      const yards = Object.entries(d.yards);
      const name = (id: string, what: string) => (yards.length === 1 ? what : `${id} ${what.toLowerCase()}`);
      return yards.flatMap(([id, y]) => [
        { line: name(id, 'Stock'), v: y.stockT },
        { line: name(id, 'Reserve floor'), v: y.floorT },
      ]);
    },
  },
  'gas-cut': {
    title: 'Gas cut, all consumer categories',
    axis: AXIS.gas,
    format: '~s',
    values: (d) => [{ line: 'Cut', v: sum(Object.values(d.gas.categories).map((c) => c?.cutM3 ?? 0)) }],
  },
  'unserved-heat': {
    title: 'Unserved heat',
    axis: AXIS.heat,
    format: ',.0f',
    values: (d) => [{ line: 'Unserved', v: d.unservedMWh }],
  },
  'days-of-cover': {
    title: 'Lowest days of cover of any yard',
    axis: AXIS.cover,
    format: ',.0f',
    values: (d) => {
      const cover = Object.values(d.yards)
        .map((y) => y.daysOfCover)
        .filter((x): x is number => x !== null);
      return [{ line: 'Cover', v: cover.length > 0 ? Math.min(...cover) : null }];
    },
  },
  cost: {
    title: 'Cost per day: total (supply + valued shortage) and the shortage in it',
    axis: AXIS.cost,
    format: '~s',
    values: (d) => [
      { line: 'Total cost', v: d.costYuan },
      { line: 'Of it, shortage cost', v: d.shortageCostYuan },
    ],
  },
  temperature: {
    title: 'Outdoor temperature (daily mean)',
    axis: AXIS.temperature,
    format: '.0f',
    values: (d) => [{ line: 'Daily mean', v: d.outdoorTempC }],
  },
};

function runLabel(r: RunResult, tag: string): string {
  return `${tag}: ${r.scenarioId} #${r.inputHash.slice(0, 8)}`;
}

function panel(metric: CompareMetric, runs: Array<{ label: string; r: RunResult }>, width: number) {
  const def = METRICS[metric];
  const rows = runs.flatMap(({ label, r }) =>
    r.days.flatMap((d) =>
      def
        .values(d)
        .filter((x) => x.v !== null)
        .map((x) => ({ date: d.date, run: label, line: x.line, v: x.v })),
    ),
  );
  const lines = [...new Set(rows.map((x) => x.line))];
  return {
    title: { text: def.title, fontSize: 15 },
    width,
    height: 220,
    data: { values: rows },
    mark: { type: 'line' as const, strokeWidth: 2 },
    encoding: {
      x: dateX(),
      y: {
        field: 'v',
        type: 'quantitative' as const,
        title: def.axis,
        axis: { format: def.format },
        scale: { zero: metric !== 'temperature' },
      },
      color: {
        field: 'run',
        type: 'nominal' as const,
        title: 'Run',
        scale: { domain: runs.map((x) => x.label), range: ['#1f77b4', '#ff7f0e'] },
      },
      strokeDash: {
        field: 'line',
        type: 'nominal' as const,
        title: 'Line',
        legend: lines.length > 1 ? {} : null,
        scale: { domain: lines, range: lines.map((_, i) => DASHES[i % DASHES.length]) },
      },
      tooltip: [
        { field: 'date', type: 'nominal' as const, title: AXIS.date },
        { field: 'run', type: 'nominal' as const, title: 'Run' },
        { field: 'line', type: 'nominal' as const, title: 'Line' },
        { field: 'v', type: 'quantitative' as const, title: def.axis, format: ',.1f' },
      ],
    },
  };
}

/**
 * Comparison chart of run `a` against run `b`. `metric` is one metric or several (default
 * coal stock and gas cut); `labels` name the runs in the legend (default id and input hash).
 */
export function compareSpec(
  a: RunResult,
  b: RunResult,
  metric?: CompareMetric | readonly CompareMetric[],
  labels?: readonly [string, string],
): VegaLiteSpec {
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
  const title = { text: 'Comparison of two runs', subtitle: `${la}  vs  ${lb}` };
  if (metrics.length === 1) {
    const { title: inner, width: _w, height: _h, ...one } = panel(metrics[0], runs, CHART_WIDTH);
    return {
      $schema: SCHEMA_URL,
      title: { ...title, text: `Comparison: ${inner.text}` },
      width: CHART_WIDTH,
      height: 380,
      autosize: { type: 'fit', contains: 'padding' },
      padding: 12,
      config: CONFIG,
      ...one,
    };
  }
  return {
    $schema: SCHEMA_URL,
    title,
    padding: 12,
    config: CONFIG,
    vconcat: metrics.map((m) => panel(m, runs, CHART_WIDTH - 120)),
    resolve: { scale: { x: 'shared', color: 'shared', strokeDash: 'independent' } },
  };
}
