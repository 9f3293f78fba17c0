/**
 * Heat stores of electric boilers across blocks and days (intra-day blocks only):
 * `store-balance`: level_b = keep × level_{b−1} + charge_b − discharge_b              [MWh]
 *   keep = (1 − standing loss per hour)^(block hours); level before the window's first block
 *   is the carried content (empty at the season's start); the last block of a day feeds the
 *   next day's first.
 * `store-charge`:  charge_b ≤ heat_b   (a store is filled by its own boiler)          [MWh]
 * The zone balance sees the boiler's heat − charge + discharge (zone-heat-balance.ts).
 * End value (a valuation, not money; docs/design.md#intra-day-blocks): when the plan has a day after
 * the window (daily and rolling modes, not the season's last LP), each MWh left in a store at the
 * window's end is worth its cheapest refill the next day, kept over the night up to that block:
 *   value_s = min_b (O&M_s,n + electricity_s,n,b × price_b) / keep^(b* + 1)     [¥/MWh]
 *   (n = the next day, b* = the earliest cheapest block) — the objective gets −value_s × level.
 */
import type { BuildContext } from '../context.ts';
import { tag } from '../context.ts';

export function buildHeatStorage(ctx: BuildContext): void {
  const { b, plan } = ctx;
  if (plan.blocks === null) return;
  plan.sources.forEach((s, si) => {
    const store = s.blocks?.store;
    if (!store) return;
    let previous = -1;
    for (let k = 0; k < ctx.count; k++)
      ctx.vars.days[k].blocks.forEach((bv, bi) => {
        const t = `${s.id}:${tag(ctx, k)}:b${bi}`;
        const terms: Array<[number, number]> = [
          [bv.level[si], 1],
          [bv.charge[si], -1],
          [bv.discharge[si], 1],
        ];
        let rhs = 0;
        if (previous >= 0) terms.push([previous, -store.keepPerBlock]);
        else rhs = store.keepPerBlock * (ctx.state.heatStoreMWh?.[si] ?? 0);
        b.addRow(`store-balance:${t}`, rhs, rhs, terms);
        b.addRow(`store-charge:${t}`, -Infinity, 0, [
          [bv.charge[si], 1],
          [bv.heat[si], -1],
        ]);
        previous = bv.level[si];
      });
    const value = storeEndValue(ctx, si);
    if (previous >= 0 && value > 0) {
      b.addCost(previous, -value);
      ctx.vars.penaltyCols.add(previous);
    }
  });
}

/** ¥ a MWh left in source si's store at the window's end is worth; 0 when the window ends the plan. */
export function storeEndValue(ctx: BuildContext, si: number): number {
  const { plan } = ctx;
  const next = ctx.first + ctx.count;
  const s = plan.sources[si];
  const store = s.blocks?.store;
  if (plan.blocks === null || !store || next >= plan.dates.length) return 0;
  const prices = plan.blocks.priceYuanPerMWh;
  const costs = prices.map((p, bi) => s.heatCostYuanPerMWh[next] + (s.blocks?.electricityMWhPerMWh[next][bi] ?? 0) * p);
  const cheapest = Math.min(...costs);
  return cheapest / store.keepPerBlock ** (costs.indexOf(cheapest) + 1);
}
