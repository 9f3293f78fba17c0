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
  /** Columns whose weighted sum this stage minimises (all ≥ 0). */
  readonly cols: readonly number[];
  /** Weight of each column (1 when absent): the reserve floor counts days short, not tonnes. */
  readonly weights?: readonly number[];
}

function columnsOf(item: PolicyItem, plan: Plan, vars: ModelVars): number[] {
  const all = (pick: (d: ModelVars['days'][number]) => number[]) => vars.days.flatMap(pick).filter((c) => c >= 0);
  if (item === 'heat-residential') return all((d) => d.unservedRes);
  if (item === 'heat-nonresidential') return all((d) => d.unservedNonRes);
  if (item === 'coal-reserve-floor') return all((d) => d.floorShort);  // weighted in floorWeights
  const category = item.slice('gas-'.length);
  const ci = plan.categories.findIndex((c) => c.category === category);
  return ci < 0 ? [] : all((d) => [d.cut[ci]]);
}

/**
 * Tonnes short of a floor count as days of that yard's maximum burn (shortfall / (floor /
 * reserve days)), so that one yard is not emptied to fill another whose coal goes further.
 */
function floorWeights(plan: Plan, vars: ModelVars, floorsT: readonly number[]): number[] {
  const perYard = plan.yards.map((y, yi) => (floorsT[yi] > 0 ? y.reserveDays / floorsT[yi] : 1));
  return vars.days.flatMap((d) => d.floorShort.map((c, yi) => ({ c, w: perYard[yi] })).filter((x) => x.c >= 0).map((x) => x.w));
}

export function policyItems(plan: Plan, vars: ModelVars, floorsT: readonly number[]): PolicyStageItem[] {
  const items: PolicyStageItem[] = [];
  let proRataPlaced = false;
  for (const item of plan.protectOrder) {
    if (plan.gasCurtailment === 'pro-rata' && item.startsWith('gas-')) {
      if (proRataPlaced) continue;
      proRataPlaced = true;
      items.push({ item: 'gas-pro-rata', cols: vars.days.flatMap((d) => d.cut) });
      continue;
    }
    const cols = columnsOf(item, plan, vars);
    items.push(item === 'coal-reserve-floor' ? { item, cols, weights: floorWeights(plan, vars, floorsT) } : { item, cols });
  }
  return items.filter((i) => i.cols.length > 0);
}
