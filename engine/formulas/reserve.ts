/**
 * The 30-day coal reserve rule (储备量不得少于30天的日最大耗煤量):
 *   floor_y = reserveDays × maxDailyBurn_y
 *   days of cover = stock / maxDailyBurn; days at current burn = stock / recent burn
 */
import { BURN_ZERO_T } from '../tolerances.ts';

export function reserveFloorT(reserveDays: number, maxDailyBurnT: number): number {
  return reserveDays * maxDailyBurnT;
}

/** Stock over the maximum daily burn, days; null when the yard's sources burn nothing at design. */
export function daysOfCover(stockT: number, maxDailyBurnT: number): number | null {
  return maxDailyBurnT > 0 ? stockT / maxDailyBurnT : null;
}

/** Stock over the mean burn of the last `window` days (EIA-style days of burn); null when nothing burns. */
export function daysAtCurrentBurn(stockT: number, recentBurnT: ReadonlyArray<number>): number | null {
  if (recentBurnT.length === 0) return null;
  const mean = recentBurnT.reduce((a, b) => a + b, 0) / recentBurnT.length;
  return mean > BURN_ZERO_T ? stockT / mean : null;
}
