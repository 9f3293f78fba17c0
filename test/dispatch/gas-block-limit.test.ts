/**
 * A gas supply point's hourly cap (`maxM3PerHour`) held in each block (docs/design.md#intra-day-blocks).
 * Fixture test/fixtures/gas-block-limit.json: one day at a mean −3 °C with a 10 K daily range, in
 * two 12-hour blocks; 50 MW of residential heat at −10 °C; one 80 MW gas boiler, η = 1, LHV 36 MJ/m³:
 *   gas per MWh   = 3 600 / (1 × 36) = 100 m³/MWh
 *   demand        = 50 × (18 + 3) / (18 + 10) × 24 = 900 MWh/day, split by the diurnal profile into
 *                   D0 = 498.369… MWh (00:00–12:00, the cold night) and D1 = 401.630… MWh (the warm afternoon)
 *   industrial    = 24 000 m³/day, used evenly: 12 000 m³ a block less half of the day's cut x
 *   block row     : 100 × heat_b + (24 000 − x) / 2 ≤ 12 h × maxM3PerHour
 * Cap 4 000 m³/h (48 000 m³ a block): held as a daily 96 000 m³ only, cutting 18 000 m³ of the
 * 24 000 of industrial gas would serve all 900 MWh (90 000 + 24 000 − 18 000 = 96 000); per block
 * the night alone needs 100 × D0 + 12 000 = 61 837 m³ before any cut, more than 48 000:
 *   heat residential is protected before industrial gas, so industrial is cut whole (x = 24 000):
 *   night: heat = 48 000 / 100 = 480 MWh, unserved = D0 − 480 = 18.369… MWh;
 *   afternoon: 100 × 401.63 = 40 163 ≤ 48 000, all served.
 * Cap 4 500 m³/h (54 000 m³ a block): the night needs 100 × D0 + 12 000 − x/2 ≤ 54 000, so
 *   x = 2 × (100 × D0 − 42 000) = 15 673.849… m³ and no heat goes unserved; the afternoon has
 *   room to spare, but the cut is a daily one (its share of a block is fixed by the hours).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/index.ts';

const scenario = JSON.parse(readFileSync(new URL('../fixtures/gas-block-limit.json', import.meta.url), 'utf8'));
const withCap = (cap: number | undefined, blocksPerDay = 2) => {
  const s = structuredClone(scenario);
  if (cap === undefined) delete s.gas.supplyPoints[0].maxM3PerHour;
  else s.gas.supplyPoints[0].maxM3PerHour = cap;
  s.dispatch.blocksPerDay = blocksPerDay;
  return s;
};

describe.each(['highs', 'glpk'] as const)('an hourly gas cap held per block (%s)', (solver) => {
  it('binds in the cold block: unserved heat covers the rest', async () => {
    const r = await runScenario(withCap(4000), { solver });
    expect(r.solver.status).toBe('optimal');
    const day = r.days[0];
    const [night, afternoon] = day.blocks ?? [];
    const d0 = night.demandMWh;
    expect(d0).toBeCloseTo(498.369_245, 5);
    expect(night.demandMWh + afternoon.demandMWh).toBeCloseTo(900, 6);
    expect(night.heatMWh.gb).toBeCloseTo(480, 5);
    expect(night.unservedMWh).toBeCloseTo(d0 - 480, 5);
    expect(afternoon.heatMWh.gb).toBeCloseTo(afternoon.demandMWh, 5);
    expect(afternoon.unservedMWh).toBeCloseTo(0, 6);
    expect(day.gas.categories.industrial?.cutM3).toBeCloseTo(24_000, 3);
    expect(day.gas.supplyM3.gate).toBeCloseTo(100 * (480 + afternoon.demandMWh), 2);
  });

  it('a looser cap: part of the industrial gas is cut and all heat is served', async () => {
    const r = await runScenario(withCap(4500), { solver });
    const day = r.days[0];
    const d0 = day.blocks?.[0].demandMWh ?? Number.NaN;
    expect(day.unservedMWh).toBeCloseTo(0, 5);
    expect(day.gas.categories.industrial?.cutM3).toBeCloseTo(2 * (100 * d0 - 42_000), 2);
    expect(2 * (100 * 498.369_245_253_148_8 - 42_000)).toBeCloseTo(15_673.849, 3);
  });
});

describe('without maxM3PerHour, or with one block a day', () => {
  it('no field: the day is the daily model (all heat served, no cut)', async () => {
    const r = await runScenario(withCap(undefined), { solver: 'highs' });
    const day = r.days[0];
    expect(day.unservedMWh).toBeCloseTo(0, 6);
    expect(day.gas.categories.industrial?.cutM3).toBeCloseTo(0, 3);
    expect(day.gas.supplyM3.gate).toBeCloseTo(90_000 + 24_000, 2);
  });

  it('one block: the cap is a daily one of 24 × maxM3PerHour', async () => {
    // 1 500 m³/h × 24 h = 36 000 m³/day; industrial cut whole, the boiler gets 36 000 m³ = 360 MWh
    const r = await runScenario(withCap(1500, 1), { solver: 'highs' });
    const day = r.days[0];
    expect(day.blocks).toBeUndefined();
    expect(day.gas.supplyM3.gate).toBeCloseTo(36_000, 3);
    expect(day.sources.gb.heatMWh).toBeCloseTo(360, 5);
    expect(day.unservedMWh).toBeCloseTo(540, 5);
  });

  it('an hour above the whole day is refused, naming the field', async () => {
    await expect(runScenario(withCap(2_000_000))).rejects.toMatchObject({
      problems: [
        expect.objectContaining({
          path: 'gas.supplyPoints[0].maxM3PerHour',
          message: expect.stringContaining('m³/h'),
        }),
      ],
    });
  });
});
