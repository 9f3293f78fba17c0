/**
 * The design temperatures the security tests run at.
 *
 *   ensemble  from `seasons` seeded synthetic seasons (engine/weather/synthetic.ts): for each
 *             season its coldest daily mean and coldest 7- and 30-day running means; the
 *             1-in-20 value is their 5 % quantile (a season that cold or colder comes once in
 *             20 years: the EU Reg. 2017/1938 Art. 6 "statistical probability of once in 20
 *             years"); the average winter is the mean of all days.
 *   design    the scenario's outdoor design temperature (GB 50736) for the peak day, the 7-day
 *             peak and the 30-day period alike — conservative for 30 days — and the mean of
 *             the scenario's own weather over its horizon as the average winter.
 */
import { quantileSorted } from 'simple-statistics';
import type { Scenario } from '../scenario/schema.ts';
import { horizonWeather } from '../scenario/weather-input.ts';
import { datesBetween, type DayWeather } from '../weather/index.ts';
import { fitSyntheticModel, syntheticSeason } from '../weather/synthetic.ts';
import { RUN_STREAMS, runRng } from '../random.ts';
import { scenarioSeries } from './weather-sampler.ts';

export interface DesignClimate {
  readonly source: 'ensemble' | 'design';
  /** Coldest daily mean outdoor temperature, 1 in 20 years, °C. */
  readonly peakDayC: number;
  /** Coldest 7-day mean, 1 in 20 years, °C. */
  readonly peak7DayC: number;
  /** Coldest 30-day mean, 1 in 20 years, °C. */
  readonly high30DayC: number;
  /** Mean daily outdoor temperature of the season, °C. */
  readonly averageWinterC: number;
  readonly seasons: number;
  readonly seed: number | null;
}

/** Lowest running mean of `window` consecutive values. */
export function coldestRunningMean(values: readonly number[], window: number): number {
  const w = Math.min(window, values.length);
  let sum = values.slice(0, w).reduce((a, b) => a + b, 0);
  let best = sum;
  for (let i = w; i < values.length; i++) {
    sum += values[i] - values[i - w];
    best = Math.min(best, sum);
  }
  return best / w;
}

/** 1-in-20 figures of a set of seasons (each a consecutive daily series). */
export function oneInTwenty(seasons: readonly (readonly DayWeather[])[]): Omit<DesignClimate, 'source' | 'seed'> {
  const per = (window: number) =>
    seasons
      .map((s) =>
        coldestRunningMean(
          s.map((d) => d.tMeanC),
          window,
        ),
      )
      .sort((a, b) => a - b);
  const q = (window: number) => quantileSorted(per(window), 0.05);
  const all = seasons.flatMap((s) => s.map((d) => d.tMeanC));
  return {
    peakDayC: q(1),
    peak7DayC: q(7),
    high30DayC: q(30),
    averageWinterC: all.reduce((a, b) => a + b, 0) / all.length,
    seasons: seasons.length,
  };
}

export function climateFromEnsemble(
  s: Scenario,
  o: { baseDir: string; seasons?: number; seed?: number; series?: readonly DayWeather[] },
): DesignClimate {
  const series = o.series ? [...o.series] : scenarioSeries(s, o.baseDir);
  if (!series) return climateFromDesign(s, o.baseDir);
  const dates = datesBetween(s.horizon.start, s.horizon.end);
  const model = fitSyntheticModel(series, s.horizon.start, dates.length);
  const n = o.seasons ?? 1000,
    seed = o.seed ?? 1;
  const seasons = Array.from({ length: n }, (_, i) =>
    syntheticSeason(model, dates, runRng(seed, i, RUN_STREAMS.climate)),
  );
  return { source: 'ensemble', ...oneInTwenty(seasons), seed };
}

export function climateFromDesign(s: Scenario, baseDir: string): DesignClimate {
  const t = s.weather.designOutdoorTempC;
  const days = horizonWeather({ ...s, coldWaves: [] }, { baseDir }).days;
  const averageWinterC = days.reduce((a, d) => a + d.tMeanC, 0) / days.length;
  return { source: 'design', peakDayC: t, peak7DayC: t, high30DayC: t, averageWinterC, seasons: 0, seed: null };
}
