/**
 * Turns solved windows into one `DayRecord` per day. Values are read straight from the LP
 * (tiny solver noise below 1e-9 snapped to 0); nothing here re-solves or re-balances.
 */
import type { DispatchModel } from '../dispatch/build-model.ts';
import { daysAtCurrentBurn, daysOfCover } from '../formulas/reserve.ts';
import type { Plan } from '../scenario/normalise.ts';
import type { GasCategory, ShortageValuation } from '../scenario/schema.ts';
import type { DayRecord, GasCategoryDay, SourceDay } from './result.ts';
import { snapNoise as snap } from '../tolerances.ts';
import { splitOverBlocks } from '../dispatch/context.ts';
import { blockElectricityMWh, blockNetChargeMWh, blockRecords } from './extract-blocks.ts';

export interface SolvedWindow {
  readonly dm: DispatchModel;
  readonly values: readonly number[];
  /** Days of the window that are committed (rolling horizon: 1); all when absent. */
  readonly committed?: number;
  /** Row duals of the final (money) solve, when the solver gives them. */
  readonly rowDuals?: readonly number[];
  /** Policy items that fell short in this window (the next window's guess). */
  readonly shortItems?: ReadonlySet<string>;
}

/** Coal a source burns for its heat (and an extraction CHP for its power), t. */
function sourceBurnT(s: Plan['sources'][number], heatMWh: number, powerMWh: number): number {
  return heatMWh * s.coalTPerMWh + (s.extraction ? powerMWh * s.extraction.coalTPerPowerMWh : 0);
}

/** Days of burn averaged for `daysAtCurrentBurn`. */
const RECENT_BURN_DAYS = 7;

/** Supply cost of each day of a window, ¥: one pass over the money columns (penalties and the held value of stored gas left out). */
function dayCosts(w: SolvedWindow): Float64Array {
  const { model, vars } = w.dm;
  const costs = new Float64Array(w.dm.count);
  for (let j = 0; j < model.colCost.length; j++)
    if (!vars.penaltyCols.has(j)) costs[vars.colDay[j]] += model.colCost[j] * w.values[j];
  return costs;
}

/**
 * Value of the day's shortfalls, ¥: unserved heat (homes and other buildings) and gas cut per
 * category, each times its `shortageValuation` figure. Reporting only: the LP never sees it.
 */
export function shortageCostYuan(
  valuation: ShortageValuation,
  zones: DayRecord['zones'],
  categories: DayRecord['gas']['categories'],
): number {
  let yuan = 0;
  for (const z of Object.values(zones)) {
    yuan += z.unservedResidentialMWh * valuation.unservedHeatYuanPerMWh.residential;
    yuan += (z.unservedMWh - z.unservedResidentialMWh) * valuation.unservedHeatYuanPerMWh.nonResidential;
  }
  for (const [cat, c] of Object.entries(categories) as Array<[GasCategory, GasCategoryDay | undefined]>)
    yuan += (c?.cutM3 ?? 0) * valuation.gasCutYuanPerM3[cat];
  return yuan;
}

/** One day of a solved window, read: its day index in the plan, its LP columns and rows, and the value and dual readers. */
interface DayReading {
  readonly plan: Plan;
  /** Day index in the plan. */
  readonly d: number;
  readonly v: DispatchModel['vars']['days'][number];
  /** A column's value, solver noise snapped to 0 (0 for a column the model does not have). */
  readonly x: (col: number) => number;
  /** A row's marginal value from the money LP's duals (d objective / d row bound); null without duals. */
  readonly dual: (row: number, sign: 1 | -1) => number | null;
}

function readDay(plan: Plan, w: SolvedWindow, k: number): DayReading {
  return {
    plan,
    d: w.dm.first + k,
    v: w.dm.vars.days[k],
    x: (col) => (col >= 0 ? snap(w.values[col]) : 0),
    dual: (row, sign) => (w.rowDuals && row >= 0 ? snap(sign * w.rowDuals[row]) : null),
  };
}

