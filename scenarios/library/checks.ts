/**
 * Small pure computations on top of scenarios and runs: the figures the five plans of the
 * library are checked by. No I/O and no solving here (scenarios/library/studies.ts runs the
 * variants); every function takes a validated `Scenario` and/or a `RunResult` and returns
 * plain numbers, records or a new scenario. Imports only the public engine API.
 */
import {
  designLoadMW, heatPumpCop, loadAtMW,
  type DayRecord, type GasCategory, type PolicyItem, type RunResult, type Scenario,
} from '../../engine/index.ts';

type Source = Scenario['sources'][number];

/** A deep, mutable copy of a scenario (validated scenarios are frozen). */
export function cloneScenario(s: Scenario): Scenario {
  return structuredClone(s) as Scenario;
}

/** (variant − base) / base in %. */
export function percentIncrease(base: number, variant: number): number {
  if (base === 0) throw new Error('percentIncrease: base is 0');
  return ((variant - base) / base) * 100;
}

/** True when `value` lies within ±fraction of `target`. */
export function withinFraction(value: number, target: number, fraction: number): boolean {
  return Math.abs(value - target) <= Math.abs(target) * fraction;
}

/* ----------------------------------------------------------------- setpoint (Yutai) */

/** The same scenario with every zone at indoor setpoint `tC` (zone overrides dropped). */
export function withSetpoint(s: Scenario, tC: number): Scenario {
  const c = cloneScenario(s);
  c.heating.indoorSetpointC = tC;
  for (const z of c.zones) delete z.indoorSetpointC;
  return c;
}

export interface SeasonFigures {
  setpointC: number;
  heatDemandMWh: number;
  heatServedMWh: number;
  coalT: number;
}

export interface SetpointComparison {
  base: SeasonFigures;
  raised: SeasonFigures;
  heatIncreasePercent: number;
  coalIncreasePercent: number;
}

function seasonFigures(setpointC: number, r: RunResult): SeasonFigures {
  const s = r.summary;
  return { setpointC, heatDemandMWh: s.heatDemandMWh, heatServedMWh: s.heatDemandMWh - s.unservedHeatMWh, coalT: s.coalBurnT };
}

/** The season's heat demand and coal at two setpoints, side by side, with the increase in %. */
export function compareSetpoints(baseSetpointC: number, base: RunResult, raisedSetpointC: number, raised: RunResult): SetpointComparison {
  const b = seasonFigures(baseSetpointC, base), r = seasonFigures(raisedSetpointC, raised);
  return { base: b, raised: r, heatIncreasePercent: percentIncrease(b.heatDemandMWh, r.heatDemandMWh), coalIncreasePercent: percentIncrease(b.coalT, r.coalT) };
}

/**
 * The increase in season heat demand that the demand formula (DESIGN §2, CJJ 34 degree-ratio
 * scaling, `loadAtMW`) predicts for a setpoint change, from the days' outdoor temperatures, %.
 * Network loss and design load cancel in the ratio.
 */
export function expectedSetpointIncreasePercent(days: readonly Pick<DayRecord, 'outdoorTempC'>[], designOutdoorC: number, baseC: number, raisedC: number, heatIndexIndoorC = 18): number {
  const season = (tIn: number) => days.reduce((sum, d) => sum + loadAtMW(1, tIn, d.outdoorTempC, designOutdoorC, heatIndexIndoorC), 0);
  return percentIncrease(season(baseC), season(raisedC));
}

/* ----------------------------------------------------------------- gas cut order (Yutai) */

/** Gas categories in the order they are cut (first cut first): the reverse of their place in protectOrder. */
export function gasCutOrder(protectOrder: readonly PolicyItem[]): GasCategory[] {
  return protectOrder.filter((i) => i.startsWith('gas-')).map((i) => i.slice('gas-'.length) as GasCategory).reverse();
}

export interface CutOrderViolation {
  date: string;
  /** A category that was cut … */
  cut: GasCategory;
  cutM3: number;
  /** … while this earlier-cut category still got gas. */
  stillServed: GasCategory;
  servedM3: number;
}

/**
 * Days on which the strict 压非保民 order is broken: a category is cut while a category that
 * comes earlier in the cut order still gets gas. Amounts under `tolM3` count as zero.
 */
