/**
 * The policy as shortfall columns: each item of `policy.protectOrder` (most protected
 * first) owns the columns that measure how far it falls short — unserved heat for homes or
 * for other buildings [MWh], gas cut per category [m³], coal below the reserve floor [t].
 * With `gasCurtailment: "pro-rata"` the gas items collapse into one stage at the place of the
 * first gas item: every category then loses the same share.
 */
import type { PolicyItem } from '../../scenario/schema.ts';
import type { Plan } from '../../scenario/normalise.ts';
import type { ModelVars } from '../context.ts';

export interface PolicyStageItem {
  readonly item: PolicyItem | 'gas-pro-rata';
  /** Columns whose weighted sum this stage minimises (all ≥ 0). */
  readonly cols: readonly number[];
  /** Weight of each column (1 when absent): the reserve floor counts days short, not tonnes. */
  readonly weights?: readonly number[];
}

/** Columns of `pick` over the window's days, skipping absent ones (-1). Loops, not closures: this runs for every LP. */
function gather(vars: ModelVars, pick: (d: ModelVars['days'][number]) => readonly number[], at = -1): number[] {
  const out: number[] = [];
  for (const d of vars.days) {
    const cols = pick(d);
    if (at >= 0) {
      if (cols[at] >= 0) out.push(cols[at]);
      continue;
    }
    for (const c of cols) if (c >= 0) out.push(c);
  }
  return out;
}

const UNSERVED_RES = (d: ModelVars['days'][number]) => d.unservedRes;
const UNSERVED_NON_RES = (d: ModelVars['days'][number]) => d.unservedNonRes;
const FLOOR_SHORT = (d: ModelVars['days'][number]) => d.floorShort;
const CUT = (d: ModelVars['days'][number]) => d.cut;

function columnsOf(item: PolicyItem, plan: Plan, vars: ModelVars): number[] {
  if (item === 'heat-residential') return gather(vars, UNSERVED_RES);
  if (item === 'heat-nonresidential') return gather(vars, UNSERVED_NON_RES);
  if (item === 'coal-reserve-floor') return gather(vars, FLOOR_SHORT); // weighted in floorWeights
  const category = item.slice('gas-'.length);
  const ci = plan.categories.findIndex((c) => c.category === category);
  return ci < 0 ? [] : gather(vars, CUT, ci);
}

/**
 * Tonnes short of a floor count as days of that yard's maximum burn (shortfall / (floor /
 * reserve days)), so that one yard is not emptied to fill another whose coal goes further.
 */
function floorWeights(plan: Plan, vars: ModelVars, floorsT: readonly number[]): number[] {
  const weights: number[] = [];
  for (const d of vars.days)
    for (let yi = 0; yi < d.floorShort.length; yi++)
      if (d.floorShort[yi] >= 0) weights.push(floorsT[yi] > 0 ? plan.yards[yi].reserveDays / floorsT[yi] : 1);
  return weights;
}

/** The stage items of a window's model, in protectOrder; items with no column (no such category, no floor) left out. */
export function policyItems(plan: Plan, vars: ModelVars, floorsT: readonly number[]): PolicyStageItem[] {
  const items: PolicyStageItem[] = [];
  let proRataPlaced = false;
  for (const item of plan.protectOrder) {
    if (plan.gasCurtailment === 'pro-rata' && item.startsWith('gas-')) {
      if (proRataPlaced) continue;
      proRataPlaced = true;
      items.push({ item: 'gas-pro-rata', cols: gather(vars, CUT) });
      continue;
    }
    const cols = columnsOf(item, plan, vars);
    items.push(
      item === 'coal-reserve-floor' ? { item, cols, weights: floorWeights(plan, vars, floorsT) } : { item, cols },
    );
  }
  return items.filter((i) => i.cols.length > 0);
}
