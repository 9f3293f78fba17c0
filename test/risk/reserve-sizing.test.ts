/**
 * Reserve sizing against a closed form, and the threshold search against known thresholds.
 *
 * Closed form (docs/design.md#reserve-floor; stock = end-of-day stock, yard-stock-balance):
 * one coal boiler heats 1 Mm² of homes at 50 W/m² (design load 50 MW at −10 °C, t_in 18 °C).
 * At a constant −3 °C it supplies 50 × 21/28 = 37.5 MW = 900 MWh/day, burning
 * b = 900 × 3.6 / (0.8 × 20) = 202.5 t/day; on the design day 1 200 MWh → 270 t/day, so the
 * floor is F = 30 × 270 = 8 100 t. With deliveries r t/day the stock at the end of day n is
 * S0 + n(r − b), lowest on the last day N = 30, so the floor holds all season iff
 *   S0 ≥ F + N(b − r) = 8 100 + 30 × (202.5 − 100) = 11 175 t              (r = 100)
 *   r  ≥ b − (S0 − F)/N = 202.5 − (10 000 − 8 100)/30 = 139.1667 t/day    (S0 = 10 000)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sizeReserve, NO_DISRUPTIONS } from '../../engine/index.ts';
import { ThresholdSearch } from '../../engine/risk/threshold-search.ts';
import type { RunRow } from '../../engine/risk/evaluate.ts';

/** The closed-form case (scenarios/examples/closed-form-reserve.json), shared by the reserve-sizing test and notebook. */
const closedForm = JSON.parse(
  readFileSync(new URL('../../scenarios/examples/closed-form-reserve.json', import.meta.url), 'utf8'),
);

describe('sizeReserve on the closed-form case', () => {
  it('finds S0 = F + N(b − r) = 11 175 t and r = b − (S0 − F)/N = 139.17 t/day within the stated tolerance', async () => {
    const r = await sizeReserve(closedForm, {
      runs: 3,
      seed: 1,
      workers: 0,
      target: 0.95,
      coalDisruptions: NO_DISRUPTIONS,
      gasDisruptions: NO_DISRUPTIONS,
    });
    expect(r.weather).toBe('scenario');
    expect(r.floorT).toBeCloseTo(8100, 6);
    expect(r.maxDailyBurnT).toBeCloseTo(270, 6);
    const s = r.openingStock;
    expect(s.tolerance).toBeCloseTo(16.2, 6); // 0.2 % of the floor
    expect(s.answer!).toBeGreaterThanOrEqual(11175 - 1e-6);
    expect(s.answer!).toBeLessThanOrEqual(11175 + s.tolerance);
    expect(s.probabilityAtScenarioValue).toBe(0);
    expect(s.probabilityAtAnswer).toBe(1);
    const rate = r.deliveryRate!;
    expect(rate.answer!).toBeGreaterThanOrEqual(139.1667 - 1e-3);
    expect(rate.answer!).toBeLessThanOrEqual(139.1667 + rate.tolerance);
    // the curve is a step from 0 to 1 at the answer
    for (const p of s.curve) expect(p.probability).toBe(p.value >= 11175 - 1e-6 ? 1 : 0);
  });
});

describe('ThresholdSearch (bracketing + bisection over seasons)', () => {
  it('returns a value within the tolerance above the target quantile of the seasons\u2019 thresholds, from any first guess', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        async (thresholds, target, guess, tolerance) => {
          const upper = 150_000;
          let solved = 0;
          const search = new ThresholdSearch({
            runs: thresholds.length,
            target,
            tolerance,
            upper,
            job: (index, value) => ({ index, override: { yard: 'y', openingStockT: value } }),
            holds: (row) => row.yards.y.firstBreach === null,
            solve: async (jobs) =>
              jobs.map((j) => {
                solved++;
                const held = j.override!.openingStockT! >= thresholds[j.index];
                return { index: j.index, yards: { y: { firstBreach: held ? null : 'x' } } } as unknown as RunRow;
              }),
          });
          const out = await search.search(guess);
          const need = Math.ceil(target * thresholds.length - 1e-9);
          const exact = [...thresholds].sort((a, b) => a - b)[need - 1];
          expect(out.answer).not.toBeNull();
          expect(out.answer!).toBeGreaterThanOrEqual(exact);
          expect(out.answer!).toBeLessThanOrEqual(exact + tolerance);
          // monotone caching: never more solves than seasons × values tried
          expect(solved).toBe(search.evaluations);
        },
      ),
      { numRuns: 150, seed: 6 },
    );
  });
  it('answers null when even the upper limit misses the target', async () => {
    const search = new ThresholdSearch({
      runs: 2,
      target: 1,
      tolerance: 1,
      upper: 10,
      job: (index, value) => ({ index, override: { yard: 'y', openingStockT: value } }),
      holds: (row) => row.yards.y.firstBreach === null,
      solve: async (jobs) =>
        jobs.map(
          (j) =>
            ({
              index: j.index,
              yards: { y: { firstBreach: j.override!.openingStockT! >= 20 ? null : 'x' } },
            }) as unknown as RunRow,
        ),
    });
    expect((await search.search(5)).answer).toBeNull();
  });
});
