/**
 * The day table as CSV: one row per day, one column per quantity, the unit in each header
 * (`heat_chp1_MWh`, `stock_north_t`). Columns follow the scenario's order of ids.
 */
import type { DayRecord, RunResult } from './result.ts';

export type DayColumn = readonly [header: string, value: (d: DayRecord) => number | string | null | undefined];

/** The day table's columns, header (with its unit) and value; the CSV and the results workbook share them. */
export function dayColumns(result: RunResult): DayColumn[] {
  const first = result.days[0];
  if (!first) return [];
  const cols: DayColumn[] = [
    ['date', (d) => d.date],
    ['outdoor_temp_C', (d) => d.outdoorTempC],
    ['outdoor_min_temp_C', (d) => d.outdoorMinTempC],
    ['cold_wave', (d) => d.coldWave],
    ['cold_spell', (d) => (d.coldSpell ? 1 : 0)],
    ['demand_MWh', (d) => d.demandMWh],
    ['unserved_MWh', (d) => d.unservedMWh],
  ];
  for (const id of Object.keys(first.zones)) cols.push([`unserved_${id}_MWh`, (d) => d.zones[id].unservedMWh]);
  for (const id of Object.keys(first.sources)) cols.push([`heat_${id}_MWh`, (d) => d.sources[id].heatMWh]);
  for (const id of Object.keys(first.links)) cols.push([`flow_${id}_MWh`, (d) => d.links[id].flowMWh]);
  for (const id of Object.keys(first.yards)) {
    cols.push(
      [`burn_${id}_t`, (d) => d.yards[id].burnT],
      [`delivered_${id}_t`, (d) => d.yards[id].deliveredT],
      [`stock_${id}_t`, (d) => d.yards[id].stockT],
    );
    cols.push([`floor_${id}_t`, (d) => d.yards[id].floorT], [`days_of_cover_${id}_d`, (d) => d.yards[id].daysOfCover]);
  }
  for (const id of Object.keys(first.gas.supplyM3)) cols.push([`gas_supply_${id}_m3`, (d) => d.gas.supplyM3[id]]);
  cols.push(['gas_storage_m3', (d) => d.gas.storageM3], ['gas_heat_sources_m3', (d) => d.gas.heatSourcesM3]);
  for (const cat of Object.keys(first.gas.categories) as Array<keyof DayRecord['gas']['categories']>) {
    cols.push(
      [`gas_demand_${cat}_m3`, (d) => d.gas.categories[cat]?.demandM3],
      [`gas_cut_${cat}_m3`, (d) => d.gas.categories[cat]?.cutM3],
    );
  }
  cols.push(
    ['electricity_MWh', (d) => d.electricityMWh],
    ['supply_cost_yuan', (d) => d.supplyCostYuan],
    ['shortage_cost_yuan', (d) => d.shortageCostYuan],
    ['cost_yuan', (d) => d.costYuan],
  );
  return cols;
}

function cell(v: number | string | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4).replace(/\.?0+$/, '');
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function daysToCsv(result: RunResult): string {
  const cols = dayColumns(result);
  const lines = [cols.map(([h]) => h).join(',')];
  for (const d of result.days) lines.push(cols.map(([, f]) => cell(f(d))).join(','));
  return `${lines.join('\n')}\n`;
}