export function cutOrderViolations(days: readonly DayRecord[], cutOrder: readonly GasCategory[], tolM3 = 1): CutOrderViolation[] {
  const out: CutOrderViolation[] = [];
  for (const d of days) {
    cutOrder.forEach((later, j) => {
      const cutM3 = d.gas.categories[later]?.cutM3 ?? 0;
      if (cutM3 <= tolM3) return;
      for (const earlier of cutOrder.slice(0, j)) {
        const servedM3 = d.gas.categories[earlier]?.servedM3 ?? 0;
        if (servedM3 > tolM3) out.push({ date: d.date, cut: later, cutM3, stillServed: earlier, servedM3 });
      }
    });
  }
  return out;
}

export interface GasCutDay {
  date: string;
  coldWave: DayRecord['coldWave'];
  /** Share of each category's demand that was cut, 0..1, for the categories cut at all. */
  cutShare: Partial<Record<GasCategory, number>>;
  /** The last category in the cut order that lost gas that day (the deepest tier reached). */
  deepest: GasCategory;
}

/** The days on which any gas was cut, with who lost how much. */
export function gasCutDays(days: readonly DayRecord[], cutOrder: readonly GasCategory[], tolM3 = 1): GasCutDay[] {
  const out: GasCutDay[] = [];
  for (const d of days) {
    const cutShare: GasCutDay['cutShare'] = {};
    let deepest: GasCategory | null = null;
    for (const c of cutOrder) {
      const cat = d.gas.categories[c];
      if (!cat || cat.cutM3 <= tolM3) continue;
      cutShare[c] = cat.demandM3 > 0 ? cat.cutM3 / cat.demandM3 : 0;
      deepest = c;
    }
    if (deepest) out.push({ date: d.date, coldWave: d.coldWave, cutShare, deepest });
  }
  return out;
}

/** Gas cut to the home categories (`residential`, `heating-residential`) over the days, m³. */
export function homeGasCutM3(days: readonly DayRecord[]): number {
  return days.reduce((s, d) => s + (d.gas.categories.residential?.cutM3 ?? 0) + (d.gas.categories['heating-residential']?.cutM3 ?? 0), 0);
}

/* ----------------------------------------------------------------- per-source totals (Jincheng, Ordos) */

export interface SourceTotals { heatMWh: number; coalT: number; gasM3: number; electricityMWh: number }

/** Each source's heat, coal, gas and electricity over the run. */
export function sourceTotals(r: RunResult): Record<string, SourceTotals> {
  const out: Record<string, SourceTotals> = {};
  for (const d of r.days)
    for (const [id, s] of Object.entries(d.sources)) {
      const t = (out[id] ??= { heatMWh: 0, coalT: 0, gasM3: 0, electricityMWh: 0 });
      t.heatMWh += s.heatMWh;
      t.coalT += s.coalT ?? 0;
      t.gasM3 += s.gasM3 ?? 0;
      t.electricityMWh += s.electricityMWh ?? 0;
    }
  return out;
}

/** One setting of a scattered-coal home: its stove's efficiency and its heat index. */
export interface StoveCase {
  readonly efficiencyFraction: number;
  readonly heatIndexWPerM2: number;
}

/**
 * The two ends of the season coal a scattered-coal home burns, from stated ranges: coal grows
 * with the heat index and falls with the stove's efficiency, so the low end is the best stove
 * in the least demanding home and the high end the worst stove in the most demanding one.
 */
export function stoveRangeEnds(efficiencyRange: readonly [number, number], heatIndexRangeWPerM2: readonly [number, number]): { low: StoveCase; high: StoveCase } {
  const [eLo, eHi] = [Math.min(...efficiencyRange), Math.max(...efficiencyRange)];
  const [iLo, iHi] = [Math.min(...heatIndexRangeWPerM2), Math.max(...heatIndexRangeWPerM2)];
  return { low: { efficiencyFraction: eHi, heatIndexWPerM2: iLo }, high: { efficiencyFraction: eLo, heatIndexWPerM2: iHi } };
}

