/**
 * `block-sum`: each day column equals the sum of its blocks (intra-day blocks only)
 *   x_day − Σ_b x_b = 0   for heat per source, power per extraction CHP, flows per link and direction, unserved
 *   (residential, other) and dumped heat per zone                                  [MWh]
 * So the yards, the gas day, must-run and the policy, which read the day columns, see the
 * day's total of what the blocks do (docs/design.md#intra-day-blocks).
 */
import type { BlockVars, BuildContext, DayVars } from '../context.ts';
import { tag } from '../context.ts';

type Family = 'heat' | 'power' | 'flowFwd' | 'flowBack' | 'unservedRes' | 'unservedNonRes' | 'dump';
const FAMILIES: readonly Family[] = ['heat', 'power', 'flowFwd', 'flowBack', 'unservedRes', 'unservedNonRes', 'dump'];

export function buildBlockSums(ctx: BuildContext): void {
  if (ctx.plan.blocks === null) return;
  for (let k = 0; k < ctx.count; k++) {
    const v: DayVars = ctx.vars.days[k];
    for (const family of FAMILIES)
      v[family].forEach((dayCol, i) => {
        if (dayCol < 0) return;
        const terms: Array<[number, number]> = [[dayCol, 1]];
        v.blocks.forEach((bv: BlockVars) => terms.push([bv[family][i], -1]));
        ctx.b.addRow(`block-sum:${family}:${i}:${tag(ctx, k)}`, 0, 0, terms);
      });
  }
}
