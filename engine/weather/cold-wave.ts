/**
 * Cold-wave (寒潮) grading after GB/T 21987《寒潮等级》, applied to the daily
 * MINIMUM temperature of a series of consecutive days.
 *
 * | grade       | drop in 24 h | 48 h    | 72 h    | and that day's minimum |
 * |-------------|--------------|---------|---------|------------------------|
 * | `cold-wave` | ≥ 8 °C       | ≥ 10 °C | ≥ 12 °C | ≤ 4 °C                 |
 * | `strong`    | ≥ 10 °C      | ≥ 12 °C | ≥ 14 °C | ≤ 2 °C                 |
 * | `extreme`   | ≥ 12 °C      | ≥ 14 °C | ≥ 16 °C | ≤ 0 °C                 |
 *
 * Drops are point-to-point on day d: 24 h = tMin[d−1] − tMin[d],
 * 48 h = tMin[d−2] − tMin[d], 72 h = tMin[d−3] − tMin[d]. Any one window meeting
 * its threshold (together with the minimum condition) is enough; the grade is the
 * highest one met. Comparisons allow 1e-9 °C for floating-point noise.
 */
import { addDays, type DayWeather } from './series.ts';

export type ColdWaveGrade = 'none' | 'cold-wave' | 'strong' | 'extreme';
type Grade = Exclude<ColdWaveGrade, 'none'>;

/** GB/T 21987 thresholds: drops for the 24/48/72 h windows and the ceiling on the day's minimum, °C. */
export const COLD_WAVE_CRITERIA: Readonly<Record<Grade, { drops: readonly [number, number, number]; maxMinC: number }>> = {
  'cold-wave': { drops: [8, 10, 12], maxMinC: 4 },
  strong: { drops: [10, 12, 14], maxMinC: 2 },
  extreme: { drops: [12, 14, 16], maxMinC: 0 },
};

const RANK: Record<ColdWaveGrade, number> = { none: 0, 'cold-wave': 1, strong: 2, extreme: 3 };
const GRADES_DESC: Grade[] = ['extreme', 'strong', 'cold-wave'];
const EPS = 1e-9;

/** Duration rule: a triggered wave covers at most this many days, trigger day included. */
export const MAX_WAVE_DAYS = 7;
/** Duration rule: following days stay in the wave while tMin ≤ trigger-day tMin + this. */
export const WAVE_HOLD_BAND_C = 2;

export function gradeRank(g: ColdWaveGrade): number {
  return RANK[g];
}

/** Highest GB/T 21987 grade whose criterion is met on day `d` itself (no duration carry-over). */
export function triggerGrade(tMin: readonly number[], d: number): ColdWaveGrade {
  for (const g of GRADES_DESC) {
    const { drops, maxMinC } = COLD_WAVE_CRITERIA[g];
    if (tMin[d] > maxMinC + EPS) continue;
    for (let k = 1; k <= 3 && d - k >= 0; k++) {
      if (tMin[d - k] - tMin[d] >= drops[k - 1] - EPS) return g;
    }
  }
  return 'none';
}

/**
 * Labels each day of a consecutive daily series with its cold-wave grade.
 *
 * Duration rule (our choice; GB/T 21987 grades the process, not its length): a
 * trigger day d with grade g labels d and then each following day d+j, j = 1…6,
 * for as long as tMin[d+j] ≤ tMin[d] + 2 °C; the first warmer day ends the run,
 * and no run exceeds 7 days. Overlapping runs keep the highest grade per day.
 */
export function detectColdWaves(series: readonly { tMinC: number }[]): ColdWaveGrade[] {
  const tMin = series.map((d) => d.tMinC);
  const out: ColdWaveGrade[] = tMin.map(() => 'none');
  const raise = (i: number, g: ColdWaveGrade) => {
    if (RANK[g] > RANK[out[i]]) out[i] = g;
  };
  for (let d = 0; d < tMin.length; d++) {
    const g = triggerGrade(tMin, d);
    if (g === 'none') continue;
    raise(d, g);
    for (let j = 1; j < MAX_WAVE_DAYS && d + j < tMin.length; j++) {
      if (tMin[d + j] > tMin[d] + WAVE_HOLD_BAND_C + EPS) break;
      raise(d + j, g);
    }
  }
  return out;
}

