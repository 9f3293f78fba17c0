/**
 * How the policy order is guaranteed: a preemptive (lexicographic) solve.
 *
 *   stage k   for each item in protectOrder: minimise the item's total shortfall with every
 *             earlier item held at its optimum: its columns fixed at 0 when the optimum is 0,
 *             else a `policy-{item}` row ≤ optimum·(1 + 1e-9) + 1e-9 (+ rounding; the
 *             tolerances are in engine/tolerances.ts).
 *   last      minimise money cost with every item held.
 *
 * One stage loop does this (sequence.ts), given a set of items assumed to be 0: those it
 * holds at 0 without solving their stage, and every later LP that comes back feasible
 * proves them. A day is at most two calls of it:
 *   1. the guess: every item assumed 0 except those expected short (yesterday's). Expecting
 *      none is the fast path: one LP, the money LP with every shortfall column fixed at 0;
 *      feasible, it is the lexicographic optimum. Most days end there.
 *   2. when an LP of the guess is infeasible (a wrong guess) or fails: nothing assumed, every
 *      stage proven.
 * Within a call, a stage is not solved when the last stage's solution already has the item
 * at 0, and on a one-day model consecutive gas categories are settled by one LP (blocks.ts).
 *
 * So no item is worse off to help a later one, whatever the prices and conversion factors:
 * no gas is cut in a more-protected category while a less-protected one still gets gas
 * (moving that gas would lower the earlier stage's optimum), with no penalty weights to tune:
 * the guess changes how many LPs a day takes, never its answer.
 */
import type { LpSolver, SolveResult } from '../../lp/model.ts';
import { SHORTFALL_ZERO } from '../../tolerances.ts';
import type { DispatchModel } from '../build-model.ts';
import { stageUnits } from './blocks.ts';
import { proveStages, Solves, type ModelObserver, type StageOutcome } from './sequence.ts';

export { itemShortfall, type ModelObserver, type StageOutcome } from './sequence.ts';

export interface PolicySolve {
  readonly result: SolveResult;
  readonly stages: readonly StageOutcome[];
  readonly lpCount: number;
  readonly solveMs: number;
  /** No item falls short: the answer is the fast path's (whether or not the fast path LP was tried). */
  readonly fastPath: boolean;
  /** Label of the LP that ended the solve (`stage:{items}`, `money`, `fast-path`): the failing step when the result is not optimal. */
  readonly lastLabel: string;
}

export interface PolicyOptions {
  /**
   * Items expected to fall short (yesterday's; in season mode the floor-free season's); every other item is assumed 0 first, and
   * the assumption is proven as the solve goes. Absent or empty: the fast path. The answer is the same.
   */
  readonly expectShort?: ReadonlySet<string>;
  readonly observe?: ModelObserver;
}

export function solveWithPolicy(
  dm: DispatchModel,
  solver: LpSolver,
  timeLimitS: number,
  options: PolicyOptions = {},
): PolicySolve {
  const solves = new Solves(solver, timeLimitS, options.observe);
  const units = stageUnits(dm.items, dm.vars.interchangeable);
  const expect = options.expectShort ?? new Set<string>();
  const guess = new Set(dm.items.map((i) => i.item).filter((i) => !expect.has(i)));
  let end = proveStages(dm, units, solves, guess);
  if (end.kind === 'failed' && guess.size > 0) end = proveStages(dm, units, solves, new Set());
  // every optimum 0: the last LP held every item at 0, which is the fast path's LP
  const fastPath = end.result.status === 'optimal' && end.stages.every((s) => s.objective <= SHORTFALL_ZERO);
  return {
    result: end.result,
    stages: end.stages,
    lpCount: solves.lpCount,
    solveMs: solves.solveMs,
    fastPath,
    lastLabel: solves.lastLabel,
  };
}

/** Items that fell short in a policy solve (the next day's guess). */
export function shortItems(solved: PolicySolve): Set<string> {
  return new Set(solved.stages.filter((s) => s.objective > SHORTFALL_ZERO).map((s) => s.item));
}
