/**
 * Jincheng 2017 clean-heating conversion: the season coal of the converted homes had they stayed
 * on their scattered-coal stoves, as a range from the stated ranges of stove efficiency and heat
 * index, set against the plan's figure. Pure: no I/O and no solving; imports only the public
 * engine API.
 */
import type { RunResult, Scenario } from '../../engine/index.ts';
import { cloneScenario, rangePosition, sourceTotals, type RangePosition } from './shared.ts';

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
export function stoveRangeEnds(
  efficiencyRange: readonly [number, number],
  heatIndexRangeWPerM2: readonly [number, number],
): { low: StoveCase; high: StoveCase } {
  const [eLo, eHi] = [Math.min(...efficiencyRange), Math.max(...efficiencyRange)];
  const [iLo, iHi] = [Math.min(...heatIndexRangeWPerM2), Math.max(...heatIndexRangeWPerM2)];
  return {
    low: { efficiencyFraction: eHi, heatIndexWPerM2: iLo },
    high: { efficiencyFraction: eLo, heatIndexWPerM2: iHi },
  };
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
export function stoveRun(
  c: StoveCase,
  r: RunResult,
  stoveSource: string,
  referenceHomes: number,
  homes: number,
): StoveRun {
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
export function scatteredCoalRange(
  low: StoveRun,
  high: StoveRun,
  asWritten: StoveRun,
  planT: number,
  homes: number,
): ScatteredCoalRange {
  return {
    low,
    high,
    asWritten,
    planT,
    plan: rangePosition(planT, low.totalT, high.totalT),
    cookingRoomTPerHome: (planT - low.totalT) / homes,
  };
}