/** The same scenario with a coal stove at another efficiency and every building of its zone at another heat index. */
export function withStoveCase(s: Scenario, stoveSource: string, c: StoveCase): Scenario {
  const out = cloneScenario(s);
  const src = out.sources.find((x) => x.id === stoveSource);
  if (!src) throw new Error(`withStoveCase: no source ${stoveSource}`);
  if (src.kind !== 'coal-boiler') throw new Error(`withStoveCase: ${stoveSource} is a ${src.kind}, not a coal-boiler`);
  src.efficiencyFraction = c.efficiencyFraction;
  const zone = out.zones.find((z) => z.id === src.zone)!;
  for (const b of zone.buildings) b.heatIndexWPerM2 = c.heatIndexWPerM2;
  return out;
}

export interface RangePosition {
  where: 'below' | 'inside' | 'above';
  /** (value − low) / (high − low): 0 at the low end, 1 at the high end, outside 0..1 outside the range. */
  fraction: number;
}

/** Where a value falls in the range [low, high]. */
export function rangePosition(value: number, low: number, high: number): RangePosition {
  if (!(high > low)) throw new Error(`rangePosition: empty range ${low}..${high}`);
  const fraction = (value - low) / (high - low);
  return { where: value < low ? 'below' : value > high ? 'above' : 'inside', fraction };
}

export interface StoveRun {
  case: StoveCase;
  /** Season coal of one home, t. */
  perHomeT: number;
  /** perHomeT × the homes, t. */
  totalT: number;
  /** Heat the stove left unserved over the season, MWh (0: the burn is the home's need, not capped by the pile or the stove). */
  unservedMWh: number;
}

/** A reference stove's season coal per home from a run, scaled to `homes`. */
export function stoveRun(c: StoveCase, r: RunResult, stoveSource: string, referenceHomes: number, homes: number): StoveRun {
  const t = sourceTotals(r)[stoveSource];
  if (!t) throw new Error(`stoveRun: no source ${stoveSource} in the run`);
  const perHomeT = t.coalT / referenceHomes;
  return { case: c, perHomeT, totalT: perHomeT * homes, unservedMWh: r.summary.unservedHeatMWh };
}

export interface ScatteredCoalRange {
  /** Heating coal at the two ends of the stated ranges and as the scenario is written. */
  low: StoveRun;
  high: StoveRun;
  asWritten: StoveRun;
  /** The plan's figure, t (heating and cooking together). */
  planT: number;
  /** Where the plan's figure falls in the model's heating-only range [low, high]. */
  plan: RangePosition;
  /**
   * Cooking coal per home a year that the plan's figure leaves room for beside the model's
   * lowest heating burn, t: (plan − low) / homes. Negative: even the lowest heating burn
   * exceeds the plan's heating and cooking together.
   */
  cookingRoomTPerHome: number;
}

/** The model's heating-only coal range for the converted homes, set against a plan's heating-and-cooking figure. */
export function scatteredCoalRange(low: StoveRun, high: StoveRun, asWritten: StoveRun, planT: number, homes: number): ScatteredCoalRange {
  return { low, high, asWritten, planT, plan: rangePosition(planT, low.totalT, high.totalT), cookingRoomTPerHome: (planT - low.totalT) / homes };
}

/* ----------------------------------------------------------------- design day, N-1 (Jincheng, Zhangjiakou) */

/**
 * A one-day scenario at the outdoor design temperature (constant weather), every dated window
 * dropped (like the engine's own design day), and the named sources fully out that day.
 */
export function designDayScenario(s: Scenario, outOfService: readonly string[] = []): Scenario {
  const c = cloneScenario(s);
  const date = s.horizon.start;
  const t = s.weather.designOutdoorTempC;
  for (const id of outOfService) if (!s.sources.some((src) => src.id === id)) throw new Error(`designDayScenario: no source ${id}`);
  c.horizon = { start: date, end: date };
  c.weather = { kind: 'constant', tMeanC: t, dailyRangeC: 0, designOutdoorTempC: t };
  c.coldWaves = [];
  for (const src of c.sources) src.outages = outOfService.includes(src.id) ? [{ start: date, end: date, availableFraction: 0 }] : [];
  for (const y of c.yards) { y.deliveries.schedule = []; y.deliveries.disruptions = []; }
  for (const p of c.gas.supplyPoints) p.disruptions = [];
  return c;
}

