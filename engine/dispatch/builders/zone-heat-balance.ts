/**
 * `zone-heat-balance`: heat fed into each zone's network equals its demand each day, or in
 * each block of the day when the day has blocks (docs/design.md#intra-day-blocks).
 *   Σ_{s∈z} (heat_s − charge_s + discharge_s) + Σ_{l into z} (1 − loss_l)·flow_l − Σ_{l out of z} flow_l
 *     + unserved_res_z + unserved_nonres_z − dump_z = demand_z        [MWh per day or block]
 * (charge and discharge of a heat store exist only with blocks, heat-storage.ts.)
 * Demand already carries the network loss (CJJ 34 gross-up, engine/formulas/demand.ts).
 */
import type { BuildContext } from '../context.ts';
import { tag, zoneBlockDemand, zoneDemand } from '../context.ts';

/** The columns of one balance: a day's or a block's. */
interface BalanceCols {
  readonly heat: readonly number[];
  readonly flowFwd: readonly number[];
  readonly flowBack: readonly number[];
  readonly unservedRes: readonly number[];
  readonly unservedNonRes: readonly number[];
  readonly dump: readonly number[];
  readonly charge?: readonly number[];
  readonly discharge?: readonly number[];
}

function balanceTerms(ctx: BuildContext, c: BalanceCols, zi: number): Array<[number, number]> {
  const { plan } = ctx;
  const z = plan.zones[zi];
  const terms: Array<[number, number]> = [
    [c.unservedRes[zi], 1],
    [c.unservedNonRes[zi], 1],
    [c.dump[zi], -1],
  ];
  plan.sources.forEach((s, si) => {
    if (s.zone !== zi) return;
    terms.push([c.heat[si], 1]);
    if (c.charge && c.charge[si] >= 0) terms.push([c.charge[si], -1], [c.discharge?.[si] ?? -1, 1]);
  });
  plan.links.forEach((l, li) => {
    const gain = 1 - l.lossFraction;
    if (l.to === z.id) terms.push([c.flowFwd[li], gain], [c.flowBack[li], -1]);
    if (l.from === z.id) terms.push([c.flowFwd[li], -1], [c.flowBack[li], gain]);
  });
  return terms;
}

export function buildZoneHeatBalance(ctx: BuildContext): void {
  const { b, plan } = ctx;
  for (let k = 0; k < ctx.count; k++) {
    const v = ctx.vars.days[k];
    plan.zones.forEach((z, zi) => {
      if (plan.blocks === null) {
        const demand = zoneDemand(ctx, zi, k);
        v.rows.zoneBalance.push(
          b.addRow(`zone-heat-balance:${z.id}:${tag(ctx, k)}`, demand, demand, balanceTerms(ctx, v, zi)),
        );
        return;
      }
      // with blocks the day's balance is the sum of its blocks' and has no row (nor dual) of its own
      v.rows.zoneBalance.push(-1);
      const demand = zoneBlockDemand(ctx, zi, k);
      v.blocks.forEach((bv, bi) =>
        bv.rows.zoneBalance.push(
          b.addRow(
            `zone-heat-balance:${z.id}:${tag(ctx, k)}:b${bi}`,
            demand[bi],
            demand[bi],
            balanceTerms(ctx, bv, zi),
          ),
        ),
      );
    });
  }
}
