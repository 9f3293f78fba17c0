/**
 * Charts of a run: pure functions from a RunResult to a Vega-Lite spec (data inline, axes
 * titled with units, 1000 px wide), rendered to SVG by vega's headless view and to PNG by resvg.
 */
import type { RunResult } from '../run/result.ts';
import type { VegaLiteSpec } from './common.ts';
import type { ChartOptions } from './text.ts';
import { coalStockSpec } from './coal-stock.ts';
import { costSpec } from './cost.ts';
import { daysOfCoverSpec } from './days-of-cover.ts';
import { gasBalanceSpec } from './gas-balance.ts';
import { heatDispatchSpec } from './heat-dispatch.ts';
import { temperatureSpec } from './temperature.ts';

export const CHART_NAMES = [
  'coal-stock',
  'days-of-cover',
  'gas-balance',
  'heat-dispatch',
  'temperature',
  'cost',
] as const;
export type ChartName = (typeof CHART_NAMES)[number];

const BUILDERS: Record<ChartName, (r: RunResult, options: ChartOptions) => VegaLiteSpec> = {
  'coal-stock': coalStockSpec,
  'days-of-cover': daysOfCoverSpec,
  'gas-balance': gasBalanceSpec,
  'heat-dispatch': heatDispatchSpec,
  temperature: temperatureSpec,
  cost: costSpec,
};

export function isChartName(name: string): name is ChartName {
  return (CHART_NAMES as readonly string[]).includes(name);
}

/**
 * The Vega-Lite spec of one chart of a run, its texts in `options.lang` (default English).
 * Throws on an unknown name (check with `isChartName`).
 */
export function chartSpec(name: ChartName, result: RunResult, options: ChartOptions = {}): VegaLiteSpec {
  const build = BUILDERS[name];
  if (!build) throw new Error(`unknown chart "${name}" (one of ${CHART_NAMES.join(', ')})`);
  return build(result, options);
}

export { compareSpec, COMPARE_METRICS, type CompareMetric } from './compare.ts';
export { CJK_WEB_FONT_FILE, renderChartSvg, renderChartPng, type RenderOptions } from './render.ts';
export { ZH_FONT } from './common.ts';
export { LONG_RUN_DAYS, servedSpec, weeklySpec } from './weekly.ts';
export type { VegaLiteSpec } from './common.ts';
export { chartUnit, type ChartOptions } from './text.ts';
