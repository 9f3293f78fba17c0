/**
 * The five municipal heating plans of the scenario library: each plan's own figures (cited,
 * as summarised in each scenario file) and the few modelling constants the library's checks need to
 * read a run the way the plan means it. Every number here is also stated, with its reason,
 * in the scenario file's `meta.sources` or `meta.assumptions`.
 */

/** Scenario files of the library, relative to scenarios/, by scenario id. */
export const LIBRARY_FILES = {
  yutai_2021: 'yutai-2021.json',
  jincheng_2017: 'jincheng-2017.json',
  zhucheng: 'zhucheng.json',
  zhangjiakou: 'zhangjiakou.json',
  ordos: 'ordos.json',
} as const;

export type LibraryId = keyof typeof LIBRARY_FILES;

/**
 * Yutai county 2021-22 heating-season assurance plan: indoor temperature raised from 18 °C to
 * 20 °C; gas cut for non-residential users first (压非保民); 29,700 rural homes in 140 villages
 * on gas wall-hung boilers.
 */
export const YUTAI = {
  nationalFloorSetpointC: 18,
  planSetpointC: 20,
  ruralGasHomes: 29_700,
  villages: 140,
  /** The library's what-if: the city gate loses 30 % for 10 days in a cold wave. */
  gasPoint: 'city_gate',
  gasCutFraction: 0.3,
  gasCutDays: 10,
  coalSource: 'chp',
} as const;

/**
 * Jincheng 2017 clean-heating conversion: 100,000 rural homes off scattered coal, household coal
 * burning cut by 420,000 t a year, ¥6,500 subsidy per home.
 */
export const JINCHENG = {
  convertedHomes: 100_000,
  /** The plan's cut in household coal burning, t a year: what the homes burnt for heating and cooking together. */
  coalCutT: 420_000,
  planIncludes: 'heating and cooking',
  /** The engine's reference home burns coal for space heating only. */
  modelIncludes: 'heating only',
  /**
   * The stated ranges the engine is run at both ends of, instead of one tuned point: stove
   * efficiency 0.35-0.45 (traditional stoves, meta.assumptions; the scenario's own stove is the
   * middle, 0.40) and heat index 58-64 W/m² (older non-energy-saving stock, meta.sources).
   * Floor area (80 m²), coal heating value (5 000 kcal/kg) and setpoint (18 °C) are stated as
   * single values and are held.
   */
  stoveEfficiencyRange: [0.35, 0.45] as const,
  heatIndexRangeWPerM2: [58, 64] as const,
  subsidyYuanPerHome: 6_500,
  /** The reference home still on its stove (meta.assumptions: one home, 80 m²). */
  referenceZone: 'coal_home_reference',
  referenceHomes: 1,
  referenceAreaM2: 80,
  stoveSource: 'coal_stove',
  /** The converted homes by heating (meta.assumptions: 20,000 / 60,000 / 20,000). */
  gasHomes: { zone: 'gas_homes', source: 'wall_hung_boilers', homes: 60_000 },
  electricHomes: { zone: 'electric_homes', source: 'heat_pumps', homes: 20_000 },
  centralHomes: { zone: 'village_network', source: 'chp', homes: 20_000 },
} as const;

/** Zhucheng heating service plan: heat-source firms hold coal for ≥ 30 days of maximum daily use. */
export const ZHUCHENG = {
  reserveDays: 30,
  /** The library's what-if: rail deliveries stop for 14 days from the cold wave. */
  railYard: 'chp_yard',
  disruptionDays: 14,
  /** The heating company's peak boiler house, fed by road. */
  boilerYard: 'boiler_yard',
} as const;

/**
 * Zhangjiakou city heat-supply plan: CHP 2 × 300 MW units retrofitted for heat, district boiler
 * houses 2 × 70 MW and 2 × 63 MW, networks interconnected to back each other up (事故备用).
 */
export const ZHANGJIAKOU = {
  chpUnits: ['chp_unit1', 'chp_unit2'],
  boilerUnitsMW: [70, 70, 63, 63],
} as const;

/**
 * Ordos clean-heating plan: 460 MW of idle winter irrigation load hosts 45,000-74,000 homes on
 * electric heating; target clean-heating share 70 %.
 */
export const ORDOS = {
  headroomMW: 460,
  homesRange: [45_000, 74_000] as const,
  cleanShareTarget: 0.7,
  /** The electric-heated home (meta.assumptions: 110 m² at 64 W/m², heaters of efficiency 0.99). */
  electricHome: { zone: 'electric_homes', source: 'electric_heaters', areaM2: 110, homes: 55_000 },
} as const;
