/**
 * Zhucheng heating service plan (as summarised in scenarios/zhucheng.json): heat-source firms hold coal of at
 * least 30 days of the maximum daily coal use (储备量不得少于30天的日最大耗煤量). What-if: rail
 * deliveries stop for 14 days from a cold wave.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { coalTPerMWh, reserveFloorT, runScenario, type RunResult, type Scenario } from '../../engine/index.ts';
import { ZHUCHENG } from '../../scenarios/library/plans.ts';
import { designDayRun, floorStudy, loadLibraryScenario, type FloorStudy } from '../../scenarios/library/studies.ts';
import { coverSeries } from '../../scenarios/library/zhucheng.ts';
import { expectGolden } from './golden-file.ts';

let s: Scenario;
let study: FloorStudy, run: RunResult, design: RunResult, floorFree: RunResult;

/** The scenario with no reserve rule (every yard's reserve days 0): the dispatch no floor steers, worked out here to cross-check the engine's figures. */
function withoutReserveFloors(x: Scenario): Scenario {
  const c = structuredClone(x) as Scenario;
  for (const y of c.yards) y.reserve.days = 0;
  return c;
}

beforeAll(async () => {
  s = loadLibraryScenario('zhucheng');
  study = await floorStudy(s);
  run = study.run;
  design = await designDayRun(s);
  floorFree = await runScenario(withoutReserveFloors(s));
});

