/**
 * The one scenario schema. Every numeric field names its unit (`capacityMW`, `openingStockT`,
 * `baseM3PerDay`), carries a default where one is sensible, and a description. Validation
 * happens once, at the edge (`validateScenario` in engine/scenario/validate.ts); the engine
 * trusts what passes. Cross-field rules live in scenarios/checks.ts.
 */
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');
const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'ids start with a letter and use letters, digits and _ (at most 40)');
const fraction = (what: string) => z.number().min(0).max(1).describe(what);
const nonNeg = (what: string) => z.number().min(0).finite().describe(what);

/** A window of days, both ends inclusive. */
const window = {
  start: isoDate.describe('first day of the window (inclusive)'),
  end: isoDate.describe('last day of the window (inclusive)'),
};

export const horizonSchema = z.strictObject({
  start: isoDate.default('2012-11-15').describe('first day of the heating season (inclusive)'),
  end: isoDate.default('2013-03-15').describe('last day of the heating season (inclusive)'),
});

export const weatherSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('csv'),
    file: z.string().min(1).describe('CSV with columns date,t_mean_c,t_min_c,t_max_c, relative to the scenario file'),
    shiftC: z.number().finite().default(0).describe('added to every temperature, °C (to move a series to another city)'),
    designOutdoorTempC: z.number().min(-50).max(10).describe('outdoor design temperature for heating, °C (GB 50736)'),
  }),
  z.strictObject({
    kind: z.literal('constant'),
    tMeanC: z.number().min(-60).max(40).describe('daily mean outdoor temperature every day, °C'),
    dailyRangeC: nonNeg('daily max − min, °C').default(8),
    designOutdoorTempC: z.number().min(-50).max(10).describe('outdoor design temperature for heating, °C (GB 50736)'),
  }),
  z.strictObject({
    kind: z.literal('monthly-normals'),
    tMeanCByMonth: z.array(z.number().min(-60).max(40)).length(12).describe('mean outdoor temperature of each month Jan..Dec, °C'),
    dailyRangeC: nonNeg('daily max − min, °C').default(8),
    designOutdoorTempC: z.number().min(-50).max(10).describe('outdoor design temperature for heating, °C (GB 50736)'),
  }),
  z.strictObject({
    kind: z.literal('inline'),
    days: z
      .array(z.strictObject({ date: isoDate, tMeanC: z.number().min(-60).max(45), tMinC: z.number().min(-70).max(45), tMaxC: z.number().min(-60).max(50) }))
      .min(1)
      .max(3660)
      .describe('one record per day of the horizon, °C'),
    designOutdoorTempC: z.number().min(-50).max(10).describe('outdoor design temperature for heating, °C (GB 50736)'),
  }),
]);

export const coldWaveInjectionSchema = z.strictObject({
  start: isoDate.describe('first day of the injected cold wave'),
  grade: z.enum(['cold-wave', 'strong', 'extreme']).optional().describe('GB/T 21987 grade to produce (or give dropC)'),
  dropC: z.number().min(0).max(40).optional().describe('drop of the daily temperatures, °C (overrides grade)'),
  days: z.number().int().min(1).max(60).default(5).describe('days the cold holds, d'),
  recoveryDays: z.number().int().min(0).max(30).default(3).describe('days of linear recovery afterwards, d'),
});

export const buildingTypeSchema = z.enum(['residential', 'school-office', 'hospital', 'shop', 'other']);

export const zoneSchema = z.strictObject({
  id,
  name: z.string().optional(),
  indoorSetpointC: z.number().min(10).max(26).optional().describe('indoor setpoint, °C (defaults to heating.indoorSetpointC)'),
  networkLossFraction: fraction('heat lost in the network, share of supplied heat').default(0.05),
  buildings: z
    .array(
      z.strictObject({
        type: buildingTypeSchema.describe('residential counts as homes for the policy; the rest is non-residential'),
        areaM2: nonNeg('heated floor area, m²'),
        heatIndexWPerM2: z.number().min(5).max(200).describe('design heat index, W/m² (CJJ 34)'),
      }),
    )
    .min(1)
    .describe('heated building stock of the zone'),
});

export const linkSchema = z.strictObject({
  id,
  from: id.describe('zone id at one end'),
  to: id.describe('zone id at the other end'),
  capacityMW: nonNeg('transfer capacity in each direction, MW'),
  lossFraction: fraction('share of the sent heat lost on the link').default(0.02),
});

const outageSchema = z.strictObject({ ...window, availableFraction: fraction('share of capacity still available (0 = fully out)').default(0) });

