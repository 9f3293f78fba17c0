/**
 * Ordos clean-heating plan: how many homes on electric heating the idle winter irrigation load
 * hosts, and the share of heat from clean sources. Pure: no I/O and no solving; imports only
 * the public engine API.
 */
import { designLoadMW, type RunResult, type Scenario } from '../../engine/index.ts';
import { sourceTotals } from './shared.ts';

type Source = Scenario['sources'][number];

export interface HomeHeating {
  areaM2: number;
  heatIndexWPerM2: number;
  /** Electricity to heat of a direct electric heater (≈ 0.99). */
  efficiencyFraction?: number;
  /** Or a heat pump: its COP at the design temperature. */
  cop?: number;
}

/** Design-day electric load of one home, MW: area × heat index / (efficiency or COP at t_design). */
export function electricLoadPerHomeMW(home: HomeHeating): number {
  const perUnit = home.cop ?? home.efficiencyFraction;
  if (perUnit === undefined || perUnit <= 0) throw new Error('electricLoadPerHomeMW: give an efficiency or a COP');
  return designLoadMW([home]) / perUnit;
}

/** Electric-heating hosting capacity: homes = headroom / design-day electric load per home, whole homes. */
export function hostingCapacityHomes(headroomMW: number, home: HomeHeating): number {
  return Math.floor(headroomMW / electricLoadPerHomeMW(home) + 1e-9);
}

/** Source kinds that count as clean heating (北方地区冬季清洁取暖规划 2017-2021: ultra-low-emission CHP, gas, electricity, heat pumps, waste heat). */
export const CLEAN_SOURCE_KINDS: ReadonlyArray<Source['kind']> = [
  'coal-chp',
  'gas-boiler',
  'electric-boiler',
  'heat-pump',
  'waste-heat',
];

export interface CleanShare {
  cleanMWh: number;
  totalMWh: number;
  share: number;
  bySource: Record<string, { heatMWh: number; clean: boolean }>;
}

/** Share of the heat supplied by clean sources over the run. */
export function cleanHeatingShare(
  s: Scenario,
  r: RunResult,
  isClean: (src: Source) => boolean = (src) => CLEAN_SOURCE_KINDS.includes(src.kind),
): CleanShare {
  const totals = sourceTotals(r);
  const bySource: CleanShare['bySource'] = {};
  let cleanMWh = 0,
    totalMWh = 0;
  for (const src of s.sources) {
    const heatMWh = totals[src.id]?.heatMWh ?? 0;
    const clean = isClean(src);
    bySource[src.id] = { heatMWh, clean };
    totalMWh += heatMWh;
    if (clean) cleanMWh += heatMWh;
  }
  return { cleanMWh, totalMWh, share: totalMWh > 0 ? cleanMWh / totalMWh : 0, bySource };
}
