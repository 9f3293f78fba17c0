/**
 * A one-day, one-source case worked by hand (docs/design.md#demand, #sources-and-fuel, #reserve-floor).
 *   design load  = 1e6 m² × 50 W/m² / 1e6            = 50 MW
 *   load at −3 °C = 50 × (18 − (−3)) / (18 − (−10))  = 37.5 MW → × 24 h = 900 MWh (no network loss)
 *   coal          = 900 × 3.6 / (0.8 × 20)            = 202.5 t
 *   cost          = 202.5 t × 1000 ¥/t + 900 MWh × 10 ¥/MWh = 211 500 ¥
 *   stock         = 10 000 + 100 − 202.5              = 9 897.5 t
 *   design day    = 50 MW × 24 h = 1 200 MWh → 270 t/day; floor = 30 × 270 = 8 100 t
 *   days of cover = 9 897.5 / 270                     = 36.657… d
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/index.ts';

const scenario = JSON.parse(readFileSync(new URL('../fixtures/one-day-coal.json', import.meta.url), 'utf8'));

describe.each(['highs', 'javascript-lp-solver'] as const)('one day, one coal boiler (%s)', (solver) => {
  it('matches the hand calculation', async () => {
    const r = await runScenario(scenario, { solver });
    const day = r.days[0];
    expect(day.demandMWh).toBeCloseTo(900, 9);
    expect(day.sources.boiler.heatMWh).toBeCloseTo(900, 6);
    expect(day.sources.boiler.coalT).toBeCloseTo(202.5, 6);
    expect(day.costYuan).toBeCloseTo(211_500, 3);
    expect(day.yards.y.stockT).toBeCloseTo(9_897.5, 6);
    expect(day.yards.y.floorT).toBeCloseTo(8_100, 6);
    expect(day.yards.y.daysOfCover).toBeCloseTo(9_897.5 / 270, 6);
    expect(r.summary.firstReserveBreach).toBeNull();
    expect(r.summary.homesProtected).toBe(true);
    expect(r.solver.status).toBe('optimal');
  });
});
