/**
 * How the policy order is guaranteed: a preemptive (lexicographic) solve.
 *
 *   fast path   minimise cost with every shortfall column fixed at 0. If that is feasible
 *               it is the lexicographic optimum: every stage's optimum is 0 and the cost is
 *               the least among zero-shortfall dispatches. Most days end here, in one LP.
 *   stage k     otherwise, for each item in protectOrder: minimise the item's total shortfall
 *               with every earlier item held at its optimum: its columns fixed at 0 when
 *               the optimum is 0, else a `policy-{item}` row ≤ optimum·(1 + 1e-9) + 1e-9. A stage whose item
 *               is already 0 in the last solution is not re-solved: 0 is its optimum.
 *   last        minimise money cost with every item held.
 * So no item is worse off to help a later one, whatever the prices and conversion factors:
 * no gas is cut in a more-protected category while a less-protected one still gets gas
 * (moving that gas would lower the earlier stage's optimum), with no penalty weights to tune.
 */
import { withObjective, withRows, type LpModel, type LpSolver, type SolveResult } from '../lp/model.ts';
import type { DispatchModel } from './build-model.ts';
import type { PolicyStageItem } from './policy-items.ts';

export interface StageOutcome {
  readonly item: string;
  /** Total shortfall of the item, in its unit (MWh, m³; days of maximum burn for the coal floor). */
  readonly objective: number;
}

export interface PolicySolve {
  readonly result: SolveResult;
  readonly stages: readonly StageOutcome[];
  readonly lpCount: number;
  readonly solveMs: number;
  readonly fastPath: boolean;
}

/** Relative slack when an earlier stage's optimum is held (the 1e-6 absolute term covers solver tolerance). */
const HOLD_REL_TOL = 1e-9;
/** Absolute slack of a held optimum (MWh, m³, t): small, so later stages cannot trade on it. */
const HOLD_ABS_TOL = 1e-9;
/** Below this a shortfall counts as zero (MWh, m³, t). */
export const SHORTFALL_ZERO = 1e-6;

function withUpperZero(model: LpModel, cols: readonly number[]): LpModel {
  const colUpper = [...model.colUpper];
  for (const c of cols) colUpper[c] = 0;
  return Object.freeze({ ...model, colUpper });
}

function itemObjective(model: LpModel, item: PolicyStageItem): LpModel {
  const cost = new Array<number>(model.colCost.length).fill(0);
  item.cols.forEach((c, i) => { cost[c] = item.weights?.[i] ?? 1; });
  return withObjective(model, cost, 0);
}

/** The item's weighted shortfall in a solution, over the columns whose window day is below `days`. */
export function itemShortfall(item: PolicyStageItem, values: readonly number[], colDay?: readonly number[], days = Infinity): number {
  return item.cols.reduce((s, c, i) => ((colDay?.[c] ?? 0) < days ? s + (item.weights?.[i] ?? 1) * values[c] : s), 0);
}

/** Sees every LP the policy solve hands to the solver, in order (LP export, debugging). */
export type ModelObserver = (label: string, model: LpModel) => void;

export function solveWithPolicy(dm: DispatchModel, solver: LpSolver, timeLimitS: number, observe?: ModelObserver): PolicySolve {
  let lpCount = 0, solveMs = 0;
  let label = 'fast-path';
  const solve = (m: LpModel) => {
    observe?.(label, m);
    const r = solver.solve(m, { timeLimitS });
    lpCount++;
    solveMs += r.solveMs;
    return r;
  };
  const allShortfall = dm.items.flatMap((i) => i.cols);
  const fast = solve(withUpperZero(dm.model, allShortfall));
  if (fast.status === 'optimal')
    return { result: fast, stages: dm.items.map((i) => ({ item: i.item, objective: 0 })), lpCount, solveMs, fastPath: true };

  let held = dm.model;
  let last: SolveResult | null = null;
  const stages: StageOutcome[] = [];
  for (const item of dm.items) {
    let optimum = 0;
    if (last === null || itemShortfall(item, last.values) > SHORTFALL_ZERO) {
      label = `stage:${item.item}`;
      const r = solve(itemObjective(held, item));
      if (r.status !== 'optimal') return { result: r, stages, lpCount, solveMs, fastPath: false };
      optimum = Math.max(0, r.objective);
      last = r;
    }
    stages.push({ item: item.item, objective: optimum });
    held = optimum <= SHORTFALL_ZERO
      ? withUpperZero(held, item.cols)
      : withRows(held, [{ name: `policy-${item.item}`, lower: -Infinity, upper: optimum * (1 + HOLD_REL_TOL) + HOLD_ABS_TOL, terms: item.cols.map((c, i) => [c, item.weights?.[i] ?? 1] as const) }]);
  }
  label = 'money';
  const result = solve(held);
  return { result, stages, lpCount, solveMs, fastPath: false };
}
