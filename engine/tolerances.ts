/**
 * Every tolerance of the engine's own rules, in one table: its unit and why it has its value.
 * (Solver adapters keep the tolerances of their solver's quirks, next to the quirk.)
 *
 * | name               | value | unit                              | used by                                   |
 * |--------------------|-------|-----------------------------------|-------------------------------------------|
 * | HOLD_REL_TOL       | 1e-9  | share of a held optimum           | policy solve: a held stage's bound        |
 * | HOLD_ABS_TOL       | 1e-9  | the item's unit (MWh, m³, days)   | policy solve: a held stage's bound        |
 * | COLUMN_ZERO        | 1e-7  | a column's unit (MWh, m³, t)      | policy solve: an item may be held at 0    |
 * | SHORTFALL_ZERO     | 1e-6  | the item's unit (MWh, m³, days)   | policy solve: an item fell short          |
 * | FLOOR_BREACH_REL   | 1e-9  | share of the floor                | isBelowFloor                              |
 * | FLOOR_BREACH_ABS_T | 1e-6  | t                                 | isBelowFloor                              |
 * | VALUE_SNAP         | 1e-9  | a column's or dual's unit         | day records: solver noise shown as 0      |
 * | REPORT_NOISE       | 1e-3  | MWh or m³                         | summaries, warnings, risk studies, charts |
 * | BURN_ZERO_T        | 1e-9  | t/day                             | days at current burn                      |
 * | TEMPERATURE_EPS_C  | 1e-9  | °C                                | cold-wave thresholds                      |
 * | TARIFF_HOURS_TOL_H | 1e-9  | h                                 | scenario check: tariff blocks sum to 24 h |
 */

/**
 * Relative slack of an optimum held while later stages are solved: enough for the solver's
 * own feasibility tolerance on the hold row, too little for a later stage to trade on.
 */
export const HOLD_REL_TOL = 1e-9;

/**
 * Absolute slack of a held optimum, in the item's unit (MWh, m³; days of maximum burn for the
 * coal floor): lets an optimum of 0-plus-noise be held without making the next LP infeasible.
 * A solver that rounds its values (YALPS, to 1e-8) adds its rounding times the item's weights
 * on top (see `holdBound` in engine/dispatch/policy/sequence.ts): a hold tighter than the
 * rounding made a degenerate day's money LP infeasible.
 */
export const HOLD_ABS_TOL = 1e-9;

/**
 * An item is held at 0 (its columns fixed at 0) only when every one of its columns is at most
 * this at a point that keeps the holds, in the column's unit (MWh, m³, t). A test on the
 * weighted total was not enough: 5 kg below a coal floor weighs 9·10⁻⁷ days, and fixing that
 * at 0 made a later LP of a Monte Carlo day infeasible.
 */
export const COLUMN_ZERO = 1e-7;

/**
 * Below this an item's total shortfall counts as none (in its unit: MWh, m³, days of burn):
 * the day took the fast path, and the next day's guess leaves the item out. Above the solvers'
 * noise on a sum of a few columns (1e-8 each), far below anything a report shows.
 */
export const SHORTFALL_ZERO = 1e-6;

/** Relative part of the floor-breach test: a stock held exactly at its floor by the LP is not a breach. */
export const FLOOR_BREACH_REL = 1e-9;
/** Absolute part of the floor-breach test, t: the solvers' noise on a stock (1e-8 .. 1e-7 t). */
export const FLOOR_BREACH_ABS_T = 1e-6;

/** A yard's stock is below its floor beyond solver noise (t); a floor of 0 is never breached. */
export function isBelowFloor(stockT: number, floorT: number): boolean {
  return floorT > 0 && stockT < floorT * (1 - FLOOR_BREACH_REL) - FLOOR_BREACH_ABS_T;
}

/** Solver values and duals smaller than this are shown as 0 in the day records (|x| < 1e-9 in any unit is noise, not a flow). */
export const VALUE_SNAP = 1e-9;

/** The value, or 0 when it is solver noise (|x| < VALUE_SNAP). */
export const snapNoise = (x: number): number => (Math.abs(x) < VALUE_SNAP ? 0 : x);

/**
 * A season's or a day's shortfall (unserved MWh, gas cut m³) at most this is none in what the
 * engine reports: summaries, warnings, "homes protected", risk studies' shares and charts. A
 * kilowatt-hour or a litre of gas is no service lost, and sums of many days' solver noise
 * stay far below it.
 */
export const REPORT_NOISE = 1e-3;

/** A shortfall above the reporting noise (MWh or m³). */
export const exceedsNoise = (x: number): boolean => x > REPORT_NOISE;

/** A mean daily burn at most this (t/day) counts as nothing burning: days at current burn are then not given. */
export const BURN_ZERO_T = 1e-9;

/**
 * Floating-point allowance on the cold-wave thresholds, °C: temperatures come with 0.1 °C
 * resolution at most, so no real value lies within 1e-9 of a threshold.
 */
export const TEMPERATURE_EPS_C = 1e-9;

/** The tariff blocks of a day must cover 24 h to within this, h (sums of fractional hours). */
export const TARIFF_HOURS_TOL_H = 1e-9;
