/** (a) Coal stock per yard against its reserve floor (30 days of maximum burn), breach days marked. */
import type { RunResult } from '../run/result.ts';
import {
  COLOURS,
  dateTooltip,
  dateX,
  frame,
  reserveDays,
  yardIds,
  type LayerItem,
  type VegaLiteSpec,
} from './common.ts';
import { chartText, langOf, seriesNames, type LangOption } from './text.ts';
import { isBelowFloor } from '../tolerances.ts';

export function coalStockSpec(r: RunResult, options?: LangOption): VegaLiteSpec {
  const lang = langOf(options);
  const L = chartText(lang);
  const coal = (t: number) => L.scale('coal', t);
  const yards = yardIds(r);
  const names = seriesNames(r, 'yards', yards);
  const days = reserveDays(r);
  const stockLabel = L.text('coalStock.stock');
  const floorLabel = days === null ? L.text('coalStock.floor') : L.text('coalStock.floorDays', { days });
  const lines: Array<Record<string, unknown>> = [];
  const breaches: Array<Record<string, unknown>> = [];
  for (const d of r.days) {
    for (const id of yards) {
      const y = d.yards[id];
      if (!y) continue;
      const yard = names.get(id);
      lines.push({ date: d.date, yard, line: stockLabel, t: coal(y.stockT) });
      lines.push({ date: d.date, yard, line: floorLabel, t: coal(y.floorT) });
      if (isBelowFloor(y.stockT, y.floorT))
        breaches.push({
          date: d.date,
          yard,
          stockT: coal(y.stockT),
          floorT: coal(y.floorT),
          gapT: coal(y.floorT - y.stockT),
        });
    }
  }
  const first = r.summary.firstReserveBreach;
  const subtitle =
    yards.length === 0
      ? L.text('coalStock.noYards')
      : first
        ? L.text('coalStock.breached', { date: L.date(first), yardDays: breaches.length })
        : L.text('coalStock.held');
  const yardTitle = L.text('common.yard');
  const lineTitle = L.text('common.line');
  const breachLayer: LayerItem[] =
    breaches.length === 0
      ? []
      : [
          {
            data: { values: breaches },
            mark: { type: 'point', filled: true, size: 60, color: COLOURS.breach, opacity: 1 },
            encoding: {
              x: dateX(lang),
              y: { field: 'stockT', type: 'quantitative', title: L.axis('coal') },
              shape: {
                datum: L.text('coalStock.belowFloor'),
                type: 'nominal',
                title: L.text('coalStock.breach'),
                scale: { range: ['triangle-down'] },
              },
              tooltip: [
                dateTooltip(lang),
                { field: 'yard', type: 'nominal', title: yardTitle },
                {
                  field: 'gapT',
                  type: 'quantitative',
                  title: L.text('coalStock.gap', { unit: L.unit('coal').label }),
                  format: L.tooltipFormat('coal', ',.0f'),
                },
              ],
            },
          },
        ];
  return {
    ...frame(L.text('coalStock.title'), subtitle, lang),
    layer: [
      {
        data: { values: lines },
        mark: { type: 'line', strokeWidth: 2.2 },
        encoding: {
          x: dateX(lang),
          y: {
            field: 't',
            type: 'quantitative',
            title: L.axis('coal'),
            axis: { format: L.axisFormat('coal', ',.0f') },
          },
          color: { field: 'yard', type: 'nominal', title: yardTitle, scale: { range: [...COLOURS.palette] } },
          strokeDash: {
            field: 'line',
            type: 'nominal',
            title: lineTitle,
            scale: {
              domain: [stockLabel, floorLabel],
              range: [
                [1, 0],
                [7, 4],
              ],
            },
          },
          tooltip: [
            dateTooltip(lang),
            { field: 'yard', type: 'nominal', title: yardTitle },
            { field: 'line', type: 'nominal', title: lineTitle },
            { field: 't', type: 'quantitative', title: L.axis('coal'), format: L.tooltipFormat('coal', ',.0f') },
          ],
        },
      },
      ...breachLayer,
    ],
  };
}
