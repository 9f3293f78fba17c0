/** (a) Coal stock per yard against its reserve floor (30 days of maximum burn), breach days marked. */
import type { RunResult } from '../run/result.ts';
import { AXIS, COLOURS, dateX, frame, reserveDays, yardIds, type LayerItem, type VegaLiteSpec } from './common.ts';
import { isBelowFloor } from '../tolerances.ts';

export function coalStockSpec(r: RunResult): VegaLiteSpec {
  const yards = yardIds(r);
  const days = reserveDays(r);
  const floorLabel = days === null ? 'Reserve floor' : `Reserve floor (${days} d)`;
  const lines: Array<Record<string, unknown>> = [];
  const breaches: Array<Record<string, unknown>> = [];
  for (const d of r.days) {
    for (const yard of yards) {
      const y = d.yards[yard];
      if (!y) continue;
      lines.push({ date: d.date, yard, line: 'Stock', t: y.stockT });
      lines.push({ date: d.date, yard, line: floorLabel, t: y.floorT });
      if (isBelowFloor(y.stockT, y.floorT))
        breaches.push({ date: d.date, yard, stockT: y.stockT, floorT: y.floorT, gapT: y.floorT - y.stockT });
    }
  }
  const first = r.summary.firstReserveBreach;
  const subtitle =
    yards.length === 0
      ? 'No coal yards in this scenario'
      : first
        ? `First reserve breach ${first}; ${breaches.length} yard-days below the floor (red)`
        : 'No reserve breach: every yard stays at or above its floor';
  const breachLayer: LayerItem[] =
    breaches.length === 0
      ? []
      : [
          {
            data: { values: breaches },
            mark: { type: 'point', filled: true, size: 60, color: COLOURS.breach, opacity: 1 },
            encoding: {
              x: dateX(),
              y: { field: 'stockT', type: 'quantitative', title: AXIS.coal },
              shape: {
                datum: 'Below reserve floor',
                type: 'nominal',
                title: 'Breach',
                scale: { range: ['triangle-down'] },
              },
              tooltip: [
                { field: 'date', type: 'nominal', title: AXIS.date },
                { field: 'yard', type: 'nominal', title: 'Yard' },
                { field: 'gapT', type: 'quantitative', title: 'Below floor (t)', format: ',.0f' },
              ],
            },
          },
        ];
  return {
    ...frame('Coal stock against the reserve floor', subtitle),
    layer: [
      {
        data: { values: lines },
        mark: { type: 'line', strokeWidth: 2.2 },
        encoding: {
          x: dateX(),
          y: { field: 't', type: 'quantitative', title: AXIS.coal, axis: { format: ',.0f' } },
          color: { field: 'yard', type: 'nominal', title: 'Yard', scale: { range: [...COLOURS.palette] } },
          strokeDash: {
            field: 'line',
            type: 'nominal',
            title: 'Line',
            scale: {
              domain: ['Stock', floorLabel],
              range: [
                [1, 0],
                [7, 4],
              ],
            },
          },
          tooltip: [
            { field: 'date', type: 'nominal', title: AXIS.date },
            { field: 'yard', type: 'nominal', title: 'Yard' },
            { field: 'line', type: 'nominal', title: 'Line' },
            { field: 't', type: 'quantitative', title: AXIS.coal, format: ',.0f' },
          ],
        },
      },
      ...breachLayer,
    ],
  };
}
