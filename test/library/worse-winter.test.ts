/**
 * A worse winter never looks cheaper. On every shipped scenario, an extreme cold wave in the
 * coldest week of the horizon, and a 30 % cut of the main gas supply point for the whole
 * season, each raise the total cost (`costYuan` = supply + valued shortage) above the
 * unmodified scenario's. Before the shortage was valued, both could come out cheaper: gas not
 * bought and heat not made cost nothing.
 *
 * Daily mode with solver `auto` (YALPS on these small LPs) for speed: the property is about
 * the accounting, not the solver.
 */
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile, runScenario, type RunResult, type Scenario } from '../../engine/index.ts';
import { scenarioFiles } from '../../scenarios/library/studies.ts';
import {
  COLD_WAVE_DAYS,
  GAS_CUT_FRACTION,
  coldestWindowStart,
  mainGasPoint,
  withExtremeColdWave,
  withSeasonGasCut,
} from '../support/worse-winter.ts';

const RUN = { mode: 'daily', solver: 'auto' } as const;

const M = (yuan: number) => `${(yuan / 1e6).toFixed(2)} M¥`;
const line = (what: string, r: RunResult) =>
  `${what}: supply ${M(r.summary.supplyCostYuan)} + shortage ${M(r.summary.shortageCostYuan)} = ${M(r.summary.costYuan)}`;

describe.each(scenarioFiles().map((f) => [basename(f)]))('%s: a worse winter never looks cheaper', (file) => {
  const s: Scenario = loadScenarioFile(scenarioFiles().find((f) => basename(f) === file)!);
  // the gas-cut cases exist only where the scenario buys gas (ordos, zhangjiakou and zhucheng are coal only)
  const hasGas = s.gas.supplyPoints.length > 0;
  const gasCase = (name: string, fn: () => Promise<void>) => {
    if (hasGas) it(name, fn);
  };
  let base: RunResult;
  beforeAll(async () => {
    base = await runScenario(s, RUN);
    console.log(`${s.id} ${line('baseline', base)}`);
  });

  it('reports costYuan = supplyCostYuan + shortageCostYuan, per day and for the season', () => {
    for (const d of base.days) expect(d.costYuan).toBeCloseTo(d.supplyCostYuan + d.shortageCostYuan, 6);
    expect(base.summary.costYuan).toBeCloseTo(base.summary.supplyCostYuan + base.summary.shortageCostYuan, 3);
  });

  it(`an extreme cold wave of ${COLD_WAVE_DAYS} days in the coldest week raises the total cost`, async () => {
    const start = coldestWindowStart(base, COLD_WAVE_DAYS);
    const r = await runScenario(withExtremeColdWave(s, start), RUN);
    console.log(
      `${s.id} ${line(`extreme cold wave from ${start}`, r)}; Δ total ${M(r.summary.costYuan - base.summary.costYuan)}`,
    );
    expect(Math.min(...r.days.map((d) => d.outdoorTempC))).toBeLessThan(
      Math.min(...base.days.map((d) => d.outdoorTempC)),
    );
    expect(r.summary.heatDemandMWh).toBeGreaterThan(base.summary.heatDemandMWh);
    expect(r.summary.costYuan).toBeGreaterThan(base.summary.costYuan);
  });

  // 30 % less gas than the point delivered on its busiest day: the cut binds on every scenario that uses the point
  gasCase(
    `${GAS_CUT_FRACTION * 100} % less gas from the main supply point for the season raises the total cost`,
    async () => {
      const main = mainGasPoint(s);
      const peakM3 = Math.max(...base.days.map((d) => d.gas.supplyM3[main.id]));
      expect(peakM3).toBeGreaterThan(0);
      const fraction = 1 - ((1 - GAS_CUT_FRACTION) * peakM3) / main.capacityM3PerDay;
      const r = await runScenario(withSeasonGasCut(s, fraction), RUN);
      console.log(
        `${s.id} ${line(`${main.id} cut to 70 % of its peak delivery (${(fraction * 100).toFixed(1)} % of capacity)`, r)}; Δ total ${M(r.summary.costYuan - base.summary.costYuan)}`,
      );
      expect(r.summary.costYuan).toBeGreaterThan(base.summary.costYuan);
    },
  );

  gasCase(
    `a ${GAS_CUT_FRACTION * 100} % cut of the main supply point's capacity for the season never lowers the total cost`,
    async () => {
      const r = await runScenario(withSeasonGasCut(s, GAS_CUT_FRACTION), RUN);
      console.log(
        `${s.id} ${line(`${GAS_CUT_FRACTION * 100} % of ${mainGasPoint(s).id}'s capacity cut`, r)}; Δ total ${M(r.summary.costYuan - base.summary.costYuan)}`,
      );
      // where the point never runs above 70 % of its capacity (jincheng_2017) the cut does not bind and nothing changes
      expect(r.summary.costYuan).toBeGreaterThanOrEqual(base.summary.costYuan - 1e-6 * Math.abs(base.summary.costYuan));
    },
  );
});
