/**
 * Source rows beyond the capacity bounds on the heat columns.
 * `source-must-run`:        heat_s + slack_s ≥ minOutput_s                       [MWh/day]
 *   (the slack is penalised; it only opens when the source cannot run, e.g. its yard is empty)
 * `source-valley-shift`:    shift_s ≤ heat_s × (non-valley hours / 24)
 *   (storage moves what would have been bought outside valley hours into them)
 * `source-valley-capacity`: heat_s × (valley hours / 24) + shift_s ≤ capacity_s × valley hours
 *   (docs/design.md#sources-and-fuel: at most storageMWh, and at most capacity × valley hours, bought at the valley price)
 */
import type { BuildContext } from '../context.ts';
import { tag } from '../context.ts';

export function buildSourceLimits(ctx: BuildContext): void {
  const { b, plan } = ctx;
  for (let k = 0; k < ctx.count; k++) {
    const v = ctx.vars.days[k];
    const d = ctx.first + k;
    plan.sources.forEach((s, si) => {
      if (v.mustRunSlack[si] >= 0)
        b.addRow(`source-must-run:${s.id}:${tag(ctx, k)}`, s.minMWh[d], Infinity, [
          [v.heat[si], 1],
          [v.mustRunSlack[si], 1],
        ]);
      if (v.valleyShift[si] >= 0 && s.valley) {
        const f = s.valley.valleyHoursFraction;
        b.addRow(`source-valley-shift:${s.id}:${tag(ctx, k)}`, -Infinity, 0, [
          [v.valleyShift[si], 1],
          [v.heat[si], -(1 - f)],
        ]);
        b.addRow(`source-valley-capacity:${s.id}:${tag(ctx, k)}`, -Infinity, s.maxMWh[d] * f, [
          [v.heat[si], f],
          [v.valleyShift[si], 1],
        ]);
      }
    });
  }
}
