/**
 * Jincheng 2017 clean-heating conversion (plan as summarised in issue 4): 100,000 rural homes
 * moved off scattered coal, cutting household coal burning by 420,000 t a year; ¥6,500 per home.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { designLoadMW, gasM3PerMWh, heatPumpCop, runScenario, type RunResult, type Scenario } from '../../engine/index.ts';
import { scatteredCoalCheck } from '../../scenarios/library/checks.ts';
import { JINCHENG } from '../../scenarios/library/plans.ts';
import { designDayRun, loadLibraryScenario } from '../../scenarios/library/studies.ts';
import { expectGolden } from './golden-file.ts';

let s: Scenario;
let season: RunResult, design: RunResult;
const zone = (id: string) => s.zones.find((z) => z.id === id)!;
const source = (id: string) => s.sources.find((x) => x.id === id)!;

beforeAll(async () => {
  s = loadLibraryScenario('jincheng_2017');
  season = await runScenario(s);
  design = await designDayRun(s);
});

describe('jincheng_2017', () => {
  // Plan: 100,000 homes converted cut household coal burning by 420,000 t a year (Jincheng 2017).
  it('models a scattered-coal home whose season coal × 100,000 homes lands within ±15 % of 420 kt', () => {
    expect(zone(JINCHENG.referenceZone).buildings.reduce((a, b) => a + b.areaM2, 0)).toBe(80); // one home (meta.assumptions)
    const c = scatteredCoalCheck(season, JINCHENG.stoveSource, JINCHENG.referenceHomes, JINCHENG.convertedHomes, JINCHENG.coalCutT, JINCHENG.tolerance);
    console.log(`jincheng_2017 scattered coal: ${c.perHomeT.toFixed(3)} t per home per season × ${JINCHENG.convertedHomes} = ${(c.totalT / 1000).toFixed(1)} kt vs plan 420 kt (${c.deviationPercent.toFixed(1)} %)`);
    expect(c.withinTolerance).toBe(true);
    expect(season.summary.unservedHeatMWh).toBeLessThan(1e-3); // the stove kept the home warm all season
  });

  // Plan: the homes moved to central heat, gas and electric heat; what they now need on the design day.
  it('gives the gas and electricity the converted homes need on the design day', () => {
    const d = design.days[0];
    expect(d.outdoorTempC).toBe(s.weather.designOutdoorTempC);
    const gasHomes = zone(JINCHENG.gasHomes.zone), boilers = source(JINCHENG.gasHomes.source);
    const elecHomes = zone(JINCHENG.electricHomes.zone), pumps = source(JINCHENG.electricHomes.source);
    if (boilers.kind !== 'gas-boiler' || pumps.kind !== 'heat-pump') throw new Error('unexpected source kinds');
    // DESIGN §2: Q_design = Σ area × index; gas = heat × 3600 / (η × LHV); electricity = heat / COP(t_design)
    const gasHeatMWh = designLoadMW(gasHomes.buildings) * 24 / (1 - gasHomes.networkLossFraction);
    const expectedGasM3 = gasHeatMWh * gasM3PerMWh(boilers.efficiencyFraction, s.gas.heatingSourceHeatValueMJPerM3);
    const elecHeatMWh = designLoadMW(elecHomes.buildings) * 24 / (1 - elecHomes.networkLossFraction);
    const expectedElecMWh = elecHeatMWh / heatPumpCop(pumps.copQualityFraction, pumps.sinkTempC, s.weather.designOutdoorTempC);
    const gasM3 = d.sources[boilers.id].gasM3!, elecMWh = d.sources[pumps.id].electricityMWh!;
    expect(gasM3).toBeCloseTo(expectedGasM3, 3);
    expect(elecMWh).toBeCloseTo(expectedElecMWh, 6);
    expect(d.unservedMWh).toBeLessThan(1e-3);
    const chpCoalT = d.sources[JINCHENG.centralHomes.source].coalT!;
    console.log(`jincheng_2017 design day (${d.outdoorTempC} °C): gas ${(gasM3 / 1e4).toFixed(1)} ×10⁴ m³ (${(gasM3 / JINCHENG.gasHomes.homes).toFixed(1)} m³ per home, ${JINCHENG.gasHomes.homes} homes); electricity ${elecMWh.toFixed(0)} MWh = ${(elecMWh / 24).toFixed(1)} MW average (${(elecMWh * 1000 / JINCHENG.electricHomes.homes).toFixed(1)} kWh per home, ${JINCHENG.electricHomes.homes} homes); central heat ${chpCoalT.toFixed(0)} t coal at the CHP plant`);
  });

  it('matches its golden result', () => expectGolden(season));
});