/** The source of largest capacity (in one zone, or anywhere); the first listed on a tie. */
export function largestSource(s: Scenario, zoneId?: string): Source {
  const pool = s.sources.filter((src) => zoneId === undefined || src.zone === zoneId);
  if (pool.length === 0) throw new Error(`largestSource: no source${zoneId ? ` in zone ${zoneId}` : ''}`);
  return pool.reduce((best, src) => (src.capacityMW > best.capacityMW ? src : best));
}

export interface ZoneN1 {
  zone: string;
  demandMWh: number;
  unservedMWh: number;
  unservedResidentialMWh: number;
  netImportMWh: number;
  fullyServed: boolean;
}

export interface LinkN1 {
  link: string;
  from: string;
  to: string;
  /** Heat sent, MWh (positive from → to). */
  flowMWh: number;
  capacityMWh: number;
  /** |flow| / capacity, 0..1. */
  utilisation: number;
}

export interface HeatN1Report {
  outOfService: string;
  date: string;
  zones: ZoneN1[];
  links: LinkN1[];
  /** Zones whose design-day demand was fully met. */
  servedZones: string[];
  unservedMWh: number;
}

/** Reads a one-day design run (designDayScenario with one source out) as the heat N-1 check. */
export function heatN1Report(s: Scenario, outOfService: string, r: RunResult, tolMWh = 1e-3): HeatN1Report {
  const d = r.days[0];
  if (!d || r.days.length !== 1) throw new Error('heatN1Report: expects a one-day run');
  const zones = s.zones.map((z): ZoneN1 => {
    const zd = d.zones[z.id];
    return { zone: z.id, demandMWh: zd.demandMWh, unservedMWh: zd.unservedMWh, unservedResidentialMWh: zd.unservedResidentialMWh, netImportMWh: zd.netImportMWh, fullyServed: zd.unservedMWh <= tolMWh };
  });
  const links = s.links.map((l): LinkN1 => {
    const flowMWh = d.links[l.id]?.flowMWh ?? 0;
    const capacityMWh = l.capacityMW * 24;
    return { link: l.id, from: l.from, to: l.to, flowMWh, capacityMWh, utilisation: capacityMWh > 0 ? Math.abs(flowMWh) / capacityMWh : 0 };
  });
  return { outOfService, date: d.date, zones, links, servedZones: zones.filter((z) => z.fullyServed).map((z) => z.zone), unservedMWh: d.unservedMWh };
}

/* ----------------------------------------------------------------- coal reserve (Zhucheng) */

/** The same scenario with `extraT[yard]` more coal in each named yard on the first day. */
export function withExtraOpeningStock(s: Scenario, extraT: Readonly<Record<string, number>>): Scenario {
  const c = cloneScenario(s);
  for (const [id, t] of Object.entries(extraT)) {
    const y = c.yards.find((yy) => yy.id === id);
    if (!y) throw new Error(`withExtraOpeningStock: no yard ${id}`);
    y.openingStockT += t;
    y.maxStockT = Math.max(y.maxStockT, y.openingStockT);
  }
  return c;
}

/** The same scenario with no reserve rule (every yard's reserve days 0): the dispatch a floor does not steer. */
export function withoutReserveFloors(s: Scenario): Scenario {
  const c = cloneScenario(s);
  for (const y of c.yards) y.reserve.days = 0;
  return c;
}

/**
 * Coal to add on the first day so that a yard never falls below its floor, from a run in which
 * no floor steered the dispatch: max over days of (floor − stock), 0 if never below. Because
 * extra opening coal does not change a floor-free dispatch (while the yard stays under its
 * capacity), adding it keeps the floor — unlike a gap read from a run the floor already steered.
 */
export function coalToHoldFloorT(floorsT: Readonly<Record<string, number>>, floorFree: RunResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, floorT] of Object.entries(floorsT)) {
    let gap = 0;
    for (const d of floorFree.days) gap = Math.max(gap, floorT - d.yards[id].stockT);
    out[id] = gap;
  }
  return out;
}

export interface CoverDay { date: string; stockT: number; floorT: number; daysOfCover: number | null; belowFloor: boolean }

