/**
 * Gas security (EU Reg. 2017/1938): the N-1 worked check, by the formula and through a
 * scenario whose supply points, storage and 1-in-20 demand are the worked numbers (× 10⁵ m³/d),
 * and the three supply-standard tests on a case where (c) fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  gasSecurity,
  largestInfrastructure,
  nMinusOnePercent,
  validateScenario,
  type ScenarioInput,
} from '../../engine/index.ts';

const U = 100_000; // m³/day per unit of the worked check
const worked = (demandUnits: { residential: number; industrial: number }): ScenarioInput => ({
  id: 'worked_n1',
  horizon: { start: '2013-01-01', end: '2013-03-01' },
  weather: { kind: 'constant', tMeanC: -3, designOutdoorTempC: -10 },
  zones: [{ id: 'z', buildings: [{ type: 'residential', areaM2: 1e6, heatIndexWPerM2: 45 }] }],
  sources: [{ id: 'boiler', kind: 'coal-boiler', zone: 'z', yard: 'y', capacityMW: 100 }],
  yards: [{ id: 'y', openingStockT: 100000 }],
  gas: {
    supplyPoints: [
      { id: 'big', kind: 'pipeline', capacityM3PerDay: 40 * U, priceYuanPerM3: 2.5 },
      { id: 'small', kind: 'pipeline', capacityM3PerDay: 20 * U, priceYuanPerM3: 2.5 },
      { id: 'well', kind: 'production', capacityM3PerDay: 10 * U, priceYuanPerM3: 2.5 },
      { id: 'terminal', kind: 'lng', capacityM3PerDay: 15 * U, priceYuanPerM3: 4 },
    ],
    storage: { openingInventoryM3: 100 * U, maxInventoryM3: 500 * U, maxWithdrawalM3PerDay: 25 * U },
    categories: [
      { category: 'residential', baseM3PerDay: demandUnits.residential * U },
      { category: 'industrial', baseM3PerDay: demandUnits.industrial * U },
    ],
  },
  electricity: {},
  policy: {},
  dispatch: {},
});

describe('N-1 worked check (EU Reg. 2017/1938 Annex II; docs/design.md#gas-n-1)', () => {
  it('60, 10, 25, 15, 40 with D_max 65 → 107.7 %; with 75 → 93.3 %', () => {
    const x = { entryM3PerDay: 60, productionM3PerDay: 10, storageM3PerDay: 25, lngM3PerDay: 15, largestM3PerDay: 40 };
    expect(nMinusOnePercent({ ...x, peakDemandM3PerDay: 65 })).toBeCloseTo(107.7, 1);
    expect(nMinusOnePercent({ ...x, peakDemandM3PerDay: 75 })).toBeCloseTo(93.3, 1);
  });

  it('the same numbers read from a scenario: EP 60 (40 + 20), P 10, S 25, LNG 15, I 40 = the largest pipeline', async () => {
    const r65 = await gasSecurity(worked({ residential: 50, industrial: 15 }), { climate: 'design' });
    const n = r65.nMinusOne;
    expect([n.entryM3PerDay, n.productionM3PerDay, n.storageM3PerDay, n.lngM3PerDay].map((v) => v / U)).toEqual([
      60, 10, 25, 15,
    ]);
    expect(n.largest).toEqual({ id: 'big', kind: 'pipeline', capacityM3PerDay: 40 * U });
    expect(n.peakDemandM3PerDay / U).toBeCloseTo(65, 9);
    expect(n.heatSourcesM3).toBe(0);
    expect(n.percent).toBeCloseTo(107.7, 1);
    expect(n.pass).toBe(true);
    const r75 = await gasSecurity(worked({ residential: 50, industrial: 25 }), { climate: 'design' });
    expect(r75.nMinusOne.percent).toBeCloseTo(93.3, 1);
    expect(r75.nMinusOne.pass).toBe(false);
  });
});

describe('supply standard (EU Reg. 2017/1938 Art. 6) as scenarios', () => {
  it('passes (a) and (b) with everything available; fails (c): 30 days without `big` empties storage and cuts homes', async () => {
    // demand 65/day; without `big`: 20 + 10 + 15 = 45/day + 100 units of storage for 30 days
    // → at least 30 × 20 − 100 = 500 units short, more than industrial's 30 × 15 = 450, so
    // homes are cut whatever the dispatch (the daily dispatch drains storage first, ¥0.3 against
    // LNG's ¥4, and so wastes 20 units of LNG capacity: 26 days × 20 short = 520)
    const r = await gasSecurity(worked({ residential: 50, industrial: 15 }), { climate: 'design' });
    const [a, b, c] = r.supplyStandard;
    expect([a.id, b.id, c.id]).toEqual(['a-7-day-peak', 'b-30-day-high-demand', 'c-30-day-largest-out']);
    expect([a.days, b.days, c.days]).toEqual([7, 30, 30]);
    expect(a.protectedFullySupplied).toBe(true);
    expect(b.protectedFullySupplied).toBe(true);
    expect(c.without).toBe('big');
    expect(c.protectedFullySupplied).toBe(false);
    const cut = (c.gasCutM3ByCategory.industrial! + c.protectedCutM3) / U;
    expect(cut).toBeGreaterThanOrEqual(500 - 1e-6);
    expect(c.protectedCutM3 / U).toBeGreaterThanOrEqual(50 - 1e-6);
    expect(c.storageEndM3! / U).toBeCloseTo(0, 6);
    expect(c.unservedResidentialHeatMWh).toBe(0);
  });

  it('takes the 1-in-20 temperatures from the synthetic ensemble for the demo, colder than its design temperature', async () => {
    const demo = JSON.parse(readFileSync(new URL('../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'));
    const r = await gasSecurity(demo, { runs: 200, seed: 1 });
    expect(r.climate.source).toBe('ensemble');
    expect(r.climate.peakDayC).toBeLessThan(-7.6);
    expect(r.climate.peakDayC).toBeLessThan(r.climate.peak7DayC);
    expect(r.climate.peak7DayC).toBeLessThan(r.climate.high30DayC);
    expect(r.climate.high30DayC).toBeLessThan(r.climate.averageWinterC);
    expect(largestInfrastructure(validateScenario(demo))!.id).toBe('pipeline');
    expect(r.nMinusOne.largest!.id).toBe('pipeline');
    expect(r.supplyStandard).toHaveLength(3);
  });
});
