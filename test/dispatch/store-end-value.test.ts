/**
 * The end value of stored heat in daily mode, worked by hand (docs/design.md#intra-day-blocks).
 * Fixture test/fixtures/store-end-value.json: two days, four 6-hour blocks; 00:00–06:00 and
 * 18:00–24:00 valley (300 ¥/MWh), 06:00–18:00 peak (1 100 ¥/MWh); one 60 MW electric boiler
 * (η = 1) with a 200 MWh store losing 1 %/h; grid headroom 20 MW 00:00–06:00, 50 MW after;
 * −3 °C all day, so each block needs 50 MW × 21/28 × 6 h = 225 MWh.
 *   keep per block = 0.99^6 = 0.941 480 149 401
 *   end value      = cheapest refill the next day (block 0, 300 ¥/MWh) / keep^1 = 318.65 ¥/MWh
 *   day 1 block 0  : 20 MW × 6 h = 120 MWh, 105 MWh short (the store starts empty)
 *   day 1 block 3  : charging costs 300 < 318.65, so the headroom fills: 50 × 6 = 300 MWh,
 *                    225 to the zone, 75 into the store (at peak 1 100 > 318.65: nothing)
 *   day 2 block 0  : 120 MWh from the boiler + 75 × keep = 70.611 011 205 from the store;
 *                    short 225 − 120 − 70.611… = 34.388 988 795 MWh (105 without the end value)
 *   cost day 1     = 120 × 300 + 2 × 225 × 1 100 + 300 × 300 = 621 000 ¥ (the end value is a valuation, not cost)
 *   cost day 2     = 120 × 300 + 2 × 225 × 1 100 + 225 × 300 = 598 500 ¥ (its LP ends the season: no end value)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/index.ts';

const scenario = JSON.parse(readFileSync(new URL('../fixtures/store-end-value.json', import.meta.url), 'utf8'));
const KEEP = 0.99 ** 6;

describe.each(['highs', 'glpk'] as const)('a store charged at night for the next morning (%s)', (solver) => {
  it('matches the hand calculation', async () => {
    const r = await runScenario(scenario, { solver });
    expect(r.solver.status).toBe('optimal');
    const [d1, d2] = r.days;
    const b1 = d1.blocks ?? [];
    const b2 = d2.blocks ?? [];
    expect(b1[0].unservedMWh).toBeCloseTo(105, 5);
    expect(b1[1].storageMWh.eb).toBeCloseTo(0, 5);
    expect(b1[2].storageMWh.eb).toBeCloseTo(0, 5);
    expect(b1[3].heatMWh.eb).toBeCloseTo(300, 5);
    expect(b1[3].storageMWh.eb).toBeCloseTo(75, 5);
    expect(b2[0].storageNetChargeMWh.eb).toBeCloseTo(-75 * KEEP, 5);
    expect(b2[0].unservedMWh).toBeCloseTo(225 - 120 - 75 * KEEP, 5);
    expect(225 - 120 - 75 * KEEP).toBeCloseTo(34.388_988_795, 8);
    expect(d2.unservedMWh).toBeCloseTo(34.388_988_795, 5);
    expect(b2[3].storageMWh.eb).toBeCloseTo(0, 5);
    expect(d1.supplyCostYuan).toBeCloseTo(621_000, 2);
    expect(d2.supplyCostYuan).toBeCloseTo(598_500, 2);
  });
});
