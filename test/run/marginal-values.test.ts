/**
 * Marginal values from the LP duals, worked by hand (docs/design.md#sources-and-fuel):
 *   coal boiler η 0.8, 20 GJ/t → 0.225 t/MWh × ¥1 000/t + ¥10/MWh O&M = ¥235/MWh
 *   gas boiler η 1.0, 35.6 MJ/m³ → 101.124 m³/MWh × ¥2.5/m³        = ¥252.81/MWh
 *   With 100 t in the yard the coal boiler makes 444.4 MWh; gas makes the rest, so
 *   - one more MWh of demand costs the gas boiler's ¥252.81,
 *   - one more m³ of gas demand costs ¥2.5 (the pipeline is not full),
 *   - one more tonne of coal replaces 4.444 MWh of gas heat: (252.81 − 235) × 4.444 = ¥79.15/t.
 */
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioInput } from '../../engine/index.ts';

const scenario: ScenarioInput = {
  id: 'scarce_coal',
  horizon: { start: '2013-01-10', end: '2013-01-10' },
  weather: { kind: 'constant', tMeanC: -3, dailyRangeC: 0, designOutdoorTempC: -10 },
  zones: [
    { id: 'z', networkLossFraction: 0, buildings: [{ type: 'residential', areaM2: 1_000_000, heatIndexWPerM2: 50 }] },
  ],
  sources: [
    {
      id: 'coal',
      kind: 'coal-boiler',
      zone: 'z',
      yard: 'y',
      capacityMW: 100,
      efficiencyFraction: 0.8,
      omCostYuanPerMWh: 10,
    },
    { id: 'gas', kind: 'gas-boiler', zone: 'z', capacityMW: 100, efficiencyFraction: 1, omCostYuanPerMWh: 0 },
  ],
  yards: [{ id: 'y', openingStockT: 100, heatingValueGJPerT: 20, coalPriceYuanPerT: 1000, reserve: { days: 0 } }],
  gas: { supplyPoints: [{ id: 'p', capacityM3PerDay: 1e6, priceYuanPerM3: 2.5 }] },
  electricity: {},
  policy: {},
  dispatch: {},
};

describe.each(['highs', 'glpk'] as const)('marginal values (%s)', (solver) => {
  it('match the hand calculation', async () => {
    const d = (await runScenario(scenario, { solver })).days[0];
    expect(d.sources.coal.heatMWh).toBeCloseTo(100 / 0.225, 6);
    expect(d.zones.z.marginalCostYuanPerMWh).toBeCloseTo((3600 / 35.6) * 2.5, 4);
    expect(d.gas.marginalCostYuanPerM3).toBeCloseTo(2.5, 6);
    expect(d.yards.y.marginalValueYuanPerT).toBeCloseTo(((3600 / 35.6) * 2.5 - 235) / 0.225, 3);
  });
});

it('solvers without duals report null, not a number', async () => {
  const d = (await runScenario(scenario, { solver: 'yalps' })).days[0];
  expect(d.zones.z.marginalCostYuanPerMWh).toBeNull();
  expect(d.yards.y.marginalValueYuanPerT).toBeNull();
});
