/**
 * Weather ensembles: the historical seasons, the matched block bootstrap and the synthetic
 * generator (seasonal mean + AR(1) + cold waves) against the shipped Beijing record.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bootstrapSeason,
  coldWaveEvents,
  compareStats,
  datesBetween,
  detectColdWaves,
  drawSeasons,
  fitSyntheticModel,
  historicalSeasons,
  parseTemperatureCsv,
  runRng,
  seasonStats,
  streamSeed,
  syntheticSeason,
  weatherEnsemble,
  type SeasonStats,
} from '../../engine/index.ts';

const root = new URL('../..', import.meta.url).pathname;
const series = parseTemperatureCsv(
  readFileSync(`${root}scenarios/data/beijing-daily-temperature-2010-2014.csv`, 'utf8'),
  'beijing',
);
const demo = JSON.parse(readFileSync(`${root}scenarios/demo-beijing-2012.json`, 'utf8'));
const dates = datesBetween('2012-11-15', '2013-03-15');

describe('seeded streams', () => {
  it('are reproducible and differ between runs, seeds and streams', () => {
    const draw = (seed: number, i: number, s = 0) => Array.from({ length: 5 }, runRng(seed, i, s));
    expect(draw(1, 0)).toEqual(draw(1, 0));
    expect(draw(1, 0)).not.toEqual(draw(1, 1));
    expect(draw(1, 0)).not.toEqual(draw(2, 0));
    expect(draw(1, 0, 1)).not.toEqual(draw(1, 0, 2));
    expect(new Set(Array.from({ length: 1000 }, (_, i) => streamSeed(7, i))).size).toBe(1000);
  });
});

describe('historical seasons', () => {
  it('finds the four complete 15 Nov – 15 Mar seasons of 2010–2014, re-datable onto the horizon', () => {
    const seasons = historicalSeasons(series, '2012-11-15', dates.length);
    expect(seasons.map((s) => s.label)).toEqual(['2010-11', '2011-12', '2012-13', '2013-14']);
    for (const s of seasons) expect(s.days).toHaveLength(121);
    // 2011-12 crosses 29 Feb 2012: 121 days from 15 Nov end on 14 Mar
    expect(seasons[1].days.at(-1)!.date).toBe('2012-03-14');
    expect(seasons[2].days[0]).toEqual(series.find((d) => d.date === '2012-11-15'));
  });
});

describe('matched block bootstrap', () => {
  const seasons = historicalSeasons(series, '2012-11-15', dates.length);
  it('is a function of its stream and takes every day from a historical season near the same position', () => {
    const a = bootstrapSeason(seasons, dates, runRng(5, 0));
    expect(bootstrapSeason(seasons, dates, runRng(5, 0))).toEqual(a);
    expect(bootstrapSeason(seasons, dates, runRng(5, 1))).not.toEqual(a);
    expect(a.map((d) => d.date)).toEqual(dates);
    a.forEach((d, k) => {
      const found = seasons.some((s) =>
        s.days.some(
          (h, j) => Math.abs(j - k) <= 5 && h.tMeanC === d.tMeanC && h.tMinC === d.tMinC && h.tMaxC === d.tMaxC,
        ),
      );
      expect(found, `day ${k}`).toBe(true);
    });
  });
});

describe('synthetic generator', () => {
  const model = fitSyntheticModel(series, '2012-11-15', dates.length);
  const historical = historicalSeasons(series, '2012-11-15', dates.length).map((s) => seasonStats(s.days));
  const drawn: SeasonStats[] = Array.from({ length: 300 }, (_, i) =>
    seasonStats(syntheticSeason(model, dates, runRng(11, i))),
  );
  const cmp = Object.fromEntries(compareStats(historical, drawn).map((c) => [c.statistic, c]));

  it('fits a plausible Beijing winter: AR(1) φ in (0.5, 0.9), innovations 1–3 °C, min ≈ mean − 5 °C', () => {
    expect(model.anomaly.phi).toBeGreaterThan(0.5);
    expect(model.anomaly.phi).toBeLessThan(0.9);
    expect(model.anomaly.sigmaC).toBeGreaterThan(1);
    expect(model.anomaly.sigmaC).toBeLessThan(3);
    expect(model.minGap.residual.meanC).toBeGreaterThan(4);
    expect(model.minGap.residual.meanC).toBeLessThan(7);
    expect(model.fittedOn.windowDays).toBe(605);
  });

  it('matches the record: season mean within 1 °C, spread within 20 %, lag-1 autocorrelation within 0.06', () => {
    expect(Math.abs(cmp.meanC.drawnMean - cmp.meanC.historicalMean)).toBeLessThan(1);
    expect(Math.abs(cmp.sdC.drawnMean / cmp.sdC.historicalMean - 1)).toBeLessThan(0.2);
    expect(Math.abs(cmp.lag1.drawnMean - cmp.lag1.historicalMean)).toBeLessThan(0.06);
    // every historical season lies inside the synthetic 5–95 % band of its mean
    for (const h of historical) {
      expect(h.meanC).toBeGreaterThan(cmp.meanC.drawnP5);
      expect(h.meanC).toBeLessThan(cmp.meanC.drawnP95);
    }
  });

  it('makes cold waves at the observed frequency: inside the Poisson 95 % interval of the record', () => {
    // 3 events in 605 window days of 2010–2014: exact Poisson 95 % interval for the count is 0.62–8.77
    const observed = model.coldWaves.events.length;
    expect(observed).toBe(3);
    const perSeason = (count: number) => (count / model.fittedOn.windowDays) * dates.length;
    expect(cmp.coldWaveEvents.drawnMean).toBeGreaterThan(perSeason(0.62));
    expect(cmp.coldWaveEvents.drawnMean).toBeLessThan(perSeason(8.77));
    expect(model.coldWaves.observedPerSeason).toBeCloseTo(perSeason(3), 9);
  });

  it('injects waves when a higher frequency is asked for, at the recorded grade and depth', () => {
    const sampler = weatherEnsemble(demo, 'synthetic', { coldWavesPerSeason: 3 });
    expect(sampler.model!.coldWaves.injectedPerSeason).toBeCloseTo(3 - sampler.model!.coldWaves.basePerSeason, 9);
    const events = drawSeasons(sampler, 200, 3).map((d) => coldWaveEvents(d, detectColdWaves(d)).length);
    const mean = events.reduce((a, b) => a + b, 0) / events.length;
    expect(mean).toBeGreaterThan(2.2);
    expect(mean).toBeLessThan(3.8);
  });
});

describe('weatherEnsemble (the Monte Carlo sampler)', () => {
  it('draws the same seasons for the same seed, on the horizon dates', () => {
    const sampler = weatherEnsemble(demo, 'historical');
    const a = drawSeasons(sampler, 6, 9);
    expect(drawSeasons(sampler, 6, 9)).toEqual(a);
    for (const s of a) expect(s.map((d) => d.date)).toEqual(dates);
  });
  it('refuses an ensemble for a scenario without a daily series, naming the fix', () => {
    const constant = { ...demo, weather: { kind: 'constant', tMeanC: -2, designOutdoorTempC: -7.6 } };
    expect(() => weatherEnsemble(constant, 'synthetic')).toThrow(/needs a daily series/);
    expect(weatherEnsemble(constant, 'scenario').kind).toBe('scenario');
  });
});
