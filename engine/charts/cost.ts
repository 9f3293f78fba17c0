/**
 * (f) Cost per day, stacked: supply cost (fuel, O&M, electricity, gas and storage less CHP
 * power revenue) under the shortage cost (unserved heat and gas cuts at the scenario's
 * `shortageValuation`); the bar's height is the day's total `costYuan`. LP penalties excluded.
 * Cold-wave days are shaded, so a cold week shows as the dear week it is.
 */
import type { RunResult } from '../run/result.ts';
import { dateTooltip, dateX, fmt, frame, nextDay, type LayerItem, type VegaLiteSpec } from './common.ts';
import { chartText, langOf, type LangOption } from './text.ts';

const PART_COLOUR = ['#4c78a8', '#e45756'];

export function costSpec(r: RunResult, options?: LangOption): VegaLiteSpec {
  const lang = langOf(options);
  const L = chartText(lang);
  const money = (yuan: number) => L.scale('money', yuan);
  const parts = [L.text('cost.supply'), L.text('cost.shortage')];
  const rows = r.days.flatMap((d) => {
    const common = {
      date: d.date,
      supplyYuan: money(d.supplyCostYuan),
      shortageYuan: money(d.shortageCostYuan),
      totalYuan: money(d.costYuan),
    };
    return [
      { ...common, part: parts[0], stackOrder: 0, yuan: money(d.supplyCostYuan) },
      { ...common, part: parts[1], stackOrder: 1, yuan: money(d.shortageCostYuan) },
    ];
  });
  const waves = r.days.filter((d) => d.coldWave !== 'none').map((d) => ({ date: d.date, end: nextDay(d.date) }));
  const s = r.summary;
  const mean = r.days.length > 0 ? s.costYuan / r.days.length : 0;
  const amount = (yuan: number) => L.amount('money', yuan, fmt);
  const subtitle = L.text('cost.subtitle', {
    total: amount(s.costYuan),
    supply: amount(s.supplyCostYuan),
    shortage: amount(s.shortageCostYuan),
    mean: amount(mean),
  });
  const shading: LayerItem[] =
    waves.length === 0
      ? []
      : [
          {
            data: { values: waves },
            mark: { type: 'rect', color: '#e6e6e6' },
            encoding: { x: dateX(lang), x2: { field: 'end' } },
          },
        ];
  const unit = { unit: L.unit('money').label };
  const tooltipFormat = L.tooltipFormat('money', ',.0f');
  return {
    ...frame(L.text(waves.length > 0 ? 'cost.titleWaves' : 'cost.title'), subtitle, lang),
    description: L.text('cost.description'),
    layer: [
      ...shading,
      {
        data: { values: rows },
        mark: { type: 'bar', opacity: 0.9 },
        encoding: {
          x: { ...dateX(lang), timeUnit: 'utcyearmonthdate' },
          y: {
            field: 'yuan',
            type: 'quantitative',
            title: L.axis('cost'),
            axis: { format: L.axisFormat('money', '~s') },
            stack: 'zero',
          },
          color: {
            field: 'part',
            type: 'nominal',
            title: L.text('cost.legend'),
            scale: { domain: parts, range: PART_COLOUR },
          },
          // supply at the bottom, shortage stacked on top
          order: { field: 'stackOrder', type: 'quantitative', sort: 'ascending' },
          tooltip: [
            dateTooltip(lang),
            {
              field: 'supplyYuan',
              type: 'quantitative',
              title: L.text('cost.supplyTooltip', unit),
              format: tooltipFormat,
            },
            {
              field: 'shortageYuan',
              type: 'quantitative',
              title: L.text('cost.shortageTooltip', unit),
              format: tooltipFormat,
            },
            {
              field: 'totalYuan',
              type: 'quantitative',
              title: L.text('cost.totalTooltip', unit),
              format: tooltipFormat,
            },
          ],
        },
      },
      {
        data: { values: [{ yuan: money(mean) }] },
        mark: { type: 'rule', color: '#222', strokeDash: [6, 4], strokeWidth: 1.5 },
        encoding: { y: { field: 'yuan', type: 'quantitative', title: L.axis('cost') } },
      },
    ],
  };
}
