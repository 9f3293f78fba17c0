/**
 * `grid-headroom`: Σ_{electric sources} heat_s / η_s (or / COP_s(t)) ≤ headroom_MW × 24   [MWh/day]
 * All electric heat together stays under the grid room set aside for it (docs/design.md#sources-and-fuel, grid headroom).
 */
import type { BuildContext } from '../context.ts';
import { tag } from '../context.ts';

export function buildGridHeadroom(ctx: BuildContext): void {
  const { b, plan } = ctx;
  if (plan.gridHeadroomMWhPerDay === null) return;
  for (let k = 0; k < ctx.count; k++) {
    const v = ctx.vars.days[k];
    const d = ctx.first + k;
    const terms: Array<[number, number]> = [];
    plan.sources.forEach((s, si) => {
      if (s.electricityMWhPerMWh[d] > 0) terms.push([v.heat[si], s.electricityMWhPerMWh[d]]);
    });
    if (terms.length > 0) b.addRow(`grid-headroom:${tag(ctx, k)}`, -Infinity, plan.gridHeadroomMWhPerDay, terms);
  }
}
