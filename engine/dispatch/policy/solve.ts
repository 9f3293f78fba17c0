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
 *               0, else a `policy-{item}` row ≤ optimum·(1 + 1e-9) + 1e-9 (+ rounding). A stage
 *               is not solved when a point known to satisfy every hold so far (the candidate,
 *               while it attains each held optimum, or the last stage's solution) has the item
 *               at 0: 0 is then its optimum, as a shortfall is never negative. On a one-day
 *               model, consecutive gas categories are settled by one LP (blocks.ts).
 *   last        minimise money cost with every item held.
 * So no item is worse off to help a later one, whatever the prices and conversion factors:
 * no gas is cut in a more-protected category while a less-protected one still gets gas
 * (moving that gas would lower the earlier stage's optimum), with no penalty weights to tune:
 * the candidate's weights change how many LPs a day takes, never its answer.
 */
import { withObjective, type LpModel, type LpSolver, type SolveResult } from '../../lp/model.ts';
import type { DispatchModel } from '../build-model.ts';
import type { PolicyStageItem } from './items.ts';
import { Held, provenZero, runStages, SHORTFALL_ZERO, Solves, type ModelObserver, type Points, type StageOutcome } from './sequence.ts';

export { itemShortfall, SHORTFALL_ZERO, type ModelObserver, type StageOutcome } from './sequence.ts';

export interface PolicySolve {
  readonly result: SolveResult;
  readonly stages: readonly StageOutcome[];
  readonly lpCount: number;
  readonly solveMs: number;
  /** No item falls short: the answer is the fast path's (whether or not the fast path LP was tried). */
  readonly fastPath: boolean;
  /** Label of the LP that ended the solve (`stage:{items}`, `money`, …): the failing step when the result is not optimal. */
  readonly lastLabel: string;
}

export interface PolicyOptions {
  /**
   * Items expected to fall short (yesterday's); every other item is tried at 0 first, and
   * the guess is checked as it goes. Absent or empty: the fast path. The answer is the same.
   */
  readonly expectShort?: ReadonlySet<string>;
  readonly observe?: ModelObserver;
}

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

type Outcome = { readonly result: SolveResult; readonly stages: readonly StageOutcome[] };

/**
 * The guessed sequence: units with an expected item are solved, the others held at 0
 * unsolved. Each LP that comes back feasible proves every 0 held so far (it is a point with
 * them at 0 that keeps every earlier hold); an infeasible one means a guessed 0 was wrong:
 * null, and the certified sequence takes over (as it does after any other failure).
 */
function guessedSequence(dm: DispatchModel, solves: Solves, solver: LpSolver, expect: ReadonlySet<string>): Outcome | null {
  if (expect.size === 0) return fastPath(dm, solves);
  const points: Points = { candidate: null, last: null };
  const end = runStages(dm, solves, solver, points, (unit) => unit.items.some((i) => expect.has(i.item)) && !provenZero(unit, points), expect.size === 0 ? 'fast-path' : 'money');
  return end.kind === 'done' ? end : null;
}

/** The guess "none": the money LP with every item held at 0, every stage 0 (no stage loop). */
function fastPath(dm: DispatchModel, solves: Solves): Outcome | null {
  const held = new Held(dm.model);
  for (const item of dm.items) held.hold(item, true, 0);
  const result = solves.run('fast-path', held.current());
  return result.status === 'optimal' ? { result, stages: dm.items.map((i) => ({ item: i.item, objective: 0 })) } : null;
}

/**
 * The certified sequence: a candidate point first, then every unit that no point known to
 * keep the holds so far (the candidate, or the last stage's solution) shows to be 0.
 */
function certifiedSequence(dm: DispatchModel, solves: Solves, solver: LpSolver): Outcome {
  const cand = solves.run('candidate', candidateObjective(dm.model, dm.items));
  // an infeasible or failed candidate is harmless: stage 1 then finds the status itself
  const points: Points = { candidate: cand.status === 'optimal' ? cand.values : null, last: null };
  return runStages(dm, solves, solver, points, (unit) => !provenZero(unit, points), 'money');
}

export function solveWithPolicy(dm: DispatchModel, solver: LpSolver, timeLimitS: number, options: PolicyOptions = {}): PolicySolve {
  const solves = new Solves(solver, timeLimitS, options.observe);
  const outcome = guessedSequence(dm, solves, solver, options.expectShort ?? new Set()) ?? certifiedSequence(dm, solves, solver);
  // every optimum 0: the last LP held every item at 0, which is the fast path's LP
  const fastPath = outcome.result.status === 'optimal' && outcome.stages.every((s) => s.objective <= SHORTFALL_ZERO);
  return { ...outcome, lpCount: solves.lpCount, solveMs: solves.solveMs, fastPath, lastLabel: solves.lastLabel };
}

/** Items that fell short in a policy solve (the next day's guess). */
export function shortItems(solved: PolicySolve): Set<string> {
  return new Set(solved.stages.filter((s) => s.objective > SHORTFALL_ZERO).map((s) => s.item));
}
