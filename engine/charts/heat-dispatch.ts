/** (d) Heat dispatch: heat from each source stacked, unserved heat on top, and the demand line. */
import type { RunResult } from '../run/result.ts';
import { AXIS, COLOURS, colours, dateX, fmt, frame, sourceIds, type VegaLiteSpec } from './common.ts';
import { exceedsNoise } from '../tolerances.ts';

const UNSERVED = 'Unserved heat';
const DEMAND = 'Heat demand (incl. network loss)';

export function heatDispatchSpec(r: RunResult): VegaLiteSpec {
  const sources = sourceIds(r);
  const rows: Array<Record<string, unknown>> = [];
  for (const d of r.days) {
    sources.forEach((s, i) => rows.push({ date: d.date, series: s, mwh: d.sources[s]?.heatMWh ?? 0, order: i }));
    rows.push({ date: d.date, series: UNSERVED, mwh: d.unservedMWh, order: sources.length });
  }
  const demand = r.days.map((d) => ({ date: d.date, line: DEMAND, mwh: d.demandMWh }));
  const s = r.summary;
  const subtitle = exceedsNoise(s.unservedHeatMWh)
    ? `Unserved ${fmt(s.unservedHeatMWh)} MWh (homes ${fmt(s.unservedResidentialHeatMWh)} MWh); peak ${fmt(s.peakDemandMW)} MW on ${s.peakDate}`
    : `All heat served; peak ${fmt(s.peakDemandMW)} MW on ${s.peakDate}`;
  return {
    ...frame('Heat dispatch by source', subtitle),
    layer: [
      {
        data: { values: rows },
        mark: { type: 'area', interpolate: 'linear', opacity: 0.9 },
        encoding: {
          x: dateX(),
          y: { field: 'mwh', type: 'quantitative', stack: 'zero', title: AXIS.heat, axis: { format: ',.0f' } },
          color: {
            field: 'series',
            type: 'nominal',
            title: 'Source',
            scale: { domain: [...sources, UNSERVED], range: [...colours(sources.length), COLOURS.unserved] },
          },
          order: { field: 'order', type: 'quantitative' },
          tooltip: [
            { field: 'date', type: 'nominal', title: AXIS.date },
            { field: 'series', type: 'nominal', title: 'Source' },
            { field: 'mwh', type: 'quantitative', title: AXIS.heat, format: ',.0f' },
          ],
        },
      },
      {
        data: { values: demand },
        mark: { type: 'line', color: '#000', strokeWidth: 1.8 },
        encoding: {
          x: dateX(),
          y: { field: 'mwh', type: 'quantitative', title: AXIS.heat },
          strokeDash: { field: 'line', type: 'nominal', title: 'Demand', scale: { domain: [DEMAND], range: [[5, 3]] } },
          tooltip: [
            { field: 'date', type: 'nominal', title: AXIS.date },
            { field: 'mwh', type: 'quantitative', title: 'Heat demand (MWh/day)', format: ',.0f' },
          ],
        },
      },
    ],
  };
}
