/**
 * Heat stores of electric boilers across blocks and days (intra-day blocks only):
 * `store-balance`: level_b = keep × level_{b−1} + charge_b − discharge_b              [MWh]
 *   keep = (1 − standing loss per hour)^(block hours); level before the window's first block
 *   is the carried content (empty at the season's start); the last block of a day feeds the
 *   next day's first.
 * `store-charge`:  charge_b ≤ heat_b   (a store is filled by its own boiler)          [MWh]
 * The zone balance sees the boiler's heat − charge + discharge (zone-heat-balance.ts).
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
  });
}
