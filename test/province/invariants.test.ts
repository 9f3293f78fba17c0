/**
 * Invariants of a province study, re-derived from its rows (fast-check, fixed seed, few
 * seasons): the province's figures are the sums and the "any" of its cities' in every
 * season; P(some city …) is at least each city's; the fails-first shares add up to P(some city
 * fails); a shared pipeline's drawn windows hit every city it feeds alike; and the result does
 * not depend on the number of worker threads.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { provinceSpec, runProvinceStudy, type ProvinceStudyResult } from '../../engine/index.ts';

const DIR = new URL('../fixtures/province/', import.meta.url).pathname;
const base = () => JSON.parse(readFileSync(`${DIR}two-cities.json`, 'utf8'));

/** The fixture with a randomly disrupted trunk (its own rates), local disruptions on. */
function randomStudy(events: number, cut: number) {
  const s = base();
  const trunk = s.shared.gasSupplyPoints[0];
  trunk.disruptions = { eventsPerSeason: events, minDays: 1, maxDays: 2, minCutFraction: cut, maxCutFraction: cut };
  trunk.scheduledCuts = [];
  s.localDisruptions = 'city-rates';
  return s;
}

function checkInvariants(r: ProvinceStudyResult): void {
  for (const row of r.rows) {
    const cities = Object.values(row.cities);
    const sum = (f: (c: (typeof cities)[number]) => number) => cities.reduce((a, c) => a + f(c), 0);
    expect(row.province.unservedHeatMWh).toBeCloseTo(
      sum((c) => c.unservedHeatMWh),
      6,
    );
    expect(row.province.gasCutM3).toBeCloseTo(
      sum((c) => c.gasCutM3),
      6,
    );
    expect(row.province.homesGasCutM3).toBeCloseTo(
      sum((c) => c.homesGasCutM3),
      6,
    );
    expect(row.province.anyHomesCut).toBe(cities.some((c) => c.homesCut));
    expect(row.province.anyReserveBreach).toBe(cities.some((c) => c.reserveBreach));
    expect(row.province.anyFailure).toBe(cities.some((c) => c.firstFailure !== null));
    for (const id of row.province.firstToFail) expect(row.cities[id].firstFailure).toBe(row.province.firstFailure);
    // the trunk feeds both cities' gates: the same windows, the same days (both horizons are the province's)
    expect(row.cities.a.gasDisruptionDays).toBe(row.sharedDisruptionDays.gas.trunk);
    expect(row.cities.b.gasDisruptionDays).toBe(row.sharedDisruptionDays.gas.trunk);
  }
  const p = r.distribution.probability;
  for (const c of r.distribution.cities) {
    expect(p.anyHomesCut.p).toBeGreaterThanOrEqual(c.probability.homesCut.p);
    expect(p.anyHomesGasCut.p).toBeGreaterThanOrEqual(c.probability.homesGasCut.p);
    expect(p.anyReserveBreach.p).toBeGreaterThanOrEqual(c.probability.reserveBreach.p);
    expect(p.anyFailure.p).toBeGreaterThanOrEqual(c.probability.failure.p);
  }
  const firsts = r.distribution.cities.reduce((a, c) => a + c.failsFirst.share, 0);
  expect(firsts).toBeCloseTo(p.anyFailure.p, 12);
}

describe('province invariants', () => {
  it('hold for generated pipeline disruptions and seeds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        async (events, cut, seed) => {
          const r = await runProvinceStudy(provinceSpec(randomStudy(events, cut), DIR), { runs: 3, seed, workers: 0 });
          checkInvariants(r);
        },
      ),
      { seed: 20131110, numRuns: 4 },
    );
  });

  it('gives the same result with 0 and 2 worker threads', async () => {
    const spec = provinceSpec(randomStudy(30, 0.6), DIR);
    const strip = ({ timing, ...rest }: ProvinceStudyResult) => JSON.stringify(rest);
    const [inThread, pooled] = [
      await runProvinceStudy(spec, { runs: 4, seed: 3, workers: 0 }),
      await runProvinceStudy(spec, { runs: 4, seed: 3, workers: 2 }),
    ];
    expect(pooled.timing.workers).toBe(2);
    expect(strip(pooled)).toBe(strip(inThread));
    // the pipeline was disrupted in some season, so the comparison means something
    expect(inThread.rows.some((r) => r.sharedDisruptionDays.gas.trunk > 0)).toBe(true);
  }, 60_000);
});