/** Each source's heat and the coal, gas, electricity and power that go with it; the day's electricity and heat-source gas. */
function sourceDays({ plan, d, v, x }: DayReading): {
  sources: Record<string, SourceDay>;
  electricityMWh: number;
  heatSourcesM3: number;
} {
  const sources: Record<string, SourceDay> = {};
  let electricityMWh = 0,
    heatSourcesM3 = 0;
  plan.sources.forEach((s, si) => {
    const heatMWh = x(v.heat[si]);
    const rec: SourceDay = { heatMWh };
    const powerMWh = s.extraction ? x(v.power[si]) : heatMWh * s.powerMWhPerMWh;
    if (s.coalTPerMWh > 0 || s.extraction) rec.coalT = sourceBurnT(s, heatMWh, powerMWh);
    if (s.gasM3PerMWh > 0) {
      rec.gasM3 = heatMWh * s.gasM3PerMWh;
      heatSourcesM3 += rec.gasM3;
    }
    if (s.blocks !== null) {
      rec.electricityMWh = blockElectricityMWh(plan, d, v, si, x);
      electricityMWh += rec.electricityMWh;
    } else if (s.electricityMWhPerMWh[d] > 0) {
      rec.electricityMWh = heatMWh * s.electricityMWhPerMWh[d];
      electricityMWh += rec.electricityMWh;
    }
    if (s.powerMWhPerMWh > 0 || s.extraction) rec.powerMWh = powerMWh;
    if (s.blocks?.store) rec.storageNetChargeMWh = blockNetChargeMWh(v, si, x);
    sources[s.id] = rec;
  });
  return { sources, electricityMWh, heatSourcesM3 };
}

/** Each link's net flow and loss, and each zone's net import after losses (by zone index). */
function linkDays({ plan, v, x }: DayReading): { links: DayRecord['links']; netImport: number[] } {
  const links: DayRecord['links'] = {};
  const netImport = plan.zones.map(() => 0);
  plan.links.forEach((l, li) => {
    const fwd = x(v.flowFwd[li]),
      back = x(v.flowBack[li]);
    links[l.id] = { flowMWh: fwd - back, lossMWh: (fwd + back) * l.lossFraction };
    const from = plan.zones.findIndex((z) => z.id === l.from),
      to = plan.zones.findIndex((z) => z.id === l.to);
    netImport[to] += fwd * (1 - l.lossFraction) - back;
    netImport[from] += back * (1 - l.lossFraction) - fwd;
  });
  return { links, netImport };
}

/** Each zone's demand, unserved and dumped heat, net import and marginal cost. */
function zoneDays({ plan, d, v, x, dual }: DayReading, netImport: readonly number[]): DayRecord['zones'] {
  const zones: DayRecord['zones'] = {};
  plan.zones.forEach((z, zi) => {
    const demandMWh = z.demandMWh[d];
    const res = x(v.unservedRes[zi]),
      non = x(v.unservedNonRes[zi]);
    zones[z.id] = {
      demandMWh,
      residentialDemandMWh: demandMWh * z.residentialShare,
      unservedMWh: res + non,
      unservedResidentialMWh: res,
      dumpedMWh: x(v.dump[zi]),
      netImportMWh: netImport[zi],
      marginalCostYuanPerMWh: dual(v.rows.zoneBalance[zi], 1),
    };
  });
  return zones;
}

/** Each yard's burn, deliveries, stock, floor, days of cover and marginal value; appends the day's burns to `burnHistory`. */
function yardDays(
  { plan, d, v, x, dual }: DayReading,
  floorsT: readonly number[],
  maxBurnT: readonly number[],
  burnHistory: number[][],
): DayRecord['yards'] {
  const yards: DayRecord['yards'] = {};
  plan.yards.forEach((y, yi) => {
    const burnT = plan.sources.reduce(
      (sum, s, si) => (s.yard === yi ? sum + sourceBurnT(s, x(v.heat[si]), x(v.power[si])) : sum),
      0,
    );
    burnHistory[yi].push(burnT);
    const stockT = x(v.stock[yi]);
    yards[y.id] = {
      burnT,
      scheduledT: y.scheduledT[d],
      deliveredT: x(v.accepted[yi]),
      stockT,
      floorT: floorsT[yi],
      daysOfCover: daysOfCover(stockT, maxBurnT[yi]),
      daysAtCurrentBurn: daysAtCurrentBurn(stockT, burnHistory[yi].slice(-RECENT_BURN_DAYS)),
      // one more tonne in the yard at the start of the day lowers the cost by −dual
      marginalValueYuanPerT: v.rows.yardStock.length > 0 ? dual(v.rows.yardStock[yi], -1) : null,
    };
  });
  return yards;
}

