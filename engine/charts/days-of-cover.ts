/** (b) Days of cover per yard: at the reserve basis's maximum burn and at the current burn, with the 30-day line. */
import type { RunResult } from '../run/result.ts';
import { AXIS, COLOURS, dateX, frame, reserveDays, yardIds, type VegaLiteSpec } from './common.ts';

const AT_MAX = 'At maximum daily burn (reserve basis)';
const AT_CURRENT = 'At current burn (7-day mean)';

export function daysOfCoverSpec(r: RunResult): VegaLiteSpec {
  const yards = yardIds(r);
  const reserve = reserveDays(r) ?? 30;
  const rows: Array<Record<string, unknown>> = [];
  let peak = 0;
  for (const d of r.days) {
    for (const yard of yards) {
      const y = d.yards[yard];
      if (!y) continue;
      if (y.daysOfCover !== null) rows.push({ date: d.date, yard, basis: AT_MAX, d: y.daysOfCover });
      if (y.daysAtCurrentBurn !== null) rows.push({ date: d.date, yard, basis: AT_CURRENT, d: y.daysAtCurrentBurn });
      peak = Math.max(peak, y.daysOfCover ?? 0);
    }
  }
  // Cover at a low current burn can run to hundreds of days; keep the reserve line readable.
  const top = Math.ceil(Math.min(Math.max(peak, reserve * 2), reserve * 4) / 10) * 10;
  const min = r.summary.minDaysOfCover;
  const subtitle =
    min === null
      ? 'No coal burned at design conditions: days of cover undefined'
      : `Lowest ${min.toFixed(1)} d on ${r.summary.minDaysOfCoverDate}; the rule asks for ${reserve} d of maximum daily burn`;
  return {
    ...frame('Days of coal cover per yard', subtitle),
    layer: [
      {
        data: { values: rows },
        mark: { type: 'line', strokeWidth: 2.2, clip: true },
        encoding: {
          x: dateX(),
          y: {
            field: 'd',
            type: 'quantitative',
            title: AXIS.cover,
            scale: { domain: [0, top] },
            axis: { format: ',.0f' },
          },
          color: { field: 'yard', type: 'nominal', title: 'Yard', scale: { range: [...COLOURS.palette] } },
          strokeDash: {
            field: 'basis',
            type: 'nominal',
            title: 'Cover',
            scale: {
              domain: [AT_MAX, AT_CURRENT],
              range: [
                [1, 0],
                [3, 3],
              ],
            },
          },
          tooltip: [
            { field: 'date', type: 'nominal', title: AXIS.date },
            { field: 'yard', type: 'nominal', title: 'Yard' },
            { field: 'basis', type: 'nominal', title: 'Cover' },
            { field: 'd', type: 'quantitative', title: AXIS.cover, format: ',.1f' },
          ],
        },
      },
      {
        data: { values: [{ d: reserve, label: `${reserve}-day reserve rule` }] },
        layer: [
          {
            mark: { type: 'rule', color: COLOURS.breach, strokeWidth: 2, strokeDash: [8, 4] },
            encoding: { y: { field: 'd', type: 'quantitative' } },
          },
          {
            mark: {
              type: 'text',
              color: COLOURS.breach,
              align: 'left',
              dx: 6,
              dy: -9,
              fontSize: 13,
              fontWeight: 'bold',
            },
            encoding: { y: { field: 'd', type: 'quantitative' }, x: { value: 0 }, text: { field: 'label' } },
          },
        ],
      },
    ],
  };
}
