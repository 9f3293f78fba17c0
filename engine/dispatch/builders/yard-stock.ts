/**
 * `yard-stock-balance`: stock_d = stock_{d−1} + delivered_d − Σ_{s burns from y} coal_s·heat_s   [t]
 *   (− coal per MWh of power × power_s for an extraction CHP)
 *   coal_s = 3.6 / (η_s × LHV_y) t/MWh (docs/design.md#sources-and-fuel), stock_{−1} = the carried (or opening) stock.
 * `yard-reserve-floor`: stock_d + shortfall_d ≥ floor_y = reserveDays × maxDailyBurn_y   [t]
 *   (the shortfall is a policy item, `coal-reserve-floor`; docs/design.md#reserve-floor)
 */
import type { BuildContext } from '../context.ts';
import { tag } from '../context.ts';

export function buildYardStock(ctx: BuildContext): void {
  const { b, plan } = ctx;
  if (!ctx.options.withYards) return;
  for (let k = 0; k < ctx.count; k++) {
    const v = ctx.vars.days[k];
    plan.yards.forEach((y, yi) => {
      const terms: Array<[number, number]> = [
        [v.stock[yi], 1],
        [v.accepted[yi], -1],
      ];
      plan.sources.forEach((s, si) => {
        if (s.yard !== yi) return;
        terms.push([v.heat[si], s.coalTPerMWh]);
        // an extraction CHP burns for its power too: (P + Cv·Q) × coal per MWh (chp-region.ts)
        if (s.extraction) terms.push([v.power[si], s.extraction.coalTPerPowerMWh]);
      });
      let rhs = 0;
      if (k === 0) rhs = ctx.state.stockT[yi];
      else terms.push([ctx.vars.days[k - 1].stock[yi], -1]);
      v.rows.yardStock.push(b.addRow(`yard-stock-balance:${y.id}:${tag(ctx, k)}`, rhs, rhs, terms));
      if (v.floorShort[yi] >= 0)
        b.addRow(`yard-reserve-floor:${y.id}:${tag(ctx, k)}`, ctx.options.floorsT[yi], Infinity, [
          [v.stock[yi], 1],
          [v.floorShort[yi], 1],
        ]);
    });
  }
}