/** Each gas category's demand, supply and cut. */
function categoryDays({ plan, d, v, x }: DayReading): Partial<Record<string, GasCategoryDay>> {
  const categories: Partial<Record<string, GasCategoryDay>> = {};
  plan.categories.forEach((c, ci) => {
    const demandM3 = c.demandM3[d],
      cutM3 = x(v.cut[ci]);
    categories[c.category] = { demandM3, servedM3: demandM3 - cutM3, cutM3 };
  });
  return categories;
}

/** Gas bought at each supply point (contract and over-contract). */
function supplyPointDays({ plan, v, x }: DayReading): Record<string, number> {
  const supplyM3: Record<string, number> = {};
  plan.gasPoints.forEach((p, pi) => {
    supplyM3[p.id] = x(v.supplyContract[pi]) + x(v.supplyOver[pi]);
  });
  return supplyM3;
}

function dayRecord(
  plan: Plan,
  w: SolvedWindow,
  k: number,
  supplyCostYuan: number,
  floorsT: readonly number[],
  maxBurnT: readonly number[],
  burnHistory: number[][],
): DayRecord {
  const r = readDay(plan, w, k);
  const { d, v, x, dual } = r;
  const wx = plan.weather.days[d];
  const { sources, electricityMWh, heatSourcesM3 } = sourceDays(r);
  const { links, netImport } = linkDays(r);
  const zones = zoneDays(r, netImport);
  const yards = yardDays(r, floorsT, maxBurnT, burnHistory);
  const categories = categoryDays(r);
  const supplyM3 = supplyPointDays(r);

  const zoneList = Object.values(zones);
  const shortage = shortageCostYuan(plan.scenario.shortageValuation, zones, categories);
  const blocks = blockRecords(plan, d, v, x, (zi) => splitOverBlocks(plan, zi, d, plan.zones[zi].demandMWh[d]));
  return {
    date: plan.dates[d],
    outdoorTempC: wx.tMeanC,
    outdoorMinTempC: wx.tMinC,
    coldWave: plan.weather.coldWave[d],
    coldSpell: plan.weather.coldSpell[d],
    demandMWh: zoneList.reduce((s, z) => s + z.demandMWh, 0),
    unservedMWh: zoneList.reduce((s, z) => s + z.unservedMWh, 0),
    zones,
    sources,
    links,
    yards,
    gas: {
      supplyM3,
      storageM3: v.inventory >= 0 ? x(v.inventory) : null,
      withdrawalM3: x(v.withdraw),
      injectionM3: x(v.inject),
      heatSourcesM3,
      categories,
      marginalCostYuanPerM3: dual(v.rows.gasBalance, 1),
    },
    electricityMWh,
    supplyCostYuan,
    shortageCostYuan: shortage,
    costYuan: supplyCostYuan + shortage,
    ...(blocks === undefined ? {} : { blocks }),
  };
}

/** One record per day, in date order, from the windows the dispatch committed. */
export function extractDays(
  plan: Plan,
  windows: readonly SolvedWindow[],
  floorsT: readonly number[],
  maxBurnT: readonly number[],
): DayRecord[] {
  const burnHistory = plan.yards.map(() => [] as number[]);
  const days: DayRecord[] = [];
  for (const w of windows) {
    const costs = dayCosts(w);
    for (let k = 0; k < (w.committed ?? w.dm.count); k++)
      days.push(dayRecord(plan, w, k, costs[k], floorsT, maxBurnT, burnHistory));
  }
  return days;
}
