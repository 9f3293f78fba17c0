/**
 * The dispatch modes. `daily`: one LP per day, stocks carried from day to day (an operator
 * who sees only today). `season`: one LP over the whole horizon (perfect foresight); the
 * daily dispatch is feasible for it, so its policy stages are lexicographically no worse. Its
 * cost is NOT a lower bound on the daily mode's: the policy comes before money, so foresight
 * buys gas and LNG to serve users and hold the coal floor where the daily mode cuts them, and
 * the supply cost can come out higher. `rolling`: each day an LP over the next
 * `lookaheadDays` days whose later days see a forecast temperature (actual + a seeded error
 * whose spread grows with √lead time); only the first day is committed and carried.
 * `DispatchStats.objective` sums the solver's objectives (see `SolverStats.objective`); the
 * run's cost is re-derived from the committed days (extract-days.ts).
 */
import type { LpSolver } from '../lp/model.ts';
import { buildDispatchModel, type DispatchModel } from '../dispatch/build-model.ts';
import type { BuildOptions, CarriedState } from '../dispatch/context.ts';
import { itemShortfall, shortItems, solveWithPolicy, type StageOutcome } from '../dispatch/policy/solve.ts';
import type { Plan } from '../scenario/normalise.ts';
import type { DispatchMode } from '../scenario/schema.ts';
import type { SolvedWindow } from './extract-days.ts';
import { mulberry32, normal } from '../random.ts';
import { solverFailure } from './solver-failure.ts';

export { DISPATCH_MODES, type DispatchMode } from '../scenario/schema.ts';

export interface DispatchStats {
  status: string;
  objective: number;
  stages: StageOutcome[];
  solveMs: number;
  lpCount: number;
  lexicographicSolves: number;
  columns: number;
  rows: number;
}

export interface DispatchOutcome {
  readonly windows: SolvedWindow[];
  readonly stats: DispatchStats;
}

export const openingState = (plan: Plan): CarriedState => ({
  stockT: plan.yards.map((y) => y.openingStockT),
  inventoryM3: plan.storage?.openingInventoryM3 ?? 0,
});

/** Heat in each store after the last committed block (intra-day blocks only; nothing without them). */
function heatStoresAfter(w: SolvedWindow, last: SolvedWindow['dm']['vars']['days'][number]) {
  const block = last.blocks.at(-1);
  if (block === undefined || block.level.every((c) => c < 0)) return {};
  return { heatStoreMWh: block.level.map((c) => (c >= 0 ? w.values[c] : 0)) };
}

export function stateAfter(w: SolvedWindow): CarriedState {
  const last = w.dm.vars.days[(w.committed ?? w.dm.count) - 1];
  return {
    stockT: last.stock.map((c) => w.values[c]),
    inventoryM3: last.inventory >= 0 ? w.values[last.inventory] : 0,
    ...heatStoresAfter(w, last),
  };
}

/** Adds a window's shortfall per item to the running totals (in place; one entry per item, in order). */
function addStages(into: StageOutcome[], dm: DispatchModel, values: readonly number[], committed: number): void {
  dm.items.forEach((item, i) => {
    const objective = itemShortfall(item, values, dm.vars.colDay, committed);
    if (i < into.length) into[i] = { item: into[i].item, objective: into[i].objective + objective };
    else into.push({ item: item.item, objective });
  });
}

