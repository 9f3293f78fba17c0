/**
 * Resolves `solver: "auto"` by the size of the LPs the chosen mode will solve: the column
 * count of one day's model times the days in a window (1 daily, lookaheadDays rolling,
 * the horizon in season mode). Thresholds come from bench/ (engine/lp/solvers/index.ts).
 */
import { buildDispatchModel } from '../dispatch/build-model.ts';
import { autoSolverName, type SolverName } from '../lp/solvers/index.ts';
import type { Plan } from '../scenario/normalise.ts';
import type { DispatchMode, SolverChoice } from '../scenario/schema.ts';
import { openingState } from './modes.ts';

export function windowColumns(plan: Plan, mode: DispatchMode): number {
  const perDay = buildDispatchModel(plan, 0, 1, openingState(plan), {
    floorsT: plan.yards.map(() => 1),
    withYards: true,
  }).model.colNames.length;
  const days =
    mode === 'daily'
      ? 1
      : mode === 'rolling'
        ? Math.min(plan.scenario.dispatch.lookaheadDays, plan.dates.length)
        : plan.dates.length;
  return perDay * days;
}

export function resolveSolverName(requested: SolverChoice, plan: Plan, mode: DispatchMode): SolverName {
  return requested === 'auto' ? autoSolverName(windowColumns(plan, mode)) : requested;
}
