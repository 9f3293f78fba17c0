/**
 * An extraction-condensing CHP, worked by hand on a point of each edge of its P–Q region
 * (docs/design.md#extraction-chp): a 300 MW unit, P_max 300 MW and P_min 150 MW with no heat,
 * Cv 0.2, back-pressure line P = 0.5 Q, Q_max 400 MW, η_electric 0.4, coal of 20 GJ/t at ¥500/t.
 *   coal per MWh of P + Cv·Q = 3.6 / (0.4 × 20) = 0.45 t → ¥225: power is worth making only above ¥225/MWh.
 *   Region corners (MW): A (0, 150), B (0, 300), C (400, 220), D (400, 200), E (214.29, 107.14).
 * One day, demand Q × 24 h (the zone at its design temperature, no network loss), O&M 0:
 *   min line EA  Q 100, power ¥100: P = max(0.5·100, 150 − 0.2·100) = 130; coal (130 + 20) × 24 × 0.45 = 1 620 t;
 *                cost 1 620 × 500 − 130 × 24 × 100 = 810 000 − 312 000 = 498 000 ¥
 *   back-pressure DE  Q 300, ¥100: P = max(150, 150 − 60) = 150; coal (150 + 60) × 24 × 0.45 = 2 268 t;
 *                cost 1 134 000 − 360 000 = 774 000 ¥
 *   max line BC  Q 100, ¥400: P = 300 − 20 = 280; coal 300 × 24 × 0.45 = 3 240 t;
 *                cost 1 620 000 − 280 × 24 × 400 = 1 620 000 − 2 688 000 = −1 068 000 ¥
 *   Q_max edge CD  Q 400, ¥100, must-run 210 MW of power: P = 210 (between 200 and 220); coal (210 + 80) × 24 × 0.45 = 3 132 t;
 *                cost 1 566 000 − 504 000 = 1 062 000 ¥
 *   zero-heat edge AB  Q 0, ¥100, must-run 200 MW: P = 200 (between 150 and 300); coal 200 × 24 × 0.45 = 2 160 t;
 *                cost 1 080 000 − 480 000 = 600 000 ¥
 * Two 12 h blocks, Q 100 MW in both, power sold at ¥100 (valley, 00–12) and ¥400 (peak, 12–24):
 *   valley: min line P = 130; coal (130 + 20) × 12 × 0.45 = 810 t; peak: max line P = 280; coal 300 × 12 × 0.45 = 1 620 t
 *   cost = 2 430 × 500 − 130 × 12 × 100 − 280 × 12 × 400 = 1 215 000 − 156 000 − 1 344 000 = −285 000 ¥
 */
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioInput } from '../../engine/index.ts';

