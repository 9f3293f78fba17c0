/**
 * What the model builders share: the plan, the window of days being modelled, the state
 * carried in from the day before, and the column indices of every variable.
 */
import type { LpModelBuilder } from '../lp/model.ts';
import { zoneDemandAtMWh, type Plan } from '../scenario/normalise.ts';

/** Stocks carried from one solve to the next. */
export interface CarriedState {
  readonly stockT: readonly number[];
  readonly inventoryM3: number;
}

/** Column indices of one day's variables; -1 where the variable does not exist. */
export interface DayVars {
  readonly heat: number[];
  readonly valleyShift: number[];
  readonly mustRunSlack: number[];
  readonly flowFwd: number[];
  readonly flowBack: number[];
  readonly unservedRes: number[];
  readonly unservedNonRes: number[];
  readonly dump: number[];
  readonly stock: number[];
  readonly accepted: number[];
  readonly floorShort: number[];
  readonly supplyContract: number[];
  readonly supplyOver: number[];
  withdraw: number;
  inject: number;
  inventory: number;
  readonly cut: number[];
  proRata: number;
  /** Row indices whose duals the result reports (marginal values). */
  readonly rows: { zoneBalance: number[]; yardStock: number[]; gasBalance: number };
}

export interface ModelVars {
  readonly days: DayVars[];
  /** Day offset (within the window) of every column. */
  readonly colDay: number[];
  /** Columns whose cost is a modelling penalty, not money spent (left out of `costYuan`). */
  readonly penaltyCols: Set<number>;
  /**
   * Groups of interchangeable columns, declared by the builder that makes their row: each
   * column of a group appears in one row only, the same row, with coefficient 1, no cost and
   * bounds [0, its upper bound], so moving value between them within their bounds changes no
   * other row and no cost. The policy solve settles consecutive items owning such columns by
   * one LP (engine/dispatch/policy/blocks.ts).
   */
  readonly interchangeable: number[][];
}

export interface BuildOptions {
  /** °C added to the temperature of each window day (forecast error of a rolling horizon; 0 for the first day). */
  readonly forecastShiftC?: readonly number[];
  /** Reserve floor per yard, t. */
  readonly floorsT: readonly number[];
  /** False for the design-day model, which ignores yard stocks and floors. */
  readonly withYards: boolean;
}

export interface BuildContext {
  readonly b: LpModelBuilder;
  readonly plan: Plan;
  /** First day (index into plan.dates) of the window. */
  readonly first: number;
  /** Number of days in the window. */
  readonly count: number;
  readonly state: CarriedState;
  readonly options: BuildOptions;
  readonly vars: ModelVars;
}

/** Global day index of window offset k. */
export const dayOf = (ctx: BuildContext, k: number) => ctx.first + k;

/** Column-name suffix for window offset k: the date. */
export const tag = (ctx: BuildContext, k: number) => ctx.plan.dates[ctx.first + k];

/** Heat demand of zone zi on window day k, MWh: the plan's, or the forecast's when a shift is given. */
export function zoneDemand(ctx: BuildContext, zi: number, k: number): number {
  const shift = ctx.options.forecastShiftC?.[k] ?? 0;
  const d = ctx.first + k;
  const z = ctx.plan.zones[zi];
  return shift === 0 ? z.demandMWh[d] : zoneDemandAtMWh(z, ctx.plan.weather.days[d].tMeanC + shift);
}
