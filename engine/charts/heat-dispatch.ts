/** (d) Heat dispatch: heat from each source stacked, unserved heat on top, and the demand line. */
import type { RunResult } from '../run/result.ts';
import { dateTooltip, dateX, fmt, frame, sourceColour, sourceIds, type VegaLiteSpec } from './common.ts';
import { chartText, langOf, seriesNames, type LangOption } from './text.ts';
import { exceedsNoise } from '../tolerances.ts';

export function heatDispatchSpec(r: RunResult, options?: LangOption): VegaLiteSpec {
  const lang = langOf(options);
  const L = chartText(lang);
  const unserved = L.text('heatDispatch.unserved');
  const demandLabel = L.text('heatDispatch.demand');
  const sources = sourceIds(r);
  const names = seriesNames(r, 'sources', sources);
  const rows: Array<Record<string, unknown>> = [];
  for (const d of r.days) {
    sources.forEach((s, i) =>
      rows.push({ date: d.date, series: names.get(s), mwh: d.sources[s]?.heatMWh ?? 0, order: i }),
    );
    rows.push({ date: d.date, series: unserved, mwh: d.unservedMWh, order: sources.length });
  }
  const demand = r.days.map((d) => ({ date: d.date, line: demandLabel, mwh: d.demandMWh }));
  const s = r.summary;
  const figure = (v: number) => L.number(v, fmt);
  const peak = { peak: figure(s.peakDemandMW), date: L.date(s.peakDate) };
  const subtitle = exceedsNoise(s.unservedHeatMWh)
    ? L.text('heatDispatch.shortfall', {
        unserved: figure(s.unservedHeatMWh),
        homes: figure(s.unservedResidentialHeatMWh),
        ...peak,
      })
    : L.text('heatDispatch.allServed', peak);
  const sourceTitle = L.text('heatDispatch.source');
  return {
    ...frame(L.text('heatDispatch.title'), subtitle, lang),
    layer: [
      {
        data: { values: rows },
        mark: { type: 'area', interpolate: 'linear', opacity: 0.9 },
        encoding: {
          x: dateX(lang),
          y: { field: 'mwh', type: 'quantitative', stack: 'zero', title: L.axis('heat'), axis: { format: ',.0f' } },
          color: sourceColour(sources, names, unserved, sourceTitle),
          order: { field: 'order', type: 'quantitative' },
          tooltip: [
            dateTooltip(lang),
            { field: 'series', type: 'nominal', title: sourceTitle },
            { field: 'mwh', type: 'quantitative', title: L.axis('heat'), format: ',.0f' },
          ],
        },
      },
      {
        data: { values: demand },
        mark: { type: 'line', color: '#000', strokeWidth: 1.8 },
        encoding: {
          x: dateX(lang),
          y: { field: 'mwh', type: 'quantitative', title: L.axis('heat') },
          strokeDash: {
            field: 'line',
            type: 'nominal',
            title: L.text('heatDispatch.demandLegend'),
            scale: { domain: [demandLabel], range: [[5, 3]] },
          },
          tooltip: [
            dateTooltip(lang),
            {
              field: 'mwh',
              type: 'quantitative',
              title: L.text('heatDispatch.demandTooltip', { unit: L.unit('heat').label }),
              format: ',.0f',
            },
          ],
        },
      },
    ],
  };
}
