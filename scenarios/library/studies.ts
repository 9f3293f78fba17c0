/**
 * The library's studies: the runs behind each plan's figure (a scenario, its variants, the
 * design day), put together from the pure functions of each plan's file (yutai.ts, jincheng.ts,
 * zhucheng.ts, ordos.ts) and the engine's own design day and coal to hold the floor. The heat
 * N-1 check is the engine's `heatNMinusOne`. Imports only the public engine API; `baseDir` is
 * where the scenarios' weather files are read from.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  designDayScenario,
  DISPATCH_MODES,
  isScenarioFileName,
  loadScenarioFile,
  runScenario,
  SHIPPED_SCENARIOS_DIR,
  type DispatchMode,
  type RunResult,
  type Scenario,
} from '../../engine/index.ts';
import {
  scatteredCoalRange,
  stoveRangeEnds,
  stoveRun,
  withStoveCase,
  type ScatteredCoalRange,
  type StoveCase,
} from './jincheng.ts';
import { compareSetpoints, withSetpoint, type SetpointComparison } from './yutai.ts';
import { withExtraOpeningStock } from './zhucheng.ts';
import { bisectLargest, type ElectricHomesAlone, electricHomesAlone } from './ordos.ts';
import { LIBRARY_FILES, type LibraryId } from './plans.ts';

/** The dispatch modes a study may be run in: every mode but rolling (a forecast study of its own). */
export type LibraryMode = Exclude<DispatchMode, 'rolling'>;
export const LIBRARY_MODES = DISPATCH_MODES.filter((m): m is LibraryMode => m !== 'rolling');

export interface StudyOptions {
  /** Folder the scenarios' relative files are read from (default: the shipped scenarios/). */
  readonly baseDir?: string;
  /** Overrides the scenarios' dispatch mode. */
  readonly mode?: LibraryMode;
}

const run = (s: Scenario, o: StudyOptions) =>
  runScenario(s, { baseDir: o.baseDir ?? SHIPPED_SCENARIOS_DIR, mode: o.mode, coalToHoldFloor: true });

/** Every scenario file in a folder (the shipped library and the demo), sorted by name. */
export function scenarioFiles(dir = SHIPPED_SCENARIOS_DIR): string[] {
  return readdirSync(dir)
    .filter(isScenarioFileName)
    .sort()
    .map((f) => join(dir, f));
}

/** Loads one of the five library scenarios. */
export function loadLibraryScenario(id: LibraryId, dir = SHIPPED_SCENARIOS_DIR): Scenario {
  return loadScenarioFile(join(dir, LIBRARY_FILES[id]));
}

/** The scenario at two setpoints (its own and another), side by side. */
export async function setpointStudy(
  s: Scenario,
  baseSetpointC: number,
  raisedSetpointC: number,
  o: StudyOptions = {},
): Promise<{ base: RunResult; raised: RunResult; comparison: SetpointComparison }> {
  const [base, raised] = [await run(withSetpoint(s, baseSetpointC), o), await run(withSetpoint(s, raisedSetpointC), o)];
  return { base, raised, comparison: compareSetpoints(baseSetpointC, base, raisedSetpointC, raised) };
}

/** The engine's design day (`designDayScenario`: the first day at the outdoor design temperature, every source in), run. */
export function designDayRun(s: Scenario, o: StudyOptions = {}): Promise<RunResult> {
  return run(designDayScenario(s), o);
}

export interface FloorStudy {
  /** The scenario as written. */
  run: RunResult;
  /**
   * Coal to add on the first day so that no yard breaches its floor, t: the engine's
   * `extraOpeningStockToHoldFloorT` (from a floor-free dispatch; 0 for a yard never breached).
   */
  coalToHoldFloorT: Record<string, number>;
  /** The scenario re-run with that coal added: its first breach should be null. */
  verified: RunResult;
}

/** Floors, breaches and the coal that would have held the floor, verified by a re-run. */
export async function floorStudy(s: Scenario, o: StudyOptions = {}): Promise<FloorStudy> {
  const base = await run(s, o);
  const extra = Object.fromEntries(
    Object.entries(base.summary.yards).map(([id, y]) => [id, y.extraOpeningStockToHoldFloorT ?? 0]),
  );
  const verified = await run(withExtraOpeningStock(s, extra), o);
  return { run: base, coalToHoldFloorT: extra, verified };
}

export interface ScatteredCoalSpec {
  readonly stoveSource: string;
  readonly referenceHomes: number;
  readonly homes: number;
  readonly planT: number;
  readonly stoveEfficiencyRange: readonly [number, number];
  readonly heatIndexRangeWPerM2: readonly [number, number];
}

/**
 * The season coal of the converted homes had they stayed on their stoves, as a range: the
 * scenario run with its stove and heat index at the low and at the high end of the stated
 * ranges (and as written), set against the plan's figure.
 */
export async function scatteredCoalStudy(
  s: Scenario,
  spec: ScatteredCoalSpec,
  o: StudyOptions = {},
): Promise<ScatteredCoalRange> {
  const ends = stoveRangeEnds(spec.stoveEfficiencyRange, spec.heatIndexRangeWPerM2);
  const src = s.sources.find((x) => x.id === spec.stoveSource);
  if (src?.kind !== 'coal-boiler') throw new Error(`scatteredCoalStudy: no coal-boiler ${spec.stoveSource}`);
  const zone = s.zones.find((z) => z.id === src.zone)!;
  const written: StoveCase = {
    efficiencyFraction: src.efficiencyFraction,
    heatIndexWPerM2: zone.buildings[0].heatIndexWPerM2,
  };
  const at = async (c: StoveCase) =>
    stoveRun(c, await run(withStoveCase(s, spec.stoveSource, c), o), spec.stoveSource, spec.referenceHomes, spec.homes);
  const [low, high, asWritten] = [await at(ends.low), await at(ends.high), await at(written)];
  return scatteredCoalRange(low, high, asWritten, spec.planT, spec.homes);
}

/** The Ordos design days for the hour-by-hour hosting capacity (docs/design.md#the-ordos-plan-hour-by-hour): 3 days at the design mean, 11 °C from minimum to maximum (the 2012-13 series' median day). */
export const ORDOS_DESIGN_DAYS = { days: 3, dailyRangeC: 11 } as const;

/**
 * Electric-heated homes the Ordos headroom hosts on the design days, to `step` homes between
 * 1 000 and `maxHomes`: the largest number with no heat unserved after the first day (a warm-up:
 * its store starts empty at midnight, the coldest hours), found by bisection (≈ 12 solves);
 * 999 when not even 1 000 fit.
 */
export function ordosHostedHomes(
  s: Scenario,
  zoneId: string,
  sourceId: string,
  o: Omit<ElectricHomesAlone, 'homes' | 'designDays'> & { maxHomes: number; step?: number },
  so: Pick<StudyOptions, 'baseDir'> = {},
): Promise<number> {
  const { maxHomes, step = 100, ...rest } = o;
  return bisectLargest(1_000, maxHomes, step, async (homes) => {
    const r = await runScenario(
      electricHomesAlone(s, zoneId, sourceId, { ...rest, homes, designDays: ORDOS_DESIGN_DAYS }),
      {
        baseDir: so.baseDir ?? SHIPPED_SCENARIOS_DIR, // season mode whatever so.mode: the store crosses midnight
      },
    );
    return r.days.slice(1).every((d) => d.unservedMWh < 1e-6);
  });
}