export interface InjectColdWaveOptions {
  /** First day of the wave (`YYYY-MM-DD`); must have at least one preceding day in the series. */
  start: string;
  /** Grade the start day must reach. Defaults to `cold-wave` when `dropC` is not given. */
  grade?: Grade;
  /** 24 h drop of the daily minimum on the start day, °C. With `grade`, the larger of the two is used. */
  dropC?: number;
  /** Days the anomaly is held at full depth, start day included (≥ 1). */
  days: number;
  /** Days of linear recovery after the hold (default 3; 0 = snap back). */
  recoveryDays?: number;
}

/**
 * Returns a new series with a synthetic cold wave. The start day's minimum is
 * set `drop` below the previous day's minimum, where drop = dropC or the grade's
 * 24 h threshold + 1 °C (whichever is larger); with a grade it is also lowered to
 * at least 1 °C below the grade's minimum ceiling. The same anomaly Δ (never
 * negative) is subtracted from mean, min and max for `days` days, then shrinks
 * linearly to 0 over `recoveryDays` days: day k of the recovery (k = 1…R) gets
 * Δ·(1 − k/(R+1)). Days past the end of the series are dropped. The input is not
 * modified. By construction {@link detectColdWaves} labels `start` with at least `grade`.
 */
export function injectColdWave(series: readonly DayWeather[], opts: InjectColdWaveOptions): DayWeather[] {
  const { start, days, recoveryDays = 3 } = opts;
  const i0 = series.findIndex((d) => d.date === start);
  if (i0 < 0) {
    const span = series.length ? `${series[0].date}..${series[series.length - 1].date}` : 'an empty series';
    throw new Error(`injectColdWave: start ${start} is outside the series (${span})`);
  }
  if (i0 === 0) {
    throw new Error(`injectColdWave: start ${start} is the first day of the series; a drop needs a preceding day`);
  }
  for (let i = 1; i < series.length; i++) {
    if (series[i].date !== addDays(series[i - 1].date, 1)) {
      throw new Error(`injectColdWave: series is not consecutive daily at ${series[i - 1].date} → ${series[i].date}`);
    }
  }
  if (!Number.isInteger(days) || days < 1) throw new Error(`injectColdWave: days must be an integer ≥ 1, got ${days}`);
  if (!Number.isInteger(recoveryDays) || recoveryDays < 0) {
    throw new Error(`injectColdWave: recoveryDays must be an integer ≥ 0, got ${recoveryDays}`);
  }
  if (opts.dropC !== undefined && !(Number.isFinite(opts.dropC) && opts.dropC >= 0)) {
    throw new Error(`injectColdWave: dropC must be a finite number ≥ 0, got ${opts.dropC}`);
  }
  const grade = opts.grade ?? (opts.dropC === undefined ? 'cold-wave' : undefined);
  const crit = grade ? COLD_WAVE_CRITERIA[grade] : undefined;
  const drop = Math.max(opts.dropC ?? 0, crit ? crit.drops[0] + 1 : 0);
  let target = series[i0 - 1].tMinC - drop;
  if (crit) target = Math.min(target, crit.maxMinC - 1);
  const delta = Math.max(0, series[i0].tMinC - target);

  return series.map((d, i) => {
    const k = i - i0;
    let s = 0;
    if (k >= 0 && k < days) s = delta;
    else if (k >= days && k < days + recoveryDays) s = delta * (1 - (k - days + 1) / (recoveryDays + 1));
    return { ...d, tMeanC: d.tMeanC - s, tMinC: d.tMinC - s, tMaxC: d.tMaxC - s };
  });
}
