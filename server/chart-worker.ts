/**
 * Chart work off the event loop, in a thread of the chart pool (server/chart-renderer.ts): the
 * stored run's JSON is parsed here, its spec built (by the week past a year, `servedSpec`) and
 * answered as JSON text, or drawn as SVG text or PNG bytes (vega and resvg take 0.1–0.8 s, a
 * ten-year run's spec far more to build; none of it may hold up the server's other answers).
 */
import {
  type BlockChartName,
  blockChartSpec,
  chartSpec,
  isBlockChartName,
  compareSpec,
  renderChartPng,
  renderChartSvg,
  servedSpec,
  type ChartName,
  type CompareMetric,
  type Lang,
  type RunResult,
  type VegaLiteSpec,
} from '../engine/index.ts';
import { CHART_THREAD_NICE, niceThisThread } from './thread-priority.ts';

niceThisThread(CHART_THREAD_NICE);

export type ChartFormat = 'json' | 'svg' | 'png';

export type ChartTask =
  | {
      readonly kind: 'run';
      readonly resultJson: string;
      readonly chart: ChartName | BlockChartName;
      readonly lang: Lang;
      readonly format: ChartFormat;
      /** The day of the day-blocks chart (`design`, `coldest`, an ISO date); others ignore it. */
      readonly day?: string;
    }
  | {
      readonly kind: 'compare';
      readonly resultJsons: readonly [string, string];
      readonly metrics: readonly CompareMetric[] | undefined;
      readonly labels: readonly [string, string];
      readonly lang: Lang;
      readonly format: ChartFormat;
    };

/** The spec a task asks for, as the server serves it. */
export function taskSpec(task: ChartTask): VegaLiteSpec {
  if (task.kind === 'run') {
    const result = JSON.parse(task.resultJson) as RunResult;
    if (task.chart === 'day-blocks') return blockChartSpec(task.chart, result, { lang: task.lang, day: task.day });
    if (isBlockChartName(task.chart))
      return servedSpec(blockChartSpec(task.chart, result, { lang: task.lang }), result.days.length, task.lang);
    return servedSpec(chartSpec(task.chart, result, { lang: task.lang }), result.days.length, task.lang);
  }
  const [a, b] = task.resultJsons.map((j) => JSON.parse(j) as RunResult);
  const spec = compareSpec(
    a,
    b,
    task.metrics ? [...task.metrics] : undefined,
    [...task.labels] as [string, string],
    task.lang,
  );
  return servedSpec(spec, Math.max(a.days.length, b.days.length), task.lang);
}

/** The spec as JSON text, the SVG text, or the PNG bytes. */
export default async function chartTask(task: ChartTask): Promise<string | Uint8Array> {
  const spec = taskSpec(task);
  if (task.format === 'json') return JSON.stringify(spec);
  return task.format === 'svg' ? renderChartSvg(spec) : renderChartPng(spec);
}
