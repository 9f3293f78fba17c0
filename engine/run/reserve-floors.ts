/**
 * The 30-day floor of each yard: floor_y = reserveDays × maxDailyBurn_y, the plans' rule
 * (储备量不得少于30天的日最大耗煤量, 30 × 日最大耗煤量). The maximum daily burn is, per the
 * yard's basis:
 *   design-day                the burn of the yard's sources in the design-day dispatch;
 *   season-max                the largest daily burn of a floor-free dispatch of the season
 *                             (`season-forecast` in older scenarios);
 *   capacity                  every coal unit of the yard at full output: Σ capacityMW × 24 h ×
 *                             coal t/MWh over the yard's sources, outages ignored (a unit out
 *                             for a week is back for the cold);
 *   max-of-design-and-season  the larger of design-day and season-max (the default: the
 *                             conservative reading of "maximum daily coal use").
 * capacity ≥ every other basis: no dispatch can burn more than every unit at full output.
 */
import type { LpSolver } from '../lp/model.ts';
import { buildDispatchModel } from '../dispatch/build-model.ts';
import { solveWithPolicy } from '../dispatch/policy/solve.ts';
import { reserveFloorT } from '../formulas/reserve.ts';
import { designDayPlan, designDayScenario } from '../scenario/design-day.ts';
import { normalise, type Plan, type ReserveBasis } from '../scenario/normalise.ts';
import { solverFailure } from './solver-failure.ts';
import { HOURS_PER_DAY } from '../units.ts';
import { dispatch, openingState, type DispatchMode } from './modes.ts';
import { extractDays } from './extract-days.ts';
import type { DayRecord } from './result.ts';
import { BoundedMemo } from '../memo.ts';

/** A yard's maximum daily burn on each basis, t/day; season-max null when the season was not dispatched without floors. */
export interface BurnByBasisT {
  'design-day': number;
  'season-max': number | null;
  capacity: number;
}

export interface ReserveFloors {
  readonly maxDailyBurnT: number[];
  readonly floorsT: number[];
  /** Per yard, the figure of every basis side by side. */
  readonly byBasisT: BurnByBasisT[];
}

export interface ReserveFloorOptions {
  /**
   * The days of a floor-free dispatch of the season, worked out at most once per run and
   * shared with `coalToHoldFloors` (default: dispatched here when a basis needs it).
   */
  readonly floorFreeDays?: () => readonly DayRecord[];
  /** Work out season-max even where no yard's basis needs it (the side-by-side figures). */
  readonly withSeasonMax?: boolean;
  /**
   * Each yard's figures, by yard id, measured once for a study (Monte Carlo: on the
   * scenario's own weather) and used as they are: the floor is a property of the plan, not
   * of one sampled season.
   */
  readonly given?: Readonly<Record<string, BurnByBasisT>>;
}

/**
 * Design-day burns already worked out, by solver and design-day scenario (as JSON): Monte
 * Carlo runs differ in weather and disruptions, which the design day leaves out.
 */
const designBurns = new BoundedMemo<readonly number[]>(16);

/** Burn of each yard on the design day, t/day. */
export function designDayBurnT(plan: Plan, solver: LpSolver): number[] {
  const scenario = designDayScenario(plan.scenario);
  // the design-day scenario carries no weather series of the season (its weather is the design temperature)
  const key = `${solver.name}|${JSON.stringify(scenario)}`;
  return designBurns
    .get(key, () => solveDesignDay(designDayPlan(scenario), solver, plan.scenario.dispatch.timeLimitS))
    .slice();
}

function solveDesignDay(design: Plan, solver: LpSolver, timeLimitS: number): number[] {
  const dm = buildDispatchModel(design, 0, 1, openingState(design), {
    floorsT: design.yards.map(() => 0),
    withYards: false,
  });
  const solved = solveWithPolicy(dm, solver, timeLimitS);
  if (solved.result.status !== 'optimal')
    throw solverFailure(
      solver.name,
      solved.result,
      solved.lastLabel,
      `the design day (${design.dates[0]}, the reserve floor's design-day burn)`,
      timeLimitS,
    );
  const { heat, power } = dm.vars.days[0];
  const value = (col: number) => (col >= 0 ? solved.result.values[col] : 0);
  return design.yards.map((_, yi) =>
    design.sources.reduce(
      (sum, s, si) =>
        s.yard === yi
          ? sum + value(heat[si]) * s.coalTPerMWh + value(power[si]) * (s.extraction?.coalTPerPowerMWh ?? 0)
          : sum,
      0,
    ),
  );
}

/**
 * A coal unit's burn at full output, t/day: capacity × 24 h × coal per MWh of heat, or for an
 * extraction CHP maxPower × 24 h × coal per MWh of power (its fuel, (P + Cv·Q)/η_e, is largest
 * and constant along the region's upper edge P + Cv·Q = P_max).
 */
function fullOutputBurnTPerDay(src: Plan['scenario']['sources'][number], s: Plan['sources'][number]): number {
  if (s.extraction && src.kind === 'coal-chp')
    return (src.maxPowerMW ?? 0) * HOURS_PER_DAY * s.extraction.coalTPerPowerMWh;
  return src.capacityMW * HOURS_PER_DAY * s.coalTPerMWh;
}

/** Every coal unit of each yard at full output, t/day: Σ capacityMW × 24 h × coal t/MWh (installed capacity, outages ignored). */
export function capacityBurnT(plan: Plan): number[] {
  return plan.yards.map((_, yi) =>
    plan.sources.reduce(
      (sum, s, si) => (s.yard === yi ? sum + fullOutputBurnTPerDay(plan.scenario.sources[si], s) : sum),
      0,
    ),
  );
}

