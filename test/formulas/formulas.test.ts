/**
 * Worked checks of the model's formulas (docs/design.md), each citing its source.
 */
import { describe, expect, it } from 'vitest';
import {
  coalTPerMWh,
  daysOfCover,
  designLoadMW,
  gasCategoryDemandM3,
  gasM3PerMWh,
  heatPumpCop,
  loadAtMW,
  nMinusOnePercent,
  reserveFloorT,
  suppliedDailyMWh,
} from '../../engine/index.ts';

describe('heat demand (CJJ 34 area-heat-index method)', () => {
  it('10 Mm² × 45 W/m² is a 450 MW design load', () => {
    expect(designLoadMW([{ areaM2: 10e6, heatIndexWPerM2: 45 }])).toBeCloseTo(450, 9);
  });
  it('a −12 °C day at t_in 18, t_design −7.6 needs 527 MW (117 % of design)', () => {
    const q = loadAtMW(450, 18, -12, -7.6);
    expect(q).toBeCloseTo((450 * 30) / 25.6, 9);
    expect(Math.round(q)).toBe(527);
    expect(Math.round((q / 450) * 100)).toBe(117);
  });
  it('a 20 °C setpoint on 18 °C heat indices scales the curve: 450 × (20 + 12)/(18 + 7.6) = 562.5 MW at −12 °C', () => {
    expect(loadAtMW(450, 20, -12, -7.6, 18)).toBeCloseTo(562.5, 9);
    expect(loadAtMW(450, 20, -7.6, -7.6, 18)).toBeCloseTo((450 * 27.6) / 25.6, 9);
  });
  it('is zero at or above the indoor setpoint, and grossed up by network loss', () => {
    expect(loadAtMW(450, 18, 18, -7.6)).toBe(0);
    expect(loadAtMW(450, 18, 25, -7.6)).toBe(0);
    expect(suppliedDailyMWh(100, 0.2)).toBeCloseTo((100 / 0.8) * 24, 9);
  });
});

describe('fuel burn (docs/design.md#sources-and-fuel)', () => {
  it('700 MW of design-day coal-boiler heat at η 0.82, 20.93 GJ/t burns 3 524 t/day; the 30-day floor is 105 700 t', () => {
    const perDay = 700 * 24 * coalTPerMWh(0.82, 20.93);
    expect(perDay).toBeCloseTo((700 * 24 * 3.6) / (0.82 * 20.93), 6);
    expect(Math.round(perDay)).toBe(3524);
    expect(Math.round(reserveFloorT(30, perDay) / 100) * 100).toBe(105_700);
    expect(daysOfCover(reserveFloorT(30, perDay), perDay)).toBeCloseTo(30, 12);
  });
  it('gas per MWh = 3600 / (η × 35.6 MJ/m³)', () => {
    expect(gasM3PerMWh(0.92, 35.6)).toBeCloseTo(3600 / (0.92 * 35.6), 9);
  });
  it('heat-pump COP = quality × T_sink/(T_sink − T_source) in kelvin, clamped to [1, 8]', () => {
    expect(heatPumpCop(0.4, 50, 0)).toBeCloseTo((0.4 * 323.15) / 50, 9);
    expect(heatPumpCop(0.5, 50, 45)).toBe(8);
    expect(heatPumpCop(0.2, 80, -30)).toBe(1);
  });
  it('gas category demand = base + perHDD × max(0, 18 − t_mean)', () => {
    expect(gasCategoryDemandM3(1000, 50, -2)).toBe(2000);
    expect(gasCategoryDemandM3(1000, 50, 20)).toBe(1000);
  });
});

describe('gas N-1 (EU Reg. 2017/1938 Annex II)', () => {
  const infra = {
    entryM3PerDay: 60,
    productionM3PerDay: 10,
    storageM3PerDay: 25,
    lngM3PerDay: 15,
    largestM3PerDay: 40,
  };
  it('60 + 10 + 25 + 15 − 40 over D_max 65 is 107.7 % (pass)', () => {
    expect(nMinusOnePercent({ ...infra, peakDemandM3PerDay: 65 })).toBeCloseTo(107.7, 1);
  });
  it('over D_max 75 it is 93.3 % (fail)', () => {
    expect(nMinusOnePercent({ ...infra, peakDemandM3PerDay: 75 })).toBeCloseTo(93.3, 1);
  });
});