/** A yard's stock, floor and days of cover through the season. */
export function coverSeries(r: RunResult, yardId: string): CoverDay[] {
  return r.days.map((d) => {
    const y = d.yards[yardId];
    return { date: d.date, stockT: y.stockT, floorT: y.floorT, daysOfCover: y.daysOfCover, belowFloor: y.stockT < y.floorT * (1 - 1e-9) - 1e-6 };
  });
}

/* ----------------------------------------------------------------- electric heating (Ordos) */

export interface HomeHeating {
  areaM2: number;
  heatIndexWPerM2: number;
  /** Electricity to heat of a direct electric heater (≈ 0.99). */
  efficiencyFraction?: number;
  /** Or a heat pump: its COP at the design temperature. */
  cop?: number;
}

/** Design-day electric load of one home, MW: area × heat index / (efficiency or COP at t_design) (DESIGN §2). */
export function electricLoadPerHomeMW(home: HomeHeating): number {
  const perUnit = home.cop ?? home.efficiencyFraction;
  if (perUnit === undefined || perUnit <= 0) throw new Error('electricLoadPerHomeMW: give an efficiency or a COP');
  return designLoadMW([home]) / perUnit;
}

/** COP of an air-source heat pump at the design temperature (DESIGN §2 Carnot-fraction formula). */
export function designCop(quality: number, sinkC: number, designOutdoorC: number): number {
  return heatPumpCop(quality, sinkC, designOutdoorC);
}

/** Electric-heating hosting capacity: homes = headroom / design-day electric load per home (DESIGN §2), whole homes. */
export function hostingCapacityHomes(headroomMW: number, home: HomeHeating): number {
  return Math.floor(headroomMW / electricLoadPerHomeMW(home) + 1e-9);
}

/** Source kinds that count as clean heating (北方地区冬季清洁取暖规划 2017-2021: ultra-low-emission CHP, gas, electricity, heat pumps, waste heat). */
export const CLEAN_SOURCE_KINDS: ReadonlyArray<Source['kind']> = ['coal-chp', 'gas-boiler', 'electric-boiler', 'heat-pump', 'waste-heat'];

export interface CleanShare { cleanMWh: number; totalMWh: number; share: number; bySource: Record<string, { heatMWh: number; clean: boolean }> }

/** Share of the heat supplied by clean sources over the run. */
export function cleanHeatingShare(s: Scenario, r: RunResult, isClean: (src: Source) => boolean = (src) => CLEAN_SOURCE_KINDS.includes(src.kind)): CleanShare {
  const totals = sourceTotals(r);
  const bySource: CleanShare['bySource'] = {};
  let cleanMWh = 0, totalMWh = 0;
  for (const src of s.sources) {
    const heatMWh = totals[src.id]?.heatMWh ?? 0;
    const clean = isClean(src);
    bySource[src.id] = { heatMWh, clean };
    totalMWh += heatMWh;
    if (clean) cleanMWh += heatMWh;
  }
  return { cleanMWh, totalMWh, share: totalMWh > 0 ? cleanMWh / totalMWh : 0, bySource };
}

/* ----------------------------------------------------------------- one line per run (run-all) */

const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The season in one line: id, heat, unserved, coal, min days of cover, first breach, gas cut, homes protected, cost. */
export function summaryLine(r: RunResult): string {
  const s = r.summary;
  const gasCut = Object.values(s.gasCutM3ByCategory).reduce((a: number, b) => a + (b ?? 0), 0);
  return [
    r.scenarioId.padEnd(18),
    `heat ${fmt(s.heatDemandMWh)} MWh`,
    `unserved ${fmt(s.unservedHeatMWh)} MWh`,
    `coal ${fmt(s.coalBurnT)} t`,
    `min cover ${s.minDaysOfCover === null ? '—' : `${fmt(s.minDaysOfCover, 1)} d`}`,
    `first breach ${s.firstReserveBreach ?? 'none'}`,
    `gas cut ${fmt(gasCut / 1000)} km³`,
    `homes protected ${s.homesProtected ? 'yes' : 'NO'}`,
    `cost ${fmt(s.costYuan / 1e6, 1)} M¥`,
  ].join(' | ');
}