function unit(heatMW: number, priceYuanPerMWh: number, mustRunPowerMW = 0): ScenarioInput {
  return {
    id: 'extraction',
    horizon: { start: '2013-01-10', end: '2013-01-10' },
    weather: { kind: 'constant', tMeanC: -10, dailyRangeC: 0, designOutdoorTempC: -10 },
    zones: [
      {
        id: 'z',
        networkLossFraction: 0,
        buildings: [{ type: 'residential', areaM2: heatMW * 20_000, heatIndexWPerM2: 50 }],
      },
    ],
    sources: [
      {
        id: 'chp',
        kind: 'coal-chp',
        type: 'extraction',
        zone: 'z',
        yard: 'y',
        capacityMW: 400,
        maxPowerMW: 300,
        minPowerMW: 150,
        powerLossPerHeatMWhPerMWh: 0.2,
        powerToHeatMWhPerMWh: 0.5,
        electricEfficiencyFraction: 0.4,
        powerPriceYuanPerMWh: priceYuanPerMWh,
        mustRunPowerMW,
      },
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
  };
}

const CASES = [
  { edge: 'min line (EA)', q: 100, price: 100, mustRun: 0, p: 130, coal: 1620, cost: 498_000 },
  { edge: 'back-pressure line (DE)', q: 300, price: 100, mustRun: 0, p: 150, coal: 2268, cost: 774_000 },
  { edge: 'max line (BC)', q: 100, price: 400, mustRun: 0, p: 280, coal: 3240, cost: -1_068_000 },
  { edge: 'most heat (CD)', q: 400, price: 100, mustRun: 210, p: 210, coal: 3132, cost: 1_062_000 },
  { edge: 'no heat (AB)', q: 0, price: 100, mustRun: 200, p: 200, coal: 2160, cost: 600_000 },
];

describe.each(['highs', 'glpk'] as const)('extraction CHP, a point on each edge of its P–Q region (%s)', (solver) => {
  it.each(CASES)('$edge', async ({ q, price, mustRun, p, coal, cost }) => {
    const r = await runScenario(unit(q, price, mustRun), { solver });
    expect(r.solver.status).toBe('optimal');
    const day = r.days[0];
    expect(day.unservedMWh).toBeCloseTo(0, 6);
    expect(day.sources.chp.heatMWh).toBeCloseTo(q * 24, 5);
    expect(day.sources.chp.powerMWh).toBeCloseTo(p * 24, 5);
    expect(day.sources.chp.coalT).toBeCloseTo(coal, 5);
    expect(day.yards.y.burnT).toBeCloseTo(coal, 5);
    expect(day.supplyCostYuan).toBeCloseTo(cost, 2);
  });
});

describe.each(['highs', 'glpk'] as const)('extraction CHP over two blocks, power sold by period (%s)', (solver) => {
  it('runs on the min line in the valley and on the max line at the peak', async () => {
    const s = unit(100, 350);
    const r = await runScenario(
      {
        ...s,
        electricity: {
          tariff: [
            { block: 'valley', hours: 12, priceYuanPerMWh: 300 },
            { block: 'peak', hours: 12, priceYuanPerMWh: 1100 },
          ],
          sellTariff: [
            { block: 'valley', priceYuanPerMWh: 100 },
            { block: 'peak', priceYuanPerMWh: 400 },
          ],
          hourlyBlocks: [...Array(12).fill('valley'), ...Array(12).fill('peak')],
        },
        dispatch: { blocksPerDay: 2 },
      },
      { solver },
    );
    const day = r.days[0];
    const [valley, peak] = day.blocks ?? [];
    expect(valley.powerMWh.chp).toBeCloseTo(130 * 12, 5);
    expect(peak.powerMWh.chp).toBeCloseTo(280 * 12, 5);
    expect(day.sources.chp.powerMWh).toBeCloseTo(410 * 12, 5);
    expect(day.sources.chp.coalT).toBeCloseTo(2430, 5);
    expect(day.supplyCostYuan).toBeCloseTo(-285_000, 2);
  });
});

describe('extraction CHP input', () => {
  it('asks for hourlyBlocks with a sell tariff', async () => {
    const s = unit(100, 100);
    await expect(
      runScenario({ ...s, electricity: { sellTariff: [{ block: 'peak', priceYuanPerMWh: 1 }] } }),
    ).rejects.toMatchObject({ problems: [expect.objectContaining({ path: 'electricity.sellTariff' })] });
  });

  it('asks for maxPowerMW and keeps the minima under it', async () => {
    const base = unit(100, 100) as { sources: Array<Record<string, unknown>> };
    const noMax = structuredClone(base);
    delete noMax.sources[0].maxPowerMW;
    await expect(runScenario(noMax as ScenarioInput)).rejects.toMatchObject({
      problems: [expect.objectContaining({ path: 'sources[0].maxPowerMW' })],
    });
    const high = structuredClone(base);
    high.sources[0].mustRunPowerMW = 350;
    await expect(runScenario(high as ScenarioInput)).rejects.toMatchObject({
      problems: [expect.objectContaining({ path: 'sources[0].mustRunPowerMW' })],
    });
  });
});
