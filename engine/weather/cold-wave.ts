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
 * 48 h = tMin[d−2] − tMin[d], 72 h = tMin[d−3] − tMin[d]. A day has a grade only when
 * BOTH a drop of that grade (any one window) AND the grade's minimum condition hold on
 * that day itself; the grade is the highest one met. Nothing is carried from one day to
 * the next: a day that meets no criterion is `none`, whatever came before it.
 *
 * Comparisons allow {@link EPS} = 1e-9 °C of floating-point noise in either direction, so
 * a drop that is 8 in decimal but 7.999999999999999 in binary (8.2 − 0.2) meets 8, and a
 * minimum of 4.0000000001 meets ≤ 4; a real 7.99 or 4.01 does not (readings carry 0.1 °C
 * at most, so no real value lies within 1e-9 of a threshold).
 *
 * Cold spells are NOT part of the standard: {@link detectColdSpells} is this project's own
 * rule for the cold that lingers after a graded day (it matters for heat demand and stocks).
 * It never changes a grade.
 */
import { addDays, shiftDay, type DayWeather } from './series.ts';
import { TEMPERATURE_EPS_C } from '../tolerances.ts';

export type ColdWaveGrade = 'none' | 'cold-wave' | 'strong' | 'extreme';
type Grade = Exclude<ColdWaveGrade, 'none'>;

/** GB/T 21987 thresholds: drops for the 24/48/72 h windows and the ceiling on the day's minimum, °C. */
export const COLD_WAVE_CRITERIA: Readonly<
  Record<Grade, { drops: readonly [number, number, number]; maxMinC: number }>
> = {
  'cold-wave': { drops: [8, 10, 12], maxMinC: 4 },
  strong: { drops: [10, 12, 14], maxMinC: 2 },
  extreme: { drops: [12, 14, 16], maxMinC: 0 },
};

/** Days of minima before day d that its grade needs (the 72 h window). */
export const GRADE_LOOKBACK_DAYS = 3;

const RANK: Record<ColdWaveGrade, number> = { none: 0, 'cold-wave': 1, strong: 2, extreme: 3 };
const GRADES_DESC: Grade[] = ['extreme', 'strong', 'cold-wave'];
/** Floating-point allowance on every threshold comparison, °C. */
export const EPS = TEMPERATURE_EPS_C;

/** x ≥ threshold, allowing {@link EPS} of rounding noise. */
const atLeast = (x: number, threshold: number) => x >= threshold - EPS;
/** x ≤ ceiling, allowing {@link EPS} of rounding noise. */
const atMost = (x: number, ceiling: number) => x <= ceiling + EPS;

export function gradeRank(g: ColdWaveGrade): number {
  return RANK[g];
}

/** Which GB/T 21987 criterion a graded day met. */
export interface ColdWaveCriterion {
  readonly grade: Grade;
  /** The shortest window whose drop meets the grade's threshold, h. */
  readonly windowH: 24 | 48 | 72;
  /** The drop of the daily minimum over that window, °C. */
  readonly dropC: number;
  /** The day's minimum temperature, °C. */
  readonly minC: number;
}

/**
 * The highest GB/T 21987 grade met on day `d` and the criterion that met it, or null.
 * Uses tMin[d−3..d] only (fewer near the start of the array: a missing day meets nothing).
 */
export function gradeCriterion(tMin: readonly number[], d: number): ColdWaveCriterion | null {
  for (const g of GRADES_DESC) {
    const { drops, maxMinC } = COLD_WAVE_CRITERIA[g];
    if (!atMost(tMin[d], maxMinC)) continue;
    for (let k = 1; k <= GRADE_LOOKBACK_DAYS && d - k >= 0; k++) {
      const drop = tMin[d - k] - tMin[d];
      if (atLeast(drop, drops[k - 1]))
        return { grade: g, windowH: (24 * k) as 24 | 48 | 72, dropC: drop, minC: tMin[d] };
    }
  }
  return null;
}

/** Highest GB/T 21987 grade met on day `d` itself. */
export function triggerGrade(tMin: readonly number[], d: number): ColdWaveGrade {
  return gradeCriterion(tMin, d)?.grade ?? 'none';
}

/**
 * GB/T 21987 grade of each day of a consecutive daily series: the day's own criterion only
 * (see the table above). The first three days have fewer windows; give the series the days
 * before the period of interest (`gradeWithLeadIn`) when they exist.
 */
export function detectColdWaves(series: readonly { tMinC: number }[]): ColdWaveGrade[] {
  const tMin = series.map((d) => d.tMinC);
  return tMin.map((_, d) => triggerGrade(tMin, d));
}

/** Cold-spell rule (project choice): a spell lasts at most this many days, its graded day included. */
export const MAX_SPELL_DAYS = 7;
/** Cold-spell rule (project choice): a spell goes on while the minimum stays within this of the graded day's minimum, °C. */
export const SPELL_HOLD_BAND_C = 2;

/**
 * Days in a cold spell, given the series and its grades from {@link detectColdWaves}.
 *
 * The rule is this project's choice, not GB/T 21987 (which grades the drop, not how long the
 * cold lasts): a spell starts on each graded day d and goes on over the following days d+j,
 * j = 1 … {@link MAX_SPELL_DAYS} − 1, for as long as tMin[d+j] ≤ tMin[d] + {@link SPELL_HOLD_BAND_C}
 * (same 1e-9 allowance); the first warmer day ends it. Overlapping spells merge. Every graded
 * day is in a spell; a spell day after it is NOT graded unless it meets a criterion itself.
 */
export function detectColdSpells(series: readonly { tMinC: number }[], grades: readonly ColdWaveGrade[]): boolean[] {
  const tMin = series.map((d) => d.tMinC);
  const out = tMin.map(() => false);
  for (let d = 0; d < tMin.length; d++) {
    if (grades[d] === 'none') continue;
    out[d] = true;
    for (let j = 1; j < MAX_SPELL_DAYS && d + j < tMin.length; j++) {
      if (!atMost(tMin[d + j], tMin[d] + SPELL_HOLD_BAND_C)) break;
      out[d + j] = true;
    }
  }
  return out;
}

/** Lead-in days that grades AND spells of the first day of a period depend on. */
export const LEAD_IN_DAYS = GRADE_LOOKBACK_DAYS + MAX_SPELL_DAYS - 1;

/**
 * Grades and spells of the days from `firstIndex` on, computed on the whole `series` so that
 * the days before `firstIndex` (the lead-in, when the series has them) supply the 48/72 h
 * drops and any spell already under way. The series must be consecutive daily.
 */
export function gradeWithLeadIn(
  series: readonly { tMinC: number }[],
  firstIndex: number,
): { coldWave: ColdWaveGrade[]; coldSpell: boolean[] } {
  const grades = detectColdWaves(series);
  const spells = detectColdSpells(series, grades);
  return { coldWave: grades.slice(firstIndex), coldSpell: spells.slice(firstIndex) };
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
 * negative) is subtracted from mean, min and max (and every hourly reading, when the day has
 * them, so they stay the hours' mean, min and max) for `days` days, then shrinks
 * linearly to 0 over `recoveryDays` days: day k of the recovery (k = 1…R) gets
 * Δ·(1 − k/(R+1)). Days past the end of the series are dropped. The input is not
 * modified. By construction {@link detectColdWaves} grades `start` itself at least `grade`
 * (its own 24 h drop and minimum); the held days that follow are graded only if they meet a
 * criterion of their own, and are otherwise reported as a cold spell ({@link detectColdSpells}).
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
    return s === 0 ? { ...d } : shiftDay(d, -s);
  });
}
