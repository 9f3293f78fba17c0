/**
 * Gas rows, per day:
 * `gas-balance`:        Σ_p supply_p + withdrawal − injection = Σ_c (demand_c − cut_c) + Σ_s gas_s·heat_s   [m³]
 *   gas_s = 3600 / (η_s × LHV) m³/MWh (docs/design.md#sources-and-fuel)
 * `gas-supply-capacity`: contract_p + over_p ≤ capacity_p after disruptions                 [m³]
 * `gas-storage-balance`: inventory_d = inventory_{d−1} − withdrawal_d + injection_d          [m³]
 * `gas-priority`:       cut_c = share × demand_c  (pro-rata baseline only; the 压非保民 order is
 *   enforced by the lexicographic policy solve, engine/dispatch/policy/solve.ts)
 * `gas-block-limit` (blocks, when a point has `maxM3PerHour` or the storage an hourly rate), per block b of h_b hours:
 *   Σ_s gas_s·heat_s,b + (h_b/24)·Σ_c (demand_c − cut_c)
 *     − (h_b/24)·Σ_{p without cap} supply_p − (W_b − I_b) ≤ h_b·Σ_{p with cap} maxM3PerHour_p   [m³]
 *   W_b = w_b, the block's own withdrawal column, 0 ≤ w_b ≤ h_b·maxWithdrawalM3PerHour, when the
 *   storage gives that rate, else (h_b/24)·withdrawal; I_b likewise for injection.
 *   gas heat sources burn per block; the categories use their day evenly over its hours, and the
 *   points without an hourly cap (and a storage direction without one) deliver their day evenly,
 *   so with a storage rate and no capped point the storage is the only swing within the day
 *   (docs/design.md#intra-day-blocks).
 * `gas-storage-block-sum` (blocks, per direction with an hourly rate):
 *   withdrawal − Σ_b w_b = 0, injection − Σ_b i_b = 0                                     [m³]
 *   the inventory stays daily (`gas-storage-balance`).
 *   With one block a day a cap is a daily one, 24 × the hourly, folded into capacity_p and into the
 *   storage's daily rates (normalise.ts).
 */
import type { BuildContext } from '../context.ts';
import { tag } from '../context.ts';

export function buildGas(ctx: BuildContext): void {
  const { b, plan } = ctx;
  for (let k = 0; k < ctx.count; k++) {
    const v = ctx.vars.days[k];
    const d = ctx.first + k;
    const terms: Array<[number, number]> = [];
    plan.gasPoints.forEach((p, pi) => {
      terms.push([v.supplyContract[pi], 1], [v.supplyOver[pi], 1]);
      b.addRow(`gas-supply-capacity:${p.id}:${tag(ctx, k)}`, -Infinity, p.capacityM3[d], [
        [v.supplyContract[pi], 1],
        [v.supplyOver[pi], 1],
      ]);
    });
    if (v.withdraw >= 0) terms.push([v.withdraw, 1], [v.inject, -1]);
    v.cut.forEach((col) => terms.push([col, 1]));
    plan.sources.forEach((s, si) => {
      if (s.gasM3PerMWh > 0) terms.push([v.heat[si], -s.gasM3PerMWh]);
    });
    const demand = plan.categories.reduce((sum, c) => sum + c.demandM3[d], 0);
    v.rows.gasBalance = b.addRow(`gas-balance:${tag(ctx, k)}`, demand, demand, terms);
    // On a one-day model without the pro-rata rows, each category's cut is in this row only,
    // with coefficient 1, bounds [0, demand_c] (variables.ts) and no cost (objective.ts): the
    // cuts are interchangeable, and the policy solve settles consecutive gas stages by one LP
    // (the proof is in engine/dispatch/policy/blocks.ts).
    const blockRows = buildBlockLimit(ctx, k);
    if (ctx.count === 1 && v.proRata < 0 && v.cut.length >= 2 && !blockRows) ctx.vars.interchangeable.push([...v.cut]);
    if (v.inventory >= 0) {
      const st: Array<[number, number]> = [
        [v.inventory, 1],
        [v.withdraw, 1],
        [v.inject, -1],
      ];
      let rhs = 0;
      if (k === 0) rhs = ctx.state.inventoryM3;
      else st.push([ctx.vars.days[k - 1].inventory, -1]);
      b.addRow(`gas-storage-balance:${tag(ctx, k)}`, rhs, rhs, st);
    }
    if (v.proRata >= 0)
      plan.categories.forEach((c, ci) =>
        b.addRow(`gas-priority:${c.category}:${tag(ctx, k)}`, 0, 0, [
          [v.cut[ci], 1],
          [v.proRata, -c.demandM3[d]],
        ]),
      );
  }
}

/**
 * The per-block rows of the hourly caps of the points and the storage, and the sums of the
 * storage's blocks; returns whether any row was added.
 */
function buildBlockLimit(ctx: BuildContext, k: number): boolean {
  const { b, plan } = ctx;
  const blocks = plan.blocks;
  const d = ctx.first + k;
  const st = plan.storage;
  const storageHourly = st !== undefined && (st.withdrawalM3PerHour !== null || st.injectionM3PerHour !== null);
  if (blocks === null || (plan.gasPoints.every((p) => p.maxM3PerHour === null) && !storageHourly)) return false;
  const v = ctx.vars.days[k];
  const share = blocks.hours / 24;
  let capM3PerHour = 0;
  const spread: Array<[number, number]> = [];
  plan.gasPoints.forEach((p, pi) => {
    if (p.maxM3PerHour !== null) capM3PerHour += p.maxM3PerHour[d];
    else spread.push([v.supplyContract[pi], -share], [v.supplyOver[pi], -share]);
  });
  // storage: a direction with an hourly rate has its own column per block, the other is even
  const ownWithdraw = v.blocks.length > 0 && v.blocks[0].withdraw >= 0;
  const ownInject = v.blocks.length > 0 && v.blocks[0].inject >= 0;
  if (v.withdraw >= 0) {
    if (!ownWithdraw) spread.push([v.withdraw, -share]);
    if (!ownInject) spread.push([v.inject, share]);
  }
  v.cut.forEach((col) => spread.push([col, -share]));
  const demand = plan.categories.reduce((sum, c) => sum + c.demandM3[d], 0);
  v.blocks.forEach((bv, bi) => {
    const terms = [...spread];
    plan.sources.forEach((s, si) => {
      if (s.gasM3PerMWh > 0) terms.push([bv.heat[si], s.gasM3PerMWh]);
    });
    if (bv.withdraw >= 0) terms.push([bv.withdraw, -1]);
    if (bv.inject >= 0) terms.push([bv.inject, 1]);
    b.addRow(`gas-block-limit:${tag(ctx, k)}:b${bi}`, -Infinity, capM3PerHour * blocks.hours - demand * share, terms);
  });
  if (ownWithdraw)
    b.addRow(`gas-storage-block-sum:withdrawal:${tag(ctx, k)}`, 0, 0, [
      [v.withdraw, 1],
      ...v.blocks.map((bv): [number, number] => [bv.withdraw, -1]),
    ]);
  if (ownInject)
    b.addRow(`gas-storage-block-sum:injection:${tag(ctx, k)}`, 0, 0, [
      [v.inject, 1],
      ...v.blocks.map((bv): [number, number] => [bv.inject, -1]),
    ]);
  return true;
}