/** The season dispatched with no floor: its day records and the policy items that fell short in it. */
export interface FloorFree {
  readonly days: DayRecord[];
  /**
   * Items short in any window. In season mode the run's guess for the floored dispatch (the
   * floors rarely change which items fall short); a wrong guess costs LPs, never the answer
   * (engine/dispatch/policy/solve.ts).
   */
  readonly shortItems: ReadonlySet<string>;
}

/**
 * The season dispatched with no floor (each yard's floor 0). In season mode with blocks, its
 * guess is what fell short in the same season at one block a day (fewer LPs, the same answer).
 */
export function floorFreeDispatch(plan: Plan, solver: LpSolver, mode: DispatchMode): FloorFree {
  const none = plan.yards.map(() => 0);
  const guess = floorFreeGuess(plan, solver, mode);
  const { windows } = dispatch(plan, solver, mode, { floorsT: none, withYards: true }, undefined, guess);
  return {
    days: extractDays(plan, windows, none, none),
    shortItems: new Set(windows.flatMap((w) => [...(w.shortItems ?? [])])),
  };
}

/**
 * What fell short in a season-mode floor-free dispatch of the season at one block a day: the
 * guess of the same dispatch with blocks, whose LPs are 24 × larger at 24 blocks. The items
 * short at one block a day (a cut category, heat not delivered) are the hours' too, more often
 * than none is; a wrong guess costs LPs, never the answer (engine/dispatch/policy/solve.ts).
 * Undefined (no guess: the fast path) in the other modes and without blocks.
 */
export function floorFreeGuess(plan: Plan, solver: LpSolver, mode: DispatchMode): ReadonlySet<string> | undefined {
  if (mode !== 'season' || plan.blocks === null) return undefined;
  const s = plan.scenario;
  const wholeDays = normalise({ ...s, dispatch: { ...s.dispatch, blocksPerDay: 1 } }, plan.weather);
  return floorFreeDispatch(wholeDays, solver, mode).shortItems;
}

/** The guess a season-mode dispatch with floors takes from the floor-free dispatch, when there was one. */
export const seasonGuess = (floorFree: FloorFree | undefined): ReadonlySet<string> | undefined => floorFree?.shortItems;

/** The season dispatched with no floor (each yard's floor 0), as day records. */
export function floorFreeDays(plan: Plan, solver: LpSolver, mode: DispatchMode): DayRecord[] {
  return floorFreeDispatch(plan, solver, mode).days;
}

/** Largest daily burn of each yard in a floor-free dispatch of the season, t/day. */
export function seasonMaxBurnT(plan: Plan, days: readonly DayRecord[]): number[] {
  return plan.yards.map((y) => Math.max(0, ...days.map((d) => d.yards[y.id].burnT)));
}

/** The maximum daily burn on a basis, from the figures of every basis. */
export function burnOnBasisT(basis: ReserveBasis, b: BurnByBasisT): number {
  const season = () => {
    if (b['season-max'] === null) throw new Error(`basis ${basis} needs the season-max figure`);
    return b['season-max'];
  };
  switch (basis) {
    case 'design-day':
      return b['design-day'];
    case 'season-max':
      return season();
    case 'capacity':
      return b.capacity;
    case 'max-of-design-and-season':
      return Math.max(b['design-day'], season());
  }
}

/** Whether a basis needs the floor-free dispatch of the season. */
export const needsSeasonMax = (basis: ReserveBasis) => basis === 'season-max' || basis === 'max-of-design-and-season';

/** Each yard's figures on every basis (season-max only when asked for or needed) and its floor. */
export function reserveFloors(
  plan: Plan,
  solver: LpSolver,
  mode: DispatchMode,
  options: ReserveFloorOptions = {},
): ReserveFloors {
  if (plan.yards.length === 0) return { maxDailyBurnT: [], floorsT: [], byBasisT: [] };
  let byBasisT: BurnByBasisT[];
  const given = options.given;
  if (given) {
    byBasisT = plan.yards.map((y) => {
      const b = given[y.id];
      if (!b) throw new Error(`reserve figures given for yards ${Object.keys(given).join(', ')}, not for yard ${y.id}`);
      return { ...b };
    });
  } else {
    const design = designDayBurnT(plan, solver);
    const capacity = capacityBurnT(plan);
    byBasisT = plan.yards.map((_, yi) => ({ 'design-day': design[yi], 'season-max': null, capacity: capacity[yi] }));
  }
  if (
    byBasisT.some((b) => b['season-max'] === null) &&
    (options.withSeasonMax || plan.yards.some((y) => needsSeasonMax(y.basis)))
  ) {
    const season = seasonMaxBurnT(
      plan,
      options.floorFreeDays ? options.floorFreeDays() : floorFreeDays(plan, solver, mode),
    );
    byBasisT.forEach((b, yi) => {
      b['season-max'] ??= season[yi];
    });
  }
  const maxDailyBurnT = plan.yards.map((y, yi) => burnOnBasisT(y.basis, byBasisT[yi]));
  return {
    maxDailyBurnT,
    floorsT: plan.yards.map((y, yi) => reserveFloorT(y.reserveDays, maxDailyBurnT[yi])),
    byBasisT,
  };
}

/**
 * Per yard, the opening coal that would hold the floor all season: the largest gap below the
 * floor in a dispatch that ignores floors (a dispatch steered by the floor understates it).
 */
export function coalToHoldFloors(plan: Plan, floors: ReserveFloors, floorFree: readonly DayRecord[]): number[] {
  return plan.yards.map((y, yi) => Math.max(0, ...floorFree.map((d) => floors.floorsT[yi] - d.yards[y.id].stockT)));
}
