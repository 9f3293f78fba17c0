/**
 * The exact LPs the engine solves for one window — a day of the daily mode (with the stocks
 * the run carried into it) or the whole season — so that outside solvers can check them.
 * A window may need several LPs (the lexicographic policy): all are returned, in the order
 * solved, each with its label (`fast-path`, `stage:{item}`, `money`). A day of the daily mode
 * is solved with the run's guess (the items that fell short the day before), so the LPs are
 * the ones the run solved that day, not only the same answer; the season likewise, with the
 * run's guess taken from the floor-free dispatch of the season. `floorFree` exports that
 * floor-free dispatch instead (every floor 0), with its own guess: with blocks, in season
 * mode, what fell short at one block a day (engine/run/reserve-floors.ts).
 */
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { buildDispatchModel } from '../dispatch/build-model.ts';
import { solveWithPolicy } from '../dispatch/policy/solve.ts';
import { createSolver } from '../lp/solvers/index.ts';
import type { LpModel } from '../lp/model.ts';
import { normalise } from '../scenario/normalise.ts';
import { validateScenario } from '../scenario/validate.ts';
import { horizonWeather } from '../scenario/weather-input.ts';
import { dispatch, openingState, stateAfter } from './modes.ts';
import { floorFreeDispatch, floorFreeGuess, reserveFloors, seasonGuess, type FloorFree } from './reserve-floors.ts';
import { SHIPPED_SCENARIOS_DIR } from './run-scenario.ts';

export interface ExportOptions {
  readonly baseDir?: string;
  /** A date of the horizon (daily mode); omit with `season: true`. */
  readonly day?: string;
  readonly season?: boolean;
  /** false: return only the first LP (the fast path) without solving anything after it (benchmarks). */
  readonly solve?: boolean;
  /** Export the floor-free dispatch (every yard's floor 0), as the run solves it for the season-max basis. */
  readonly floorFree?: boolean;
}

export interface ExportedLps {
  readonly window: { readonly first: string; readonly days: number };
  readonly lps: ReadonlyArray<{ readonly label: string; readonly model: LpModel }>;
}

export async function exportLps(input: unknown, options: ExportOptions): Promise<ExportedLps> {
  const scenario = validateScenario(input);
  const plan = normalise(scenario, horizonWeather(scenario, { baseDir: options.baseDir ?? SHIPPED_SCENARIOS_DIR }));
  const solver = await createSolver('highs');
  const mode = options.season ? 'season' : 'daily';
  // as the run does: one floor-free dispatch at most, whose short items are the season's guess
  let floorFree: FloorFree | undefined;
  const floorsT = options.floorFree
    ? plan.yards.map(() => 0)
    : reserveFloors(plan, solver, mode, {
        floorFreeDays: () => (floorFree ??= floorFreeDispatch(plan, solver, mode)).days,
      }).floorsT;
  const buildOptions = { floorsT, withYards: true };
  let first = 0,
    count = plan.dates.length,
    state = openingState(plan);
  let expectShort = !options.season
    ? undefined
    : options.floorFree
      ? floorFreeGuess(plan, solver, mode)
      : seasonGuess(floorFree);
  if (!options.season) {
    first = plan.dates.indexOf(options.day ?? plan.dates[0]);
    if (first < 0)
      throw new BaogongError(
        'BAD_OPTION',
        message('errors.headline.exportDay', {
          day: String(options.day),
          first: plan.dates[0],
          last: String(plan.dates.at(-1)),
        }),
      );
    count = 1;
    if (first > 0) {
      // the day before, as the run solved it: its stocks, and the items that fell short (the run's guess for this day)
      const before = dispatch({ ...plan, dates: plan.dates.slice(0, first) }, solver, 'daily', buildOptions).windows[
        first - 1
      ];
      state = stateAfter(before);
      expectShort = before.shortItems;
    }
  }
  const dm = buildDispatchModel(plan, first, count, state, buildOptions);
  const lps: Array<{ label: string; model: LpModel }> = [];
  if (options.solve === false)
    return { window: { first: plan.dates[first], days: count }, lps: [{ label: 'fast-path', model: dm.model }] };
  solveWithPolicy(dm, solver, scenario.dispatch.timeLimitS, {
    expectShort,
    observe: (label, model) => lps.push({ label, model }),
  });
  return { window: { first: plan.dates[first], days: count }, lps };
}
