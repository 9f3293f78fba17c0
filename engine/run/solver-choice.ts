/**
 * Resolves `solver: "auto"` by the size of the LPs the chosen mode will solve: the column
 * count of one day's model times the days in a window (1 daily, lookaheadDays rolling,
 * the horizon in season mode), and refuses javascript-lp-solver above its size. Thresholds come
 * from bench/ (engine/lp/solvers/index.ts).
 */
import { buildDispatchModel } from '../dispatch/build-model.ts';
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { autoSolverName, JSLP_MAX_COLUMNS, type SolverName } from '../lp/solvers/index.ts';
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

/**
 * The solver that will run: `auto` resolved by size; javascript-lp-solver, which honours no
 * time limit on an LP, refused above `JSLP_MAX_COLUMNS` (BAD_OPTION at `dispatch.solver`,
 * naming the size and the alternatives) rather than left to run for minutes.
 */
export function resolveSolverName(requested: SolverChoice, plan: Plan, mode: DispatchMode): SolverName {
  if (requested === 'auto') return autoSolverName(windowColumns(plan, mode));
  if (requested === 'javascript-lp-solver') {
    const columns = windowColumns(plan, mode);
    if (columns > JSLP_MAX_COLUMNS) {
      const said = message('errors.option.solverTooLarge', {
        solver: requested,
        max: String(JSLP_MAX_COLUMNS),
        columns: String(columns),
      });
      throw new BaogongError('BAD_OPTION', said, [{ path: 'dispatch.solver', ...said }]);
    }
  }
  return requested;
}