const sourceCommon = {
  id,
  zone: id.describe('zone the source feeds'),
  capacityMW: nonNeg('maximum heat output, MW'),
  minOutputMW: nonNeg('must-run minimum heat output, MW').default(0),
  omCostYuanPerMWh: nonNeg('operation and maintenance cost per MWh of heat, ¥/MWh').default(0),
  outages: z.array(outageSchema).max(366).default([]).describe('planned or forced outages'),
};

export const sourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...sourceCommon,
    kind: z.literal('coal-chp'),
    yard: id.describe('coal yard the plant burns from'),
    heatEfficiencyFraction: fraction('coal energy to heat').default(0.45),
    powerToHeatMWhPerMWh: nonNeg('electricity co-produced per MWh of heat, MWh/MWh').default(0.6),
    powerPriceYuanPerMWh: nonNeg('price earned for the co-produced power, ¥/MWh').default(350),
  }),
  z.strictObject({ ...sourceCommon, kind: z.literal('coal-boiler'), yard: id.describe('coal yard the boiler burns from'), efficiencyFraction: fraction('coal energy to heat').default(0.82) }),
  z.strictObject({ ...sourceCommon, kind: z.literal('gas-boiler'), efficiencyFraction: z.number().min(0.3).max(1.1).default(0.92).describe('gas LHV to heat (condensing ≈ 1.0)') }),
  z.strictObject({
    ...sourceCommon,
    kind: z.literal('electric-boiler'),
    efficiencyFraction: fraction('electricity to heat').default(0.99),
    storageMWh: nonNeg('heat storage that lets valley-hour power serve the day, MWh').default(0),
  }),
  z.strictObject({
    ...sourceCommon,
    kind: z.literal('heat-pump'),
    copQualityFraction: fraction('share of the Carnot COP reached (≈0.4 air, 0.5 water/waste heat)').default(0.4),
    sinkTempC: z.number().min(20).max(120).default(50).describe('supply (sink) temperature, °C'),
    sourceTempC: z.number().min(-40).max(80).optional().describe('fixed source temperature, °C; omit for air source (outdoor mean)'),
  }),
  z.strictObject({ ...sourceCommon, kind: z.literal('waste-heat'), heatPriceYuanPerMWh: nonNeg('price paid for recovered heat, ¥/MWh').default(20) }),
]);

/** The reserve bases, each with a worked example from a shipped scenario (README, reserve rule). */
const RESERVE_BASIS_TEXT = [
  'what counts as the maximum daily burn (日最大耗煤量) in floor = reserve days × maximum daily burn; worked on Zhucheng\'s boiler yard (320 MW of boilers, efficiency 0.82, coal 5 000 kcal/kg = 0.2097 t/MWh):',
  '`design-day`: the burn of the yard\'s sources in the dispatch of one day at the design outdoor temperature with everything available (856.7 t/day: the CHP plant carries the base, the boilers the rest; floor 25 700 t);',
  '`season-max`: the largest daily burn of a dispatch of the season without floors (1 610.6 t/day on its coldest day, the boilers at full output; floor 48 319 t); `season-forecast` is its older name, still accepted;',
  '`capacity`: every coal unit of the yard at full output, Σ capacityMW × 24 h × coal t/MWh, outages ignored (320 × 24 × 0.2097 = 1 610.6 t/day; on Jincheng\'s CHP yard 1 284 t/day against a season-max of 1 164); never below the other bases;',
  '`max-of-design-and-season` (default): the larger of design-day and season-max, the conservative reading of the plans\' rule (1 610.6 t/day; floor 48 319 t)',
].join(' ');

export const yardSchema = z.strictObject({
  id,
  openingStockT: nonNeg('coal in the yard on the first day, t'),
  maxStockT: z.number().positive().finite().default(1e7).describe('yard capacity, t'),
  heatingValueGJPerT: z.number().min(5).max(35).optional().describe('coal lower heating value, GJ/t (default 20.93 = 5 000 kcal/kg)'),
  heatingValueKcalPerKg: z.number().min(1000).max(8000).optional().describe('coal lower heating value, kcal/kg (alternative to GJ/t)'),
  coalPriceYuanPerT: nonNeg('delivered coal price, ¥/t').default(900),
  deliveries: z
    .strictObject({
      baseTPerDay: nonNeg('scheduled deliveries on every day, t/day').default(0),
      schedule: z.array(z.strictObject({ ...window, tPerDay: nonNeg('scheduled deliveries in the window, t/day') })).max(366).default([]).describe('windows that replace the base rate'),
      disruptions: z.array(z.strictObject({ ...window, cutFraction: fraction('share of the scheduled delivery lost (1 = none arrives)').default(1) })).max(366).default([]),
    })
    .prefault({}),
  reserve: z
    .strictObject({
      days: z.number().min(0).max(365).default(30).describe('days of maximum daily burn the yard must hold, d (30 by the national rule)'),
      basis: z.enum(['max-of-design-and-season', 'design-day', 'season-max', 'capacity', 'season-forecast']).default('max-of-design-and-season').describe(RESERVE_BASIS_TEXT),
    })
    .prefault({}),
});

