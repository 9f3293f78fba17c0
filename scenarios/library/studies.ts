/**
 * The library's studies: the runs behind each plan's figure (a scenario, its variants, the
 * design day), put together from the pure functions in checks.ts. Imports only the public
 * engine API; `baseDir` is where the scenarios' weather files are read from.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isScenarioFileName, loadScenarioFile, runScenario, SHIPPED_SCENARIOS_DIR, type RunResult, type Scenario } from '../../engine/index.ts';
import {
  coalToHoldFloorT, compareSetpoints, designDayScenario, heatN1Report, largestSource, scatteredCoalRange, stoveRangeEnds, stoveRun,
  withExtraOpeningStock, withoutReserveFloors, withSetpoint, withStoveCase,
  type HeatN1Report, type ScatteredCoalRange, type SetpointComparison, type StoveCase,
} from './checks.ts';
import { LIBRARY_FILES, type LibraryId } from './plans.ts';

export interface StudyOptions {
  /** Folder the scenarios' relative files are read from (default: the shipped scenarios/). */
  readonly baseDir?: string;
  /** Overrides the scenarios' dispatch mode. */
  readonly mode?: 'daily' | 'season';
}

const run = (s: Scenario, o: StudyOptions) => runScenario(s, { baseDir: o.baseDir ?? SHIPPED_SCENARIOS_DIR, mode: o.mode, coalToHoldFloor: true });

/** Every scenario file in a folder (the shipped library and the demo), sorted by name. */
export function scenarioFiles(dir = SHIPPED_SCENARIOS_DIR): string[] {
  return readdirSync(dir).filter(isScenarioFileName).sort().map((f) => join(dir, f));
}

/** Loads one of the five library scenarios. */
export function loadLibraryScenario(id: LibraryId, dir = SHIPPED_SCENARIOS_DIR): Scenario {
  return loadScenarioFile(join(dir, LIBRARY_FILES[id]));
}

/** The scenario at two setpoints (its own and another), side by side. */
export async function setpointStudy(s: Scenario, baseSetpointC: number, raisedSetpointC: number, o: StudyOptions = {}): Promise<{ base: RunResult; raised: RunResult; comparison: SetpointComparison }> {
  const [base, raised] = [await run(withSetpoint(s, baseSetpointC), o), await run(withSetpoint(s, raisedSetpointC), o)];
  return { base, raised, comparison: compareSetpoints(baseSetpointC, base, raisedSetpointC, raised) };
}

/** One day at the outdoor design temperature, with every source available (or the named ones out). */
export function designDayRun(s: Scenario, outOfService: readonly string[] = [], o: StudyOptions = {}): Promise<RunResult> {
  return run(designDayScenario(s, outOfService), o);
}

/**
 * The heat N-1 check (事故备用, DESIGN §2): the design day with one source out, counting link
 * imports. Without `outOfService`, the largest source of the whole system is taken out.
 */
export async function heatNMinusOne(s: Scenario, outOfService = largestSource(s).id, o: StudyOptions = {}): Promise<HeatN1Report> {
  return heatN1Report(s, outOfService, await designDayRun(s, [outOfService], o));
}

/** The heat N-1 check zone by zone: each zone's largest source out in turn (one design day each). */
export async function heatNMinusOneByZone(s: Scenario, o: StudyOptions = {}): Promise<HeatN1Report[]> {
  const out = [...new Set(s.zones.filter((z) => s.sources.some((src) => src.zone === z.id)).map((z) => largestSource(s, z.id).id))];
  const reports: HeatN1Report[] = [];
  for (const id of out) reports.push(await heatNMinusOne(s, id, o));
  return reports;
}

export interface FloorStudy {
  /** The scenario as written. */
  run: RunResult;
  /** The same with no reserve rule steering the dispatch. */
  floorFree: RunResult;
  /** Coal to add on the first day so that no yard breaches its floor, t (from the floor-free run). */
  coalToHoldFloorT: Record<string, number>;
  /** The scenario re-run with that coal added: its first breach should be null. */
  verified: RunResult;
}

/** Floors, breaches and the coal that would have held the floor, verified by a re-run. */
export async function floorStudy(s: Scenario, o: StudyOptions = {}): Promise<FloorStudy> {
  const base = await run(s, o);
  const floorFree = await run(withoutReserveFloors(s), o);
  const floors = Object.fromEntries(Object.entries(base.summary.yards).map(([id, y]) => [id, y.floorT]));
  const extra = coalToHoldFloorT(floors, floorFree);
  const verified = await run(withExtraOpeningStock(s, extra), o);
  return { run: base, floorFree, coalToHoldFloorT: extra, verified };
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
export async function scatteredCoalStudy(s: Scenario, spec: ScatteredCoalSpec, o: StudyOptions = {}): Promise<ScatteredCoalRange> {
  const ends = stoveRangeEnds(spec.stoveEfficiencyRange, spec.heatIndexRangeWPerM2);
  const src = s.sources.find((x) => x.id === spec.stoveSource);
  if (!src || src.kind !== 'coal-boiler') throw new Error(`scatteredCoalStudy: no coal-boiler ${spec.stoveSource}`);
  const zone = s.zones.find((z) => z.id === src.zone)!;
  const written: StoveCase = { efficiencyFraction: src.efficiencyFraction, heatIndexWPerM2: zone.buildings[0].heatIndexWPerM2 };
  const at = async (c: StoveCase) => stoveRun(c, await run(withStoveCase(s, spec.stoveSource, c), o), spec.stoveSource, spec.referenceHomes, spec.homes);
  const [low, high, asWritten] = [await at(ends.low), await at(ends.high), await at(written)];
  return scatteredCoalRange(low, high, asWritten, spec.planT, spec.homes);
}
