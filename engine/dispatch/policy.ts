/**
 * How the policy order is guaranteed: a preemptive (lexicographic) solve.
 *
 *   fast path   minimise cost with every shortfall column fixed at 0. If that is feasible
 *               it is the lexicographic optimum: every stage's optimum is 0 and the cost is
 *               the least among zero-shortfall dispatches. Most days end here, in one LP.
 *               A caller that expects a shortfall (yesterday had one) may skip it.
 *   candidate   otherwise, one LP minimising the shortfall with steep weights in protectOrder.
 *               It is only a feasible point, never an answer: it lets stages be skipped.
 *   stage k     for each item in protectOrder: minimise the item's total shortfall with every
 *               earlier item held at its optimum: its columns fixed at 0 when the optimum is
 *               0, else a `policy-{item}` row ≤ optimum·(1 + 1e-9) + 1e-9 (+ rounding). A stage is not
 *               solved when a point known to satisfy every hold so far (the candidate, while
 *               it attains each held optimum, or the last stage's solution) has the item at
 *               0: 0 is then its optimum, as a shortfall is never negative.
 *   last        minimise money cost with every item held.
 * So no item is worse off to help a later one, whatever the prices and conversion factors:
 * no gas is cut in a more-protected category while a less-protected one still gets gas
 * (moving that gas would lower the earlier stage's optimum), with no penalty weights to tune:
 * the candidate's weights change how many LPs a day takes, never its answer.
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
  /** No item falls short: the answer is the fast path's (whether or not the fast path LP was tried). */
  readonly fastPath: boolean;
}

/** Relative slack when an earlier stage's optimum is held (the 1e-6 absolute term covers solver tolerance). */
const HOLD_REL_TOL = 1e-9;
/**
 * Absolute slack of a held optimum (MWh, m³, t): small, so later stages cannot trade on it.
 * A solver that rounds its values (YALPS, to 1e-8) adds its rounding times the item's
 * weights: a hold tighter than the rounding made a degenerate day's money LP infeasible.
 */
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

/** Weight ratio between neighbouring items in the candidate LP (per unit of each item's largest column). */
const CANDIDATE_STEP = 1e3;

/** Costs of the candidate LP: item k of n weighs CANDIDATE_STEP^(n−1−k), each column scaled by its upper bound. */
function candidateObjective(model: LpModel, items: readonly PolicyStageItem[]): LpModel {
  const cost = new Array<number>(model.colCost.length).fill(0);
  items.forEach((item, k) => {
    const level = CANDIDATE_STEP ** (items.length - 1 - k);
    item.cols.forEach((c, i) => {
      const ub = model.colUpper[c];
      cost[c] = (level * (item.weights?.[i] ?? 1)) / (Number.isFinite(ub) && ub > 1 ? ub : 1);
    });
  });
  return withObjective(model, cost, 0);
}

export interface PolicyOptions {
  /** Skip the fast path (a shortfall is likely, e.g. yesterday had one); the answer is the same. */
  readonly expectShortfall?: boolean;
  readonly observe?: ModelObserver;
}

export function solveWithPolicy(dm: DispatchModel, solver: LpSolver, timeLimitS: number, options: PolicyOptions = {}): PolicySolve {
  let lpCount = 0, solveMs = 0;
  let label = 'fast-path';
  const solve = (m: LpModel) => {
    options.observe?.(label, m);
    const r = solver.solve(m, { timeLimitS });
    lpCount++;
    solveMs += r.solveMs;
    return r;
  };
  if (options.expectShortfall !== true) {
    const fast = solve(withUpperZero(dm.model, dm.items.flatMap((i) => i.cols)));
    if (fast.status === 'optimal')
      return { result: fast, stages: dm.items.map((i) => ({ item: i.item, objective: 0 })), lpCount, solveMs, fastPath: true };
  }
  label = 'candidate';
  const cand = solve(candidateObjective(dm.model, dm.items));
  // an infeasible or failed candidate is harmless: stage 1 then finds the status itself
  let candidate: readonly number[] | null = cand.status === 'optimal' ? cand.values : null;

  let held = dm.model;
  let last: readonly number[] | null = null;
  const stages: StageOutcome[] = [];
  const zeroAt = (item: PolicyStageItem) =>
    (candidate !== null && itemShortfall(item, candidate) <= SHORTFALL_ZERO) || (last !== null && itemShortfall(item, last) <= SHORTFALL_ZERO);
  for (const item of dm.items) {
    let optimum = 0;
    if (!zeroAt(item)) {
      label = `stage:${item.item}`;
      const r = solve(itemObjective(held, item));
      if (r.status !== 'optimal') return { result: r, stages, lpCount, solveMs, fastPath: false };
      optimum = Math.max(0, r.objective);
      last = r.values;
    }
    const rounding = (solver.valueTolerance ?? 0) * item.cols.reduce((sum, _, i) => sum + (item.weights?.[i] ?? 1), 0);
    const bound = optimum * (1 + HOLD_REL_TOL) + HOLD_ABS_TOL + rounding;
    // a point that breaks this hold no longer speaks for later stages
    const breaks = (point: readonly number[] | null) => point !== null && itemShortfall(item, point) > Math.max(bound, SHORTFALL_ZERO);
    if (breaks(candidate)) candidate = null;
    if (breaks(last)) last = null;
    stages.push({ item: item.item, objective: optimum });
    held = optimum <= SHORTFALL_ZERO
      ? withUpperZero(held, item.cols)
      : withRows(held, [{ name: `policy-${item.item}`, lower: -Infinity, upper: bound, terms: item.cols.map((c, i) => [c, item.weights?.[i] ?? 1] as const) }]);
  }
  label = 'money';
  const result = solve(held);
  // every optimum 0: the money LP above is the fast path's LP, so its answer is the fast path's
  return { result, stages, lpCount, solveMs, fastPath: stages.every((s) => s.objective <= SHORTFALL_ZERO) };
}
