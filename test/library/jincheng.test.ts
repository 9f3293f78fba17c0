/**
 * Jincheng 2017 clean-heating conversion (plan as summarised in scenarios/jincheng-2017.json): 100,000 rural homes
 * moved off scattered coal, cutting household coal burning by 420,000 t a year; ¥6,500 per home.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  designLoadMW,
  gasM3PerMWh,
  heatPumpCop,
  runScenario,
  type RunResult,
  type Scenario,
} from '../../engine/index.ts';
import type { ScatteredCoalRange } from '../../scenarios/library/jincheng.ts';
import { JINCHENG } from '../../scenarios/library/plans.ts';
import { designDayRun, loadLibraryScenario, scatteredCoalStudy } from '../../scenarios/library/studies.ts';
import { expectGolden } from './golden-file.ts';

let s: Scenario;
let season: RunResult, design: RunResult, coal: ScatteredCoalRange;
const zone = (id: string) => s.zones.find((z) => z.id === id)!;
const source = (id: string) => s.sources.find((x) => x.id === id)!;

beforeAll(async () => {
  s = loadLibraryScenario('jincheng_2017');
  season = await runScenario(s);
  design = await designDayRun(s);
  coal = await scatteredCoalStudy(s, {
    stoveSource: JINCHENG.stoveSource,
    referenceHomes: JINCHENG.referenceHomes,
    homes: JINCHENG.convertedHomes,
    planT: JINCHENG.coalCutT,
    stoveEfficiencyRange: JINCHENG.stoveEfficiencyRange,
    heatIndexRangeWPerM2: JINCHENG.heatIndexRangeWPerM2,
  });
});

describe('jincheng_2017', () => {
  // Plan: 100,000 homes converted cut household coal burning by 420,000 t a year (Jincheng 2017).
  // The plan's figure is heating and cooking; the model's reference home burns coal for heating only.
  it("derives the homes' heating coal as a range from the stated ranges and places the plan's 420 kt (heating + cooking) in it", () => {
    const home = zone(JINCHENG.referenceZone),
      stove = source(JINCHENG.stoveSource);
    if (stove.kind !== 'coal-boiler') throw new Error('unexpected stove kind');
    expect(home.buildings.reduce((a, b) => a + b.areaM2, 0)).toBe(JINCHENG.referenceAreaM2); // one home (meta.assumptions)
    // the scenario's own stove lies inside its stated range, not at a point tuned to the plan
    const [eLo, eHi] = JINCHENG.stoveEfficiencyRange;
    expect(stove.efficiencyFraction).toBeGreaterThanOrEqual(eLo);
    expect(stove.efficiencyFraction).toBeLessThanOrEqual(eHi);
    expect(coal.low.case).toEqual({ efficiencyFraction: eHi, heatIndexWPerM2: JINCHENG.heatIndexRangeWPerM2[0] });
    expect(coal.high.case).toEqual({ efficiencyFraction: eLo, heatIndexWPerM2: JINCHENG.heatIndexRangeWPerM2[1] });
    // each end is the home's need: no heat left unserved, so neither the stove nor the 6 t pile capped the burn
    for (const end of [coal.low, coal.high, coal.asWritten]) expect(end.unservedMWh).toBeLessThan(1e-3);
    expect(coal.low.totalT).toBeLessThan(coal.asWritten.totalT);
    expect(coal.asWritten.totalT).toBeLessThan(coal.high.totalT);
    // the study's as-written run is the season run
    expect(coal.asWritten.perHomeT).toBeCloseTo(
      season.days.reduce((a, d) => a + (d.sources[JINCHENG.stoveSource].coalT ?? 0), 0) / JINCHENG.referenceHomes,
      6,
    );

    const kt = (t: number) => (t / 1000).toFixed(1);
    console.log(
      `jincheng_2017 scattered coal (${JINCHENG.modelIncludes}), ${JINCHENG.convertedHomes} homes: ${kt(coal.low.totalT)}-${kt(coal.high.totalT)} kt ` +
        `(${coal.low.perHomeT.toFixed(2)}-${coal.high.perHomeT.toFixed(2)} t per home; as written ${coal.asWritten.perHomeT.toFixed(2)} t, ${kt(coal.asWritten.totalT)} kt); ` +
        `plan ${kt(coal.planT)} kt (${JINCHENG.planIncludes}) is ${coal.plan.where} the range at ${(coal.plan.fraction * 100).toFixed(1)} % of its width; ` +
        `room for cooking coal ${(coal.cookingRoomTPerHome * 1000).toFixed(0)} kg per home a year`,
    );
    // The plan's heating + cooking must be at least the model's lowest heating-only burn: were it
    // below, heating alone would exceed the plan's heating and cooking at every stated setting.
    expect(coal.plan.where).toBe('inside');
    expect(coal.cookingRoomTPerHome).toBeGreaterThanOrEqual(0);
  });

  // Plan: the homes moved to central heat, gas and electric heat; what they now need on the design day.
  it('gives the gas and electricity the converted homes need on the design day', () => {
    const d = design.days[0];
    expect(d.outdoorTempC).toBe(s.weather.designOutdoorTempC);
    const gasHomes = zone(JINCHENG.gasHomes.zone),
      boilers = source(JINCHENG.gasHomes.source);
    const elecHomes = zone(JINCHENG.electricHomes.zone),
      pumps = source(JINCHENG.electricHomes.source);
    if (boilers.kind !== 'gas-boiler' || pumps.kind !== 'heat-pump') throw new Error('unexpected source kinds');
    // docs/design.md: Q_design = Σ area × index; gas = heat × 3600 / (η × LHV); electricity = heat / COP(t_design)
    const gasHeatMWh = (designLoadMW(gasHomes.buildings) * 24) / (1 - gasHomes.networkLossFraction);
    const expectedGasM3 = gasHeatMWh * gasM3PerMWh(boilers.efficiencyFraction, s.gas.heatingSourceHeatValueMJPerM3);
    const elecHeatMWh = (designLoadMW(elecHomes.buildings) * 24) / (1 - elecHomes.networkLossFraction);
    const expectedElecMWh =
      elecHeatMWh / heatPumpCop(pumps.copQualityFraction, pumps.sinkTempC, s.weather.designOutdoorTempC);
    const gasM3 = d.sources[boilers.id].gasM3!,
      elecMWh = d.sources[pumps.id].electricityMWh!;
    expect(gasM3).toBeCloseTo(expectedGasM3, 3);
    expect(elecMWh).toBeCloseTo(expectedElecMWh, 6);
    expect(d.unservedMWh).toBeLessThan(1e-3);
    const chpCoalT = d.sources[JINCHENG.centralHomes.source].coalT!;
    console.log(
      `jincheng_2017 design day (${d.outdoorTempC} °C): gas ${(gasM3 / 1e4).toFixed(1)} ×10⁴ m³ (${(gasM3 / JINCHENG.gasHomes.homes).toFixed(1)} m³ per home, ${JINCHENG.gasHomes.homes} homes); electricity ${elecMWh.toFixed(0)} MWh = ${(elecMWh / 24).toFixed(1)} MW average (${((elecMWh * 1000) / JINCHENG.electricHomes.homes).toFixed(1)} kWh per home, ${JINCHENG.electricHomes.homes} homes); central heat ${chpCoalT.toFixed(0)} t coal at the CHP plant`,
    );
  });

  it('matches its golden result', () => expectGolden(season));
});
