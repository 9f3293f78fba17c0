/**
 * Vega-Lite specs of the risk results, data inline, legible as PNG (labels with units):
 * the reserve-sizing curve "value → share of seasons whose floor holds", and the Monte
 * Carlo's per-run distribution of one figure as a histogram.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { MonteCarloResult } from './monte-carlo.ts';
import type { ReserveSizingResult, SizingAnswer } from './reserve-sizing.ts';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const CONFIG = {
  background: 'white',
  font: 'sans-serif',
  title: { fontSize: 16, subtitleFontSize: 12, anchor: 'start' as const },
  axis: { titleFontSize: 13, labelFontSize: 11 },
};

const LABEL: Record<SizingAnswer['parameter'], string> = {
  openingStockT: 'Opening coal stock (t)',
  steadyDeliveryTPerDay: 'Steady coal delivery (t/day)',
};

/** The curve of one sizing answer, with the target, the answer and the scenario's own value marked. */
export function reserveCurveSpec(
  result: ReserveSizingResult,
  which: 'openingStock' | 'deliveryRate' = 'openingStock',
): TopLevelSpec {
  const a = which === 'openingStock' ? result.openingStock : result.deliveryRate;
  if (!a) throw new Error('reserveCurveSpec: this result has no delivery-rate answer');
  const marks = [
    { what: 'scenario', value: a.scenarioValue },
    ...(a.answer !== null ? [{ what: 'answer', value: a.answer }] : []),
  ];
  return {
    $schema: SCHEMA,
    title: {
      text: `${LABEL[a.parameter].replace(/ \(.*/, '')} → share of seasons holding the ${Math.round(result.floorT).toLocaleString('en-US')} t floor (yard ${result.yard})`,
      subtitle: `${result.runs} Monte Carlo seasons (${result.weather} weather, ${result.mode} dispatch, seed ${result.seed}); target ${(result.target * 100).toFixed(0)} %; answer ${a.answer === null ? 'not reached' : a.answer.toFixed(0)} ± ${a.tolerance.toFixed(a.tolerance < 10 ? 1 : 0)}`,
    },
    width: 720,
    height: 320,
    config: CONFIG,
    layer: [
      {
        data: { values: a.curve.map((p) => ({ value: p.value, probability: p.probability })) },
        mark: { type: 'line', interpolate: 'step-after', point: true },
        encoding: {
          x: { field: 'value', type: 'quantitative', title: LABEL[a.parameter], scale: { zero: false } },
          y: {
            field: 'probability',
            type: 'quantitative',
            title: 'Seasons with the floor held all season (share)',
            scale: { domain: [0, 1] },
          },
        },
      },
      {
        data: { values: [{ target: result.target }] },
        mark: { type: 'rule', strokeDash: [6, 4], color: '#444' },
        encoding: { y: { field: 'target', type: 'quantitative' } },
      },
      {
        data: { values: marks },
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          x: { field: 'value', type: 'quantitative' },
          color: {
            field: 'what',
            type: 'nominal',
            title: null,
            scale: { domain: ['scenario', 'answer'], range: ['#7f7f7f', '#d62728'] },
          },
        },
      },
    ],
  } as TopLevelSpec;
}

export type RiskMetric = 'minDaysOfCover' | 'unservedHeatMWh' | 'gasCutM3' | 'costYuan';

const METRIC_LABEL: Record<RiskMetric, string> = {
  minDaysOfCover: 'Lowest days of coal cover in the season (d)',
  unservedHeatMWh: 'Unserved heat over the season (MWh)',
  gasCutM3: 'Gas cut over the season, all categories (m³)',
  costYuan: 'Season cost, supply + shortage (¥)',
};

/** Histogram of one per-run figure across the Monte Carlo seasons. */
export function monteCarloHistogramSpec(result: MonteCarloResult, metric: RiskMetric): TopLevelSpec {
  const values = result.rows.map((r) => ({ v: r[metric] })).filter((x) => x.v !== null);
  return {
    $schema: SCHEMA,
    title: {
      text: METRIC_LABEL[metric].replace(/ \(.*/, ''),
      subtitle: `${result.runs} seasons of ${result.scenarioId} (${result.weather.kind} weather, ${result.mode} dispatch, seed ${result.seed})`,
    },
    width: 720,
    height: 280,
    config: CONFIG,
    data: { values },
    mark: { type: 'bar', color: '#1f77b4' },
    encoding: {
      x: { field: 'v', type: 'quantitative', bin: { maxbins: 30 }, title: METRIC_LABEL[metric] },
      y: { aggregate: 'count', type: 'quantitative', title: 'Seasons' },
    },
  } as TopLevelSpec;
}
