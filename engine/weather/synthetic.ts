/**
 * The synthetic weather generator: seasonal mean + AR(1) anomalies + cold waves, fitted to a
 * daily series (the shipped Beijing 2010–2014 record by default).
 *
 *   tMean_t = c(t) + μ + o + a_t,      a_t = φ·a_{t−1} + σ·ε_t,  ε_t ~ N(0, 1),  o ~ N(0, s_o²) per season
 *   tMin_t  = tMean_t − g_t,           g_t = β_g·a_t + r_t,  r_t = μ_g + φ_g·(r_{t−1} − μ_g) + σ_g·ε′_t
 *   tMax_t  = tMean_t + h_t,           h_t likewise (both gaps kept ≥ 0.5 °C)
 *
 * c(t) is the annual cycle, a three-harmonic least-squares fit to every day of the series
 * (t in years since 2000-01-01, period 365.2425 d). μ, φ, σ are fitted on the days of the
 * heating-season window only (the horizon's month-days in every year of the record): μ is the
 * mean of the residuals there (the cycle's winter bias), φ and σ the slope and residual spread
 * of simple-statistics' `linearRegression` of each day's residual on the day before's — the
 * textbook least-squares AR(1) fit (Box & Jenkins). The gaps g (mean − min) and h (max − mean)
 * get their own AR(1) the same way, after a regression on the same day's anomaly (β): in the
 * record a warm day has a wider mean − min gap (corr ≈ 0.18), so the minimum swings less than
 * the mean; without β the synthetic minimum's day-to-day drops are too large and the base
 * process makes twice the observed cold waves.
 *
 * A daily AR(1) alone gives too little year-to-year variation of the season mean (the
 * "overdispersion" of daily weather generators, Katz & Parlange 1998, J. Climate 11: 591–601),
 * so each season gets one offset o with s_o² = var(season means of the record) − var(season
 * means of the AR(1) alone, over the calibration seasons), floored at 0.
 *
 * Cold waves (GB/T 21987): the AR(1) process makes some by itself, but fewer than the record
 * shows (real ones are fronts, not Gaussian noise). So the observed frequency (events a season,
 * an event being a maximal run of cold-spell days starting on a graded day, `coldWaveEvents`)
 * is compared with the base process's
 * own frequency over `calibrationSeasons` seeded seasons, and the difference is injected: a
 * Poisson number of waves per season, each a copy of an observed event's grade, 24 h-equivalent
 * drop and length (`injectColdWave`), on a uniformly drawn day.
 */
import { mean, sampleVariance } from 'simple-statistics';
import { fitAr1, fitGap, leastSquares, type Ar1, type GapModel } from './ar1-fit.ts';
import { detectColdWaves, injectColdWave, type ColdWaveGrade } from './cold-wave.ts';
import { addDays, datesBetween, type DayWeather } from './series.ts';
import { coldWaveEvents } from './cold-wave-events.ts';
import { historicalSeasons, type Rng } from './ensemble.ts';

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.2425;
const HARMONICS = 3;
const MIN_GAP_C = 0.5;

export type { Ar1, GapModel } from './ar1-fit.ts';

export interface ObservedColdWave {
  readonly grade: Exclude<ColdWaveGrade, 'none'>;
  /** 24 h-equivalent drop of the daily minimum on the trigger day, °C: max(d24, d48 − 2, d72 − 4). */
  readonly dropC: number;
  /** Days of the event's cold spell (project rule, graded first day included), d. */
  readonly days: number;
  readonly start: string;
}

