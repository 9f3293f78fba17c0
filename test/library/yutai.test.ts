/**
 * Yutai county, 2021-22 heating season (plan as summarised in scenarios/yutai-2021.json): the indoor temperature
 * raised from 18 °C to 20 °C; gas cut for non-residential users first (压非保民), 29,700 rural
 * homes on gas wall-hung boilers. What-if: the city gate loses 30 % for 10 days in a cold wave.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult, Scenario } from '../../engine/index.ts';
import {
  cutOrderViolations,
  expectedSetpointIncreasePercent,
  gasCutDays,
  gasCutOrder,
  homeGasCutM3,
  type SetpointComparison,
} from '../../scenarios/library/yutai.ts';
import { YUTAI } from '../../scenarios/library/plans.ts';
import { loadLibraryScenario, setpointStudy } from '../../scenarios/library/studies.ts';
import { expectGolden } from './golden-file.ts';

let s: Scenario;
let r18: RunResult, r20: RunResult, cmp: SetpointComparison;

beforeAll(async () => {
  s = loadLibraryScenario('yutai_2021');
  ({
    base: r18,
    raised: r20,
    comparison: cmp,
  } = await setpointStudy(s, YUTAI.nationalFloorSetpointC, YUTAI.planSetpointC));
});

describe('yutai_2021', () => {
  it("is written at the plan's 20 °C, so the 20 °C run is the scenario as written", () => {
    expect(s.heating.indoorSetpointC).toBe(YUTAI.planSetpointC);
    expect(s.zones.every((z) => z.indoorSetpointC === undefined)).toBe(true);
  });

  // Plan: indoor temperature raised from 18 °C to 20 °C (Yutai 2021-22 assurance plan).
  it("shows the season's heat and coal at 18 °C and 20 °C side by side, with the increase in %", () => {
    console.log(
      `yutai_2021 setpoint: 18 °C ${cmp.base.heatDemandMWh.toFixed(0)} MWh, ${cmp.base.coalT.toFixed(0)} t coal; 20 °C ${cmp.raised.heatDemandMWh.toFixed(0)} MWh, ${cmp.raised.coalT.toFixed(0)} t; heat +${cmp.heatIncreasePercent.toFixed(2)} %, coal +${cmp.coalIncreasePercent.toFixed(2)} %`,
    );
    expect(cmp.heatIncreasePercent).toBeGreaterThan(0);
    expect(cmp.coalIncreasePercent).toBeGreaterThan(0);
    // the demand increase is exactly what the CJJ 34 degree-ratio formula (docs/design.md#demand) gives for these days
    const expected = expectedSetpointIncreasePercent(r20.days, s.weather.designOutdoorTempC, 18, 20);
    expect(cmp.heatIncreasePercent).toBeCloseTo(expected, 6);
    // the same weather drove both runs
    expect(r18.days.map((d) => d.outdoorTempC)).toEqual(r20.days.map((d) => d.outdoorTempC));
  });

  // Plan: 压非保民 — gas cut for non-residential users first; homes keep their gas.
  it('cuts the city gate by 30 % for 10 days in a cold wave; homes keep all their gas; cuts follow the order', () => {
    const gate = s.gas.supplyPoints.find((p) => p.id === YUTAI.gasPoint)!;
    expect(gate.disruptions).toHaveLength(1);
    const w = gate.disruptions[0];
    expect(w.cutFraction).toBe(YUTAI.gasCutFraction);
    const window = r20.days.filter((d) => d.date >= w.start && d.date <= w.end);
    expect(window).toHaveLength(YUTAI.gasCutDays);
    expect(window[0].coldWave).not.toBe('none'); // the cut starts on a GB/T 21987 cold-wave day

    expect(homeGasCutM3(r20.days)).toBeLessThan(1);
    expect(r20.summary.homesProtected).toBe(true);
    const order = gasCutOrder(s.policy.protectOrder);
    expect(order.slice(-2)).toEqual(['heating-residential', 'residential']);
    expect(cutOrderViolations(r20.days, order)).toEqual([]);

    const cuts = gasCutDays(r20.days, order);
    expect(cuts.length).toBeGreaterThan(0);
    expect(cuts.every((d) => d.date >= w.start && d.date <= w.end)).toBe(true); // gas runs short only in the what-if
    for (const d of cuts) expect(d.cutShare.interruptible).toBeCloseTo(1, 6); // the first tier goes first, entirely
    const deepest = new Set(cuts.map((d) => d.deepest));
    console.log(
      `yutai_2021 gas cut: ${cuts.length} days, deepest tiers reached: ${[...deepest].join(', ')}; season cut by category (m³): ${JSON.stringify(r20.summary.gasCutM3ByCategory)}`,
    );
  });

  it('matches its golden result', () => expectGolden(r20));
});
