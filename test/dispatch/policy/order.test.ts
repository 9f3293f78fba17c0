/**
 * The policy order, shown on hand-sized cases (docs/design.md#gas-curtailment, #policy-order):
 * - gas short by a known amount → cuts fall on the last-protected categories first, in order;
 * - the same shortage under `pro-rata` → every category loses the same share;
 * - heat for homes ahead of gas: a gas boiler heating homes keeps its gas while
 *   interruptible users are cut, and reordering the policy reverses that.
 */
import { describe, expect, it } from 'vitest';
import { runScenario, type PolicyItem, type ScenarioInput, DEFAULT_PROTECT_ORDER } from '../../../engine/index.ts';

/** One day at 8 °C (10 HDD). Supply 1 000 000 m³; category demand 1 400 000 m³ → 400 000 m³ must be cut. */
function gasShort(extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    id: 'gas_short',
    horizon: { start: '2013-01-10', end: '2013-01-10' },
    weather: { kind: 'constant', tMeanC: 8, dailyRangeC: 0, designOutdoorTempC: -10 },
    zones: [{ id: 'z', buildings: [{ type: 'residential', areaM2: 1000, heatIndexWPerM2: 45 }] }],
    sources: [{ id: 'wh', kind: 'waste-heat', zone: 'z', capacityMW: 10 }],
    gas: {
      supplyPoints: [{ id: 'p', capacityM3PerDay: 1_000_000 }],
      categories: [
        { category: 'residential', baseM3PerDay: 300_000 },
        { category: 'public-welfare', baseM3PerDay: 100_000 },
        { category: 'commercial', baseM3PerDay: 200_000 },
        { category: 'industrial', baseM3PerDay: 500_000 },
        { category: 'interruptible', baseM3PerDay: 250_000, perDegreeDayM3: 5_000 },
      ],
    },
    electricity: {},
    policy: {},
    dispatch: {},
    ...extra,
  };
}

describe('gas priority curtailment', () => {
  it('cuts interruptible fully (300 000 m³), then industrial by the remaining 100 000 m³, and nothing else', async () => {
    const r = await runScenario(gasShort());
    const c = r.days[0].gas.categories;
    expect(c.interruptible?.demandM3).toBeCloseTo(300_000, 6); // 250 000 + 5 000 × (18 − 8)
    expect(c.interruptible?.cutM3).toBeCloseTo(300_000, 3);
    expect(c.industrial?.cutM3).toBeCloseTo(100_000, 3);
    for (const cat of ['commercial', 'public-welfare', 'residential'] as const) expect(c[cat]?.cutM3).toBeCloseTo(0, 6);
    expect(r.summary.homesProtected).toBe(true);
  });

  it('under pro-rata cuts every category by 400 000 / 1 400 000 = 28.57 %', async () => {
    const r = await runScenario(gasShort({ policy: { gasCurtailment: 'pro-rata' } }));
    for (const c of Object.values(r.days[0].gas.categories))
      expect(c!.cutM3 / c!.demandM3).toBeCloseTo(400_000 / 1_400_000, 9);
    expect(r.summary.homesProtected).toBe(false);
  });

  it('follows an edited order: protecting industry first moves its cut onto commercial users', async () => {
    const order: PolicyItem[] = [
      ...DEFAULT_PROTECT_ORDER.filter((i) => i !== 'gas-industrial' && i !== 'gas-interruptible'),
      'gas-interruptible',
    ];
    order.unshift('gas-industrial');
    const r = await runScenario(gasShort({ policy: { protectOrder: order } }));
    const c = r.days[0].gas.categories;
    expect(c.interruptible?.cutM3).toBeCloseTo(300_000, 3);
    expect(c.commercial?.cutM3).toBeCloseTo(100_000, 3); // next-least protected after interruptible
    expect(c.industrial?.cutM3).toBeCloseTo(0, 6);
  });
});

describe('heat for homes ahead of gas', () => {
  // A 1 Mm² × 45 W/m² residential zone at −10 °C design, day at −10 °C: 45 MW → 1 080 MWh (no loss).
  // Its only source is a gas boiler (η 1.0, 35.6 MJ/m³ → 101.12 m³/MWh → 109 213 m³).
  // Supply 150 000 m³ against interruptible demand 100 000 m³.
  const base: ScenarioInput = {
    id: 'heat_vs_gas',
    horizon: { start: '2013-01-10', end: '2013-01-10' },
    weather: { kind: 'constant', tMeanC: -10, dailyRangeC: 0, designOutdoorTempC: -10 },
    zones: [
      { id: 'z', networkLossFraction: 0, buildings: [{ type: 'residential', areaM2: 1_000_000, heatIndexWPerM2: 45 }] },
    ],
    sources: [{ id: 'gb', kind: 'gas-boiler', zone: 'z', capacityMW: 60, efficiencyFraction: 1 }],
    gas: {
      supplyPoints: [{ id: 'p', capacityM3PerDay: 150_000 }],
      categories: [{ category: 'interruptible', baseM3PerDay: 100_000 }],
    },
    electricity: {},
    policy: {},
    dispatch: {},
  };
  const boilerGas = (1080 * 3600) / 35.6;

  it('serves all home heat and cuts interruptible gas by the difference', async () => {
    const r = await runScenario(base);
    expect(r.days[0].unservedMWh).toBeCloseTo(0, 6);
    expect(r.days[0].gas.heatSourcesM3).toBeCloseTo(boilerGas, 3);
    expect(r.days[0].gas.categories.interruptible?.cutM3).toBeCloseTo(boilerGas + 100_000 - 150_000, 3);
  });

  it('with interruptible gas put first, homes go short instead', async () => {
    const order: PolicyItem[] = [
      'gas-interruptible',
      ...DEFAULT_PROTECT_ORDER.filter((i) => i !== 'gas-interruptible'),
    ];
    const r = await runScenario({ ...base, policy: { protectOrder: order } });
    expect(r.days[0].gas.categories.interruptible?.cutM3).toBeCloseTo(0, 6);
    expect(r.days[0].unservedMWh).toBeCloseTo(1080 - (50_000 * 35.6) / 3600, 3);
    expect(r.summary.homesProtected).toBe(false);
  });
});