export interface SyntheticModel {
  /** Annual cycle of the daily mean: [c0, a1, b1, a2, b2, a3, b3], °C. */
  readonly cycle: readonly number[];
  readonly anomaly: Ar1;
  /** Standard deviation of the per-season offset of the mean, °C (low-frequency correction). */
  readonly seasonOffsetSdC: number;
  /** tMean − tMin, °C. */
  readonly minGap: GapModel;
  /** tMax − tMean, °C. */
  readonly maxGap: GapModel;
  readonly coldWaves: {
    readonly observedPerSeason: number;
    readonly basePerSeason: number;
    readonly injectedPerSeason: number;
    readonly events: readonly ObservedColdWave[];
  };
  /** The window the model was fitted on: first month-day and length, d. */
  readonly window: { readonly startMonthDay: string; readonly days: number };
  readonly fittedOn: { readonly first: string; readonly last: string; readonly windowDays: number };
}

export interface FitOptions {
  /** Seasons of the base process simulated to measure its own cold-wave frequency (default 400). */
  readonly calibrationSeasons?: number;
  /** Seed of that calibration (default 20121115), so a fit is reproducible. */
  readonly calibrationSeed?: number;
}

const utcDays = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const features = (date: string): number[] => {
  const w = (2 * Math.PI * (utcDays(date) - utcDays('2000-01-01'))) / YEAR_DAYS;
  const f = [1];
  for (let k = 1; k <= HARMONICS; k++) f.push(Math.cos(k * w), Math.sin(k * w));
  return f;
};

/** The annual cycle c(t) at a date, °C. */
export function cycleAt(model: Pick<SyntheticModel, 'cycle'>, date: string): number {
  return features(date).reduce((s, f, i) => s + f * model.cycle[i], 0);
}

/** Day offset of a date within the window starting at `startMonthDay` (negative or ≥ days: outside). */
function windowOffset(date: string, startMonthDay: string): number {
  const y = Number(date.slice(0, 4));
  const thisYear = utcDays(date) - utcDays(`${y}-${startMonthDay}`);
  return thisYear >= 0 ? thisYear : utcDays(date) - utcDays(`${y - 1}-${startMonthDay}`);
}

function stepAr1(p: Ar1, prev: number | null, rng: Rng, normal: (r: Rng) => number): number {
  if (prev === null) return p.meanC + (p.sigmaC / Math.sqrt(Math.max(1e-6, 1 - p.phi * p.phi))) * normal(rng);
  return p.meanC + p.phi * (prev - p.meanC) + p.sigmaC * normal(rng);
}

const boxMuller = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

/** The base process (no injected cold waves) on `dates`. */
function baseSeason(model: SyntheticModel, dates: readonly string[], rng: Rng): DayWeather[] {
  let a: number | null = null,
    g: number | null = null,
    h: number | null = null;
  const offset = model.seasonOffsetSdC > 0 ? model.seasonOffsetSdC * boxMuller(rng) : 0;
  return dates.map((date) => {
    a = stepAr1(model.anomaly, a, rng, boxMuller);
    g = stepAr1(model.minGap.residual, g, rng, boxMuller);
    h = stepAr1(model.maxGap.residual, h, rng, boxMuller);
    const tMeanC = cycleAt(model, date) + offset + a;
    const dev = a - model.anomaly.meanC;
    return {
      date,
      tMeanC,
      tMinC: tMeanC - Math.max(MIN_GAP_C, g + model.minGap.beta * dev),
      tMaxC: tMeanC + Math.max(MIN_GAP_C, h + model.maxGap.beta * dev),
    };
  });
}

function poisson(rng: Rng, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = rng(); p > limit; p *= rng()) k++;
  return k;
}

/** One synthetic season on `dates` (consecutive days). */
export function syntheticSeason(model: SyntheticModel, dates: readonly string[], rng: Rng): DayWeather[] {
  let days = baseSeason(model, dates, rng);
  const { injectedPerSeason, events } = model.coldWaves;
  const n =
    events.length > 0 && dates.length > 1 ? poisson(rng, (injectedPerSeason * dates.length) / model.window.days) : 0;
  for (let i = 0; i < n; i++) {
    const e = events[Math.floor(rng() * events.length)];
    const start = dates[1 + Math.floor(rng() * (dates.length - 1))];
    days = injectColdWave(days, { start, grade: e.grade, dropC: e.dropC, days: e.days, recoveryDays: 3 });
  }
  return days;
}

