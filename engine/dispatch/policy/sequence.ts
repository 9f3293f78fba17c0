/**
 * The stage loop of the policy solve (solve.ts): given the items assumed to be 0, it proves
 * them. Units of protectOrder in turn (a gas block, blocks.ts, is one unit): a unit is
 * solved — its items' shortfall minimised with every earlier item held at its optimum —
 * unless every item of it is assumed 0, or the last stage's solution already has it at 0
 * (that point keeps every hold so far, and a shortfall is never negative, so 0 is then the
 * optimum). An unsolved unit is held at 0; every later LP that comes back optimal is a point
 * with those zeros that keeps the holds, so it proves them. The money LP ends the loop.
 * An LP that is not optimal ends it too (`failed`): under an assumption that is how a wrong
 * guess shows (the caller then proves with fewer assumptions); with none, a real failure.
 */
import { withObjective, withRows, type LpModel, type LpSolver, type SolveResult } from '../../lp/model.ts';
import { COLUMN_ZERO, HOLD_ABS_TOL, HOLD_REL_TOL } from '../../tolerances.ts';
import type { DispatchModel } from '../build-model.ts';
import { allocateBlock, type StageUnit } from './blocks.ts';
import type { PolicyStageItem } from './items.ts';

export interface StageOutcome {
  readonly item: string;
  /** Total shortfall of the item, in its unit (MWh, m³; days of maximum burn for the coal floor). */
  readonly objective: number;
}

/** Sees every LP the policy solve hands to the solver, in order (LP export, debugging). */
export type ModelObserver = (label: string, model: LpModel) => void;

/** The item's weighted shortfall in a solution, over the columns whose window day is below `days`. */
export function itemShortfall(
  item: PolicyStageItem,
  values: readonly number[],
  colDay?: readonly number[],
  days = Infinity,
): number {
  let sum = 0;
  for (let i = 0; i < item.cols.length; i++) {
    const c = item.cols[i];
    if ((colDay?.[c] ?? 0) < days) sum += (item.weights?.[i] ?? 1) * values[c];
  }
  return sum;
}

/** The model with objective Σ weight·column over the items' columns. */
function shortfallObjective(model: LpModel, items: readonly PolicyStageItem[]): LpModel {
  const cost = new Array<number>(model.colCost.length).fill(0);
  for (const item of items) for (let i = 0; i < item.cols.length; i++) cost[item.cols[i]] = item.weights?.[i] ?? 1;
  return withObjective(model, cost, 0);
}

/** Hands the LPs of one policy solve to the solver: counts them and shows each to the observer under its label. */
export class Solves {
  lpCount = 0;
  solveMs = 0;
  /** Label of the last LP handed to the solver (the step that failed, when one does). */
  lastLabel = '';
  constructor(
    readonly solver: LpSolver,
    private readonly timeLimitS: number,
    private readonly observe?: ModelObserver,
  ) {}
  run(label: string, model: LpModel): SolveResult {
    this.observe?.(label, model);
    this.lastLabel = label;
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
  constructor(base: LpModel) {
    this.model = base;
  }
  hold(item: PolicyStageItem, zero: boolean, bound: number): void {
    if (zero) {
      this.upper ??= this.model.colUpper.slice();
      for (const c of item.cols) this.upper[c] = 0;
      return;
    }
    this.model = withRows(this.current(), [
      {
        name: `policy-${item.item}`,
        lower: -Infinity,
        upper: bound,
        terms: item.cols.map((c, i) => [c, item.weights?.[i] ?? 1] as const),
      },
    ]);
  }
  current(): LpModel {
    if (this.upper !== null) {
      this.model = Object.freeze({ ...this.model, colUpper: this.upper });
      this.upper = null;
    }
    return this.model;
  }
}

/** The bound a held optimum gets: its tolerances plus the solver's rounding over the item's weights. */
function holdBound(item: PolicyStageItem, optimum: number, solver: LpSolver): number {
  const rounding = (solver.valueTolerance ?? 0) * item.cols.reduce((sum, _, i) => sum + (item.weights?.[i] ?? 1), 0);
  return optimum * (1 + HOLD_REL_TOL) + HOLD_ABS_TOL + rounding;
}

/** Every column of the item is (near) 0 at the point. */
function isZeroIn(item: PolicyStageItem, point: readonly number[] | null): boolean {
  if (point === null) return false;
  for (const c of item.cols) if (point[c] > COLUMN_ZERO) return false;
  return true;
}

/** The point breaks the item's hold: a column above 0 where it is held at 0, else a total above its bound. */
const breaks = (item: PolicyStageItem, point: readonly number[], zero: boolean, bound: number) =>
  zero ? !isZeroIn(item, point) : itemShortfall(item, point) > bound;

export interface LoopEnd {
  /** `failed`: an LP came back not optimal (`result` is its answer). */
  readonly kind: 'done' | 'failed';
  readonly result: SolveResult;
  readonly stages: StageOutcome[];
}

/**
 * The stage loop: proves the items of `assumeZero` to be 0 and solves the others' stages.
 * The last LP is labelled `fast-path` when no stage was solved (every item held at 0), else `money`.
 */
export function proveStages(
  dm: DispatchModel,
  units: readonly StageUnit[],
  solves: Solves,
  assumeZero: ReadonlySet<string>,
): LoopEnd {
  const held = new Held(dm.model);
  const stages: StageOutcome[] = [];
  let last: readonly number[] | null = null; // the last stage's solution, while it keeps every hold
  let solved = 0;
  for (const unit of units) {
    let optima = unit.items.map(() => 0);
    let zero = unit.items.map(() => true);
    const skip = unit.items.every((i) => assumeZero.has(i.item)) || unit.items.every((i) => isZeroIn(i, last));
    if (!skip) {
      const r = solves.run(
        `stage:${unit.items.map((i) => i.item).join('+')}`,
        shortfallObjective(held.current(), unit.items),
      );
      if (r.status !== 'optimal') return { kind: 'failed', result: r, stages };
      solved++;
      if (unit.block) {
        // the block's total, allocated from the least protected up; the optimal point reallocated keeps every hold
        optima = allocateBlock(unit.items, dm.model, r.objective);
        const point = r.values.slice();
        unit.items.forEach((item, k) => {
          point[item.cols[0]] = optima[k];
        });
        last = point;
      } else {
        optima = [Math.max(0, r.objective)];
        last = r.values;
      }
      zero = unit.items.map((item) => isZeroIn(item, last));
    }
    unit.items.forEach((item, k) => {
      const bound = holdBound(item, optima[k], solves.solver);
      // an item assumed 0 that the last point has above 0: that point no longer speaks for later stages
      if (last !== null && breaks(item, last, zero[k], bound)) last = null;
      stages.push({ item: item.item, objective: optima[k] });
      held.hold(item, zero[k], bound);
    });
  }
  const result = solves.run(solved === 0 ? 'fast-path' : 'money', held.current());
  return { kind: result.status === 'optimal' ? 'done' : 'failed', result, stages };
}
