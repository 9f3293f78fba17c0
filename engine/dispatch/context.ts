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
  /** Heat in each source's store at the end of the last block (intra-day blocks only; absent = empty), MWh. */
  readonly heatStoreMWh?: readonly number[];
}

/** Column indices of one intra-day block's variables (docs/design.md#intra-day-blocks); -1 where absent. */
export interface BlockVars {
  readonly heat: number[];
  readonly flowFwd: number[];
  readonly flowBack: number[];
  readonly unservedRes: number[];
  readonly unservedNonRes: number[];
  readonly dump: number[];
  /** Heat put into / taken out of each source's store in the block, and the store's content at its end (MWh). */
  readonly charge: number[];
  readonly discharge: number[];
  readonly level: number[];
  /** Power of each extraction CHP in the block, MWh, and the slack of its lower P–Q rows. */
  readonly power: number[];
  readonly chpSlack: number[];
  /**
   * Gas taken out of / put into the storage in the block, m³; -1 unless the storage gives an
   * hourly rate for that direction (`maxWithdrawalM3PerHour`, `maxInjectionM3PerHour`).
   */
  readonly withdraw: number;
  readonly inject: number;
  readonly rows: { zoneBalance: number[] };
}

/** Column indices of one day's variables; -1 where the variable does not exist. */
export interface DayVars {
  readonly heat: number[];
  /** Power of each extraction CHP, MWh, and the slack of its lower P–Q rows (-1 for other sources). */
  readonly power: number[];
  readonly chpSlack: number[];
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
  /** The day's intra-day blocks; empty for the whole-day model. */
  readonly blocks: BlockVars[];
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

/**
 * A day's heat demand of zone zi (MWh) shared out over the blocks of plan day d in proportion
 * to the demand formula at each block's temperature (+ shiftC), so the blocks sum to the day.
 */
export function splitOverBlocks(plan: Plan, zi: number, d: number, dayMWh: number, shiftC = 0): number[] {
  const blocks = plan.blocks;
  if (blocks === null) return [dayMWh];
  const z = plan.zones[zi];
  const raw = blocks.tempC[d].map((t) => zoneDemandAtMWh(z, t + shiftC));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => (total > 0 ? (dayMWh * r) / total : dayMWh / blocks.count));
}

/** Heat demand of zone zi in each block of window day k, MWh (the forecast's when a shift is given). */
export function zoneBlockDemand(ctx: BuildContext, zi: number, k: number): number[] {
  const shift = ctx.options.forecastShiftC?.[k] ?? 0;
  return splitOverBlocks(ctx.plan, zi, ctx.first + k, zoneDemand(ctx, zi, k), shift);
}

/** Heat demand of zone zi on window day k, MWh: the plan's, or the forecast's when a shift is given. */
export function zoneDemand(ctx: BuildContext, zi: number, k: number): number {
  const shift = ctx.options.forecastShiftC?.[k] ?? 0;
  const d = ctx.first + k;
  const z = ctx.plan.zones[zi];
  return shift === 0 ? z.demandMWh[d] : zoneDemandAtMWh(z, ctx.plan.weather.days[d].tMeanC + shift);
}
