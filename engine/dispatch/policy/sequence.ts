/**
 * The stage loop of the policy solve (solve.ts): stages in protectOrder, each item held at
 * its optimum before the next; a gas block (blocks.ts) settled by one LP. The two
 * sequences differ only in when a stage is solved: the guessed one solves what it expects
 * to fall short and holds the rest at 0 unproven, the certified one solves what no known
 * point shows to be 0.
 */
import { withObjective, withRows, type LpModel, type LpSolver, type SolveResult } from '../../lp/model.ts';
import type { DispatchModel } from '../build-model.ts';
import { allocateBlock, stageUnits, type StageUnit } from './blocks.ts';
import type { PolicyStageItem } from './items.ts';

export interface StageOutcome {
  readonly item: string;
  /** Total shortfall of the item, in its unit (MWh, m³; days of maximum burn for the coal floor). */
  readonly objective: number;
}

/** Sees every LP the policy solve hands to the solver, in order (LP export, debugging). */
export type ModelObserver = (label: string, model: LpModel) => void;

/** Relative slack when an earlier stage's optimum is held. */
const HOLD_REL_TOL = 1e-9;
/**
 * Absolute slack of a held optimum (MWh, m³, t): small, so later stages cannot trade on it.
 * A solver that rounds its values (YALPS, to 1e-8) adds its rounding times the item's
 * weights: a hold tighter than the rounding made a degenerate day's money LP infeasible.
 */
const HOLD_ABS_TOL = 1e-9;
/** Below this an item's total shortfall is reported as none (its unit: MWh, m³, days of burn). */
export const SHORTFALL_ZERO = 1e-6;
/**
 * An item is held at 0 (its columns fixed at 0) only when every one of its columns is at most
 * this at a point that keeps the holds (MWh, m³, t). A test on the weighted total was not
 * enough: 5 kg below a coal floor weighs 9·10⁻⁷ days, and fixing that at 0 made a later LP
 * of a Monte Carlo day infeasible.
 */
const COLUMN_ZERO = 1e-7;

/** The item's weighted shortfall in a solution, over the columns whose window day is below `days`. */
export function itemShortfall(item: PolicyStageItem, values: readonly number[], colDay?: readonly number[], days = Infinity): number {
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

/** Counts the LPs of one policy solve and shows each to the observer under its label. */
export class Solves {
  lpCount = 0;
  solveMs = 0;
  /** Label of the last LP handed to the solver (the step that failed, when one does). */
  lastLabel = '';
  constructor(private readonly solver: LpSolver, private readonly timeLimitS: number, private readonly observe?: ModelObserver) {}
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
export class Held {
  private model: LpModel;
  private upper: number[] | null = null;
  constructor(base: LpModel) { this.model = base; }
  hold(item: PolicyStageItem, zero: boolean, bound: number): void {
    if (zero) {
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

/** Every column of the item is (near) 0 at the point. */
function isZeroIn(item: PolicyStageItem, point: readonly number[] | null): boolean {
  if (point === null) return false;
  for (const c of item.cols) if (point[c] > COLUMN_ZERO) return false;
  return true;
}

/** The point breaks the item's hold: a column above 0 where it is held at 0, else a total above its bound. */
const breaks = (item: PolicyStageItem, point: readonly number[] | null, zero: boolean, bound: number) =>
  point !== null && (zero ? !isZeroIn(item, point) : itemShortfall(item, point) > bound);

/** Points known to keep every hold so far: a candidate (certified sequence) and the last stage's solution. */
export interface Points {
  candidate: readonly number[] | null;
  last: readonly number[] | null;
}

/** 0 is proven for every item of the unit by one point that keeps the holds so far. */
export const provenZero = (unit: StageUnit, p: Points) =>
  unit.items.every((i) => isZeroIn(i, p.candidate)) || unit.items.every((i) => isZeroIn(i, p.last));

export interface SequenceEnd {
  readonly kind: 'done' | 'failed';
  readonly result: SolveResult;
  readonly stages: StageOutcome[];
}

/**
 * Runs the stages: `solveUnit` says which units to solve; an unsolved unit is held at 0.
 * A unit's LP that is not optimal ends the sequence (`failed`); else the money LP (`label`) ends it.
 */
export function runStages(dm: DispatchModel, solves: Solves, solver: LpSolver, points: Points, solveUnit: (unit: StageUnit) => boolean, label: string): SequenceEnd {
  const held = new Held(dm.model);
  const stages: StageOutcome[] = [];
  for (const unit of stageUnits(dm.items, dm.model)) {
    let optima = unit.items.map(() => 0);
    let zero = unit.items.map(() => true); // unsolved: proven 0, or guessed
    if (solveUnit(unit)) {
      const r = solves.run(`stage:${unit.items.map((i) => i.item).join('+')}`, shortfallObjective(held.current(), unit.items));
      if (r.status !== 'optimal') return { kind: 'failed', result: r, stages };
      if (unit.block) {
        // the block's total, allocated from the least protected up; the optimal point reallocated keeps every hold
        optima = allocateBlock(unit.items, dm.model, r.objective);
        const point = r.values.slice();
        unit.items.forEach((item, k) => { point[item.cols[0]] = optima[k]; });
        points.last = point;
      } else {
        optima = [Math.max(0, r.objective)];
        points.last = r.values;
      }
      zero = unit.items.map((item) => isZeroIn(item, points.last));
    }
    unit.items.forEach((item, k) => {
      const bound = holdBound(item, optima[k], solver);
      // a point that breaks this hold no longer speaks for later stages
      if (breaks(item, points.candidate, zero[k], bound)) points.candidate = null;
      if (breaks(item, points.last, zero[k], bound)) points.last = null;
      stages.push({ item: item.item, objective: optima[k] });
      held.hold(item, zero[k], bound);
    });
  }
  const result = solves.run(label, held.current());
  return { kind: result.status === 'optimal' ? 'done' : 'failed', result, stages };
}
