/**
 * Peak-block electricity over the season: per day, the electricity of the block with the most
 * (MW, the block's mean over its hours) as a line, the grid headroom of that block (MW) as a
 * dashed step line, and the days when some block's electricity is above its own headroom marked
 * red. A run of one block a day draws the daily mean power (daily MWh ÷ 24 h) without a
 * headroom and says so (`block-days.ts`).
 */
import type { RunResult } from '../run/result.ts';
import { blocksOf, hasBlocks, peakBlock, tariffName } from './block-days.ts';
import { COLOURS, dateTooltip, dateX, fmt, frame, type VegaLiteSpec } from './common.ts';
import { chartText, langOf, type LangOption } from './text.ts';

/** MW above the headroom that count as over it (the LP's own tolerance is far below). */
const OVER_MW = 1e-3;

export function peakElectricitySpec(r: RunResult, options?: LangOption): VegaLiteSpec {
  const lang = langOf(options);
  const L = chartText(lang);
  const [peakLabel, headroomLabel, overLabel] = [
    L.text('blocks.peak'),
    L.text('blocks.headroom'),
    L.text('blocks.over'),
  ];
  const axis = L.text('blocks.peakAxis', { unit: L.unit('power').label });
  const lines: Array<Record<string, unknown>> = [];
  const over: Array<Record<string, unknown>> = [];
  let top = { mw: Number.NEGATIVE_INFINITY, date: r.days[0]?.date ?? '' };
  for (const d of r.days) {
    const b = peakBlock(d);
    lines.push({
      date: d.date,
      line: peakLabel,
      mw: b.electricityMW,
      tariff: tariffName(L, b.tariffBlock),
      startHour: b.startHour,
    });
    if (b.gridHeadroomMW !== null) lines.push({ date: d.date, line: headroomLabel, mw: b.gridHeadroomMW });
    const worst = blocksOf(d).filter((k) => k.gridHeadroomMW !== null && k.electricityMW > k.gridHeadroomMW + OVER_MW);
    if (worst.length > 0) over.push({ date: d.date, mw: b.electricityMW, line: overLabel });
    if (b.electricityMW > top.mw) top = { mw: b.electricityMW, date: d.date };
  }
  const peak = { peak: L.number(top.mw, (v) => fmt(v), 0), date: L.date(top.date) };
  const anyHeadroom = lines.some((l) => l.line === headroomLabel);
  const subtitle = [
    !hasBlocks(r)
      ? L.text('blocks.highest', peak)
      : !anyHeadroom
        ? L.text('blocks.noHeadroom', peak)
        : over.length > 0
          ? L.text('blocks.overDays', { days: over.length, ...peak })
          : L.text('blocks.neverOver', peak),
  ];
  if (!hasBlocks(r)) subtitle.push(L.text('blocks.peakOneBlock'));
  const lineTitle = L.text('common.line');
  const y = { field: 'mw', type: 'quantitative', title: axis, axis: { format: ',.0f' } } as const;
  const tooltip = [
    dateTooltip(lang),
    { field: 'line', type: 'nominal', title: lineTitle },
    { field: 'mw', type: 'quantitative', title: axis, format: ',.1f' },
  ] as const;
  return {
    ...frame(L.text('blocks.peakTitle'), undefined, lang),
    title: { text: L.text('blocks.peakTitle'), subtitle },
    layer: [
      {
        data: { values: lines },
        mark: { type: 'line', interpolate: 'linear', strokeWidth: 2 },
        encoding: {
          x: dateX(lang),
          y,
          color: {
            field: 'line',
            type: 'nominal',
            title: lineTitle,
            scale: { domain: [peakLabel, headroomLabel], range: ['#1f77b4', COLOURS.reference] },
          },
          strokeDash: {
            field: 'line',
            type: 'nominal',
            title: lineTitle,
            scale: {
              domain: [peakLabel, headroomLabel],
              range: [
                [1, 0],
                [6, 4],
              ],
            },
          },
          tooltip: [...tooltip],
        },
      },
      {
        data: { values: over },
        mark: { type: 'point', filled: true, size: 90, color: COLOURS.breach },
        encoding: { x: dateX(lang), y, tooltip: [...tooltip] },
      },
    ],
  };
}
