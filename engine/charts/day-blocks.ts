/**
 * The blocks of one day (docs/design.md#intra-day-blocks), three panels on one block axis, each
 * block labelled with its clock hours and tariff period: heat by source stacked per block
 * (MWh in the block, unserved heat on top); the electricity of all electric heat (MW, the
 * block's mean) as bars against the grid headroom (a black tick per block); the heat in each
 * electric boiler's store at the block's end (MWh). The day: `block-days.ts`.
 */
import type { RunResult } from '../run/result.ts';
import { type ChartDay, blocksOf, chosenDay, clock, DEFAULT_CHART_DAY, hasBlocks, tariffName } from './block-days.ts';
import { CHART_WIDTH, chartConfig, colours, SCHEMA_URL, sourceColour, sourceIds, type VegaLiteSpec } from './common.ts';
import { chartText, langOf, seriesNames, type ChartOptions } from './text.ts';

/** Options of the block charts: the language and, for day-blocks, the day. */
export interface BlockChartOptions extends ChartOptions {
  readonly day?: ChartDay;
}

const PANEL_HEIGHT = 220;

export function dayBlocksSpec(r: RunResult, options: BlockChartOptions = {}): VegaLiteSpec {
  const lang = langOf(options);
  const L = chartText(lang);
  const choice = options.day ?? DEFAULT_CHART_DAY;
  const day = chosenDay(r, choice);
  const blocks = blocksOf(day);
  const oneBlock = !hasBlocks(r);
  const sources = sourceIds(r);
  const names = seriesNames(r, 'sources', sources);
  const unserved = L.text('blocks.unserved');
  const stores = sources.filter((s) => blocks.some((b) => b.storageMWh[s] !== undefined));
  const label = (i: number) => {
    const b = blocks[i];
    const tariff = oneBlock ? L.text('blocks.wholeDay') : tariffName(L, b.tariffBlock);
    return L.text('blocks.blockLabel', { start: clock(b.startHour), end: clock(b.startHour + b.hours), tariff });
  };
  const labels = blocks.map((_, i) => label(i));
  const heat: Array<Record<string, unknown>> = [];
  const power: Array<Record<string, unknown>> = [];
  const store: Array<Record<string, unknown>> = [];
  blocks.forEach((b, i) => {
    const common = { block: labels[i], tariff: oneBlock ? L.text('blocks.wholeDay') : tariffName(L, b.tariffBlock) };
    sources.forEach((s, k) => heat.push({ ...common, series: names.get(s), mwh: b.heatMWh[s] ?? 0, order: k }));
    heat.push({ ...common, series: unserved, mwh: b.unservedMWh, order: sources.length });
    power.push({ ...common, mw: b.electricityMW, headroomMW: b.gridHeadroomMW });
    for (const s of stores) store.push({ ...common, store: names.get(s), mwh: b.storageMWh[s] ?? 0 });
  });
  const x = {
    field: 'block',
    type: 'nominal',
    sort: labels,
    title: L.text('blocks.block'),
    axis: { labelAngle: 0, labelLimit: 200 },
  } as const;
  const tariffTip = { field: 'tariff', type: 'nominal', title: L.text('blocks.tariff') } as const;
  const heatAxis = L.text('blocks.heatAxis', { unit: L.unit('heat').label });
  const powerAxis = L.text('blocks.powerAxis', { unit: L.unit('power').label });
  const storeAxis = L.text('blocks.storeAxis', { unit: L.unit('heat').label });
  const sourceTitle = L.text('blocks.source');
  const [electricity, headroom] = [L.text('blocks.electricity'), L.text('blocks.headroom')];
  const width = CHART_WIDTH - 120;
  const subtitle = [
    L.text('blocks.daySubtitle', {
      choice: L.text(
        choice === 'design'
          ? 'blocks.choice.design'
          : choice === 'coldest'
            ? 'blocks.choice.coldest'
            : choice === 'typical-cold'
              ? 'blocks.choice.typicalCold'
              : 'blocks.choice.date',
      ),
      temp: L.number(day.outdoorTempC, (v) => v.toFixed(1), 1),
      blocks: blocks.length,
      hours: L.number(blocks[0].hours, (v) => String(v), 0),
    }),
  ];
  if (oneBlock) subtitle.push(L.text('blocks.oneBlock'));
  const powerColour = { domain: [electricity, headroom], range: ['#1f77b4', '#000000'] };
  const withHeadroom = power.filter((p) => p.headroomMW !== null);
  return {
    $schema: SCHEMA_URL,
    title: { text: L.text('blocks.dayTitle', { date: L.date(day.date) }), subtitle },
    padding: 12,
    config: chartConfig(lang),
    vconcat: [
      {
        width,
        height: PANEL_HEIGHT,
        data: { values: heat },
        mark: { type: 'bar', opacity: 0.9 },
        encoding: {
          x,
          y: { field: 'mwh', type: 'quantitative', stack: 'zero', title: heatAxis, axis: { format: ',.0f' } },
          color: sourceColour(sources, names, unserved, sourceTitle),
          order: { field: 'order', type: 'quantitative' },
          tooltip: [
            { field: 'block', type: 'nominal', title: L.text('blocks.block') },
            tariffTip,
            { field: 'series', type: 'nominal', title: sourceTitle },
            { field: 'mwh', type: 'quantitative', title: heatAxis, format: ',.1f' },
          ],
        },
      },
      {
        width,
        height: PANEL_HEIGHT,
        layer: [
          {
            data: { values: power },
            mark: { type: 'bar', opacity: 0.85 },
            encoding: {
              x,
              color: { datum: electricity, type: 'nominal', title: L.text('blocks.line'), scale: powerColour },
              y: { field: 'mw', type: 'quantitative', title: powerAxis, axis: { format: ',.0f' } },
              tooltip: [
                { field: 'block', type: 'nominal', title: L.text('blocks.block') },
                tariffTip,
                { field: 'mw', type: 'quantitative', title: powerAxis, format: ',.1f' },
              ],
            },
          },
          {
            data: { values: withHeadroom.map((p) => ({ ...p, line: headroom })) },
            mark: { type: 'tick', thickness: 3 },
            encoding: {
              x,
              y: { field: 'headroomMW', type: 'quantitative', title: powerAxis },
              color: { field: 'line', type: 'nominal', title: L.text('blocks.line'), scale: powerColour },
              tooltip: [
                { field: 'block', type: 'nominal', title: L.text('blocks.block') },
                { field: 'headroomMW', type: 'quantitative', title: `${headroom} (MW)`, format: ',.1f' },
                { field: 'mw', type: 'quantitative', title: `${electricity} (MW)`, format: ',.1f' },
              ],
            },
          },
        ],
      },
      {
        width,
        height: PANEL_HEIGHT * 0.75,
        data: { values: store },
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: {
          x,
          y: { field: 'mwh', type: 'quantitative', title: storeAxis, axis: { format: ',.0f' } },
          color: {
            field: 'store',
            type: 'nominal',
            title: L.text('blocks.store'),
            scale: { range: colours(stores.length).reverse() },
          },
          tooltip: [
            { field: 'block', type: 'nominal', title: L.text('blocks.block') },
            { field: 'store', type: 'nominal', title: L.text('blocks.store') },
            { field: 'mwh', type: 'quantitative', title: storeAxis, format: ',.1f' },
          ],
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  } as VegaLiteSpec;
}
