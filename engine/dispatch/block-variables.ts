/**
 * The columns of each intra-day block (`dispatch.blocksPerDay` > 1): heat per source, flows,
 * unserved and dumped heat per zone, each heat store's charge, discharge and content, and the
 * gas storage's withdrawal and injection when it gives an hourly rate for them.
 * Capacities are the day's, scaled to the block's hours. The day's own columns stay: they
 * carry the yards, the gas day and the policy, and equal the sum of their blocks
 * (builders/block-sums.ts). docs/design.md#intra-day-blocks.
 */
import type { BlockVars, BuildContext, DayVars } from './context.ts';
import { tag, zoneBlockDemand } from './context.ts';

export function defineBlockVariables(ctx: BuildContext, k: number, v: DayVars): void {
  const { b, plan } = ctx;
  const blocks = plan.blocks;
  if (blocks === null) return;
  const d = ctx.first + k;
  const share = blocks.hours / 24;
  const demand = plan.zones.map((_, zi) => zoneBlockDemand(ctx, zi, k));
  const st = plan.storage;
  for (let bi = 0; bi < blocks.count; bi++) {
    const t = `${tag(ctx, k)}:b${bi}`;
    const bv: BlockVars = {
      heat: plan.sources.map((s) => b.addCol(`heat:${s.id}:${t}`, 0, s.maxMWh[d] * share)),
      flowFwd: plan.links.map((l) => b.addCol(`flow:${l.id}:fwd:${t}`, 0, l.capacityMW * blocks.hours)),
      flowBack: plan.links.map((l) => b.addCol(`flow:${l.id}:back:${t}`, 0, l.capacityMW * blocks.hours)),
      unservedRes: plan.zones.map((z, zi) =>
        b.addCol(`unserved-residential:${z.id}:${t}`, 0, demand[zi][bi] * z.residentialShare),
      ),
      unservedNonRes: plan.zones.map((z, zi) =>
        b.addCol(`unserved-nonresidential:${z.id}:${t}`, 0, demand[zi][bi] * (1 - z.residentialShare)),
      ),
      dump: plan.zones.map((z) => b.addCol(`heat-dump:${z.id}:${t}`, 0, Infinity)),
      charge: plan.sources.map((s) =>
        s.blocks?.store ? b.addCol(`store-charge:${s.id}:${t}`, 0, s.blocks.store.chargeMWhPerBlock) : -1,
      ),
      discharge: plan.sources.map((s) =>
        s.blocks?.store ? b.addCol(`store-discharge:${s.id}:${t}`, 0, s.blocks.store.dischargeMWhPerBlock) : -1,
      ),
      level: plan.sources.map((s) =>
        s.blocks?.store ? b.addCol(`store-level:${s.id}:${t}`, 0, s.blocks.store.capacityMWh) : -1,
      ),
      power: plan.sources.map((s) =>
        s.extraction ? b.addCol(`power:${s.id}:${t}`, 0, s.extraction.maxPowerMW[d] * blocks.hours) : -1,
      ),
      chpSlack: plan.sources.map((s) => {
        const x = s.extraction;
        const floor = x ? Math.max(x.minPowerMW[d], x.mustRunPowerMW[d]) * blocks.hours : 0;
        return floor > 0 ? b.addCol(`chp-min-slack:${s.id}:${t}`, 0, floor) : -1;
      }),
      withdraw:
        st && st.withdrawalM3PerHour !== null
          ? b.addCol(`storage-withdrawal:${t}`, 0, st.withdrawalM3PerHour * blocks.hours)
          : -1,
      inject:
        st && st.injectionM3PerHour !== null
          ? b.addCol(`storage-injection:${t}`, 0, st.injectionM3PerHour * blocks.hours)
          : -1,
      rows: { zoneBalance: [] },
    };
    v.blocks.push(bv);
  }
}