describe('zhucheng', () => {
  // Plan: coal of at least 30 days of the maximum daily coal use, read as the larger of the design-day burn and the season's worst day.
  it("sets each yard's floor at 30 × the larger of its design-day burn and its largest daily burn of the season", () => {
    for (const y of s.yards) {
      const ys = run.summary.yards[y.id];
      const b = ys.maxDailyBurnByBasisT;
      expect(y.reserve.days).toBe(ZHUCHENG.reserveDays);
      expect(ys.basis).toBe('max-of-design-and-season');
      expect(b['design-day']).toBeCloseTo(design.days[0].yards[y.id].burnT, 6); // the floor's design-day burn = the design day run with its yards
      expect(b['season-max']).toBeCloseTo(Math.max(...floorFree.days.map((d) => d.yards[y.id].burnT)), 6); // = a run with no reserve rule
      expect(ys.maxDailyBurnT).toBe(Math.max(b['design-day'], b['season-max']!));
      expect(ys.floorT).toBeCloseTo(reserveFloorT(ZHUCHENG.reserveDays, ys.maxDailyBurnT), 6);
      console.log(
        `zhucheng ${y.id}: design-day ${b['design-day'].toFixed(1)}, season-max ${b['season-max']!.toFixed(1)}, capacity ${b.capacity.toFixed(1)} t/day; floor ${ys.floorT.toFixed(0)} t, opening ${y.openingStockT} t`,
      );
    }
    // the CHP plant runs flat out on the design day: its burn is capacity × 24 h × coal per MWh on every basis
    const lhvGJPerT = (id: string) => s.yards.find((y) => y.id === id)!.heatingValueKcalPerKg! * 0.0041868; // 1 kcal/kg = 0.0041868 GJ/t
    const chp = s.sources.find((x) => x.id === 'chp')!;
    if (chp.kind !== 'coal-chp') throw new Error('chp is not a CHP plant');
    const chpFull = chp.capacityMW * 24 * coalTPerMWh(chp.heatEfficiencyFraction, lhvGJPerT(ZHUCHENG.railYard));
    const rail = run.summary.yards[ZHUCHENG.railYard];
    for (const v of [
      rail.maxDailyBurnT,
      rail.maxDailyBurnByBasisT['design-day'],
      rail.maxDailyBurnByBasisT['season-max']!,
      rail.maxDailyBurnByBasisT.capacity,
    ])
      expect(v).toBeCloseTo(chpFull, 3);
    // the peak boilers: 857 t/day on the design day (the CHP plant carries the base), 1 611 t/day on the coldest day, all 320 MW
    const boiler = s.sources.find((x) => x.id === 'boiler_house')!;
    if (boiler.kind !== 'coal-boiler') throw new Error('boiler_house is not a coal boiler');
    const boilerFull = boiler.capacityMW * 24 * coalTPerMWh(boiler.efficiencyFraction, lhvGJPerT(ZHUCHENG.boilerYard));
    const by = run.summary.yards[ZHUCHENG.boilerYard];
    expect(by.maxDailyBurnByBasisT['design-day']).toBeCloseTo(856.7, 0);
    expect(by.maxDailyBurnByBasisT['season-max']!).toBeCloseTo(1610.6, 0);
    expect(by.maxDailyBurnByBasisT.capacity).toBeCloseTo(boilerFull, 6);
    expect(by.maxDailyBurnByBasisT['season-max']!).toBeCloseTo(boilerFull, 3);
    expect(by.floorT).toBeCloseTo(48_319, -1); // not the design-day reading's 25 700 t
  });

  it('reports days of cover through the season', () => {
    for (const y of s.yards) {
      const series = coverSeries(run, y.id);
      const maxBurn = run.summary.yards[y.id].maxDailyBurnT;
      for (const d of series) expect(d.daysOfCover).toBeCloseTo(d.stockT / maxBurn, 9);
      const min = Math.min(...series.map((d) => d.daysOfCover!));
      expect(run.summary.yards[y.id].minDaysOfCover).toBeCloseTo(min, 9);
    }
    expect(run.summary.minDaysOfCover).toBeCloseTo(
      Math.min(...s.yards.map((y) => run.summary.yards[y.id].minDaysOfCover!)),
      9,
    );
  });

  // Plan: the 30-day rule under a 14-day rail disruption starting at a cold wave.
  it('finds the first breach in the rail disruption and the coal that would have prevented it', () => {
    const rail = s.yards.find((y) => y.id === ZHUCHENG.railYard)!;
    const w = rail.deliveries.disruptions[0];
    const window = run.days.filter((d) => d.date >= w.start && d.date <= w.end);
    expect(window).toHaveLength(ZHUCHENG.disruptionDays);
    expect(w.cutFraction).toBe(1);
    expect(window[0].coldWave).not.toBe('none'); // the disruption starts on a GB/T 21987 cold-wave day
    const breach = run.summary.yards[ZHUCHENG.railYard].firstBreach;
    expect(breach).not.toBeNull();
    expect(breach! >= w.start && breach! <= w.end).toBe(true);
    // the boiler house opens with 28 000 t, below its 48 319 t floor: the city's first breach is the first day
    const boiler = s.yards.find((y) => y.id === ZHUCHENG.boilerYard)!;
    expect(boiler.openingStockT).toBeLessThan(run.summary.yards[ZHUCHENG.boilerYard].floorT);
    expect(run.summary.yards[ZHUCHENG.boilerYard].firstBreach).toBe(s.horizon.start);
    expect(run.summary.firstReserveBreach).toBe(s.horizon.start);

    // the engine's floor-free counterfactual gives coal that, added on 15 November, holds every floor all season
    for (const t of Object.values(study.coalToHoldFloorT)) expect(t).toBeGreaterThanOrEqual(0);
    expect(study.coalToHoldFloorT[ZHUCHENG.railYard]).toBeGreaterThan(0);
    const by = s.yards.find((y) => y.id === ZHUCHENG.boilerYard)!;
    // at least the first day's gap: that day's stock is at most the opening stock plus one day's delivery
    expect(study.coalToHoldFloorT[ZHUCHENG.boilerYard]).toBeGreaterThanOrEqual(
      run.summary.yards[by.id].floorT - by.openingStockT - by.deliveries.baseTPerDay - 1e-6,
    );
    expect(study.verified.summary.firstReserveBreach).toBeNull();
    // cross-check: for each breached yard it is the largest gap below the floor in a run with no reserve rule
    const gapT = (id: string) =>
      Math.max(0, ...floorFree.days.map((d) => run.summary.yards[id].floorT - d.yards[id].stockT));
    for (const [id, y] of Object.entries(run.summary.yards))
      if (y.firstBreach)
        expect(Math.abs(study.coalToHoldFloorT[id] - gapT(id))).toBeLessThan(1e-6 * Math.max(1, y.floorT));
    const verified = Object.fromEntries(Object.entries(study.coalToHoldFloorT).map(([id, t]) => [id, Math.round(t)]));
    const gaps = Object.fromEntries(Object.keys(run.summary.yards).map((id) => [id, Math.round(gapT(id))]));
    console.log(
      `zhucheng: first breach ${breach} (rail stops ${w.start}..${w.end}); the engine's coal that holds the floor, verified by a re-run: ${JSON.stringify(verified)} t; the gap below the floor with no reserve rule: ${JSON.stringify(gaps)} t`,
    );
  });

  it('matches its golden result', () => expectGolden(run));
});
