/**
 * `grid-headroom`: all electric heat together stays under the grid room set aside for it
 * (docs/design.md#sources-and-fuel, grid headroom).
 *   whole days: Σ_{electric s} heat_s / η_s (or / COP_s(t_day)) ≤ headroom_MW × 24          [MWh/day]
 *   blocks:     Σ_{electric s} heat_s,b / η_s (or / COP_s(t_b)) ≤ headroom_MW,b × hours_b   [MWh/block]
 *     i.e. the block's average electric power ≤ its headroom (docs/design.md#intra-day-blocks)
 */
import type { BuildContext } from '../context.ts';
import { tag } from '../context.ts';

function buildDailyHeadroom(ctx: BuildContext, limitMWh: number): void {
  const { b, plan } = ctx;
  for (let k = 0; k < ctx.count; k++) {
    const v = ctx.vars.days[k];
    const d = ctx.first + k;
    const terms: Array<[number, number]> = [];
    plan.sources.forEach((s, si) => {
      if (s.electricityMWhPerMWh[d] > 0) terms.push([v.heat[si], s.electricityMWhPerMWh[d]]);
    });
    if (terms.length > 0) b.addRow(`grid-headroom:${tag(ctx, k)}`, -Infinity, limitMWh, terms);
  }
}

function buildBlockHeadroom(ctx: BuildContext, hours: number, headroomMW: readonly number[]): void {
  const { b, plan } = ctx;
  for (let k = 0; k < ctx.count; k++) {
    const d = ctx.first + k;
    ctx.vars.days[k].blocks.forEach((bv, bi) => {
      const terms: Array<[number, number]> = [];
      plan.sources.forEach((s, si) => {
        const e = s.blocks?.electricityMWhPerMWh[d][bi] ?? 0;
        if (e > 0) terms.push([bv.heat[si], e]);
      });
      if (terms.length > 0 && Number.isFinite(headroomMW[bi]))
        b.addRow(`grid-headroom:${tag(ctx, k)}:b${bi}`, -Infinity, headroomMW[bi] * hours, terms);
    });
  }
}

export function buildGridHeadroom(ctx: BuildContext): void {
  const { blocks, gridHeadroomMWhPerDay } = ctx.plan;
  if (blocks !== null) {
    if (blocks.headroomMW !== null) buildBlockHeadroom(ctx, blocks.hours, blocks.headroomMW);
  } else if (gridHeadroomMWhPerDay !== null) buildDailyHeadroom(ctx, gridHeadroomMWhPerDay);
}
