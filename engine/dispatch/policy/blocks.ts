/**
 * Stage units: the items of protectOrder, with runs of two or more gas items whose cut
 * columns the model declares interchangeable (`ModelVars.interchangeable`, declared by the
 * gas builder, engine/dispatch/builders/gas.ts) settled by one LP as a block.
 *
 * Why a block's stages are one LP. The declaration says that each of these columns appears
 * in one row only, the same one, with coefficient 1, no cost and bounds [0, upper]. Cuts of
 * the categories in a block are then interchangeable: moving cut from one to another, within
 * their bounds, leaves every row and every earlier hold as it was. So if T* is the least
 * total cut of the block under the earlier holds (one LP), the lexicographic stages of the
 * block are the greedy allocation of T* from the least protected category up:
 *   a_m = min(u_m, T*),  a_{m−1} = min(u_{m−1}, T* − a_m), …
 * Proof for item i, given items 1..i−1 held at a_1..a_{i−1}: any feasible point has block
 * total T ≥ T*, so cut_i ≥ T* − Σ_{j<i} a_j − Σ_{j>i} u_j, whose positive part is a_i;
 * and the optimal point of the LP, reallocated greedily, attains it. That point keeps every
 * hold, so it also speaks for the items after the block. (test/dispatch/policy/skips.test.ts
 * compares the stages with HiGHS's own lexicographic solve on generated scenarios.)
 */
import type { LpModel } from '../../lp/model.ts';
import type { PolicyStageItem } from './items.ts';

/** One item, or a block of gas items settled together (`block` true, two or more items). */
export interface StageUnit {
  readonly items: readonly PolicyStageItem[];
  readonly block: boolean;
}

/** The declared group that holds the item's one unweighted column, or -1. */
function groupOf(item: PolicyStageItem, interchangeable: readonly (readonly number[])[]): number {
  if (item.cols.length !== 1 || item.weights) return -1;
  return interchangeable.findIndex((g) => g.includes(item.cols[0]));
}

/** The items in protectOrder, runs of two or more items in one declared group as blocks. */
export function stageUnits(
  items: readonly PolicyStageItem[],
  interchangeable: readonly (readonly number[])[],
): StageUnit[] {
  const units: StageUnit[] = [];
  let run: PolicyStageItem[] = [],
    runGroup = -1;
  const close = () => {
    if (run.length >= 2) units.push({ items: run, block: true });
    else for (const i of run) units.push({ items: [i], block: false });
    run = [];
  };
  for (const item of items) {
    const g = groupOf(item, interchangeable);
    if (g < 0 || g !== runGroup) close();
    runGroup = g;
    if (g >= 0) run.push(item);
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
