/**
 * The reserve floor on both bases, and the coal that holds it: a run with the reported extra
 * opening stock never breaches (the figure is checked by re-running, not trusted).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioInput } from '../../engine/index.ts';

const demo: ScenarioInput = JSON.parse(readFileSync(new URL('../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'));

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

  it('season-forecast basis: the floor is 30 × the largest daily burn of a floor-free forecast run', async () => {
    const s = structuredClone(demo);
    s.yards![0].reserve = { days: 30, basis: 'season-forecast' };
    s.yards![0].openingStockT = 250_000;
    (s.weather as { shiftC: number }).shiftC = 15; // a mild winter: the forecast's worst day stays below the design day
    const r = await runScenario(s, { mode: 'season' });
    const y = r.summary.yards.main;
    expect(y.basis).toBe('season-forecast');
    expect(y.floorT).toBeCloseTo(30 * y.maxDailyBurnT, 6);
    const design = (await runScenario(demo, { mode: 'season' })).summary.yards.main.maxDailyBurnT;
    expect(y.maxDailyBurnT).toBeGreaterThan(0);
    expect(y.maxDailyBurnT).toBeLessThan(design - 1);
    expect(y.maxDailyBurnT).toBeCloseTo(Math.max(...r.days.map((d) => d.yards.main.burnT)), 0);
  });
});
