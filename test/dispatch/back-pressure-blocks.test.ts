/**
 * A back-pressure CHP's power earns each block's sell price (docs/design.md#extraction-chp).
 * One zone of 100 MW all day (constant −10 °C, no daily range, no network loss: 1 200 MWh in
 * each 12 h block), a back-pressure CHP and a coal boiler on one yard of 20 GJ/t coal at ¥500/t:
 *   CHP     80 MW of heat, must-run 50 MW (1 200 MWh a day), η_heat 0.6 → 3.6/(0.6 × 20) = 0.3 t/MWh
 *           = ¥150/MWh of heat; power Cb = 0.5 MWh per MWh of heat
 *   boiler  200 MW, η 0.9 → 3.6/(0.9 × 20) = 0.2 t/MWh = ¥100/MWh of heat
 * Two 12 h blocks, power sold at ¥0 (valley, 00–12) and ¥80 (peak, 12–24). The CHP's heat costs
 * 150 − 0.5 × 0 = ¥150/MWh in the valley and 150 − 0.5 × 80 = ¥110/MWh at the peak, both above
 * the boiler, so it makes only its must-run 1 200 MWh, as much as it can at the peak:
 *   peak   CHP 80 × 12 = 960 MWh (its capacity), power 480 MWh; boiler 1 200 − 960 = 240 MWh
 *   valley CHP 1 200 − 960 = 240 MWh, power 120 MWh;              boiler 1 200 − 240 = 960 MWh
 *   coal   CHP 1 200 × 0.3 = 360 t, boiler 1 200 × 0.2 = 240 t: 600 t × ¥500 = ¥300 000
 *   cost   300 000 − 480 × 80 − 120 × 0 = 300 000 − 38 400 = ¥261 600
 * Without a sell tariff the power earns the flat powerPriceYuanPerMWh (¥40 here) in every block,
 * and two blocks give the one-block day's totals: CHP 1 200 MWh, boiler 1 200 MWh, 600 t,
 *   cost 300 000 − 600 × 40 = ¥276 000.
 */
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioInput } from '../../engine/index.ts';

const SELL = {
  tariff: [
    { block: 'valley' as const, hours: 12, priceYuanPerMWh: 300 },
    { block: 'peak' as const, hours: 12, priceYuanPerMWh: 1100 },
  ],
  sellTariff: [
    { block: 'valley' as const, priceYuanPerMWh: 0 },
    { block: 'peak' as const, priceYuanPerMWh: 80 },
  ],
  hourlyBlocks: [...Array(12).fill('valley'), ...Array(12).fill('peak')],
};

function scenario(blocksPerDay: number, electricity?: ScenarioInput['electricity']): ScenarioInput {
  return {
    id: 'back_pressure_blocks',
    horizon: { start: '2013-01-10', end: '2013-01-10' },
    weather: { kind: 'constant', tMeanC: -10, dailyRangeC: 0, designOutdoorTempC: -10 },
    zones: [
      {
        id: 'z',
        networkLossFraction: 0,
        buildings: [{ type: 'residential', areaM2: 100 * 20_000, heatIndexWPerM2: 50 }],
      },
    ],
    sources: [
      {
        id: 'chp',
        kind: 'coal-chp',
        zone: 'z',
        yard: 'y',
        capacityMW: 80,
        minOutputMW: 50,
        heatEfficiencyFraction: 0.6,
        powerToHeatMWhPerMWh: 0.5,
        powerPriceYuanPerMWh: 40,
      },
      { id: 'boiler', kind: 'coal-boiler', zone: 'z', yard: 'y', capacityMW: 200, efficiencyFraction: 0.9 },
    ],
    yards: [
      {
        id: 'y',
        openingStockT: 1_000_000,
        heatingValueGJPerT: 20,
        coalPriceYuanPerT: 500,
        deliveries: { baseTPerDay: 0 },
      },
    ],
    ...(electricity ? { electricity } : {}),
    dispatch: { blocksPerDay },
  };
}

describe.each(['highs', 'glpk'] as const)('back-pressure CHP over two blocks (%s)', (solver) => {
  it('puts its must-run heat in the block where power sells higher, up to its capacity', async () => {
    const r = await runScenario(scenario(2, SELL), { solver });
    expect(r.solver.status).toBe('optimal');
    const day = r.days[0];
    const [valley, peak] = day.blocks ?? [];
    expect(day.unservedMWh).toBeCloseTo(0, 6);
    expect(peak.heatMWh.chp).toBeCloseTo(960, 5);
    expect(valley.heatMWh.chp).toBeCloseTo(240, 5);
    expect(peak.heatMWh.boiler).toBeCloseTo(240, 5);
    expect(valley.heatMWh.boiler).toBeCloseTo(960, 5);
    expect(peak.powerMWh.chp).toBeCloseTo(480, 5);
    expect(valley.powerMWh.chp).toBeCloseTo(120, 5);
    expect(day.sources.chp.powerMWh).toBeCloseTo(600, 5);
    expect(day.yards.y.burnT).toBeCloseTo(600, 5);
    expect(day.supplyCostYuan).toBeCloseTo(261_600, 2);
  });

  it('without a sell tariff earns its flat price: two blocks give the one-block day', async () => {
    const one = await runScenario(scenario(1), { solver });
    const two = await runScenario(scenario(2), { solver });
    for (const r of [one, two]) {
      const day = r.days[0];
      expect(day.sources.chp.heatMWh).toBeCloseTo(1200, 5);
      expect(day.sources.boiler.heatMWh).toBeCloseTo(1200, 5);
      expect(day.sources.chp.powerMWh).toBeCloseTo(600, 5);
      expect(day.supplyCostYuan).toBeCloseTo(276_000, 2);
    }
    const blocks = two.days[0].blocks ?? [];
    expect(blocks.reduce((sum, b) => sum + b.powerMWh.chp, 0)).toBeCloseTo(600, 5);
  });
});
