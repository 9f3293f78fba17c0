/**
 * `zone-heat-balance`: heat fed into each zone's network equals its demand each day.
 *   Σ_{s∈z} heat_s + Σ_{l into z} (1 − loss_l)·flow_l − Σ_{l out of z} flow_l
 *     + unserved_res_z + unserved_nonres_z − dump_z = demand_z        [MWh/day]
 * Demand already carries the network loss (CJJ 34 gross-up, engine/formulas/demand.ts).
 */
import type { BuildContext } from '../context.ts';
import { tag, zoneDemand } from '../context.ts';

export function buildZoneHeatBalance(ctx: BuildContext): void {
  const { b, plan } = ctx;
  for (let k = 0; k < ctx.count; k++) {
    const v = ctx.vars.days[k];
    plan.zones.forEach((z, zi) => {
      const terms: Array<[number, number]> = [
        [v.unservedRes[zi], 1],
        [v.unservedNonRes[zi], 1],
        [v.dump[zi], -1],
      ];
      plan.sources.forEach((s, si) => {
        if (s.zone === zi) terms.push([v.heat[si], 1]);
      });
      plan.links.forEach((l, li) => {
        const gain = 1 - l.lossFraction;
        if (l.to === z.id) terms.push([v.flowFwd[li], gain], [v.flowBack[li], -1]);
        if (l.from === z.id) terms.push([v.flowFwd[li], -1], [v.flowBack[li], gain]);
      });
      const demand = zoneDemand(ctx, zi, k);
      v.rows.zoneBalance.push(b.addRow(`zone-heat-balance:${z.id}:${tag(ctx, k)}`, demand, demand, terms));
    });
  }
}
