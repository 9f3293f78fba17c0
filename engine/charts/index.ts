/**
 * Charts of a run: pure functions from a RunResult to a Vega-Lite spec (data inline, axes
 * titled with units, 1000 px wide), rendered to SVG by vega's headless view and to PNG by resvg.
 */
import type { RunResult } from '../run/result.ts';
import type { VegaLiteSpec } from './common.ts';
import type { ChartOptions } from './text.ts';
import { coalStockSpec } from './coal-stock.ts';
import { costSpec } from './cost.ts';
import { type BlockChartOptions, dayBlocksSpec } from './day-blocks.ts';
import { peakElectricitySpec } from './peak-electricity.ts';
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

/**
 * Charts of a run's intra-day blocks (docs/design.md#intra-day-blocks), apart from
 * `CHART_NAMES` because one of them takes a day: `day-blocks` (one day's blocks; `day`:
 * design, coldest (default) or an ISO date) and `peak-electricity` (per day, the highest
 * block's electricity against the grid headroom). A run of one block a day is charted as one
 * 24 h block a day, and the subtitle says so (block-days.ts).
 */
export const BLOCK_CHART_NAMES = ['day-blocks', 'peak-electricity'] as const;
export type BlockChartName = (typeof BLOCK_CHART_NAMES)[number];

export function isBlockChartName(name: string): name is BlockChartName {
  return (BLOCK_CHART_NAMES as readonly string[]).includes(name);
}

/** The Vega-Lite spec of a block chart; throws for an unknown name or a day the run lacks (`CHART_DAY_NOT_IN_RUN`). */
export function blockChartSpec(name: BlockChartName, result: RunResult, options: BlockChartOptions = {}): VegaLiteSpec {
  if (name === 'day-blocks') return dayBlocksSpec(result, options);
  if (name === 'peak-electricity') return peakElectricitySpec(result, options);
  throw new Error(`unknown block chart "${name}" (one of ${BLOCK_CHART_NAMES.join(', ')})`);
}

export { type ChartDay, CHART_DAY_NOT_IN_RUN, DEFAULT_CHART_DAY } from './block-days.ts';
export type { BlockChartOptions } from './day-blocks.ts';
export { compareSpec, COMPARE_METRICS, type CompareMetric } from './compare.ts';
export { CJK_WEB_FONT_FILE, renderChartSvg, renderChartPng, type RenderOptions } from './render.ts';
export { ZH_FONT } from './common.ts';
export { LONG_RUN_DAYS, servedSpec, weeklySpec } from './weekly.ts';
export type { VegaLiteSpec } from './common.ts';
export { chartUnit, type ChartOptions } from './text.ts';
