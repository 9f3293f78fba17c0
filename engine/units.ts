/**
 * Unit conversions, defined once with mathjs units and read as plain factors when a
 * scenario is normalised — never inside the day loop (DESIGN §2).
 */
import { createUnit, unit } from 'mathjs';

// mathjs knows J, Wh, m^3 and (thermochemical) cal; it does not know standard coal.
createUnit('tce', '29.3076 GJ', { override: true }); // 1 t standard coal = 7 000 kcal/kg (GB/T 2589)
createUnit('kcalIT', '4.1868 kJ', { override: true }); // International Table calorie, used by coal traders

const factor = (from: string, to: string) => unit(1, from).toNumber(to);

/** 1 MWh in GJ (= 3.6). */
export const GJ_PER_MWH = factor('MWh', 'GJ');
/** 1 MWh in MJ (= 3 600). */
export const MJ_PER_MWH = factor('MWh', 'MJ');
/** 1 t standard coal in GJ (= 29.3076). */
export const GJ_PER_TCE = factor('tce', 'GJ');
/** 1 kcal/kg expressed in GJ/t (= 0.0041868). */
export const GJ_PER_T_PER_KCAL_PER_KG = unit(1, 'kcalIT/kg').toNumber('GJ/tonne');
/** Default coal lower heating value, GJ/t (5 000 kcal/kg ≈ 20.93 GJ/t). */
export const DEFAULT_COAL_LHV_GJ_PER_T = 20.93;
/** Hours in a day, h. */
export const HOURS_PER_DAY = 24;
/** 0 °C in kelvin. */
export const KELVIN_OFFSET = 273.15;
