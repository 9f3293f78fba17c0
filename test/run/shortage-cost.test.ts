/**
 * The shortage cost, worked from the day records: Σ unserved MWh × its value (homes and other
 * buildings apart) + Σ cut m³ × its category's value. And the valuation is for reporting: it
 * changes no MWh, m³ or tonne of the dispatch, only the cost reported.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  GAS_CATEGORIES,
  loadScenarioFile,
  runScenario,
  SHIPPED_SCENARIOS_DIR,
  scenarioSchema,
  type RunResult,
  type Scenario,
} from '../../engine/index.ts';
import { coldestWindowStart, withExtremeColdWave, withSeasonGasCut } from '../support/worse-winter.ts';

const RUN = { mode: 'daily', solver: 'auto' } as const;

/** Values unlike the defaults, each category its own, so a swapped key would show. */
const VALUATION: Scenario['shortageValuation'] = {
  unservedHeatYuanPerMWh: { residential: 4321, nonResidential: 1234 },
  gasCutYuanPerM3: {
    interruptible: 7,
    industrial: 11,
    'cng-vehicles': 13,
    commercial: 17,
    'heating-nonresidential': 19,
    'public-welfare': 23,
    'heating-residential': 29,
    residential: 31,
  },
};

/** The shortage cost of one day, re-derived by hand from its record. */
function workedShortage(d: RunResult['days'][number], v: Scenario['shortageValuation']): number {
  let yuan = 0;
  for (const z of Object.values(d.zones)) {
    yuan += z.unservedResidentialMWh * v.unservedHeatYuanPerMWh.residential;
    yuan += (z.unservedMWh - z.unservedResidentialMWh) * v.unservedHeatYuanPerMWh.nonResidential;
  }
  for (const cat of GAS_CATEGORIES) yuan += (d.gas.categories[cat]?.cutM3 ?? 0) * v.gasCutYuanPerM3[cat];
  return yuan;
}

let base: Scenario, worse: Scenario, r0: RunResult, r: RunResult, rValued: RunResult;

beforeAll(async () => {
  base = loadScenarioFile(join(SHIPPED_SCENARIOS_DIR, 'yutai-2021.json'));
  r0 = await runScenario(base, RUN);
  // yutai_2021 with an extreme cold wave in its coldest week and its city gate 30 % down all season
  worse = withSeasonGasCut(withExtremeColdWave(base, coldestWindowStart(r0, 7)), 0.3);
  r = await runScenario(worse, RUN);
  rValued = await runScenario({ ...worse, shortageValuation: VALUATION }, RUN);
});

describe('shortage cost', () => {
  it('defaults are documented and bounded', () => {
    const d = scenarioSchema.parse({ ...base, shortageValuation: undefined }).shortageValuation;
    expect(d.unservedHeatYuanPerMWh).toEqual({ residential: 3000, nonResidential: 1000 });
    expect(Object.keys(d.gasCutYuanPerM3).sort()).toEqual([...GAS_CATEGORIES].sort());
    // every default is dearer than the dearest gas in the shipped scenarios (LNG ≈ ¥4.8/m³), so a cut never saves money
    for (const v of Object.values(d.gasCutYuanPerM3)) expect(v).toBeGreaterThan(5);
    expect(
      scenarioSchema.safeParse({ ...base, shortageValuation: { unservedHeatYuanPerMWh: { residential: 1e6 } } })
        .success,
    ).toBe(false);
    expect(
      scenarioSchema.safeParse({ ...base, shortageValuation: { gasCutYuanPerM3: { industrial: -1 } } }).success,
    ).toBe(false);
  });

  it('= Σ unserved MWh × value + Σ cut m³ × value, day by day and for the season (default values)', () => {
    const v = worse.shortageValuation;
    let season = 0;
    for (const d of r.days) {
      const worked = workedShortage(d, v);
      expect(d.shortageCostYuan).toBeCloseTo(worked, 4);
      expect(d.costYuan).toBeCloseTo(d.supplyCostYuan + worked, 4);
      season += worked;
    }
    expect(r.summary.unservedHeatMWh).toBeGreaterThan(0);
    expect(Object.values(r.summary.gasCutM3ByCategory).some((m3) => (m3 ?? 0) > 0)).toBe(true);
    expect(r.summary.shortageCostYuan).toBeCloseTo(season, 2);
    // the season figure from the summary's own totals (one value per category, two for heat)
    const cuts = GAS_CATEGORIES.reduce((s, c) => s + (r.summary.gasCutM3ByCategory[c] ?? 0) * v.gasCutYuanPerM3[c], 0);
    const heat =
      r.summary.unservedResidentialHeatMWh * v.unservedHeatYuanPerMWh.residential +
      (r.summary.unservedHeatMWh - r.summary.unservedResidentialHeatMWh) * v.unservedHeatYuanPerMWh.nonResidential;
    expect(r.summary.shortageCostYuan).toBeCloseTo(cuts + heat, 2);
  });

  it("reads the scenario's own values", () => {
    for (const d of rValued.days) expect(d.shortageCostYuan).toBeCloseTo(workedShortage(d, VALUATION), 4);
    expect(rValued.summary.shortageCostYuan).not.toBeCloseTo(r.summary.shortageCostYuan, 0);
  });

  it('is reporting only: another valuation changes no dispatch figure and no supply cost', () => {
    const strip = (x: RunResult) => x.days.map(({ shortageCostYuan: _s, costYuan: _c, ...rest }) => rest);
    expect(strip(rValued)).toEqual(strip(r));
    expect(rValued.summary.supplyCostYuan).toBe(r.summary.supplyCostYuan);
    expect(rValued.solver.stages).toEqual(r.solver.stages);
  });

  it('an extreme cold wave plus a 30 % gas cut costs more than the baseline, though less is bought', () => {
    console.log(
      `yutai_2021 baseline: supply ${(r0.summary.supplyCostYuan / 1e6).toFixed(2)} + shortage ${(r0.summary.shortageCostYuan / 1e6).toFixed(2)} = ${(r0.summary.costYuan / 1e6).toFixed(2)} M¥; ` +
        `extreme cold wave + 30 % gas cut: supply ${(r.summary.supplyCostYuan / 1e6).toFixed(2)} + shortage ${(r.summary.shortageCostYuan / 1e6).toFixed(2)} = ${(r.summary.costYuan / 1e6).toFixed(2)} M¥`,
    );
    expect(r.summary.supplyCostYuan).toBeLessThan(r0.summary.supplyCostYuan); // the old costYuan: the worse winter looked cheaper
    expect(r.summary.costYuan).toBeGreaterThan(r0.summary.costYuan);
  });
});
