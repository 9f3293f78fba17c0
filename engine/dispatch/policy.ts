/**
 * How the policy order is guaranteed: a preemptive (lexicographic) solve.
 *
 *   fast path   minimise cost with every shortfall column fixed at 0. If that is feasible
 *               it is the lexicographic optimum: every stage's optimum is 0 and the cost is
 *               the least among zero-shortfall dispatches. Most days end here, in one LP.
 *   guess       the fast path generalised: a caller that expects some items to fall short
 *               (yesterday's) solves only their stages and holds the rest at 0 unsolved; each
 *               feasible LP proves the zeros held so far, and an infeasible one sends the day
 *               to the certified sequence below. The fast path is the guess "none".
 *   candidate   the certified sequence starts with one LP minimising the shortfall with steep
 *               weights in protectOrder: only a feasible point, never an answer.
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

function itemObjective(model: LpModel, item: PolicyStageItem): LpModel {
  const cost = new Array<number>(model.colCost.length).fill(0);
  for (let i = 0; i < item.cols.length; i++) cost[item.cols[i]] = item.weights?.[i] ?? 1;
  return withObjective(model, cost, 0);
}

/** The item's weighted shortfall in a solution, over the columns whose window day is below `days`. */
export function itemShortfall(item: PolicyStageItem, values: readonly number[], colDay?: readonly number[], days = Infinity): number {
  let sum = 0;
  for (let i = 0; i < item.cols.length; i++) {
    const c = item.cols[i];
    if ((colDay?.[c] ?? 0) < days) sum += (item.weights?.[i] ?? 1) * values[c];
  }
  return sum;
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
  /**
   * Items expected to fall short (yesterday's); every other item is tried at 0 first, and
   * the guess is checked as it goes. Absent or empty: the fast path. The answer is the same.
   */
  readonly expectShort?: ReadonlySet<string>;
  readonly observe?: ModelObserver;
}

/** Counts the LPs of one policy solve and shows each to the observer under its label. */
class Solves {
  lpCount = 0;
  solveMs = 0;
  constructor(private readonly solver: LpSolver, private readonly timeLimitS: number, private readonly observe?: ModelObserver) {}
  run(label: string, model: LpModel): SolveResult {
    this.observe?.(label, model);
    const r = this.solver.solve(model, { timeLimitS: this.timeLimitS });
    this.lpCount++;
    this.solveMs += r.solveMs;
    return r;
  }
}

/**
 * The model with every hold so far: an item held at 0 has its columns' upper bounds set to 0
 * (collected, and copied into the model once, before the next solve), any other a
 * `policy-{item}` row ≤ its bound.
 */
class Held {
  private model: LpModel;
  private upper: number[] | null = null;
  constructor(base: LpModel) { this.model = base; }
  hold(item: PolicyStageItem, optimum: number, bound: number): void {
    if (optimum <= SHORTFALL_ZERO) {
      this.upper ??= this.model.colUpper.slice();
      for (const c of item.cols) this.upper[c] = 0;
      return;
    }
    this.model = withRows(this.current(), [{ name: `policy-${item.item}`, lower: -Infinity, upper: bound, terms: item.cols.map((c, i) => [c, item.weights?.[i] ?? 1] as const) }]);
  }
  current(): LpModel {
    if (this.upper !== null) { this.model = Object.freeze({ ...this.model, colUpper: this.upper }); this.upper = null; }
    return this.model;
  }
}

/** The bound a held optimum gets: its tolerances plus the solver's rounding over the item's weights. */
function holdBound(item: PolicyStageItem, optimum: number, solver: LpSolver): number {
  const rounding = (solver.valueTolerance ?? 0) * item.cols.reduce((sum, _, i) => sum + (item.weights?.[i] ?? 1), 0);
  return optimum * (1 + HOLD_REL_TOL) + HOLD_ABS_TOL + rounding;
}

