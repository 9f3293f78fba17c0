/**
 * Gas-side formulas.
 *   category demand [m³/day] = base + perHDD × max(0, 18 − t_mean)          (docs/design.md#gas)
 *   N-1 [%] = (EP_m + P_m + S_m + LNG_m − I_m) / D_max × 100, pass at ≥ 100  (EU Reg. 2017/1938 Annex II)
 */

/** Heating degree-day base temperature, °C. */
export const HDD_BASE_C = 18;

export function gasCategoryDemandM3(baseM3PerDay: number, perDegreeDayM3: number, tMeanC: number): number {
  return baseM3PerDay + perDegreeDayM3 * Math.max(0, HDD_BASE_C - tMeanC);
}

export interface NMinusOneInput {
  /** Technical entry capacity of the pipelines, m³/day. */
  readonly entryM3PerDay: number;
  /** Maximal production capacity, m³/day. */
  readonly productionM3PerDay: number;
  /** Maximal storage deliverability, m³/day. */
  readonly storageM3PerDay: number;
  /** Maximal LNG send-out, m³/day. */
  readonly lngM3PerDay: number;
  /** Capacity of the largest single infrastructure, m³/day. */
  readonly largestM3PerDay: number;
  /** 1-in-20 peak-day demand, m³/day. */
  readonly peakDemandM3PerDay: number;
}

/** The N-1 indicator, %. */
export function nMinusOnePercent(x: NMinusOneInput): number {
  return (
    ((x.entryM3PerDay + x.productionM3PerDay + x.storageM3PerDay + x.lngM3PerDay - x.largestM3PerDay) /
      x.peakDemandM3PerDay) *
    100
  );
}
