/**
 * Chart specs the notebooks share that the engine does not draw: several runs on one time
 * axis, and a stacked bar of one figure per run and category. Plain Vega-Lite, data inline.
 */
import { t, type Lang, type RunResult, type VegaLiteSpec } from '../../engine/index.ts';

const CONFIG = {
  background: 'white',
  font: 'sans-serif',
  axis: { titleFontSize: 13, labelFontSize: 11 },
  title: { fontSize: 16, anchor: 'start' as const },
  legend: { orient: 'bottom' as const, labelLimit: 400 },
};
export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

export function frame(title: string, subtitle: string, height = 300) {
  return { $schema: SCHEMA, title: { text: title, subtitle }, width: 900, height, config: CONFIG };
}

/** One line per run of a daily figure; `dashed` lines (e.g. a floor) drawn grey and dashed. */
export function runsLineSpec(
  runs: ReadonlyArray<{ label: string; result: RunResult }>,
  title: string,
  subtitle: string,
  axis: string,
  value: (d: RunResult['days'][number]) => number,
  dashed?: { label: string; value: (d: RunResult['days'][number]) => number },
  lang: Lang = 'en',
): VegaLiteSpec {
  const rows = runs.flatMap(({ label, result }) => result.days.map((d) => ({ date: d.date, run: label, v: value(d) })));
  const layers: object[] = [
    {
      data: { values: rows },
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x: {
          field: 'date',
          type: 'temporal',
          title: t(lang, 'reports.common.chartDate'),
          axis: { format: t(lang, 'reports.common.chartDateFormat') },
        },
        y: { field: 'v', type: 'quantitative', title: axis },
        color: {
          field: 'run',
          type: 'nominal',
          title: t(lang, 'reports.common.chartCase'),
          sort: runs.map((r) => r.label),
        },
      },
    },
  ];
  if (dashed) {
    const floor = runs[0].result.days.map((d) => ({ date: d.date, v: dashed.value(d), what: dashed.label }));
    layers.push({
      data: { values: floor },
      mark: { type: 'line', strokeDash: [6, 4], color: '#444' },
      encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'v', type: 'quantitative' } },
    });
  }
  return { ...frame(title, subtitle), layer: layers } as VegaLiteSpec;
}

/** A stacked bar: one bar per run, stacked by category. */
export function stackedBarSpec(
  rows: ReadonlyArray<{ run: string; category: string; v: number }>,
  title: string,
  subtitle: string,
  axis: string,
  runOrder: string[],
  categoryOrder: string[],
  lang: Lang = 'en',
): VegaLiteSpec {
  return {
    ...frame(title, subtitle, 220),
    data: { values: rows },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'run', type: 'nominal', title: null, sort: runOrder, axis: { labelLimit: 320 } },
      x: { field: 'v', type: 'quantitative', title: axis, stack: 'zero' },
      color: {
        field: 'category',
        type: 'nominal',
        title: t(lang, 'reports.common.chartCategory'),
        sort: categoryOrder,
        scale: { domain: categoryOrder },
      },
      order: { field: 'category', sort: 'ascending' },
    },
  } as VegaLiteSpec;
}
