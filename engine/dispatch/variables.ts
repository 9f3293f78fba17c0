/**
 * Every column of the dispatch LP, per day of the window, grouped by concern. Bounds that
 * are physical limits (capacity, link capacity, storage rates, demand ceilings on the
 * shortfall slacks) are column bounds here; rows come from the builders.
 */
import type { BuildContext, DayVars } from './context.ts';
import { tag, zoneDemand } from './context.ts';
import { HOURS_PER_DAY } from '../units.ts';
import { defineBlockVariables } from './block-variables.ts';

function heatColumns(ctx: BuildContext, k: number, v: DayVars): void {
  const { b, plan } = ctx;
  const d = ctx.first + k;
  for (const s of plan.sources) {
    // must-run is a row (source-must-run) with a slack, so an empty yard cannot make the day infeasible
    v.heat.push(b.addCol(`heat:${s.id}:${tag(ctx, k)}`, 0, s.maxMWh[d]));
    v.mustRunSlack.push(s.minMWh[d] > 0 ? b.addCol(`must-run-slack:${s.id}:${tag(ctx, k)}`, 0, s.minMWh[d]) : -1);
    const x = s.extraction;
    v.power.push(x ? b.addCol(`power:${s.id}:${tag(ctx, k)}`, 0, x.maxPowerMW[d] * HOURS_PER_DAY) : -1);
    const floor = x ? Math.max(x.minPowerMW[d], x.mustRunPowerMW[d]) * HOURS_PER_DAY : 0;
    // with blocks the lower P–Q rows are per block, each with its own slack (block-variables.ts)
    v.chpSlack.push(
      floor > 0 && ctx.plan.blocks === null ? b.addCol(`chp-min-slack:${s.id}:${tag(ctx, k)}`, 0, floor) : -1,
    );
    v.valleyShift.push(
      s.valley && s.maxMWh[d] > 0 ? b.addCol(`valley-shift:${s.id}:${tag(ctx, k)}`, 0, s.valley.maxShiftMWh) : -1,
    );
  }
}

function networkColumns(ctx: BuildContext, k: number, v: DayVars): void {
  const { b, plan } = ctx;
  for (const l of plan.links) {
    const cap = l.capacityMW * HOURS_PER_DAY;
    v.flowFwd.push(b.addCol(`flow:${l.id}:fwd:${tag(ctx, k)}`, 0, cap));
    v.flowBack.push(b.addCol(`flow:${l.id}:back:${tag(ctx, k)}`, 0, cap));
  }
  for (const [zi, z] of plan.zones.entries()) {
    const demand = zoneDemand(ctx, zi, k);
    v.unservedRes.push(b.addCol(`unserved-residential:${z.id}:${tag(ctx, k)}`, 0, demand * z.residentialShare));
    v.unservedNonRes.push(
      b.addCol(`unserved-nonresidential:${z.id}:${tag(ctx, k)}`, 0, demand * (1 - z.residentialShare)),
    );
    v.dump.push(b.addCol(`heat-dump:${z.id}:${tag(ctx, k)}`, 0, Infinity));
  }
}

function yardColumns(ctx: BuildContext, k: number, v: DayVars): void {
  const { b, plan } = ctx;
  if (!ctx.options.withYards) return;
  const d = ctx.first + k;
  plan.yards.forEach((y, i) => {
    v.stock.push(b.addCol(`stock:${y.id}:${tag(ctx, k)}`, 0, y.maxStockT));
    v.accepted.push(b.addCol(`delivered:${y.id}:${tag(ctx, k)}`, 0, y.scheduledT[d]));
    v.floorShort.push(
      ctx.options.floorsT[i] > 0 ? b.addCol(`floor-shortfall:${y.id}:${tag(ctx, k)}`, 0, ctx.options.floorsT[i]) : -1,
    );
  });
}

function gasColumns(ctx: BuildContext, k: number, v: DayVars): void {
  const { b, plan } = ctx;
  const d = ctx.first + k;
  for (const p of plan.gasPoints) {
    v.supplyContract.push(b.addCol(`gas-supply:${p.id}:contract:${tag(ctx, k)}`, 0, p.contractM3[d]));
    v.supplyOver.push(
      b.addCol(`gas-supply:${p.id}:over:${tag(ctx, k)}`, 0, Math.max(0, p.capacityM3[d] - p.contractM3[d])),
    );
  }
  const st = plan.storage;
  if (st) {
    v.withdraw = b.addCol(`storage-withdrawal:${tag(ctx, k)}`, 0, st.maxWithdrawalM3PerDay);
    v.inject = b.addCol(`storage-injection:${tag(ctx, k)}`, 0, st.maxInjectionM3PerDay);
    v.inventory = b.addCol(`storage-inventory:${tag(ctx, k)}`, st.minInventoryM3, st.maxInventoryM3);
  }
  for (const c of plan.categories) v.cut.push(b.addCol(`gas-cut:${c.category}:${tag(ctx, k)}`, 0, c.demandM3[d]));
  if (plan.gasCurtailment === 'pro-rata' && plan.categories.length > 0)
    v.proRata = b.addCol(`gas-cut-share:${tag(ctx, k)}`, 0, 1);
}

/** Creates the columns of every day of the window and records their indices in ctx.vars. */
export function defineVariables(ctx: BuildContext): void {
  for (let k = 0; k < ctx.count; k++) {
    const before = ctx.b.colCount;
    const v: DayVars = {
      heat: [],
      power: [],
      chpSlack: [],
      valleyShift: [],
      mustRunSlack: [],
      flowFwd: [],
      flowBack: [],
      unservedRes: [],
      unservedNonRes: [],
      dump: [],
      stock: [],
      accepted: [],
      floorShort: [],
      supplyContract: [],
      supplyOver: [],
      withdraw: -1,
      inject: -1,
      inventory: -1,
      cut: [],
      proRata: -1,
      blocks: [],
      rows: { zoneBalance: [], yardStock: [], gasBalance: -1 },
    };
    heatColumns(ctx, k, v);
    networkColumns(ctx, k, v);
    yardColumns(ctx, k, v);
    gasColumns(ctx, k, v);
    defineBlockVariables(ctx, k, v);
    ctx.vars.days.push(v);
    for (let j = before; j < ctx.b.colCount; j++) ctx.vars.colDay.push(k);
  }
}
