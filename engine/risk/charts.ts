/**
 * Vega-Lite specs of the risk results, data inline, legible as PNG (labels with units):
 * the reserve-sizing curve "value → share of seasons whose floor holds", and the Monte
 * Carlo's per-run distribution of one figure as a histogram. Both take a language (`lang`
 * or `{ lang }`, default English); Chinese charts count coal in 万吨, gas in 万 m³ and money
 * in 万元, with the data divided to match.
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartText, langOf, type ChartText, type LangOption } from '../charts/text.ts';
import { SCHEMA_URL, studyChartConfig } from '../charts/common.ts';
import type { DisplayUnit, Quantity } from '../i18n/format.ts';
import type { MonteCarloResult } from './monte-carlo.ts';
import type { ReserveSizingResult, SizingAnswer } from './reserve-sizing.ts';

/** Each sizing parameter's name, axis and unit: the stock in the language's coal unit, the rate in t/day (吨/日). */
function parameter(L: ChartText, p: SizingAnswer['parameter']): { name: string; axis: string; unit: DisplayUnit } {
  if (p === 'openingStockT') {
    const unit = L.unit('coal');
    return { name: L.text('risk.openingStock'), axis: L.text('risk.openingStockAxis', { unit: unit.label }), unit };
  }
  const unit = { label: L.lang === 'en' ? 't/day' : '吨/日', divisor: 1 };
  return { name: L.text('risk.deliveryRate'), axis: L.text('risk.deliveryRateAxis', { unit: unit.label }), unit };
}

/** A dispatch mode as the subtitle names it: `daily` in English, 逐日调度 in Chinese. */
function modeName(L: ChartText, mode: string): string {
  if (L.lang === 'en') return mode;
  return mode === 'daily' || mode === 'season' || mode === 'rolling' ? L.domain(`domain.dispatchMode.${mode}`) : mode;
}

/** The curve of one sizing answer, with the target, the answer and the scenario's own value marked. */
export function reserveCurveSpec(
  result: ReserveSizingResult,
  which: 'openingStock' | 'deliveryRate' = 'openingStock',
  lang?: LangOption,
): TopLevelSpec {
  const L = chartText(langOf(lang));
  const a = which === 'openingStock' ? result.openingStock : result.deliveryRate;
  if (!a) throw new Error('reserveCurveSpec: this result has no delivery-rate answer');
  const p = parameter(L, a.parameter);
  const x = (v: number) => v / p.unit.divisor;
  const [scenario, answer] = [L.text('risk.scenario'), L.text('risk.answer')];
  const marks = [
    { what: scenario, value: x(a.scenarioValue) },
    ...(a.answer !== null ? [{ what: answer, value: x(a.answer) }] : []),
  ];
  // English figures as before; Chinese ones with their units (万吨, 吨/日)
  const figure = (v: number, digits: number) =>
    L.lang === 'en'
      ? v.toFixed(digits)
      : a.parameter === 'openingStockT'
        ? L.amount('coal', v, String)
        : `${L.number(v, String, digits)} ${p.unit.label}`;
  const floor =
    L.lang === 'en' ? Math.round(result.floorT).toLocaleString('en-US') : L.amount('coal', result.floorT, String);
  return {
    $schema: SCHEMA_URL,
    title: {
      text: L.text('risk.curveTitle', { what: p.name, floor, yard: result.yard }),
      subtitle: L.text('risk.curveSubtitle', {
        runs: result.runs,
        weather: result.weather,
        mode: modeName(L, result.mode),
        seed: result.seed,
        target: (result.target * 100).toFixed(0),
        answer: a.answer === null ? L.text('risk.notReached') : figure(a.answer, 0),
        tolerance: figure(a.tolerance, a.tolerance < 10 ? 1 : 0),
      }),
    },
    width: 720,
    height: 320,
    config: studyChartConfig(L.lang),
    layer: [
      {
        data: { values: a.curve.map((pt) => ({ value: x(pt.value), probability: pt.probability })) },
        mark: { type: 'line', interpolate: 'step-after', point: true },
        encoding: {
          x: { field: 'value', type: 'quantitative', title: p.axis, scale: { zero: false } },
          y: {
            field: 'probability',
            type: 'quantitative',
            title: L.text('risk.held'),
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
            scale: { domain: [scenario, answer], range: ['#7f7f7f', '#d62728'] },
          },
        },
      },
    ],
  } as TopLevelSpec;
}

export type RiskMetric = 'minDaysOfCover' | 'unservedHeatMWh' | 'gasCutM3' | 'costYuan';

const METRIC_QUANTITY: Record<RiskMetric, Quantity> = {
  minDaysOfCover: 'days',
  unservedHeatMWh: 'heat',
  gasCutM3: 'gas',
  costYuan: 'money',
};

/** English units of the season figures (the engine's own: d, MWh, m³, ¥). */
const EN_UNIT: Record<RiskMetric, string> = {
  minDaysOfCover: 'd',
  unservedHeatMWh: 'MWh',
  gasCutM3: 'm³',
  costYuan: '¥',
};

/** Histogram of one per-run figure across the Monte Carlo seasons. */
export function monteCarloHistogramSpec(result: MonteCarloResult, metric: RiskMetric, lang?: LangOption): TopLevelSpec {
  const L = chartText(langOf(lang));
  const unit = L.lang === 'en' ? { label: EN_UNIT[metric], divisor: 1 } : L.unit(METRIC_QUANTITY[metric]);
  const name = L.text(`risk.metric.${metric}`);
  const values = result.rows
    .map((r) => ({ v: r[metric] === null ? null : (r[metric] as number) / unit.divisor }))
    .filter((x) => x.v !== null);
  return {
    $schema: SCHEMA_URL,
    title: {
      text: name,
      subtitle: L.text('risk.histogramSubtitle', {
        runs: result.runs,
        scenario: result.scenarioId,
        weather: result.weather.kind,
        mode: modeName(L, result.mode),
        seed: result.seed,
      }),
    },
    width: 720,
    height: 280,
    config: studyChartConfig(L.lang),
    data: { values },
    mark: { type: 'bar', color: '#1f77b4' },
    encoding: {
      x: {
        field: 'v',
        type: 'quantitative',
        bin: { maxbins: 30 },
        title: L.text('risk.withUnit', { what: name, unit: unit.label }),
      },
      y: { aggregate: 'count', type: 'quantitative', title: L.text('risk.seasons') },
    },
  } as TopLevelSpec;
}
