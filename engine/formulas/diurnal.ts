/**
 * The outdoor temperature within a day, from its mean, minimum and maximum.
 *
 * The diurnal profile is the sinusoid of Campbell (1985, *Soil Physics with BASIC*, Elsevier),
 * as used by the SWAT model (Neitsch et al., *Soil and Water Assessment Tool Theoretical
 * Documentation*, "Hourly air temperature"):
 *   T(h) = T_mean + (T_max − T_min)/2 × cos(2π (h − 15) / 24)      [°C, h in hours from 00:00]
 * The maximum falls at 15:00 and the minimum at 03:00; the profile averages to T_mean over the
 * day, so splitting a day into blocks never moves its mean temperature. Hour h is read at its
 * middle (h + 0.5). When the weather file has hourly readings, a block's temperature is the
 * mean of its hours' readings instead ({@link hourlyBlockTempsC}). docs/design.md#intra-day-blocks.
 */
import { HOURS_PER_DAY } from '../units.ts';

/** Clock hour of the day's maximum temperature (Campbell 1985). */
export const HOUR_OF_MAXIMUM = 15;

/** Outdoor temperature at clock hour `h` (0–24, fractional), °C. */
export function diurnalTempC(tMeanC: number, tMinC: number, tMaxC: number, h: number): number {
  const amplitude = Math.max(0, tMaxC - tMinC) / 2;
  return tMeanC + amplitude * Math.cos((2 * Math.PI * (h - HOUR_OF_MAXIMUM)) / HOURS_PER_DAY);
}

/** Mean temperature of each of `blocks` equal blocks of the day (block b covers hours [b·24/B, (b+1)·24/B)), °C. */
export function blockTempsC(tMeanC: number, tMinC: number, tMaxC: number, blocks: number): number[] {
  const hours = HOURS_PER_DAY / blocks;
  return Array.from({ length: blocks }, (_, b) => {
    let sum = 0;
    for (let i = 0; i < hours; i++) sum += diurnalTempC(tMeanC, tMinC, tMaxC, b * hours + i + 0.5);
    return sum / hours;
  });
}

/**
 * Mean of the readings in each of `blocks` equal blocks of the day (block b covers hours
 * [b·24/B, (b+1)·24/B)), from the day's 24 hourly readings `hourlyC` (hour h covers h:00 to
 * h+1:00), °C.
 */
export function hourlyBlockTempsC(hourlyC: readonly number[], blocks: number): number[] {
  if (hourlyC.length !== HOURS_PER_DAY) {
    throw new Error(`hourlyBlockTempsC: need ${HOURS_PER_DAY} hourly readings, got ${hourlyC.length}`);
  }
  const hours = HOURS_PER_DAY / blocks;
  return Array.from({ length: blocks }, (_, b) => {
    let sum = 0;
    for (let i = 0; i < hours; i++) sum += hourlyC[b * hours + i];
    return sum / hours;
  });
}
