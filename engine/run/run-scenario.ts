/**
 * runScenario: the season, step by step. Pure and deterministic: the same scenario (and
 * options) give the same RunResult, byte for byte; nothing here reads a clock into the
 * result or keeps state between calls (the solve time is reported under `solver`).
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSolver } from '../lp/solvers/index.ts';
import { normalise } from '../scenario/normalise.ts';
import type { DispatchMode, SolverChoice } from '../scenario/schema.ts';
import { validateScenario } from '../scenario/validate.ts';
import { checkPlausibility } from '../scenario/plausibility.ts';
import { horizonWeather } from '../scenario/weather-input.ts';
import type { DayWeather } from '../weather/index.ts';
import { ENGINE_VERSION } from '../version.ts';
import { dispatch } from './modes.ts';
import { resolveSolverName } from './solver-choice.ts';
import { extractDays } from './extract-days.ts';
import {
  coalToHoldFloors,
  floorFreeDispatch,
  needsSeasonMax,
  reserveFloors,
  seasonGuess,
  type BurnByBasisT,
  type FloorFree,
} from './reserve-floors.ts';
import type { RunResult } from './result.ts';
import { assertFinite } from './finite.ts';
import { runLabels } from './labels.ts';
import { pathWarning, summarise, warningsFor, withTexts } from './summary.ts';
import { isBelowFloor } from '../tolerances.ts';

export interface RunOptions {
  /** Folder that the scenario's relative files (weather CSV) are read from; default: the shipped scenarios/ folder. */
  readonly baseDir?: string;
  /** Overrides `dispatch.mode`. */
  readonly mode?: DispatchMode;
  /** Overrides `dispatch.solver`. */
  readonly solver?: SolverChoice;
  /** A weather series that replaces the scenario's (Monte Carlo, tests). */
  readonly weatherSeries?: readonly DayWeather[];
  /**
   * Also compute each breached yard's `extraOpeningStockToHoldFloorT` (default false: null),
   * and the season-max figure of every yard whatever its basis. Both need a floor-free
   * dispatch of the season: shared with the season-max basis when a yard's basis needs it, a
   * second dispatch otherwise. So it is asked for where a person reads it (`baogong run`, the
   * server, the scenario library), not in Monte Carlo or benchmarks.
   */
  readonly coalToHoldFloor?: boolean;
  /**
   * Each yard's maximum daily burn on every basis, by yard id, measured once for a study and
   * used as given (Monte Carlo: on the scenario's own weather, `reserveBurnsForStudy`), so
   * that a sampled season neither moves the plan's floor nor pays for a floor-free dispatch.
   */
  readonly reserveBurnsT?: Readonly<Record<string, BurnByBasisT>>;
  /** Called after each solved day in daily mode (progress bars). */
  readonly onProgress?: (done: number, total: number) => void;
}

export const SHIPPED_SCENARIOS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

function hashInput(scenario: unknown, options: RunOptions): string {
  const key = JSON.stringify({
    scenario,
    mode: options.mode ?? null,
    solver: options.solver ?? null,
    weather: options.weatherSeries ?? null,
    ...(options.reserveBurnsT ? { reserveBurnsT: options.reserveBurnsT } : {}),
  });
  return createHash('sha256').update(key).digest('hex');
}

export async function runScenario(input: unknown, options: RunOptions = {}): Promise<RunResult> {
  const scenario = validateScenario(input);
  const mode = options.mode ?? scenario.dispatch.mode;
  const weather = horizonWeather(scenario, {
    baseDir: options.baseDir ?? SHIPPED_SCENARIOS_DIR,
    series: options.weatherSeries,
  });
  const plan = normalise(scenario, weather);
  const solver = await createSolver(resolveSolverName(options.solver ?? scenario.dispatch.solver, plan, mode));
  // one floor-free dispatch of the season at most, shared by the season-max basis and the coal to hold the floor
  let floorFree: FloorFree | undefined;
  const floorFreeOnce = () => (floorFree ??= floorFreeDispatch(plan, solver, mode));
  const floors = reserveFloors(plan, solver, mode, {
    floorFreeDays: () => floorFreeOnce().days,
    withSeasonMax: options.coalToHoldFloor === true,
    given: options.reserveBurnsT,
  });
  // season mode: what fell short without floors is the guess for the floored season (fewer LPs, the same answer)
  const outcome = dispatch(
    plan,
    solver,
    mode,
    { floorsT: floors.floorsT, withYards: true },
    options.onProgress,
    seasonGuess(floorFree),
  );
  const days = extractDays(plan, outcome.windows, floors.floorsT, floors.maxDailyBurnT);
  const breached = days.some((d) => plan.yards.some((y, yi) => isBelowFloor(d.yards[y.id].stockT, floors.floorsT[yi])));
  const extraT =
    options.coalToHoldFloor !== true ? null : breached ? coalToHoldFloors(plan, floors, floorFreeOnce().days) : [];
  const summary = summarise(plan, days, floors, extraT);
  assertFinite({ days, summary, solver: outcome.stats });
  let inputHash: string | undefined;
  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    labels: runLabels(scenario),
    // computed when first read (JSON, the server's store): Monte Carlo never reads it
    get inputHash() {
      return (inputHash ??= hashInput(scenario, options));
    },
    engineVersion: ENGINE_VERSION,
    days,
    summary,
    solver: { name: solver.name, mode, ...outcome.stats },
    // the scenario's implausible numbers first (allowed, rarely meant), then what the season showed
    ...withTexts([...checkPlausibility(scenario).map(pathWarning), ...warningsFor(plan, summary)]),
  };
}

/**
 * Each yard's maximum daily burn on every basis, measured once for a study on the scenario's
 * own weather (or `weatherSeries`) with the study's mode and solver, to pass to every run as
 * `RunOptions.reserveBurnsT`. Undefined when no yard's basis needs the floor-free dispatch of
 * the season: then each run's figures cost nothing (the design day is memoised) and the
 * study has nothing to save.
 */
export async function reserveBurnsForStudy(
  input: unknown,
  options: Pick<RunOptions, 'baseDir' | 'mode' | 'solver' | 'weatherSeries'> = {},
): Promise<Record<string, BurnByBasisT> | undefined> {
  const scenario = validateScenario(input);
  const plan = normalise(
    scenario,
    horizonWeather(scenario, { baseDir: options.baseDir ?? SHIPPED_SCENARIOS_DIR, series: options.weatherSeries }),
  );
  if (!plan.yards.some((y) => needsSeasonMax(y.basis))) return undefined;
  const mode = options.mode ?? scenario.dispatch.mode;
  const solver = await createSolver(resolveSolverName(options.solver ?? scenario.dispatch.solver, plan, mode));
  const floors = reserveFloors(plan, solver, mode);
  return Object.fromEntries(plan.yards.map((y, yi) => [y.id, floors.byBasisT[yi]]));
}
