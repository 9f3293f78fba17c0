/**
 * Builds the dispatch LP for a window of days: a table of contents of the builders, one per
 * concern (docs/architecture.md#the-pipeline). The arithmetic lives in the builders, next to their equations.
 */
import { LpModelBuilder, type LpModel } from '../lp/model.ts';
import type { Plan } from '../scenario/normalise.ts';
import type { BuildContext, BuildOptions, CarriedState, ModelVars } from './context.ts';
import { defineVariables } from './variables.ts';
import { buildZoneHeatBalance } from './builders/zone-heat-balance.ts';
import { buildSourceLimits } from './builders/source-limits.ts';
import { buildYardStock } from './builders/yard-stock.ts';
import { buildGas } from './builders/gas.ts';
import { buildGridHeadroom } from './builders/grid-headroom.ts';
import { buildObjective } from './builders/objective.ts';
import { buildBlockSums } from './builders/block-sums.ts';
import { buildHeatStorage } from './builders/heat-storage.ts';
import { buildChpRegion } from './builders/chp-region.ts';
import { policyItems, type PolicyStageItem } from './policy/items.ts';

export interface DispatchModel {
  readonly model: LpModel;
  readonly vars: ModelVars;
  readonly items: readonly PolicyStageItem[];
  readonly first: number;
  readonly count: number;
}

export function buildDispatchModel(
  plan: Plan,
  first: number,
  count: number,
  state: CarriedState,
  options: BuildOptions,
): DispatchModel {
  const ctx: BuildContext = {
    b: new LpModelBuilder(),
    plan,
    first,
    count,
    state,
    options,
    vars: { days: [], colDay: [], penaltyCols: new Set(), interchangeable: [] },
  };
  defineVariables(ctx);
  buildZoneHeatBalance(ctx);
  buildBlockSums(ctx);
  buildHeatStorage(ctx);
  buildSourceLimits(ctx);
  buildChpRegion(ctx);
  buildYardStock(ctx);
  buildGas(ctx);
  buildGridHeadroom(ctx);
  buildObjective(ctx);
  return { model: ctx.b.freeze(), vars: ctx.vars, items: policyItems(plan, ctx.vars, options.floorsT), first, count };
}
