/**
 * Gas blocks: consecutive gas items of protectOrder whose stages one LP settles.
 *
 * On a one-day model, each gas category's cut is one column that appears in one row only, the
 * day's gas balance, with coefficient 1, no cost and bounds [0, demand]. Cuts of the
 * categories in a block are then interchangeable: moving cut from one to another, within
 * their bounds, leaves every row and every earlier hold as it was. So if T* is the least
 * total cut of the block under the earlier holds (one LP), the lexicographic stages of the
 * block are the greedy allocation of T* from the least protected category up:
 *   a_m = min(u_m, T*),  a_{m−1} = min(u_{m−1}, T* − a_m), …
 * Proof for item i, given items 1..i−1 held at a_1..a_{i−1}: any feasible point has block
 * total T ≥ T*, so cut_i ≥ T* − Σ_{j<i} a_j − Σ_{j>i} u_j, whose positive part is a_i;
 * and the optimal point of the LP, reallocated greedily, attains it. That point keeps every
 * hold, so it also speaks for the items after the block. (test/dispatch/policy/skips.test.ts
 * compares this with the stage-by-stage sequence on generated scenarios.)
 */
import type { LpModel } from '../../lp/model.ts';
import type { PolicyStageItem } from './items.ts';

/** One item, or a block of gas items settled together (`block` true, two or more items). */
export interface StageUnit {
  readonly items: readonly PolicyStageItem[];
  readonly block: boolean;
}

/** Row of each column that appears in exactly one triplet with coefficient 1; -1 otherwise. */
function singleUnitRow(model: LpModel, cols: ReadonlySet<number>): Map<number, number> {
  const row = new Map<number, number>();
  const bad = new Set<number>();
  for (let k = 0; k < model.aVal.length; k++) {
    const c = model.aCol[k];
    if (!cols.has(c)) continue;
    if (row.has(c) || model.aVal[k] !== 1) bad.add(c);
    row.set(c, model.aRow[k]);
  }
  for (const c of bad) row.set(c, -1);
  return row;
}

/** Whether an item can join a gas block: a category's single, uncosted cut column from 0. */
function eligible(item: PolicyStageItem, model: LpModel): boolean {
  if (!item.item.startsWith('gas-') || item.item === 'gas-pro-rata' || item.cols.length !== 1 || item.weights) return false;
  const c = item.cols[0];
  return model.colCost[c] === 0 && model.colLower[c] === 0 && Number.isFinite(model.colUpper[c]);
}

const unitsOf = new WeakMap<readonly PolicyStageItem[], StageUnit[]>();

/**
 * The items in protectOrder, runs of two or more eligible gas items sharing their one row
 * grouped as blocks. Kept per item list: a day's guessed and certified sequences share it.
 */
export function stageUnits(items: readonly PolicyStageItem[], model: LpModel): StageUnit[] {
  let units = unitsOf.get(items);
  if (!units) unitsOf.set(items, (units = groupUnits(items, model)));
  return units;
}

function groupUnits(items: readonly PolicyStageItem[], model: LpModel): StageUnit[] {
  const candidates = new Set(items.filter((i) => eligible(i, model)));
  const rowOf = singleUnitRow(model, new Set([...candidates].map((i) => i.cols[0])));
  const units: StageUnit[] = [];
  let run: PolicyStageItem[] = [];
  const close = () => {
    if (run.length >= 2) units.push({ items: run, block: true });
    else for (const i of run) units.push({ items: [i], block: false });
    run = [];
  };
  for (const item of items) {
    const row = candidates.has(item) ? rowOf.get(item.cols[0]) ?? -1 : -1;
    if (row >= 0 && (run.length === 0 || rowOf.get(run[0].cols[0]) === row)) { run.push(item); continue; }
    close();
    if (row >= 0) run.push(item);
    else units.push({ items: [item], block: false });
  }
  close();
  return units;
}

/** Cuts of a block's items (protectOrder order) that total `total`, the least protected filled first. */
export function allocateBlock(items: readonly PolicyStageItem[], model: LpModel, total: number): number[] {
  const out = new Array<number>(items.length).fill(0);
  let left = Math.max(0, total);
  for (let k = items.length - 1; k >= 0 && left > 0; k--) {
    out[k] = Math.min(model.colUpper[items[k].cols[0]], left);
    left -= out[k];
  }
  return out;
}