export const gasCategorySchema = z.enum([
  'interruptible', 'industrial', 'cng-vehicles', 'commercial', 'heating-nonresidential', 'public-welfare', 'heating-residential', 'residential',
]);

export const gasSchema = z.strictObject({
  supplyPoints: z
    .array(
      z.strictObject({
        id,
        kind: z.enum(['pipeline', 'lng', 'production']).default('pipeline'),
        capacityM3PerDay: nonNeg('most the point can deliver in a day, m³/day'),
        contractM3PerDay: nonNeg('contracted daily volume at the contract price, m³/day').optional(),
        priceYuanPerM3: nonNeg('price within the contract, ¥/m³').default(2.5),
        overContractPriceYuanPerM3: nonNeg('price above the contract, ¥/m³').default(4),
        disruptions: z.array(z.strictObject({ ...window, cutFraction: fraction('share of capacity lost (1 = none)').default(1) })).max(366).default([]),
      }),
    )
    .default([]),
  storage: z
    .strictObject({
      openingInventoryM3: nonNeg('gas in storage on the first day, m³'),
      maxInventoryM3: nonNeg('working-gas capacity, m³'),
      minInventoryM3: nonNeg('cushion gas that must stay in, m³').default(0),
      maxWithdrawalM3PerDay: nonNeg('withdrawal limit, m³/day'),
      maxInjectionM3PerDay: nonNeg('injection limit, m³/day').default(0),
      withdrawalCostYuanPerM3: nonNeg('cost of taking gas out, ¥/m³').default(0.3),
      injectionCostYuanPerM3: nonNeg('cost of putting gas in, ¥/m³').default(0.1),
      heldValueYuanPerM3: nonNeg('value of gas still in storage at the end of each LP, ¥/m³ (keeps a myopic dispatch from emptying it at once)').default(0),
    })
    .optional(),
  heatingSourceHeatValueMJPerM3: z.number().min(20).max(50).default(35.6).describe('gas lower heating value, MJ/m³'),
  categories: z
    .array(
      z.strictObject({
        category: gasCategorySchema,
        baseM3PerDay: nonNeg('demand on a day with no heating degree-days, m³/day'),
        perDegreeDayM3: nonNeg('extra demand per heating degree-day (18 − t_mean), m³/K/day').default(0),
      }),
    )
    .default([])
    .describe('gas users outside the modelled heat sources; a category appears at most once'),
});

export const policyItemSchema = z.enum([
  'heat-residential', 'heat-nonresidential', 'coal-reserve-floor',
  'gas-residential', 'gas-heating-residential', 'gas-public-welfare', 'gas-heating-nonresidential',
  'gas-commercial', 'gas-cng-vehicles', 'gas-industrial', 'gas-interruptible',
]);

export const DEFAULT_PROTECT_ORDER: z.infer<typeof policyItemSchema>[] = [
  'heat-residential', 'gas-residential', 'gas-heating-residential', 'gas-public-welfare', 'heat-nonresidential',
  'gas-heating-nonresidential', 'coal-reserve-floor', 'gas-commercial', 'gas-cng-vehicles', 'gas-industrial', 'gas-interruptible',
];

export const policySchema = z
  .strictObject({
    protectOrder: z.array(policyItemSchema).default(DEFAULT_PROTECT_ORDER).describe('what is protected first, most protected first; each item once'),
    gasCurtailment: z.enum(['priority', 'pro-rata']).default('priority').describe('priority: 压非保民 in protectOrder; pro-rata: every category cut by the same share'),
  })
  .prefault({});

export const electricitySchema = z
  .strictObject({
    tariff: z
      .array(z.strictObject({ block: z.enum(['peak', 'flat', 'valley']), hours: z.number().min(0).max(24), priceYuanPerMWh: nonNeg('price in the block, ¥/MWh') }))
      .min(1)
      .default([
        { block: 'peak', hours: 8, priceYuanPerMWh: 1100 },
        { block: 'flat', hours: 8, priceYuanPerMWh: 650 },
        { block: 'valley', hours: 8, priceYuanPerMWh: 300 },
      ])
      .describe('time-of-day tariff blocks, hours summing to 24'),
    gridHeadroomMW: z.number().min(0).finite().optional().describe('grid room for all electric heat together (daily average), MW; omit for no limit'),
  })
  .prefault({});

