/**
 * The reserve floor on both bases, and the coal that holds it: a run with the reported extra
 * opening stock never breaches (the figure is checked by re-running, not trusted).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioInput } from '../../engine/index.ts';

const demo: ScenarioInput = JSON.parse(
  readFileSync(new URL('../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'),
);

describe('coal reserve floor', () => {
  it('the extra opening stock reported for a breach holds the floor when added', async () => {
    const r = await runScenario(demo, { coalToHoldFloor: true });
    const yard = r.summary.yards.main;
    expect(yard.firstBreach).not.toBeNull();
    expect(yard.extraOpeningStockToHoldFloorT).toBeGreaterThan(0);
    const more = structuredClone(demo);
    more.yards![0].openingStockT += Math.ceil(yard.extraOpeningStockToHoldFloorT!);
    const again = await runScenario(more);
    expect(again.summary.yards.main.firstBreach).toBeNull();
    expect(again.summary.minDaysOfCover!).toBeGreaterThanOrEqual(30 - 1e-6);
  });

  it('computes the coal-to-hold figure only when asked (a second dispatch): null otherwise, the dispatch itself unchanged', async () => {
    const full = await runScenario(demo, { solver: 'yalps', coalToHoldFloor: true });
    const lean = await runScenario(demo, { solver: 'yalps' });
    expect(lean.summary.yards.main.extraOpeningStockToHoldFloorT).toBeNull();
    expect(JSON.stringify(lean.days)).toBe(JSON.stringify(full.days));
    expect(lean.summary.firstReserveBreach).toBe(full.summary.firstReserveBreach);
  });

  it('season-max basis: the floor is 30 × the largest daily burn of a floor-free run; season-forecast is its older name', async () => {
    const s = structuredClone(demo);
    s.yards![0].reserve = { days: 30, basis: 'season-forecast' };
    s.yards![0].openingStockT = 250_000;
    (s.weather as { shiftC: number }).shiftC = 15; // a mild winter: the forecast's worst day stays below the design day
    const r = await runScenario(s, { mode: 'season' });
    const y = r.summary.yards.main;
    expect(y.basis).toBe('season-max');
    expect(y.floorT).toBeCloseTo(30 * y.maxDailyBurnT, 6);
    expect(y.maxDailyBurnT).toBe(y.maxDailyBurnByBasisT['season-max']);
    const design = y.maxDailyBurnByBasisT['design-day'];
    expect(y.maxDailyBurnT).toBeGreaterThan(0);
    expect(y.maxDailyBurnT).toBeLessThan(design - 1);
    expect(y.maxDailyBurnT).toBeCloseTo(Math.max(...r.days.map((d) => d.yards.main.burnT)), 0);
    // the default on the same mild winter keeps the design day, the larger of the two
    s.yards![0].reserve = { days: 30 };
    const dflt = (await runScenario(s, { mode: 'season' })).summary.yards.main;
    expect(dflt.basis).toBe('max-of-design-and-season');
    expect(dflt.maxDailyBurnT).toBe(design);
  });
});

/**
 * Every basis on one coal boiler (test/fixtures/one-day-coal.json): 1 Mm² of homes at 50 W/m²
 * (design load 50 MW at −10 °C, indoor 18 °C), a 100 MW boiler of efficiency 0.8 on coal of
 * 20 GJ/t, so 3.6 / (0.8 × 20) = 0.225 t of coal per MWh of heat.
 *   design-day   50 MW × 24 h = 1 200 MWh → 270 t/day            floor 30 × 270   = 8 100 t
 *   season-max   the one day at −3 °C: 50 × 21/28 = 37.5 MW = 900 MWh → 202.5 t/day   6 075 t
 *                (at −17 °C: 50 × 35/28 = 62.5 MW = 1 500 MWh → 337.5 t/day)          10 125 t
 *   capacity     100 MW × 24 h × 0.225 = 540 t/day                floor 16 200 t
 *   default      max(design-day, season-max): 270 at −3 °C, 337.5 at −17 °C
 */
describe('reserve bases, by hand', () => {
  const oneDay: ScenarioInput = JSON.parse(
    readFileSync(new URL('../fixtures/one-day-coal.json', import.meta.url), 'utf8'),
  );
  const run = async (basis: string | undefined, tMeanC = -3, options = {}) => {
    const s = structuredClone(oneDay) as ScenarioInput & { weather: { tMeanC: number } };
    s.weather.tMeanC = tMeanC;
    s.yards![0].reserve = basis === undefined ? { days: 30 } : { days: 30, basis: basis as never };
    return (await runScenario(s, options)).summary.yards.y;
  };

  it.each([
    ['design-day', -3, 270],
    ['season-max', -3, 202.5],
    ['season-max', -17, 337.5],
    ['capacity', -3, 540],
    ['capacity', -17, 540],
    ['max-of-design-and-season', -3, 270],
    ['max-of-design-and-season', -17, 337.5],
  ] as const)('%s at %d °C: %d t/day, floor 30 × that', async (basis, t, burn) => {
    const y = await run(basis, t);
    expect(y.basis).toBe(basis);
    expect(y.maxDailyBurnT).toBeCloseTo(burn, 6);
    expect(y.floorT).toBeCloseTo(30 * burn, 4);
    expect(y.maxDailyBurnByBasisT['design-day']).toBeCloseTo(270, 6);
    expect(y.maxDailyBurnByBasisT.capacity).toBeCloseTo(540, 6);
  });

  it('the default basis is max-of-design-and-season', async () => {
    const y = await run(undefined, -17);
    expect(y.basis).toBe('max-of-design-and-season');
    expect(y.maxDailyBurnT).toBeCloseTo(337.5, 6);
    expect(y.maxDailyBurnByBasisT).toEqual({
      'design-day': expect.closeTo(270, 6),
      'season-max': expect.closeTo(337.5, 6),
      capacity: expect.closeTo(540, 6),
    });
  });

  it('season-max is null only when nothing dispatched the season without floors', async () => {
    expect((await run('design-day')).maxDailyBurnByBasisT['season-max']).toBeNull();
    expect((await run('capacity')).maxDailyBurnByBasisT['season-max']).toBeNull();
    expect((await run('design-day', -3, { coalToHoldFloor: true })).maxDailyBurnByBasisT['season-max']).toBeCloseTo(
      202.5,
      6,
    );
  });

  it('capacity counts installed capacity: an outage moves neither it nor the design day', async () => {
    const s = structuredClone(oneDay) as ScenarioInput;
    (s.sources![0] as { outages?: unknown }).outages = [
      { start: '2013-01-10', end: '2013-01-10', availableFraction: 0.5 },
    ];
    s.yards![0].reserve = { days: 30, basis: 'capacity' };
    const y = (await runScenario(s)).summary.yards.y;
    expect(y.maxDailyBurnT).toBeCloseTo(540, 6);
    expect(y.maxDailyBurnByBasisT['design-day']).toBeCloseTo(270, 6);
  });

  it('figures given for a study (RunOptions.reserveBurnsT) are used as they are', async () => {
    const given = { y: { 'design-day': 300, 'season-max': 400, capacity: 540 } };
    const y = await run(undefined, -3, { reserveBurnsT: given });
    expect(y.maxDailyBurnT).toBe(400);
    expect(y.floorT).toBeCloseTo(12_000, 6);
    expect(y.maxDailyBurnByBasisT).toEqual(given.y);
  });
});
