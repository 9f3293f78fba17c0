/**
 * The money objective, ¥: fuel + O&M − CHP power revenue, plus the modelling penalties
 * (dumped heat, refused deliveries, broken must-run). The policy (who is protected first) is
 * not priced here: it is solved lexicographically before this objective (policy/solve.ts).
 *   heat_s:      O&M_s − powerToHeat_s × powerPrice_s (CHP) + electricity or waste-heat price
 *                + coal_s × coalPrice_y                                           [¥/MWh]
 *   power_s:     coal per MWh of power × coalPrice_y − powerPrice_s (extraction CHP; with
 *                blocks and a sell tariff the price is earned per block)               [¥/MWh]
 *                (a back-pressure CHP with blocks and a sell tariff: its day heat column carries
 *                O&M and coal, each block's heat_s,b earns − Cb_s × sell_b)            [¥/MWh]
 *   gas supply:  contract price, over-contract price; storage withdrawal/injection costs [¥/m³]
 *   storage:     − heldValue × inventory at the window's end                              [¥/m³]
 *   blocks:      heat_s,b × electricity_s,b × price_b for electric sources (their day column
 *                then carries O&M only; docs/design.md#intra-day-blocks)                [¥/MWh]
 */
import type { BuildContext } from '../context.ts';

/** Cost of a broken must-run, ¥/MWh: far above any fuel price, so it opens only when nothing else can. */
export const MUST_RUN_PENALTY_YUAN_PER_MWH = 10_000;

export function buildObjective(ctx: BuildContext): void {
  const { b, plan } = ctx;
  const pen = plan.scenario.dispatch;
  const penalty = (col: number, cost: number) => {
    b.addCost(col, cost);
    ctx.vars.penaltyCols.add(col);
  };
  for (let k = 0; k < ctx.count; k++) {
    const v = ctx.vars.days[k];
    const d = ctx.first + k;
    plan.sources.forEach((s, si) => {
      const coal = s.yard !== null ? s.coalTPerMWh * plan.yards[s.yard].priceYuanPerT : 0;
      b.addCost(v.heat[si], s.heatCostYuanPerMWh[d] + coal);
      if (v.valleyShift[si] >= 0 && s.valley) b.addCost(v.valleyShift[si], -s.valley.savingYuanPerMWh);
      if (v.mustRunSlack[si] >= 0) penalty(v.mustRunSlack[si], MUST_RUN_PENALTY_YUAN_PER_MWH);
      const sell = plan.blocks?.sellPriceYuanPerMWh;
      // a back-pressure CHP's power, Cb × heat, earns each block's sell price (normalise.ts left it off the day column)
      if (sell && s.powerMWhPerMWh > 0 && !s.extraction)
        v.blocks.forEach((bv, bi) => b.addCost(bv.heat[si], -s.powerMWhPerMWh * sell[bi]));
      if (s.extraction && s.yard !== null) {
        // an extraction CHP's power burns coal and earns its price
        const x = s.extraction;
        const coal = x.coalTPerPowerMWh * plan.yards[s.yard].priceYuanPerT;
        // with a sell tariff and blocks, each block's power earns that block's price
        b.addCost(v.power[si], sell ? coal : coal - x.powerPriceYuanPerMWh);
        if (sell) v.blocks.forEach((bv, bi) => b.addCost(bv.power[si], -sell[bi]));
        if (v.chpSlack[si] >= 0) penalty(v.chpSlack[si], MUST_RUN_PENALTY_YUAN_PER_MWH);
        for (const bv of v.blocks) if (bv.chpSlack[si] >= 0) penalty(bv.chpSlack[si], MUST_RUN_PENALTY_YUAN_PER_MWH);
      }
    });
    v.dump.forEach((col) => penalty(col, pen.heatDumpPenaltyYuanPerMWh));
    // a refused delivery costs the penalty: −penalty × accepted, plus a constant so full acceptance costs 0
    v.accepted.forEach((col, yi) => {
      penalty(col, -pen.deliveryRefusalPenaltyYuanPerT);
      b.addObjectiveOffset(pen.deliveryRefusalPenaltyYuanPerT * plan.yards[yi].scheduledT[d]);
    });
    plan.gasPoints.forEach((p, pi) => {
      b.addCost(v.supplyContract[pi], p.priceYuanPerM3);
      b.addCost(v.supplyOver[pi], p.overPriceYuanPerM3);
    });
    if (v.withdraw >= 0 && plan.storage) {
      b.addCost(v.withdraw, plan.storage.withdrawalCostYuanPerM3);
      b.addCost(v.inject, plan.storage.injectionCostYuanPerM3);
      // gas left in store at the window's end is worth its held value (a valuation, not money spent)
      if (k === ctx.count - 1 && plan.storage.heldValueYuanPerM3 > 0)
        penalty(v.inventory, -plan.storage.heldValueYuanPerM3);
    }
    blockElectricityCosts(ctx, k);
  }
}

/** Electricity of each electric source in each block of window day k, at the block's price. */
function blockElectricityCosts(ctx: BuildContext, k: number): void {
  const { plan } = ctx;
  if (plan.blocks === null) return;
  const d = ctx.first + k;
  const prices = plan.blocks.priceYuanPerMWh;
  ctx.vars.days[k].blocks.forEach((bv, bi) =>
    plan.sources.forEach((s, si) => {
      const e = s.blocks?.electricityMWhPerMWh[d][bi] ?? 0;
      if (e > 0) ctx.b.addCost(bv.heat[si], e * prices[bi]);
    }),
  );
}
