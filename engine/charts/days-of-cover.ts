/** (b) Days of cover per yard: at the reserve basis's maximum burn and at the current burn, with the 30-day line. */
import type { RunResult } from '../run/result.ts';
import { COLOURS, dateTooltip, dateX, frame, reserveDays, yardIds, type VegaLiteSpec } from './common.ts';
import { chartText, langOf, seriesNames, type LangOption } from './text.ts';

export function daysOfCoverSpec(r: RunResult, options?: LangOption): VegaLiteSpec {
  const lang = langOf(options);
  const L = chartText(lang);
  const atMax = L.text('daysOfCover.atMax');
  const atCurrent = L.text('daysOfCover.atCurrent');
  const yards = yardIds(r);
  const names = seriesNames(r, 'yards', yards);
  const reserve = reserveDays(r) ?? 30;
  const rows: Array<Record<string, unknown>> = [];
  let peak = 0;
  for (const d of r.days) {
    for (const id of yards) {
      const y = d.yards[id];
      if (!y) continue;
      const yard = names.get(id);
      if (y.daysOfCover !== null) rows.push({ date: d.date, yard, basis: atMax, d: y.daysOfCover });
      if (y.daysAtCurrentBurn !== null) rows.push({ date: d.date, yard, basis: atCurrent, d: y.daysAtCurrentBurn });
      peak = Math.max(peak, y.daysOfCover ?? 0);
    }
  }
  // Cover at a low current burn can run to hundreds of days; keep the reserve line readable.
  const top = Math.ceil(Math.min(Math.max(peak, reserve * 2), reserve * 4) / 10) * 10;
  const min = r.summary.minDaysOfCover;
  const subtitle =
    min === null
      ? L.text('daysOfCover.noBurn')
      : L.text('daysOfCover.lowest', { days: min.toFixed(1), date: L.date(r.summary.minDaysOfCoverDate), reserve });
  const yardTitle = L.text('common.yard');
  const coverTitle = L.text('daysOfCover.cover');
  return {
    ...frame(L.text('daysOfCover.title'), subtitle, lang),
    layer: [
      {
        data: { values: rows },
        mark: { type: 'line', strokeWidth: 2.2, clip: true },
        encoding: {
          x: dateX(lang),
          y: {
            field: 'd',
            type: 'quantitative',
            title: L.axis('cover'),
            scale: { domain: [0, top] },
            axis: { format: ',.0f' },
          },
          color: { field: 'yard', type: 'nominal', title: yardTitle, scale: { range: [...COLOURS.palette] } },
          strokeDash: {
            field: 'basis',
            type: 'nominal',
            title: coverTitle,
            scale: {
              domain: [atMax, atCurrent],
              range: [
                [1, 0],
                [3, 3],
              ],
            },
          },
          tooltip: [
            dateTooltip(lang),
            { field: 'yard', type: 'nominal', title: yardTitle },
            { field: 'basis', type: 'nominal', title: coverTitle },
            { field: 'd', type: 'quantitative', title: L.axis('cover'), format: ',.1f' },
          ],
        },
      },
      {
        data: { values: [{ d: reserve, label: L.text('daysOfCover.rule', { days: reserve }) }] },
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