/** Solves `count` days from `first` and returns the solved window, or throws SOLVER_FAILED. */
function solveWindow(
  plan: Plan,
  solver: LpSolver,
  first: number,
  count: number,
  state: CarriedState,
  options: BuildOptions,
  stats: DispatchStats,
  committedDays?: number,
  expectShort?: ReadonlySet<string>,
): SolvedWindow {
  const dm: DispatchModel = buildDispatchModel(plan, first, count, state, options);
  const solved = solveWithPolicy(dm, solver, plan.scenario.dispatch.timeLimitS, { expectShort });
  stats.lpCount += solved.lpCount;
  stats.solveMs += solved.solveMs;
  stats.columns = Math.max(stats.columns, dm.model.colNames.length);
  stats.rows = Math.max(stats.rows, dm.model.rowNames.length);
  if (!solved.fastPath) stats.lexicographicSolves++;
  if (solved.result.status !== 'optimal') {
    stats.status = solved.result.status;
    const days = count > 1 ? `the ${count} days from ${plan.dates[first]}` : plan.dates[first];
    throw solverFailure(solver.name, solved.result, solved.lastLabel, days, plan.scenario.dispatch.timeLimitS);
  }
  stats.objective += solved.result.objective;
  // stage totals count committed days only, so a rolling horizon's lookahead is not counted 7 times
  const committed = committedDays ?? count;
  addStages(stats.stages, dm, solved.result.values, committed);
  return {
    dm,
    values: solved.result.values,
    committed,
    rowDuals: solved.result.rowDuals,
    shortItems: shortItems(solved),
  };
}

const emptyStats = (): DispatchStats => ({
  status: 'optimal',
  objective: 0,
  stages: [],
  solveMs: 0,
  lpCount: 0,
  lexicographicSolves: 0,
  columns: 0,
  rows: 0,
});

export function dispatchDaily(
  plan: Plan,
  solver: LpSolver,
  options: BuildOptions,
  onDay?: (done: number, total: number) => void,
): DispatchOutcome {
  const stats = emptyStats();
  const windows: SolvedWindow[] = [];
  let state = openingState(plan);
  for (let d = 0; d < plan.dates.length; d++) {
    // what fell short yesterday (a yard below its floor, gas cut) usually does today: the guess
    const w = solveWindow(plan, solver, d, 1, state, options, stats, undefined, windows.at(-1)?.shortItems);
    windows.push(w);
    state = stateAfter(w);
    onDay?.(d + 1, plan.dates.length);
  }
  return { windows, stats };
}

/** `expectShort`: the items expected to fall short (a guess: it changes how many LPs the season takes, never its answer). */
export function dispatchSeason(
  plan: Plan,
  solver: LpSolver,
  options: BuildOptions,
  expectShort?: ReadonlySet<string>,
): DispatchOutcome {
  const stats = emptyStats();
  const w = solveWindow(plan, solver, 0, plan.dates.length, openingState(plan), options, stats, undefined, expectShort);
  return { windows: [w], stats };
}

/** Forecast shift of each lookahead day, °C: 0 for the committed day, N(0, σ·√k) for day k. */
function forecastShifts(plan: Plan, count: number, rng: () => number): number[] {
  const sd = plan.scenario.dispatch.forecastErrorSdC;
  return Array.from({ length: count }, (_, k) => (k === 0 || sd === 0 ? 0 : sd * Math.sqrt(k) * normal(rng)));
}

export function dispatchRolling(
  plan: Plan,
  solver: LpSolver,
  options: BuildOptions,
  onDay?: (done: number, total: number) => void,
): DispatchOutcome {
  const stats = emptyStats();
  const windows: SolvedWindow[] = [];
  const lookahead = plan.scenario.dispatch.lookaheadDays;
  const rng = mulberry32(plan.scenario.dispatch.forecastSeed);
  let state = openingState(plan);
  for (let d = 0; d < plan.dates.length; d++) {
    const count = Math.min(lookahead, plan.dates.length - d);
    const w = solveWindow(
      plan,
      solver,
      d,
      count,
      state,
      { ...options, forecastShiftC: forecastShifts(plan, count, rng) },
      stats,
      1,
      windows.at(-1)?.shortItems,
    );
    windows.push(w);
    state = stateAfter(w);
    onDay?.(d + 1, plan.dates.length);
  }
  return { windows, stats };
}

export function dispatch(
  plan: Plan,
  solver: LpSolver,
  mode: DispatchMode,
  options: BuildOptions,
  onDay?: (done: number, total: number) => void,
  seasonGuess?: ReadonlySet<string>,
): DispatchOutcome {
  switch (mode) {
    case 'daily':
      return dispatchDaily(plan, solver, options, onDay);
    case 'season':
      return dispatchSeason(plan, solver, options, seasonGuess);
    case 'rolling':
      return dispatchRolling(plan, solver, options, onDay);
  }
}
