/**
 * Unit conversions, defined once and read as plain factors when a scenario is normalised —
 * never inside the day loop (docs/design.md, units). Each factor is stated with the mathjs units it
 * converts between, and test/units.test.ts evaluates every one with mathjs (after
 * defining the units below): the number here must equal mathjs's.
 * The engine does not load mathjs at run time: importing it took 1.3 s in every process
 * (each CLI call, the server, each Monte Carlo worker), longer than a thousand seasons.
 */

/** Units mathjs does not know, as `createUnit(name, definition)` takes them. */
export const CUSTOM_UNITS = [
  { name: 'tce', definition: '29.3076 GJ', note: '1 t standard coal = 7 000 kcal/kg (GB/T 2589)' },
  { name: 'kcalIT', definition: '4.1868 kJ', note: 'International Table calorie, used by coal traders' },
] as const;

/** Each factor: `value` = 1 `from` expressed in `to`. */
export const UNIT_FACTORS = {
  GJ_PER_MWH: { value: 3.6, from: 'MWh', to: 'GJ' },
  MJ_PER_MWH: { value: 3600, from: 'MWh', to: 'MJ' },
  GJ_PER_TCE: { value: 29.3076, from: 'tce', to: 'GJ' },
  GJ_PER_T_PER_KCAL_PER_KG: { value: 0.0041868, from: 'kcalIT/kg', to: 'GJ/tonne' },
} as const;

/** 1 MWh in GJ (= 3.6). */
export const GJ_PER_MWH = UNIT_FACTORS.GJ_PER_MWH.value;
/** 1 MWh in MJ (= 3 600). */
export const MJ_PER_MWH = UNIT_FACTORS.MJ_PER_MWH.value;
/** 1 t standard coal in GJ (= 29.3076). */
export const GJ_PER_TCE = UNIT_FACTORS.GJ_PER_TCE.value;
/** 1 kcal/kg expressed in GJ/t (= 0.0041868). */
export const GJ_PER_T_PER_KCAL_PER_KG = UNIT_FACTORS.GJ_PER_T_PER_KCAL_PER_KG.value;
/** Default coal lower heating value, GJ/t (5 000 kcal/kg ≈ 20.93 GJ/t). */
export const DEFAULT_COAL_LHV_GJ_PER_T = 20.93;
/** Hours in a day, h. */
export const HOURS_PER_DAY = 24;
/** 0 °C in kelvin. */
export const KELVIN_OFFSET = 273.15;