/** A seeded mulberry32 stream for the calibration (kept here so the fit needs nothing else). */
function calibrationRng(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fits the model to `series` for a heating-season window starting on `horizonStart`'s
 * month-day and `seasonDays` long (see the module comment for the equations).
 */
export function fitSyntheticModel(
  series: readonly DayWeather[],
  horizonStart: string,
  seasonDays: number,
  options: FitOptions = {},
): SyntheticModel {
  const { calibrationSeasons = 400, calibrationSeed = 20121115 } = options;
  if (series.length < 400) throw new Error(`fitSyntheticModel: need at least 400 days of data, got ${series.length}`);
  const startMonthDay = horizonStart.slice(5);
  const cycle = leastSquares(
    series.map((d) => features(d.date)),
    series.map((d) => d.tMeanC),
  );
  const inWindow = (d: DayWeather) => {
    const k = windowOffset(d.date, startMonthDay);
    return k >= 0 && k < seasonDays;
  };
  // runs of consecutive in-window days
  const runs: DayWeather[][] = [];
  series.forEach((d, i) => {
    if (!inWindow(d)) return;
    const last = runs.at(-1);
    if (last && i > 0 && series[i - 1].date === addDays(d.date, -1) && inWindow(series[i - 1])) last.push(d);
    else runs.push([d]);
  });
  const windowDays = runs.reduce((s, r) => s + r.length, 0);
  const partial = { cycle, window: { startMonthDay, days: seasonDays } };
  const anomalyRuns = runs.map((r) => r.map((d) => d.tMeanC - cycleAt(partial, d.date)));
  const anomaly = fitAr1(anomalyRuns);
  const minGap = fitGap(
    runs.map((r) => r.map((d) => d.tMeanC - d.tMinC)),
    anomalyRuns,
    anomaly.meanC,
  );
  const maxGap = fitGap(
    runs.map((r) => r.map((d) => d.tMaxC - d.tMeanC)),
    anomalyRuns,
    anomaly.meanC,
  );

  const labels = detectColdWaves(series);
  const events = coldWaveEvents(series, labels).filter((e) => inWindow({ date: e.start } as DayWeather));
  const observedPerSeason = (events.length / windowDays) * seasonDays;

  const base: SyntheticModel = {
    ...partial,
    anomaly,
    seasonOffsetSdC: 0,
    minGap,
    maxGap,
    coldWaves: { observedPerSeason, basePerSeason: 0, injectedPerSeason: 0, events },
    fittedOn: { first: series[0].date, last: series[series.length - 1].date, windowDays },
  };
  const rng = calibrationRng(calibrationSeed);
  const dates = datesBetween(horizonStart, addDays(horizonStart, seasonDays - 1));
  let baseEvents = 0;
  const baseMeans: number[] = [];
  for (let i = 0; i < calibrationSeasons; i++) {
    const days = baseSeason(base, dates, rng);
    baseEvents += coldWaveEvents(days, detectColdWaves(days)).length;
    baseMeans.push(mean(days.map((d) => d.tMeanC)));
  }
  const basePerSeason = baseEvents / calibrationSeasons;
  const recordMeans = historicalSeasons(series, horizonStart, seasonDays).map((h) => mean(h.days.map((d) => d.tMeanC)));
  const seasonOffsetSdC =
    recordMeans.length >= 2 ? Math.sqrt(Math.max(0, sampleVariance(recordMeans) - sampleVariance(baseMeans))) : 0;
  return {
    ...base,
    seasonOffsetSdC,
    coldWaves: { ...base.coldWaves, basePerSeason, injectedPerSeason: Math.max(0, observedPerSeason - basePerSeason) },
  };
}
