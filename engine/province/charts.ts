/**
 * Vega-Lite specs of a province study, data inline, legible as PNG (units on the axes): each
 * city's probability of failing and of failing first, as bars; and the province's unserved
 * heat per season, as a histogram. Both take a language (default English): Chinese charts
 * name the cities in Chinese and count heat in the language's unit.
 */
import type { TopLevelSpec } from 'vega-lite';
import { SCHEMA_URL, studyChartConfig } from '../charts/common.ts';
import { type ChartText, chartText, langOf, type LangOption } from '../charts/text.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { t } from '../i18n/translate.ts';
import type { ProvinceResult } from './summary.ts';

/** The study charts' config with the legend under the chart. */
const config = (L: ChartText) => ({
  ...studyChartConfig(L.lang),
  legend: { orient: 'bottom' as const, labelLimit: 400 },
});

/** Both charts' subtitle: seasons, weather, seed and the province's chance of a failure. */
function subtitle(L: ChartText, result: ProvinceResult): string {
  return L.text('province.subtitle', {
    runs: result.runs,
    weather: t(L.lang, `cli.weather.${result.weather.kind}` as MessageKey),
    seed: result.seed,
    any: (result.distribution.probability.anyFailure.p * 100).toFixed(1),
  });
}

/** Per city: P(the city fails) and the share of seasons it fails first, %, side by side. */
export function provinceFailureSpec(result: ProvinceResult, lang?: LangOption): TopLevelSpec {
  const L = chartText(langOf(lang));
  const [fails, first] = [L.text('province.fails'), L.text('province.failsFirst')];
  const cities = result.distribution.cities;
  const name = (c: (typeof cities)[number]) => (L.lang === 'zh' ? c.names.zh : c.names.en);
  const values = cities.flatMap((c) => [
    { city: name(c), what: fails, pct: c.probability.failure.p * 100 },
    { city: name(c), what: first, pct: c.failsFirst.share * 100 },
  ]);
  return {
    $schema: SCHEMA_URL,
    title: {
      text: L.text('province.failureTitle', { study: result.names[L.lang] }),
      subtitle: subtitle(L, result),
    },
    width: 640,
    height: { step: 16 },
    config: config(L),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'city', type: 'nominal', title: null, sort: cities.map(name), axis: { labelLimit: 240 } },
      yOffset: { field: 'what', type: 'nominal', sort: [fails, first] },
      x: {
        field: 'pct',
        type: 'quantitative',
        title: L.text('province.shareAxis'),
        scale: { domain: [0, 100] },
      },
      color: {
        field: 'what',
        type: 'nominal',
        title: null,
        sort: [fails, first],
        scale: { domain: [fails, first], range: ['#d62728', '#ff9896'] },
      },
    },
  } as TopLevelSpec;
}

/** The province's unserved heat per season (Σ cities), as a histogram with P50, P90 and P99 marked. */
export function provinceUnservedHeatSpec(result: ProvinceResult, lang?: LangOption): TopLevelSpec {
  const L = chartText(langOf(lang));
  const unit = L.lang === 'en' ? { label: 'MWh', divisor: 1 } : L.unit('heat');
  const q = result.distribution.unservedHeatMWh;
  const marks = (['p50', 'p90', 'p99'] as const).map((k) => ({ what: k.toUpperCase(), v: q[k] / unit.divisor }));
  return {
    $schema: SCHEMA_URL,
    title: {
      text: L.text('province.unservedTitle', { study: result.names[L.lang] }),
      subtitle: subtitle(L, result),
    },
    width: 640,
    height: 260,
    config: config(L),
    layer: [
      {
        data: { values: result.rows.map((r) => ({ v: r.province.unservedHeatMWh / unit.divisor })) },
        mark: { type: 'bar', color: '#1f77b4' },
        encoding: {
          x: {
            field: 'v',
            type: 'quantitative',
            bin: { maxbins: 30 },
            title: L.text('province.unservedAxis', { unit: unit.label }),
          },
          y: { aggregate: 'count', type: 'quantitative', title: L.text('province.seasons') },
        },
      },
      {
        data: { values: marks },
        mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 2 },
        encoding: {
          x: { field: 'v', type: 'quantitative' },
          color: { field: 'what', type: 'nominal', title: null, scale: { range: ['#2ca02c', '#ff7f0e', '#d62728'] } },
        },
      },
    ],
  } as TopLevelSpec;
}
