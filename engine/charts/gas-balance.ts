/**
 * (c) Gas supply against demand. Served gas is stacked by consumer (modelled heat sources, then
 * the categories from most to least protected); the cut of each category is stacked above it,
 * faded, so the top of the solid stack is the gas available and the faded part is what was cut.
 */
import type { RunResult } from '../run/result.ts';
import { GAS_CATEGORIES } from '../scenario/schema.ts';
import { AXIS, COLOURS, colours, dateX, fmt, frame, type VegaLiteSpec } from './common.ts';

const HEAT_SOURCES = 'heat sources';
const SUPPLY = 'Gas available';
/** Most protected first (residential at the bottom of the stack). */
const CATEGORY_ORDER = [...GAS_CATEGORIES].reverse();

export function gasBalanceSpec(r: RunResult): VegaLiteSpec {
  const present = CATEGORY_ORDER.filter((c) => r.days.some((d) => d.gas.categories[c] !== undefined));
  const series = [HEAT_SOURCES, ...present];
  const rows: Array<Record<string, unknown>> = [];
  const supply: Array<Record<string, unknown>> = [];
  for (const d of r.days) {
    rows.push({ date: d.date, consumer: HEAT_SOURCES, status: 'Served', m3: d.gas.heatSourcesM3, order: 0 });
    present.forEach((c, i) => {
      const g = d.gas.categories[c];
      if (!g) return;
      rows.push({ date: d.date, consumer: c, status: 'Served', m3: g.servedM3, order: 1 + i });
      rows.push({ date: d.date, consumer: c, status: 'Cut', m3: g.cutM3, order: 100 + i });
    });
    const available = Object.values(d.gas.supplyM3).reduce((a, b) => a + b, 0) + d.gas.withdrawalM3 - d.gas.injectionM3;
    supply.push({ date: d.date, line: SUPPLY, m3: available });
  }
  const cut = Object.entries(r.summary.gasCutM3ByCategory).filter(([, v]) => (v ?? 0) > 1);
  const totalCut = cut.reduce((a, [, v]) => a + (v ?? 0), 0);
  const subtitle =
    cut.length === 0
      ? 'No gas consumer was cut'
      : `Cut ${fmt(totalCut)} m³ in all, from ${cut.length} ${cut.length === 1 ? 'category' : 'categories'} (faded, above the supply line)`;
  const colour = { domain: series, range: [COLOURS.reference, ...colours(present.length)] };
  return {
    ...frame('Gas supply and demand by consumer category', subtitle),
    height: 480,
    description:
      'Served gas stacked by consumer (modelled heat sources, then categories from most to least protected), the cut of each category faded above it; the line is the gas available: supply points plus storage withdrawal less injection, m³/day.',
    layer: [
      {
        data: { values: rows },
        mark: { type: 'area', interpolate: 'linear' },
        encoding: {
          x: dateX(),
          y: { field: 'm3', type: 'quantitative', stack: 'zero', title: AXIS.gas, axis: { format: '~s' } },
          color: { field: 'consumer', type: 'nominal', title: 'Consumer', scale: colour, legend: { columns: 2 } },
          opacity: {
            field: 'status',
            type: 'nominal',
            title: 'Gas',
            sort: ['Served', 'Cut'],
            scale: { domain: ['Served', 'Cut'], range: [0.9, 0.28] },
          },
          order: { field: 'order', type: 'quantitative' },
          tooltip: [
            { field: 'date', type: 'nominal', title: AXIS.date },
            { field: 'consumer', type: 'nominal', title: 'Consumer' },
            { field: 'status', type: 'nominal', title: 'Gas' },
            { field: 'm3', type: 'quantitative', title: AXIS.gas, format: ',.0f' },
          ],
        },
      },
      {
        data: { values: supply },
        mark: { type: 'line', color: '#000', strokeWidth: 2 },
        encoding: {
          x: dateX(),
          y: { field: 'm3', type: 'quantitative', title: AXIS.gas },
          strokeDash: { field: 'line', type: 'nominal', title: 'Supply', scale: { domain: [SUPPLY], range: [[1, 0]] } },
          tooltip: [
            { field: 'date', type: 'nominal', title: AXIS.date },
            {
              field: 'm3',
              type: 'quantitative',
              title: 'Gas available: supply + storage withdrawal − injection (m³/day)',
              format: ',.0f',
            },
          ],
        },
      },
    ],
  };
}
