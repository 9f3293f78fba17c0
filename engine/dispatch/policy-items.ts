/**
 * The policy as shortfall columns: each item of `policy.protectOrder` (most protected
 * first) owns the columns that measure how far it falls short — unserved heat for homes or
 * for other buildings [MWh], gas cut per category [m³], coal below the reserve floor [t].
 * With `gasCurtailment: "pro-rata"` the gas items collapse into one stage at the place of the
 * first gas item: every category then loses the same share.
 */
import type { PolicyItem } from '../../scenarios/schema.ts';
import type { Plan } from '../scenario/normalise.ts';
import type { ModelVars } from './context.ts';

export interface PolicyStageItem {
  readonly item: PolicyItem | 'gas-pro-rata';
  /** Columns whose sum this stage minimises (all ≥ 0). */
  readonly cols: readonly number[];
}

function columnsOf(item: PolicyItem, plan: Plan, vars: ModelVars): number[] {
  const all = (pick: (d: ModelVars['days'][number]) => number[]) => vars.days.flatMap(pick).filter((c) => c >= 0);
  if (item === 'heat-residential') return all((d) => d.unservedRes);
  if (item === 'heat-nonresidential') return all((d) => d.unservedNonRes);
  if (item === 'coal-reserve-floor') return all((d) => d.floorShort);
  const category = item.slice('gas-'.length);
  const ci = plan.categories.findIndex((c) => c.category === category);
  return ci < 0 ? [] : all((d) => [d.cut[ci]]);
}

export function policyItems(plan: Plan, vars: ModelVars): PolicyStageItem[] {
  const items: PolicyStageItem[] = [];
  let proRataPlaced = false;
  for (const item of plan.protectOrder) {
    if (plan.gasCurtailment === 'pro-rata' && item.startsWith('gas-')) {
      if (proRataPlaced) continue;
      proRataPlaced = true;
      items.push({ item: 'gas-pro-rata', cols: vars.days.flatMap((d) => d.cut) });
      continue;
    }
    items.push({ item, cols: columnsOf(item, plan, vars) });
  }
  return items.filter((i) => i.cols.length > 0);
}
