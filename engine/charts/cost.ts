/**
 * (f) Cost per day, stacked: supply cost (fuel, O&M, electricity, gas and storage less CHP
 * power revenue) under the shortage cost (unserved heat and gas cuts at the scenario's
 * `shortageValuation`); the bar's height is the day's total `costYuan`. LP penalties excluded.
 * Cold-wave days are shaded, so a cold week shows as the dear week it is.
 */
import type { RunResult } from '../run/result.ts';
import { AXIS, dateX, fmt, frame, nextDay, type LayerItem, type VegaLiteSpec } from './common.ts';

export const COST_PARTS = ['Supply (bought and run)', 'Shortage (unserved heat and gas cuts, valued)'] as const;
const PART_COLOUR = ['#4c78a8', '#e45756'];

export function costSpec(r: RunResult): VegaLiteSpec {
  const rows = r.days.flatMap((d) => {
    const common = {
      date: d.date,
      supplyYuan: d.supplyCostYuan,
      shortageYuan: d.shortageCostYuan,
      totalYuan: d.costYuan,
    };
    return [
      { ...common, part: COST_PARTS[0], stackOrder: 0, yuan: d.supplyCostYuan },
      { ...common, part: COST_PARTS[1], stackOrder: 1, yuan: d.shortageCostYuan },
    ];
  });
  const waves = r.days.filter((d) => d.coldWave !== 'none').map((d) => ({ date: d.date, end: nextDay(d.date) }));
  const s = r.summary;
  const mean = r.days.length > 0 ? s.costYuan / r.days.length : 0;
  const subtitle =
    `Total ¥${fmt(s.costYuan)} = supply ¥${fmt(s.supplyCostYuan)} + shortage ¥${fmt(s.shortageCostYuan)}; ` +
    `dashed: mean ¥${fmt(mean)}/day`;
  const shading: LayerItem[] =
    waves.length === 0
      ? []
      : [
          {
            data: { values: waves },
            mark: { type: 'rect', color: '#e6e6e6' },
            encoding: { x: dateX(), x2: { field: 'end' } },
          },
        ];
  return {
    ...frame(`Cost per day: supply and shortage${waves.length > 0 ? ' (grey: cold-wave days)' : ''}`, subtitle),
    description:
      "Per day, stacked: supply cost (fuel, O&M, electricity, gas and storage less CHP power revenue) and shortage cost (unserved heat and gas cuts valued by the scenario's shortageValuation); LP penalty terms excluded.",
    layer: [
      ...shading,
      {
        data: { values: rows },
        mark: { type: 'bar', opacity: 0.9 },
        encoding: {
          x: { ...dateX(), timeUnit: 'utcyearmonthdate' },
          y: { field: 'yuan', type: 'quantitative', title: AXIS.cost, axis: { format: '~s' }, stack: 'zero' },
          color: {
            field: 'part',
            type: 'nominal',
            title: 'Cost',
            scale: { domain: [...COST_PARTS], range: PART_COLOUR },
          },
          // supply at the bottom, shortage stacked on top
          order: { field: 'stackOrder', type: 'quantitative', sort: 'ascending' },
          tooltip: [
            { field: 'date', type: 'nominal', title: AXIS.date },
            { field: 'supplyYuan', type: 'quantitative', title: 'Supply cost (¥)', format: ',.0f' },
            { field: 'shortageYuan', type: 'quantitative', title: 'Shortage cost (¥)', format: ',.0f' },
            { field: 'totalYuan', type: 'quantitative', title: 'Total cost (¥)', format: ',.0f' },
          ],
        },
      },
      {
        data: { values: [{ yuan: mean }] },
        mark: { type: 'rule', color: '#222', strokeDash: [6, 4], strokeWidth: 1.5 },
        encoding: { y: { field: 'yuan', type: 'quantitative', title: AXIS.cost } },
      },
    ],
  };
}
