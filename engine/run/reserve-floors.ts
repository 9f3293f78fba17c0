/**
 * The 30-day floor of each yard: floor_y = reserveDays × maxDailyBurn_y (DESIGN §2), where
 * the maximum daily burn is, per the yard's basis,
 *   design-day       the burn of the yard's sources in the design-day dispatch, or
 *   season-forecast  the largest daily burn of a forecast run of the season without floors.
 */
import type { LpSolver } from '../lp/model.ts';
import { buildDispatchModel } from '../dispatch/build-model.ts';
import { solveWithPolicy } from '../dispatch/policy.ts';
import { reserveFloorT } from '../formulas/reserve.ts';
import { designDayPlan, designDayScenario } from '../scenario/design-day.ts';
import type { Plan } from '../scenario/normalise.ts';
import { BaogongError } from '../errors.ts';
import { dispatch, openingState, type DispatchMode } from './dispatch.ts';
import { extractDays } from './extract-days.ts';
import { BoundedMemo } from '../memo.ts';

export interface ReserveFloors {
  readonly maxDailyBurnT: number[];
  readonly floorsT: number[];
}

/**
 * Design-day burns already worked out, by solver and design-day scenario (as JSON): Monte
 * Carlo runs differ in weather and disruptions, which the design day leaves out.
 */
const designBurns = new BoundedMemo<readonly number[]>(16);

/** Burn of each yard on the design day, t/day. */
export function designDayBurnT(plan: Plan, solver: LpSolver): number[] {
  const scenario = designDayScenario(plan.scenario);
  // an inline weather series plays no part in the design day (its temperature is the design one)
  const key = `${solver.name}|${JSON.stringify({ ...scenario, weather: { ...scenario.weather, days: undefined } })}`;
  return designBurns.get(key, () => solveDesignDay(designDayPlan(scenario), solver, plan.scenario.dispatch.timeLimitS)).slice();
}

function solveDesignDay(design: Plan, solver: LpSolver, timeLimitS: number): number[] {
  const dm = buildDispatchModel(design, 0, 1, openingState(design), { floorsT: design.yards.map(() => 0), withYards: false });
  const solved = solveWithPolicy(dm, solver, timeLimitS);
  if (solved.result.status !== 'optimal') throw new BaogongError('SOLVER_FAILED', `design-day dispatch: ${solver.name} returned ${solved.result.status}`);
  const heat = dm.vars.days[0].heat;
  return design.yards.map((_, yi) => design.sources.reduce((sum, s, si) => (s.yard === yi ? sum + solved.result.values[heat[si]] * s.coalTPerMWh : sum), 0));
}

/** Largest daily burn of each yard in a run of the season with no floor, t/day. */
export function seasonForecastBurnT(plan: Plan, solver: LpSolver, mode: DispatchMode): number[] {
  const none = plan.yards.map(() => 0);
  const outcome = dispatch(plan, solver, mode, { floorsT: none, withYards: true });
  const days = extractDays(plan, outcome.windows, none, none);
  return plan.yards.map((y) => Math.max(0, ...days.map((d) => d.yards[y.id].burnT)));
}

export function reserveFloors(plan: Plan, solver: LpSolver, mode: DispatchMode): ReserveFloors {
  if (plan.yards.length === 0) return { maxDailyBurnT: [], floorsT: [] };
  const design = designDayBurnT(plan, solver);
  const forecast = plan.yards.some((y) => y.basis === 'season-forecast') ? seasonForecastBurnT(plan, solver, mode) : design;
  const maxDailyBurnT = plan.yards.map((y, yi) => (y.basis === 'design-day' ? design[yi] : forecast[yi]));
  return { maxDailyBurnT, floorsT: plan.yards.map((y, yi) => reserveFloorT(y.reserveDays, maxDailyBurnT[yi])) };
}

/**
 * Per yard, the opening coal that would hold the floor all season: the largest gap below the
 * floor in a dispatch that ignores floors (a dispatch steered by the floor understates it).
 */
export function coalToHoldFloors(plan: Plan, solver: LpSolver, mode: DispatchMode, floors: ReserveFloors): number[] {
  const none = plan.yards.map(() => 0);
  const days = extractDays(plan, dispatch(plan, solver, mode, { floorsT: none, withYards: true }).windows, none, none);
  return plan.yards.map((y, yi) => Math.max(0, ...days.map((d) => floors.floorsT[yi] - d.yards[y.id].stockT)));
}