export const dispatchSchema = z
  .strictObject({
    mode: z.enum(['daily', 'season', 'rolling']).default('daily').describe('daily: one LP per day, myopic; season: one LP, perfect foresight; rolling: an LP over the next lookaheadDays, first day committed'),
    solver: z.enum(['highs', 'javascript-lp-solver', 'yalps', 'glpk', 'auto']).default('highs').describe('LP solver; auto picks by model size'),
    lookaheadDays: z.number().int().min(1).max(60).default(7).describe('days each rolling-horizon LP looks ahead, d'),
    forecastErrorSdC: z.number().min(0).max(10).default(0).describe('standard deviation of the temperature forecast error one day ahead, °C (grows with √lead time)'),
    forecastSeed: z.number().int().min(0).max(2 ** 31 - 1).default(1).describe('seed of the forecast errors'),
    heatDumpPenaltyYuanPerMWh: nonNeg('cost of dumping surplus must-run heat, ¥/MWh').default(5),
    deliveryRefusalPenaltyYuanPerT: nonNeg('cost of turning away a scheduled coal delivery (full yard), ¥/t').default(50),
    timeLimitS: z.number().positive().max(3600).default(60).describe('cap on one LP solve, s'),
  })
  .prefault({});

/** How often a Monte-Carlo season draws a disruption, how long it lasts and how deep it cuts. */
const disruptionRates = (what: string, d: { events: number; minDays: number; maxDays: number; minCut: number; maxCut: number }) =>
  z
    .strictObject({
      eventsPerSeason: z.number().min(0).max(100).default(d.events).describe(`expected ${what} events a season (Poisson mean), 1/season; 0 switches them off`),
      minDays: z.number().int().min(1).max(365).default(d.minDays).describe('shortest event, d'),
      maxDays: z.number().int().min(1).max(365).default(d.maxDays).describe('longest event, d'),
      minCutFraction: fraction('smallest share of capacity lost').default(d.minCut),
      maxCutFraction: fraction('largest share of capacity lost').default(d.maxCut),
    })
    .prefault({});

export const riskSchema = z
  .strictObject({
    coalDisruptions: disruptionRates('coal-delivery disruption (per yard)', { events: 1, minDays: 3, maxDays: 10, minCut: 0.3, maxCut: 0.8 }),
    gasDisruptions: disruptionRates('gas-supply disruption (city-wide, on one supply point)', { events: 0.5, minDays: 2, maxDays: 7, minCut: 0.1, maxCut: 0.4 }),
    coldWavesPerSeason: z.number().min(0).max(20).optional().describe('cold waves injected into synthetic seasons, 1/season (default: as observed in the series)'),
    keepScenarioDisruptions: z.boolean().default(false).describe("keep the scenario's own dated disruptions in Monte-Carlo seasons, as well as the sampled ones"),
  })
  .prefault({})
  .describe('Monte-Carlo sampling of bad winters (baogong risk, size-reserve); command-line flags override it');

export const scenarioSchema = z.strictObject({
  id,
  name: z.string().default(''),
  description: z.string().default(''),
  meta: z
    .strictObject({
      sources: z.array(z.string()).default([]).describe('citations for numbers taken from plans and standards'),
      assumptions: z.array(z.string()).default([]).describe('numbers assumed, each with its reason'),
    })
    .prefault({}),
  horizon: horizonSchema.prefault({}),
  weather: weatherSchema,
  coldWaves: z.array(coldWaveInjectionSchema).max(20).default([]).describe('cold waves injected into the weather'),
  heating: z
    .strictObject({
      indoorSetpointC: z.number().min(10).max(26).default(18).describe('indoor setpoint, °C (18 national floor)'),
      heatIndexIndoorC: z.number().min(10).max(26).default(18).describe('indoor temperature the heat indices were set for, °C (CJJ 34: 18)'),
    })
    .prefault({}),
  zones: z.array(zoneSchema).min(1).max(200),
  links: z.array(linkSchema).max(1000).default([]),
  sources: z.array(sourceSchema).min(1).max(2000),
  yards: z.array(yardSchema).max(200).default([]),
  gas: gasSchema.prefault({}),
  electricity: electricitySchema,
  policy: policySchema,
  dispatch: dispatchSchema,
  risk: riskSchema,
});

/** A scenario as written (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario after validation (defaults filled). */
export type Scenario = z.output<typeof scenarioSchema>;
export type Source = Scenario['sources'][number];
export type SourceKind = Source['kind'];
export type Yard = Scenario['yards'][number];
export type Zone = Scenario['zones'][number];
export type GasCategory = z.infer<typeof gasCategorySchema>;
export type PolicyItem = z.infer<typeof policyItemSchema>;
export const GAS_CATEGORIES = gasCategorySchema.options;