const isZeroIn = (item: PolicyStageItem, point: readonly number[] | null) => point !== null && itemShortfall(item, point) <= SHORTFALL_ZERO;
const breaks = (item: PolicyStageItem, point: readonly number[] | null, bound: number) => point !== null && itemShortfall(item, point) > Math.max(bound, SHORTFALL_ZERO);

type Outcome = Omit<PolicySolve, 'lpCount' | 'solveMs' | 'fastPath'>;

/**
 * The guessed sequence: items outside `expect` are held at 0 unsolved, items in it are
 * solved. Each LP that comes back feasible proves every 0 held so far (it is a point with them
 * at 0 that keeps every earlier hold); an infeasible one means a guessed 0 was wrong: null,
 * and the certified sequence takes over (as it does after any other failure).
 */
function guessedSequence(dm: DispatchModel, solves: Solves, solver: LpSolver, expect: ReadonlySet<string>): Outcome | null {
  const held = new Held(dm.model);
  let last: readonly number[] | null = null;
  const stages: StageOutcome[] = [];
  for (const item of dm.items) {
    let optimum = 0;
    if (expect.has(item.item) && !isZeroIn(item, last)) {
      const r = solves.run(`stage:${item.item}`, itemObjective(held.current(), item));
      if (r.status !== 'optimal') return null; // infeasible: a guessed 0 was wrong (any other failure: retried below)
      optimum = Math.max(0, r.objective);
      last = r.values;
    }
    const bound = holdBound(item, optimum, solver);
    if (breaks(item, last, bound)) last = null;
    stages.push({ item: item.item, objective: optimum });
    held.hold(item, optimum, bound);
  }
  const result = solves.run(expect.size === 0 ? 'fast-path' : 'money', held.current());
  return result.status === 'optimal' ? { result, stages } : null;
}

/**
 * The certified sequence: a candidate point first, then every stage that no point known to
 * keep the holds so far (the candidate, or the last stage's solution) shows to be 0.
 */
function certifiedSequence(dm: DispatchModel, solves: Solves, solver: LpSolver): Outcome {
  const cand = solves.run('candidate', candidateObjective(dm.model, dm.items));
  // an infeasible or failed candidate is harmless: stage 1 then finds the status itself
  let candidate: readonly number[] | null = cand.status === 'optimal' ? cand.values : null;
  const held = new Held(dm.model);
  let last: readonly number[] | null = null;
  const stages: StageOutcome[] = [];
  for (const item of dm.items) {
    let optimum = 0;
    if (!isZeroIn(item, candidate) && !isZeroIn(item, last)) {
      const r = solves.run(`stage:${item.item}`, itemObjective(held.current(), item));
      if (r.status !== 'optimal') return { result: r, stages };
      optimum = Math.max(0, r.objective);
      last = r.values;
    }
    const bound = holdBound(item, optimum, solver);
    // a point that breaks this hold no longer speaks for later stages
    if (breaks(item, candidate, bound)) candidate = null;
    if (breaks(item, last, bound)) last = null;
    stages.push({ item: item.item, objective: optimum });
    held.hold(item, optimum, bound);
  }
  return { result: solves.run('money', held.current()), stages };
}

export function solveWithPolicy(dm: DispatchModel, solver: LpSolver, timeLimitS: number, options: PolicyOptions = {}): PolicySolve {
  const solves = new Solves(solver, timeLimitS, options.observe);
  const outcome = guessedSequence(dm, solves, solver, options.expectShort ?? new Set()) ?? certifiedSequence(dm, solves, solver);
  // every optimum 0: the last LP held every item at 0, which is the fast path's LP
  const fastPath = outcome.result.status === 'optimal' && outcome.stages.every((s) => s.objective <= SHORTFALL_ZERO);
  return { ...outcome, lpCount: solves.lpCount, solveMs: solves.solveMs, fastPath };
}

/** Items that fell short in a policy solve (the next day's guess). */
export function shortItems(solved: PolicySolve): Set<string> {
  return new Set(solved.stages.filter((s) => s.objective > SHORTFALL_ZERO).map((s) => s.item));
}
