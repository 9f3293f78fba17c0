/**
 * Heat demand by the area-heat-index method (CJJ 34 城镇供热管网设计规范):
 *   Q_design [MW] = Σ area_m2 × heatIndex_W_per_m2 / 1e6
 *   Q(t_out)      = Q_design × (t_in − t_out) / (t_ref − t_design), 0 when t_out ≥ t_in
 *   where t_ref is the indoor temperature the heat indices were set for (CJJ 34: 18 °C). With
 *   t_in = t_ref this is the textbook degree ratio (docs/design.md#demand); a 20 °C setpoint on 18 °C indices scales the
 *   whole curve up by (20 − t_out)/(18 − t_out) instead of only lifting mild days.
 *   supplied heat = Q / (1 − networkLoss); daily energy [MWh] = Q × 24
 */
import { HOURS_PER_DAY } from '../units.ts';

export interface Building {
  readonly areaM2: number;
  readonly heatIndexWPerM2: number;
}

/** Design heat load of a set of buildings, MW. */
export function designLoadMW(buildings: ReadonlyArray<Building>): number {
  return buildings.reduce((sum, b) => sum + (b.areaM2 * b.heatIndexWPerM2) / 1e6, 0);
}

/** Heat load at an outdoor temperature, MW (degree-ratio scaling of the design load). */
export function loadAtMW(
  designMW: number,
  indoorC: number,
  outdoorC: number,
  designOutdoorC: number,
  referenceIndoorC = indoorC,
): number {
  if (outdoorC >= indoorC) return 0;
  return (designMW * (indoorC - outdoorC)) / (referenceIndoorC - designOutdoorC);
}

/** Heat the network must be fed for a day's load, MWh (network loss grossed up). */
export function suppliedDailyMWh(loadMW: number, networkLossFraction: number): number {
  return (loadMW / (1 - networkLossFraction)) * HOURS_PER_DAY;
}
