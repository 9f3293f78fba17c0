/**
 * One day in two blocks, worked by hand (docs/design.md#intra-day-blocks). Fixture
 * test/fixtures/two-block-storage.json: block 0 = 00:00–12:00 valley (300 ¥/MWh), block 1 =
 * 12:00–24:00 peak (1 100 ¥/MWh); one 60 MW electric boiler (η = 1) with a 200 MWh store
 * losing 1 %/h; grid headroom 50 MW in every block; no daily range, so both blocks are at −3 °C.
 *   demand        = 50 MW × (18 − (−3)) / (18 − (−10)) × 24 h = 900 MWh/day → 450 MWh a block
 *   block 0       : headroom binds: 50 MW × 12 h = 600 MWh of heat; 450 to the zone, 150 charged
 *   keep          = 0.99^12 = 0.886 384 871 716 129 (share of the content left after 12 h)
 *   block 1       : discharge = 150 × keep = 132.957 730 757 419 MWh; boiler 450 − 132.957… = 317.042 269 242 581 MWh
 *   cost          = 600 × 300 + 317.042 269 242 581 × 1 100 = 180 000 + 348 746.496 166 839 = 528 746.496 166 839 ¥
 *   (without the store: 450 × 300 + 450 × 1 100 = 630 000 ¥; storing a delivered MWh costs 300 / keep = 338 ¥ < 1 100 ¥)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/index.ts';

const scenario = JSON.parse(readFileSync(new URL('../fixtures/two-block-storage.json', import.meta.url), 'utf8'));
const KEEP = 0.99 ** 12;
const COST = 600 * 300 + (450 - 150 * KEEP) * 1100;

describe.each(['highs', 'glpk', 'yalps'] as const)('two blocks, a store charged in the valley (%s)', (solver) => {
  it('matches the hand calculation', async () => {
    const r = await runScenario(scenario, { solver });
    expect(r.solver.status).toBe('optimal');
    const day = r.days[0];
    const [valley, peak] = day.blocks ?? [];
    expect(day.blocks).toHaveLength(2);
    expect(valley).toMatchObject({ startHour: 0, hours: 12, tariffBlock: 'valley', electricityPriceYuanPerMWh: 300 });
    expect(peak).toMatchObject({ startHour: 12, hours: 12, tariffBlock: 'peak', electricityPriceYuanPerMWh: 1100 });
    expect(valley.demandMWh).toBeCloseTo(450, 6);
    expect(peak.demandMWh).toBeCloseTo(450, 6);
    expect(valley.heatMWh.eb).toBeCloseTo(600, 5);
    expect(valley.electricityMW).toBeCloseTo(50, 6);
    expect(valley.storageMWh.eb).toBeCloseTo(150, 5);
    expect(valley.storageNetChargeMWh.eb).toBeCloseTo(150, 5);
    expect(peak.storageNetChargeMWh.eb).toBeCloseTo(-150 * KEEP, 5);
    expect(peak.storageMWh.eb).toBeCloseTo(0, 5);
    expect(peak.heatMWh.eb).toBeCloseTo(450 - 150 * KEEP, 5);
    expect(day.unservedMWh).toBeCloseTo(0, 6);
    // the day is the sum of its blocks
    expect(day.sources.eb.heatMWh).toBeCloseTo(600 + 450 - 150 * KEEP, 5);
    expect(day.electricityMWh).toBeCloseTo(600 + 450 - 150 * KEEP, 5);
    expect(day.supplyCostYuan).toBeCloseTo(COST, 2);
    expect(COST).toBeCloseTo(528_746.496_166_839, 6);
  });
});

describe('one block a day', () => {
  // today's model: the tariff average (12 × 300 + 12 × 1 100) / 24 = 700 ¥/MWh under a daily
  // headroom of 50 × 24 = 1 200 MWh, less the valley shift: min(200 MWh store, 900 × 12/24,
  // 60 × 12 − 900 × 12/24 = 270) = 200 MWh saved at 1 100 − 300 = 800 ¥/MWh:
  //   900 × 700 − 200 × 800 = 470 000 ¥ (cheaper than the blocks: it ignores the per-block limit and the loss)
  it('keeps the whole-day model with its valley shift', async () => {
    const r = await runScenario({ ...scenario, dispatch: { blocksPerDay: 1 } }, { solver: 'highs' });
    const day = r.days[0];
    expect(day.blocks).toBeUndefined();
    // no blocksPerDay in the summary either: a one-block summary is as it was before blocks
    expect(r.summary).not.toHaveProperty('blocksPerDay');
    expect(day.sources.eb.heatMWh).toBeCloseTo(900, 6);
    expect(day.supplyCostYuan).toBeCloseTo(470_000, 3);
  });
});

describe('bad block input', () => {
  it('names the field and the fix', async () => {
    const unpriced = structuredClone(scenario);
    unpriced.electricity.hourlyBlocks[3] = 'deep-valley';
    await expect(runScenario(unpriced)).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ path: 'electricity.hourlyBlocks[3]', message: expect.stringContaining('tariff') }),
      ],
    });
    const three = { ...scenario, dispatch: { blocksPerDay: 3 } };
    await expect(runScenario(three)).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ path: 'dispatch.blocksPerDay', message: expect.stringContaining('2, 4, 6') }),
      ],
    });
  });
});
