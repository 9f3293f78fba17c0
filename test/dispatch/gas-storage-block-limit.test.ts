/**
 * A gas storage's hourly rate (`maxWithdrawalM3PerHour`) held in each block, the storage's own
 * withdrawal w_b per block (docs/design.md#intra-day-blocks, the `gas-block-limit` row).
 * Fixture test/fixtures/gas-storage-block-limit.json: one day at a mean −3 °C with a 10 K daily
 * range, in four 6-hour blocks; 50 MW of residential heat at −10 °C; one gas boiler, η = 1,
 * LHV 36 MJ/m³; a gate capped at 3 000 m³/h (¥2.5/m³), a storage at ¥3/m³ withdrawn (dearer):
 *   gas per MWh   = 3 600 / (1 × 36) = 100 m³/MWh
 *   demand        = 50 × (18 + 3) / (18 + 10) × 24 = 900 MWh/day, by the diurnal profile (design.md:
 *                   30.37, 25.00, 19.63, 25.00 %) D0 = 273.369… (00–06), D1 = D3 = 225, D2 = 176.631… MWh
 *   block row     : 100 × heat_b − W_b ≤ 6 h × 3 000 = 18 000 m³
 *                   W_b = w_b ≤ 6 h × maxWithdrawalM3PerHour with the rate, else W/4 (the day evenly)
 * No rate (daily 100 000 m³ only): the night needs 100 × D0 − 18 000 = 9 336.9 m³ a block from
 *   storage, so W = 4 × 9 336.9 = 37 347.7 m³ (even spread) and all heat is served.
 * Rate 1 000 m³/h (6 000 m³ a block): night heat = (18 000 + 6 000) / 100 = 240 MWh, unserved
 *   D0 − 240 = 33.369… MWh; blocks 1 and 3 need 22 500 − 18 000 = 4 500 m³ each, block 2 none:
 *   W = 6 000 + 4 500 + 0 + 4 500 = 15 000 m³; gate = 100 × (900 − 33.369…) − 15 000.
 * Rate 2 000 m³/h (12 000 a block): all served, the storage follows the peak:
 *   W = 9 336.9 + 4 500 + 0 + 4 500 = 18 336.9 m³, less than the even spread's 37 347.7.
 * No cap on the gate, rate 1 000 m³/h: the gate delivers its day evenly, s = S/4 a block, and
 *   as the rows sum to the day's balance each holds with equality: 100 × heat_b = s + w_b. The
 *   night needs s ≥ 100 × D0 − 6 000 = 21 336.9 m³, so the warm block 2 burns s / 100 = 213.369 MWh
 *   for 176.631 of demand and dumps D0 − D2 − 60 = 36.738… MWh (the storage injects nothing).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/index.ts';

const scenario = JSON.parse(readFileSync(new URL('../fixtures/gas-storage-block-limit.json', import.meta.url), 'utf8'));
const withRate = (rate: number | undefined, blocksPerDay = 4) => {
  const s = structuredClone(scenario);
  if (rate === undefined) delete s.gas.storage.maxWithdrawalM3PerHour;
  else s.gas.storage.maxWithdrawalM3PerHour = rate;
  s.dispatch.blocksPerDay = blocksPerDay;
  return s;
};
const D0 = 273.369_245_253_148_8;

describe.each(['highs', 'glpk'] as const)('a storage withdrawal rate held per block (%s)', (solver) => {
  it('without the rate the storage spreads its day evenly and the night is served', async () => {
    const r = await runScenario(withRate(undefined), { solver });
    const day = r.days[0];
    expect(day.blocks?.[0].demandMWh).toBeCloseTo(D0, 6);
    expect(day.unservedMWh).toBeCloseTo(0, 5);
    expect(day.gas.withdrawalM3).toBeCloseTo(4 * (100 * D0 - 18_000), 2);
    expect(4 * (100 * D0 - 18_000)).toBeCloseTo(37_347.698, 2);
    // no per-block storage columns, so the blocks carry no storage flows
    expect(day.blocks?.[0]).not.toHaveProperty('gasStorageWithdrawalM3');
  });

  it('1 000 m³/h: the night block is short by D0 − 240 MWh', async () => {
    const r = await runScenario(withRate(1000), { solver });
    expect(r.solver.status).toBe('optimal');
    const day = r.days[0];
    const blocks = day.blocks ?? [];
    expect(blocks[0].heatMWh.gb).toBeCloseTo(240, 5);
    expect(blocks[0].unservedMWh).toBeCloseTo(D0 - 240, 5);
    expect(day.unservedMWh).toBeCloseTo(D0 - 240, 5);
    expect(blocks.map((b) => b.gasStorageWithdrawalM3)).toEqual([
      expect.closeTo(6000, 3),
      expect.closeTo(4500, 3),
      expect.closeTo(0, 3),
      expect.closeTo(4500, 3),
    ]);
    expect(blocks.map((b) => b.gasStorageInjectionM3)).toEqual([0, 0, 0, 0]);
    expect(day.gas.withdrawalM3).toBeCloseTo(15_000, 3);
    expect(day.gas.supplyM3.gate).toBeCloseTo(100 * (900 - (D0 - 240)) - 15_000, 2);
  });

  it('2 000 m³/h: all served, the storage giving what the night lacks', async () => {
    const r = await runScenario(withRate(2000), { solver });
    const day = r.days[0];
    expect(day.unservedMWh).toBeCloseTo(0, 5);
    expect(day.blocks?.[0].gasStorageWithdrawalM3).toBeCloseTo(100 * D0 - 18_000, 3);
    expect(day.gas.withdrawalM3).toBeCloseTo(100 * D0 - 18_000 + 9000, 3);
  });
});

describe('an uncapped gate, one block a day, a rate above the day', () => {
  it('no capped point: the gate is even and the storage is the only swing', async () => {
    const s = withRate(1000);
    delete s.gas.supplyPoints[0].maxM3PerHour;
    const r = await runScenario(s, { solver: 'highs' });
    const day = r.days[0];
    const blocks = day.blocks ?? [];
    const D2 = blocks[2].demandMWh;
    expect(D2).toBeCloseTo(900 - 450 - D0, 6);
    expect(day.unservedMWh).toBeCloseTo(0, 5);
    expect(day.gas.supplyM3.gate).toBeCloseTo(4 * (100 * D0 - 6000), 2);
    expect(blocks[0].gasStorageWithdrawalM3).toBeCloseTo(6000, 3);
    expect(blocks[2].heatMWh.gb).toBeCloseTo(D0 - 60, 5);
    expect(blocks[2].dumpedMWh).toBeCloseTo(D0 - D2 - 60, 5);
  });

  it('one block: the rate is a daily one of 24 × maxWithdrawalM3PerHour', async () => {
    // gate 24 × 3 000 = 72 000 m³, storage 24 × 100 = 2 400 m³: 744 MWh of 900 served
    const r = await runScenario(withRate(100, 1), { solver: 'highs' });
    const day = r.days[0];
    expect(day.blocks).toBeUndefined();
    expect(day.gas.withdrawalM3).toBeCloseTo(2400, 3);
    expect(day.sources.gb.heatMWh).toBeCloseTo(744, 5);
    expect(day.unservedMWh).toBeCloseTo(156, 5);
    // without the rate the daily 100 000 m³ serves the whole day
    const free = await runScenario(withRate(undefined, 1), { solver: 'highs' });
    expect(free.days[0].unservedMWh).toBeCloseTo(0, 5);
  });

  it('an hour above the whole day is refused, naming the field and its daily partner', async () => {
    await expect(runScenario(withRate(200_000))).rejects.toMatchObject({
      problems: [
        expect.objectContaining({
          path: 'gas.storage.maxWithdrawalM3PerHour',
          message: expect.stringContaining('maxWithdrawalM3PerDay'),
        }),
      ],
    });
    const s = withRate(1000);
    s.gas.storage.maxInjectionM3PerHour = 10; // the daily injection defaults to 0
    await expect(runScenario(s)).rejects.toMatchObject({
      problems: [expect.objectContaining({ path: 'gas.storage.maxInjectionM3PerHour' })],
    });
  });
});
