/**
 * Fuel per MWh of heat (docs/design.md#sources-and-fuel):
 *   coal [t]   = heat_MWh × 3.6 / (η × LHV_GJ_per_t)
 *   gas  [m³]  = heat_MWh × 3600 / (η × LHV_MJ_per_m3)
 *   power [MWh] = heat_MWh / η, or / COP(t) for a heat pump
 *   COP = quality × T_sink / (T_sink − T_source) in kelvin, clamped to [1, 8]
 */
import { GJ_PER_MWH, KELVIN_OFFSET, MJ_PER_MWH } from '../units.ts';

/** Tonnes of coal per MWh of heat. */
export function coalTPerMWh(efficiency: number, lhvGJPerT: number): number {
  return GJ_PER_MWH / (efficiency * lhvGJPerT);
}

/** Cubic metres of gas per MWh of heat. */
export function gasM3PerMWh(efficiency: number, lhvMJPerM3: number): number {
  return MJ_PER_MWH / (efficiency * lhvMJPerM3);
}

export const COP_MIN = 1;
export const COP_MAX = 8;

/** Heat-pump coefficient of performance from the Carnot limit and a quality factor, clamped to [1, 8]. */
export function heatPumpCop(quality: number, sinkC: number, sourceC: number): number {
  const sinkK = sinkC + KELVIN_OFFSET;
  const lift = sinkC - sourceC;
  if (lift <= 0) return COP_MAX;
  return Math.min(COP_MAX, Math.max(COP_MIN, (quality * sinkK) / lift));
}
