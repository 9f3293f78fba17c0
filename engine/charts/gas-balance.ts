/**
 * (c) Gas supply against demand. Served gas is stacked by consumer (modelled heat sources, then
 * the categories from most to least protected); the cut of each category is stacked above it,
 * faded, so the top of the solid stack is the gas available and the faded part is what was cut.
 */
import type { Lang } from '../i18n/lang.ts';
import type { RunResult } from '../run/result.ts';
import { GAS_CATEGORIES, type GasCategory } from '../scenario/schema.ts';
import { COLOURS, colours, dateTooltip, dateX, fmt, frame, type VegaLiteSpec } from './common.ts';
import { chartText, langOf, type ChartText, type LangOption } from './text.ts';

/** Most protected first (residential at the bottom of the stack). */
const CATEGORY_ORDER = [...GAS_CATEGORIES].reverse();

/** A category in the legend: its id in English (as the scenario writes it), its name in Chinese. */
function categoryName(L: ChartText, lang: Lang, c: GasCategory): string {
  return lang === 'en' ? c : L.domain(`domain.gasCategory.${c}`);
}

export function gasBalanceSpec(r: RunResult, options?: LangOption): VegaLiteSpec {
  const lang = langOf(options);
  const L = chartText(lang);
  const gas = (m3: number) => L.scale('gas', m3);
  const heatSources = L.text('gasBalance.heatSources');
  const available = L.text('gasBalance.available');
  const [served, cutLabel] = [L.text('gasBalance.served'), L.text('gasBalance.cut')];
  const present = CATEGORY_ORDER.filter((c) => r.days.some((d) => d.gas.categories[c] !== undefined));
  const series = [heatSources, ...present.map((c) => categoryName(L, lang, c))];
  const rows: Array<Record<string, unknown>> = [];
  const supply: Array<Record<string, unknown>> = [];
  for (const d of r.days) {
    rows.push({ date: d.date, consumer: heatSources, status: served, m3: gas(d.gas.heatSourcesM3), order: 0 });
    present.forEach((c, i) => {
      const g = d.gas.categories[c];
      if (!g) return;
      const consumer = series[1 + i];
      rows.push({ date: d.date, consumer, status: served, m3: gas(g.servedM3), order: 1 + i });
      rows.push({ date: d.date, consumer, status: cutLabel, m3: gas(g.cutM3), order: 100 + i });
    });
    const total = Object.values(d.gas.supplyM3).reduce((a, b) => a + b, 0) + d.gas.withdrawalM3 - d.gas.injectionM3;
    supply.push({ date: d.date, line: available, m3: gas(total) });
  }
  const cut = Object.entries(r.summary.gasCutM3ByCategory).filter(([, v]) => (v ?? 0) > 1);
  const totalCut = cut.reduce((a, [, v]) => a + (v ?? 0), 0);
  const subtitle =
    cut.length === 0
      ? L.text('gasBalance.noCut')
      : L.text(cut.length === 1 ? 'gasBalance.cutOne' : 'gasBalance.cutMany', {
          total: L.amount('gas', totalCut, fmt),
          categories: cut.length,
        });
  const colour = { domain: series, range: [COLOURS.reference, ...colours(present.length)] };
  const consumerTitle = L.text('gasBalance.consumer');
  const statusTitle = L.text('gasBalance.gas');
  return {
    ...frame(L.text('gasBalance.title'), subtitle, lang),
    height: 480,
    description: L.text('gasBalance.description'),
    layer: [
      {
        data: { values: rows },
        mark: { type: 'area', interpolate: 'linear' },
        encoding: {
          x: dateX(lang),
          y: {
            field: 'm3',
            type: 'quantitative',
            stack: 'zero',
            title: L.axis('gas'),
            axis: { format: L.axisFormat('gas', '~s') },
          },
          color: { field: 'consumer', type: 'nominal', title: consumerTitle, scale: colour, legend: { columns: 2 } },
          opacity: {
            field: 'status',
            type: 'nominal',
            title: statusTitle,
            sort: [served, cutLabel],
            scale: { domain: [served, cutLabel], range: [0.9, 0.28] },
          },
          order: { field: 'order', type: 'quantitative' },
          tooltip: [
            dateTooltip(lang),
            { field: 'consumer', type: 'nominal', title: consumerTitle },
            { field: 'status', type: 'nominal', title: statusTitle },
            { field: 'm3', type: 'quantitative', title: L.axis('gas'), format: L.tooltipFormat('gas', ',.0f') },
          ],
        },
      },
      {
        data: { values: supply },
        mark: { type: 'line', color: '#000', strokeWidth: 2 },
        encoding: {
          x: dateX(lang),
          y: { field: 'm3', type: 'quantitative', title: L.axis('gas') },
          strokeDash: {
            field: 'line',
            type: 'nominal',
            title: L.text('gasBalance.supply'),
            scale: { domain: [available], range: [[1, 0]] },
          },
          tooltip: [
            dateTooltip(lang),
            {
              field: 'm3',
              type: 'quantitative',
              title: L.text('gasBalance.availableTooltip', { unit: L.unit('gas').label }),
              format: L.tooltipFormat('gas', ',.0f'),
            },
          ],
        },
      },
    ],
  };
}
