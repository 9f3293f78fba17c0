/**
 * The dispatch modes. `daily`: one LP per day, stocks carried from day to day (an operator
 * who sees only today). `season`: one LP over the whole horizon (perfect foresight), so its
 * cost is a lower bound on the daily mode's.
 */
import { BaogongError } from '../errors.ts';
import type { LpSolver } from '../lp/model.ts';
import { buildDispatchModel, type DispatchModel } from '../dispatch/build-model.ts';
import type { BuildOptions, CarriedState } from '../dispatch/context.ts';
import { solveWithPolicy, type StageOutcome } from '../dispatch/policy.ts';
import type { Plan } from '../scenario/normalise.ts';
import type { SolvedWindow } from './extract-days.ts';

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

function stateAfter(w: SolvedWindow): CarriedState {
  const last = w.dm.vars.days[w.dm.count - 1];
  return { stockT: last.stock.map((c) => w.values[c]), inventoryM3: last.inventory >= 0 ? w.values[last.inventory] : 0 };
}

function addStages(into: StageOutcome[], stages: readonly StageOutcome[]): StageOutcome[] {
  if (into.length === 0) return stages.map((s) => ({ ...s }));
  return into.map((s, i) => ({ item: s.item, objective: s.objective + (stages[i]?.objective ?? 0) }));
}

/** Solves `count` days from `first` and returns the solved window, or throws SOLVER_FAILED. */
function solveWindow(plan: Plan, solver: LpSolver, first: number, count: number, state: CarriedState, options: BuildOptions, stats: DispatchStats): SolvedWindow {
  const dm: DispatchModel = buildDispatchModel(plan, first, count, state, options);
  const solved = solveWithPolicy(dm, solver, plan.scenario.dispatch.timeLimitS);
  stats.lpCount += solved.lpCount;
  stats.solveMs += solved.solveMs;
  stats.columns = Math.max(stats.columns, dm.model.colNames.length);
  stats.rows = Math.max(stats.rows, dm.model.rowNames.length);
  if (!solved.fastPath) stats.lexicographicSolves++;
  if (solved.result.status !== 'optimal') {
    stats.status = solved.result.status;
    throw new BaogongError('SOLVER_FAILED', `${solver.name} returned ${solved.result.status} for ${plan.dates[first]}${count > 1 ? ` + ${count - 1} days` : ''}${solved.result.message ? `: ${solved.result.message}` : ''}`);
  }
  stats.objective += solved.result.objective;
  stats.stages = addStages(stats.stages, solved.stages);
  return { dm, values: solved.result.values };
}

const emptyStats = (): DispatchStats => ({ status: 'optimal', objective: 0, stages: [], solveMs: 0, lpCount: 0, lexicographicSolves: 0, columns: 0, rows: 0 });

export function dispatchDaily(plan: Plan, solver: LpSolver, options: BuildOptions, onDay?: (done: number, total: number) => void): DispatchOutcome {
  const stats = emptyStats();
  const windows: SolvedWindow[] = [];
  let state = openingState(plan);
  for (let d = 0; d < plan.dates.length; d++) {
    const w = solveWindow(plan, solver, d, 1, state, options, stats);
    windows.push(w);
    state = stateAfter(w);
    onDay?.(d + 1, plan.dates.length);
  }
  return { windows, stats };
}

export function dispatchSeason(plan: Plan, solver: LpSolver, options: BuildOptions): DispatchOutcome {
  const stats = emptyStats();
  const w = solveWindow(plan, solver, 0, plan.dates.length, openingState(plan), options, stats);
  return { windows: [w], stats };
}

export function dispatch(plan: Plan, solver: LpSolver, mode: 'daily' | 'season', options: BuildOptions, onDay?: (done: number, total: number) => void): DispatchOutcome {
  switch (mode) {
    case 'daily': return dispatchDaily(plan, solver, options, onDay);
    case 'season': return dispatchSeason(plan, solver, options);
  }
}
