/**
 * The province study against a case worked by hand (test/fixtures/province/): two cities, one
 * shared pipeline (`trunk`) cut by half on 10 January, no drawn disruption.
 *
 * Weather. The reference city A's series holds one season of 9–11 January 2013 (−3 °C every
 * day), and the study draws `historical` seasons, so every season is that one. B's design
 * temperature is −13 °C against A's −10 °C, so B gets −3 + (−13 − (−10)) = −6 °C.
 *
 * Heat (CJJ 34 degree ratio, 18 °C indoors, no network loss):
 *   A  design load 1e6 m² × 50 W/m² = 50 MW; at −3 °C 50 × 21/28 = 37.5 MW → 900 MWh/day;
 *      its boiler gives 30 MW → 720 MWh/day, so 180 MWh/day of homes' heat goes unserved:
 *      3 × 180 = 540 MWh a season, from the first day: A fails on 9 January (homes' heat).
 *   B  at −6 °C 50 × 24/31 = 38.7 MW, under its 100 MW boiler: nothing unserved.
 * Gas on 10 January (trunk at 50 %; the policy cuts industry before homes, 压非保民):
 *   A  gate 200 000 → 100 000 m³ against 100 000 homes + 50 000 industry: 50 000 m³ cut, all industry.
 *   B  gate 120 000 →  60 000 m³ against  80 000 homes + 20 000 industry: 40 000 m³ cut,
 *      20 000 industry and 20 000 homes: B fails on 10 January (homes' gas).
 * The yards hold no reserve (0 days): no floor, no breach.
 *
 * Province, every season: unserved heat 540 MWh, gas cut 50 000 + 40 000 = 90 000 m³, of it
 * homes 20 000 m³; P(some city cuts homes' gas) = 1 (B), P(some yard breaches) = 0; A fails
 * first in every season (9 Jan before 10 Jan). So P50 = P90 = P99 = those figures.
 *
 * With the cut at 25 % instead: A gets 150 000 m³ = its demand, nothing cut; B gets 90 000 m³:
 * 10 000 m³ cut, all industry. Province gas cut 10 000 m³, no homes' gas cut anywhere, and A
 * (short of heat) is the only city that fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { provinceSpec, runProvinceStudy } from '../../engine/index.ts';

const DIR = new URL('../fixtures/province/', import.meta.url).pathname;
const study = () => JSON.parse(readFileSync(`${DIR}two-cities.json`, 'utf8'));
const withCut = (cutFraction: number) => {
  const s = study();
  s.shared.gasSupplyPoints[0].scheduledCuts[0].cutFraction = cutFraction;
  return s;
};
const RUNS = 3;

describe('two cities, one pipeline cut by half on 10 January (worked by hand)', async () => {
  const r = await runProvinceStudy(provinceSpec(withCut(0.5), DIR), { runs: RUNS, seed: 7, workers: 0 });
  const d = r.distribution;

  it('gives the province the hand figures in every season', () => {
    for (const row of r.rows) {
      expect(row.weather).toBe('2013-13');
      expect(row.sharedDisruptionDays.gas.trunk).toBe(1);
      expect(row.province.unservedHeatMWh).toBeCloseTo(540, 3);
      expect(row.province.gasCutM3).toBeCloseTo(90_000, 1);
      expect(row.province.homesGasCutM3).toBeCloseTo(20_000, 1);
      expect(row.province.firstFailure).toBe('2013-01-09');
      expect(row.province.firstToFail).toEqual(['a']);
    }
    for (const q of [d.unservedHeatMWh, d.gasCutM3]) expect(q.p90).toBe(q.p50);
    expect(d.unservedHeatMWh.p50).toBeCloseTo(540, 3);
    expect(d.unservedHeatMWh.p99).toBeCloseTo(540, 3);
    expect(d.gasCutM3.p50).toBeCloseTo(90_000, 1);
    expect(d.gasCutM3.p99).toBeCloseTo(90_000, 1);
  });

  it('gives the probabilities worked by hand', () => {
    expect(d.probability.anyHomesGasCut.p).toBe(1);
    expect(d.probability.anyHomesCut.p).toBe(1);
    expect(d.probability.anyReserveBreach.p).toBe(0);
    expect(d.probability.anyFailure.p).toBe(1);
    const [a, b] = d.cities;
    expect(a.probability.homesGasCut.p).toBe(0);
    expect(a.probability.homesCut.p).toBe(1); // by heat
    expect(b.probability.homesGasCut.p).toBe(1);
    expect(a.failsFirst).toEqual({ share: 1, seasons: RUNS, tiedSeasons: 0 });
    expect(b.failsFirst).toEqual({ share: 0, seasons: 0, tiedSeasons: 0 });
  });

  it('gives each city its hand figures', () => {
    const { a, b } = r.rows[0].cities;
    expect(a.minTempC).toBe(-3);
    expect(b.minTempC).toBe(-6);
    expect(a.unservedResidentialHeatMWh).toBeCloseTo(540, 3);
    expect(a.gasCutM3).toBeCloseTo(50_000, 1);
    expect(a.homesGasCutM3).toBeCloseTo(0, 3);
    expect(a.failedBy).toEqual(['homes-heat']);
    expect(b.unservedHeatMWh).toBeCloseTo(0, 3);
    expect(b.gasCutM3).toBeCloseTo(40_000, 1);
    expect(b.homesGasCutM3).toBeCloseTo(20_000, 1);
    expect(b.firstFailure).toBe('2013-01-10');
    expect(b.failedBy).toEqual(['homes-gas']);
  });
});

describe('the same pipeline cut by a quarter (worked by hand)', async () => {
  const r = await runProvinceStudy(provinceSpec(withCut(0.25), DIR), { runs: 2, seed: 7, workers: 0 });
  it('cuts only B’s industry, 10 000 m³, and homes keep their gas', () => {
    expect(r.distribution.gasCutM3.p50).toBeCloseTo(10_000, 1);
    expect(r.rows[0].cities.a.gasCutM3).toBeCloseTo(0, 3);
    expect(r.distribution.probability.anyHomesGasCut.p).toBe(0);
    expect(r.distribution.cities.map((c) => c.probability.failure.p)).toEqual([1, 0]);
  });
});
