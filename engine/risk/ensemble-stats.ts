/**
 * Statistics that say whether an ensemble looks like the record: per season the mean and
 * spread (standard deviation) of the daily mean temperature, its lag-1 autocorrelation
 * (simple-statistics `sampleCorrelation` of each day with the next), the number of GB/T 21987
 * cold-wave events, and the coldest day; and their comparison, historical against drawn.
 */
import { mean, quantileSorted, sampleCorrelation, standardDeviation } from 'simple-statistics';
import { detectColdSpells, detectColdWaves, type DayWeather } from '../weather/index.ts';
import { coldWaveEvents } from '../weather/cold-wave-events.ts';
import { drawWeather, type WeatherSampler } from './weather-sampler.ts';
import { RUN_STREAMS, runRng } from '../random.ts';

export interface SeasonStats {
  readonly meanC: number;
  readonly sdC: number;
  readonly lag1: number;
  readonly coldWaveEvents: number;
  /** Days with a GB/T 21987 grade. */
  readonly coldWaveDays: number;
  /** Days in a cold spell (project rule, graded days included). */
  readonly coldSpellDays: number;
  readonly coldestDayC: number;
}

export const SEASON_STATS: readonly (keyof SeasonStats)[] = [
  'meanC',
  'sdC',
  'lag1',
  'coldWaveEvents',
  'coldWaveDays',
  'coldSpellDays',
  'coldestDayC',
];

export function seasonStats(days: readonly DayWeather[]): SeasonStats {
  const t = days.map((d) => d.tMeanC);
  const labels = detectColdWaves(days);
  const spells = detectColdSpells(days, labels);
  return {
    meanC: mean(t),
    sdC: standardDeviation(t),
    lag1: sampleCorrelation(t.slice(0, -1), t.slice(1)),
    coldWaveEvents: coldWaveEvents(days, labels, spells).length,
    coldWaveDays: labels.filter((g) => g !== 'none').length,
    coldSpellDays: spells.filter(Boolean).length,
    coldestDayC: Math.min(...t),
  };
}

export interface StatComparison {
  readonly statistic: keyof SeasonStats;
  readonly historicalMean: number;
  readonly historicalMin: number;
  readonly historicalMax: number;
  readonly drawnMean: number;
  readonly drawnP5: number;
  readonly drawnP95: number;
}

export function compareStats(historical: readonly SeasonStats[], drawn: readonly SeasonStats[]): StatComparison[] {
  return SEASON_STATS.map((k) => {
    const h = historical.map((s) => s[k]);
    const d = drawn.map((s) => s[k]).sort((a, b) => a - b);
    return {
      statistic: k,
      historicalMean: mean(h),
      historicalMin: Math.min(...h),
      historicalMax: Math.max(...h),
      drawnMean: mean(d),
      drawnP5: quantileSorted(d, 0.05),
      drawnP95: quantileSorted(d, 0.95),
    };
  });
}

/** `n` seasons drawn from a sampler with the Monte Carlo's per-run streams (weather stream of run i). */
export function drawSeasons(sampler: WeatherSampler, n: number, seed: number): DayWeather[][] {
  return Array.from({ length: n }, (_, i) => drawWeather(sampler, runRng(seed, i, RUN_STREAMS.weather)).days ?? []);
}
