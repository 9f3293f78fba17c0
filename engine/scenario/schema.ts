/**
 * The one scenario schema. Every numeric field names its unit (`capacityMW`, `openingStockT`,
 * `baseM3PerDay`), carries a default where one is sensible, and a description. Validation
 * happens once, at the edge (`validateScenario` in engine/scenario/validate.ts); the engine
 * trusts what passes. Cross-field rules live in engine/scenario/checks.ts.
 */
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a calendar date',
  );
const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'ids start with a letter and use letters, digits and _ (at most 40)');
const fraction = (what: string) => z.number().min(0).max(1).describe(what);
/**
 * The largest value a field in each unit may take: each is beyond any real city, so a
 * mistyped or absurd number (a capacity of 1e308 MW, a price of 1e308 ¥) is refused at the
 * edge with its path, and the solver never sees it (a 1e308 power price made a season's cost
 * overflow to Infinity). The unit is read from the end of the field's description.
 */
export const UNIT_LIMITS: Readonly<Record<string, { readonly max: number; readonly why: string }>> = {
  '°C': { max: 60, why: 'a daily temperature range' },
  'm²': { max: 1e10, why: '10 000 km² of heated floor, ten times a capital city' },
  MW: { max: 1e5, why: '100 GW, more than the heat or grid capacity of any city' },
  MWh: { max: 1e7, why: '10 TWh of heat storage' },
  'MWh/MWh': { max: 10, why: 'a CHP plant co-produces at most a few MWh of power per MWh of heat' },
  '¥/MWh': { max: 1e5, why: 'a hundred times the peak power price' },
  t: { max: 1e8, why: '100 Mt of coal, more than any port stockpile' },
  '¥/t': { max: 1e5, why: 'a hundred times the price of thermal coal' },
  't/day': { max: 1e6, why: 'a million tonnes a day, the throughput of several coal ports' },
  'm³/day': { max: 1e9, why: 'a billion m³ a day, the winter gas use of a whole country' },
  'm³': { max: 1e11, why: '100 bcm, more working gas than a country stores' },
  '¥/m³': { max: 1e3, why: 'a hundred times the price of gas' },
  'm³/K/day': { max: 1e8, why: 'a tenth of the gas of a whole country per degree-day' },
};

/** The unit at the end of a description: `heated floor area, m²` → `m²` (a trailing `(…)` note skipped). */
function unitOf(what: string): string {
  const unit = what.slice(what.lastIndexOf(', ') + 2).replace(/\s*\(.*\)\s*$/, '');
  if (!(unit in UNIT_LIMITS))
    throw new Error(`schema: no realistic limit for unit "${unit}" (field described "${what}"); add it to UNIT_LIMITS`);
  return unit;
}

/** A number ≥ 0 and at most its unit's realistic limit (UNIT_LIMITS). */
const nonNeg = (what: string) => {
  const unit = unitOf(what);
  return z
    .number()
    .min(0)
    .max(
      UNIT_LIMITS[unit].max,
      `at most ${UNIT_LIMITS[unit].max.toExponential(0)} ${unit} (${UNIT_LIMITS[unit].why}); check the number and its unit`,
    )
    .describe(what);
};

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
    shiftC: z
      .number()
      .min(-30)
      .max(30)
      .default(0)
      .describe('added to every temperature, °C (to move a series to another city)'),
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
    tMeanCByMonth: z
      .array(z.number().min(-60).max(40))
      .length(12)
      .describe('mean outdoor temperature of each month Jan..Dec, °C'),
    dailyRangeC: nonNeg('daily max − min, °C').default(8),
    designOutdoorTempC: z.number().min(-50).max(10).describe('outdoor design temperature for heating, °C (GB 50736)'),
  }),
  z.strictObject({
    kind: z.literal('inline'),
    days: z
      .array(
        z.strictObject({
          date: isoDate.describe('the day'),
          tMeanC: z.number().min(-60).max(45).describe('daily mean outdoor temperature, °C'),
          tMinC: z.number().min(-70).max(45).describe('daily minimum, °C'),
          tMaxC: z.number().min(-60).max(50).describe('daily maximum, °C'),
        }),
      )
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
  id: id.describe("the zone's id, named by sources and links"),
  name: z.string().optional().describe('a name for people'),
  indoorSetpointC: z
    .number()
    .min(10)
    .max(26)
    .optional()
    .describe('indoor setpoint, °C (defaults to heating.indoorSetpointC)'),
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
  id: id.describe("the link's id"),
  from: id.describe('zone id at one end'),
  to: id.describe('zone id at the other end'),
  capacityMW: nonNeg('transfer capacity in each direction, MW'),
  lossFraction: fraction('share of the sent heat lost on the link').default(0.02),
});

const outageSchema = z.strictObject({
  ...window,
  availableFraction: fraction('share of capacity still available (0 = fully out)').default(0),
});

const sourceCommon = {
  id: id.describe("the source's id"),
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
  z.strictObject({
    ...sourceCommon,
    kind: z.literal('coal-boiler'),
    yard: id.describe('coal yard the boiler burns from'),
    efficiencyFraction: fraction('coal energy to heat').default(0.82),
  }),
  z.strictObject({
    ...sourceCommon,
    kind: z.literal('gas-boiler'),
    efficiencyFraction: z.number().min(0.3).max(1.1).default(0.92).describe('gas LHV to heat (condensing ≈ 1.0)'),
  }),
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
    sourceTempC: z
      .number()
      .min(-40)
      .max(80)
      .optional()
      .describe('fixed source temperature, °C; omit for air source (outdoor mean)'),
  }),
  z.strictObject({
    ...sourceCommon,
    kind: z.literal('waste-heat'),
    heatPriceYuanPerMWh: nonNeg('price paid for recovered heat, ¥/MWh').default(20),
  }),
]);

/** The reserve bases, each with a worked example from a shipped scenario (README, reserve rule). */
const RESERVE_BASIS_TEXT = [
  "what counts as the maximum daily burn (日最大耗煤量) in floor = reserve days × maximum daily burn; worked on Zhucheng's boiler yard (320 MW of boilers, efficiency 0.82, coal 5 000 kcal/kg = 0.2097 t/MWh):",
  "`design-day`: the burn of the yard's sources in the dispatch of one day at the design outdoor temperature with everything available (856.7 t/day: the CHP plant carries the base, the boilers the rest; floor 25 700 t);",
  '`season-max`: the largest daily burn of a dispatch of the season without floors (1 610.6 t/day on its coldest day, the boilers at full output; floor 48 319 t); `season-forecast` is its older name, still accepted;',
  "`capacity`: every coal unit of the yard at full output, Σ capacityMW × 24 h × coal t/MWh, outages ignored (320 × 24 × 0.2097 = 1 610.6 t/day; on Jincheng's CHP yard 1 284 t/day against a season-max of 1 164); never below the other bases;",
  "`max-of-design-and-season` (default): the larger of design-day and season-max, the conservative reading of the plans' rule (1 610.6 t/day; floor 48 319 t)",
].join(' ');

export const yardSchema = z.strictObject({
  id: id.describe("the yard's id, named by the coal sources that burn from it"),
  openingStockT: nonNeg('coal in the yard on the first day, t'),
  maxStockT: z.number().positive().max(UNIT_LIMITS.t.max).default(1e7).describe('yard capacity, t'),
  heatingValueGJPerT: z
    .number()
    .min(5)
    .max(35)
    .optional()
    .describe('coal lower heating value, GJ/t (default 20.93 = 5 000 kcal/kg)'),
  heatingValueKcalPerKg: z
    .number()
    .min(1000)
    .max(8000)
    .optional()
    .describe('coal lower heating value, kcal/kg (alternative to GJ/t)'),
  coalPriceYuanPerT: nonNeg('delivered coal price, ¥/t').default(900),
  deliveries: z
    .strictObject({
      baseTPerDay: nonNeg('scheduled deliveries on every day, t/day').default(0),
      schedule: z
        .array(z.strictObject({ ...window, tPerDay: nonNeg('scheduled deliveries in the window, t/day') }))
        .max(366)
        .default([])
        .describe('windows that replace the base rate'),
      disruptions: z
        .array(
          z.strictObject({
            ...window,
            cutFraction: fraction('share of the scheduled delivery lost (1 = none arrives)').default(1),
          }),
        )
        .max(366)
        .default([])
        .describe('windows in which deliveries fall short'),
    })
    .prefault({})
    .describe('coal arriving at the yard'),
  reserve: z
    .strictObject({
      days: z
        .number()
        .min(0)
        .max(365)
        .default(30)
        .describe('days of maximum daily burn the yard must hold, d (30 by the national rule)'),
      basis: z
        .enum(['max-of-design-and-season', 'design-day', 'season-max', 'capacity', 'season-forecast'])
        .default('max-of-design-and-season')
        .describe(RESERVE_BASIS_TEXT),
    })
    .prefault({})
    .describe('the reserve floor the yard must hold (储备量不得少于30天的日最大耗煤量)'),
});

export const gasCategorySchema = z.enum([
  'interruptible',
  'industrial',
  'cng-vehicles',
  'commercial',
  'heating-nonresidential',
  'public-welfare',
  'heating-residential',
  'residential',
]);

export const gasSchema = z.strictObject({
  supplyPoints: z
    .array(
      z.strictObject({
        id: id.describe("the supply point's id"),
        kind: z
          .enum(['pipeline', 'lng', 'production'])
          .default('pipeline')
          .describe('pipeline city gate, LNG terminal or trucks, local production'),
        capacityM3PerDay: nonNeg('most the point can deliver in a day, m³/day'),
        contractM3PerDay: nonNeg('contracted daily volume at the contract price, m³/day').optional(),
        priceYuanPerM3: nonNeg('price within the contract, ¥/m³').default(2.5),
        overContractPriceYuanPerM3: nonNeg('price above the contract, ¥/m³').default(4),
        disruptions: z
          .array(z.strictObject({ ...window, cutFraction: fraction('share of capacity lost (1 = none)').default(1) }))
          .max(366)
          .default([])
          .describe('windows in which the point gives less'),
      }),
    )
    .default([])
    .describe("where the city's gas comes from"),
  storage: z
    .strictObject({
      openingInventoryM3: nonNeg('gas in storage on the first day, m³'),
      maxInventoryM3: nonNeg('working-gas capacity, m³'),
      minInventoryM3: nonNeg('cushion gas that must stay in, m³').default(0),
      maxWithdrawalM3PerDay: nonNeg('withdrawal limit, m³/day'),
      maxInjectionM3PerDay: nonNeg('injection limit, m³/day').default(0),
      withdrawalCostYuanPerM3: nonNeg('cost of taking gas out, ¥/m³').default(0.3),
      injectionCostYuanPerM3: nonNeg('cost of putting gas in, ¥/m³').default(0.1),
      heldValueYuanPerM3: nonNeg(
        'value of gas still in storage at the end of each LP, ¥/m³ (keeps a myopic dispatch from emptying it at once)',
      ).default(0),
    })
    .optional()
    .describe('underground or LNG storage serving the city; omit for none'),
  heatingSourceHeatValueMJPerM3: z.number().min(20).max(50).default(35.6).describe('gas lower heating value, MJ/m³'),
  categories: z
    .array(
      z.strictObject({
        category: gasCategorySchema.describe('consumer category, in the policy order of 压非保民'),
        baseM3PerDay: nonNeg('demand on a day with no heating degree-days, m³/day'),
        perDegreeDayM3: nonNeg('extra demand per heating degree-day (18 − t_mean), m³/K/day').default(0),
      }),
    )
    .default([])
    .describe('gas users outside the modelled heat sources; a category appears at most once'),
});

export const policyItemSchema = z.enum([
  'heat-residential',
  'heat-nonresidential',
  'coal-reserve-floor',
  'gas-residential',
  'gas-heating-residential',
  'gas-public-welfare',
  'gas-heating-nonresidential',
  'gas-commercial',
  'gas-cng-vehicles',
  'gas-industrial',
  'gas-interruptible',
]);

export const DEFAULT_PROTECT_ORDER: z.infer<typeof policyItemSchema>[] = [
  'heat-residential',
  'gas-residential',
  'gas-heating-residential',
  'gas-public-welfare',
  'heat-nonresidential',
  'gas-heating-nonresidential',
  'coal-reserve-floor',
  'gas-commercial',
  'gas-cng-vehicles',
  'gas-industrial',
  'gas-interruptible',
];

export const policySchema = z
  .strictObject({
    protectOrder: z
      .array(policyItemSchema)
      .default(DEFAULT_PROTECT_ORDER)
      .describe('what is protected first, most protected first; each item once'),
    gasCurtailment: z
      .enum(['priority', 'pro-rata'])
      .default('priority')
      .describe('priority: 压非保民 in protectOrder; pro-rata: every category cut by the same share'),
  })
  .prefault({});

export const electricitySchema = z
  .strictObject({
    tariff: z
      .array(
        z.strictObject({
          block: z.enum(['peak', 'flat', 'valley']).describe('tariff period'),
          hours: z.number().min(0).max(24).describe('hours of the day in the block, h'),
          priceYuanPerMWh: nonNeg('price in the block, ¥/MWh'),
        }),
      )
      .min(1)
      .default([
        { block: 'peak', hours: 8, priceYuanPerMWh: 1100 },
        { block: 'flat', hours: 8, priceYuanPerMWh: 650 },
        { block: 'valley', hours: 8, priceYuanPerMWh: 300 },
      ])
      .describe('time-of-day tariff blocks, hours summing to 24'),
    gridHeadroomMW: z
      .number()
      .min(0)
      .max(UNIT_LIMITS.MW.max)
      .optional()
      .describe('grid room for all electric heat together (daily average), MW; omit for no limit'),
  })
  .prefault({});

/** The dispatch modes (engine/run/modes.ts): the one list every other one is derived from. */
export const dispatchModeSchema = z.enum(['daily', 'season', 'rolling']);
export const DISPATCH_MODES = dispatchModeSchema.options;
export type DispatchMode = z.infer<typeof dispatchModeSchema>;

/** The LP solvers (engine/lp/solvers/index.ts): the one list every other one is derived from. */
export const solverNameSchema = z.enum(['highs', 'javascript-lp-solver', 'yalps', 'glpk']);
export const SOLVER_NAMES = solverNameSchema.options;
export type SolverName = z.infer<typeof solverNameSchema>;

/** A solver name or `auto` (the engine picks by model size). */
export const solverChoiceSchema = z.enum([...SOLVER_NAMES, 'auto']);
export const SOLVER_CHOICES = solverChoiceSchema.options;
export type SolverChoice = z.infer<typeof solverChoiceSchema>;

export const dispatchSchema = z
  .strictObject({
    mode: dispatchModeSchema
      .default('daily')
      .describe(
        'daily: one LP per day, myopic; season: one LP, perfect foresight; rolling: an LP over the next lookaheadDays, first day committed',
      ),
    solver: solverChoiceSchema.default('highs').describe('LP solver; auto picks by model size'),
    lookaheadDays: z.number().int().min(1).max(60).default(7).describe('days each rolling-horizon LP looks ahead, d'),
    forecastErrorSdC: z
      .number()
      .min(0)
      .max(10)
      .default(0)
      .describe('standard deviation of the temperature forecast error one day ahead, °C (grows with √lead time)'),
    forecastSeed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1)
      .describe('seed of the forecast errors'),
    heatDumpPenaltyYuanPerMWh: nonNeg('cost of dumping surplus must-run heat, ¥/MWh').default(5),
    deliveryRefusalPenaltyYuanPerT: nonNeg('cost of turning away a scheduled coal delivery (full yard), ¥/t').default(
      50,
    ),
    timeLimitS: z.number().positive().max(3600).default(60).describe('cap on one LP solve, s'),
  })
  .prefault({});

/**
 * What a shortfall is worth, for REPORTING: the result's `shortageCostYuan` (and so the total
 * `costYuan`) values unserved heat and gas cuts with these figures. The dispatch never sees
 * them: it stays lexicographic by `policy.protectOrder`, so changing a value changes no MWh,
 * m³ or tonne, only the reported cost. Each value is the gross loss of the service not
 * delivered (the supply cost already leaves out the fuel not bought), so it must exceed the
 * dearest supply cost of the unit for a worse winter never to look cheaper: heat here costs at
 * most ≈ ¥400/MWh from a gas boiler, gas at most ≈ ¥5/m³ (LNG). Coal-floor breaches are a
 * reserve risk, not a lost service, and are not valued.
 */
const heatLoss = (who: string, d: number, basis: string) =>
  z
    .number()
    .min(0)
    .max(20_000)
    .default(d)
    .describe(
      `value of one MWh of heat demand left unserved for ${who}, ¥/MWh (default ${d.toLocaleString('en-US')}: ${basis}); at most 20 000, the order of the value of lost electric load (¥10–20/kWh), which would replace it`,
    );
const gasLoss = (who: string, d: number, basis: string) =>
  z
    .number()
    .min(0)
    .max(100)
    .default(d)
    .describe(
      `value of one m³ of ${who} gas demand cut, ¥/m³ (default ${d}: ${basis}); at most 100, ≈ ¥10/kWh of gas energy, the value of lost electric load`,
    );

/**
 * The shortage valuation block. The heating gas categories are valued at the heat one m³
 * would have made (35.6 MJ/m³ in a 90 % boiler: 8.9 kWh) times the unserved-heat value.
 */
export const shortageValuationSchema = z
  .strictObject({
    unservedHeatYuanPerMWh: z
      .strictObject({
        residential: heatLoss(
          'homes',
          3000,
          'the ¥1 000/MWh of replacement heat below plus a welfare premium of ¥2 000/MWh for cold homes — health of the old and the young, frozen pipes; a home of 80 m² at 45 W/m² without heat on a design day ≈ ¥260',
        ),
        nonResidential: heatLoss(
          'other buildings',
          1000,
          'the dearest alternative heat, electric resistance heaters (COP 1) on the daytime commercial tariff, ≈ ¥0.65–1.10/kWh flat to peak, plus heater hire',
        ),
      })
      .prefault({})
      .describe('unserved heat, per MWh, homes and other buildings'),
    gasCutYuanPerM3: z
      .strictObject({
        interruptible: gasLoss(
          'interruptible',
          8,
          'their contracts expect cuts and they keep a second fuel: diesel ≈ ¥7.5 and LPG ≈ ¥6 per m³ of gas equivalent, plus switch-over',
        ),
        industrial: gasLoss(
          'industrial',
          15,
          'value added forgone: ≈ ¥1.4 of industrial value added per kWh of final energy (China 2021: ≈ ¥37 trillion over ≈ 3.3 Gtce) × 9.9 kWh/m³, as a reading for gas-fired industry',
        ),
        'cng-vehicles': gasLoss(
          'CNG-vehicle',
          10,
          '1 m³ of CNG drives as far as ≈ 1.1 L of petrol at ≈ ¥8/L, plus queues and lost trips',
        ),
        commercial: gasLoss(
          'commercial',
          20,
          'value added per m³ in catering and services is above that of industry; LPG bottles and electric cooking cap it',
        ),
        'heating-nonresidential': gasLoss(
          'non-residential heating',
          9,
          'the heat it would have made, 8.9 kWh/m³ (35.6 MJ/m³, 90 % boiler), at the ¥1 000/MWh of unserved non-residential heat',
        ),
        'public-welfare': gasLoss(
          'public-welfare (hospitals, schools, care homes)',
          30,
          'as homes: care and cooking that cannot stop, protected ahead of other buildings',
        ),
        'heating-residential': gasLoss(
          'residential heating',
          27,
          'the heat it would have made, 8.9 kWh/m³, at the ¥3 000/MWh of unserved heat for homes',
        ),
        residential: gasLoss(
          'residential (cooking, hot water, wall-hung boilers)',
          30,
          'the heating-residential figure, rounded up for cooking and hot water: homes come first in the policy',
        ),
      })
      .prefault({})
      .describe('gas cut, per m³, by consumer category'),
  })
  .prefault({})
  .describe(
    'value of shortfalls, for reporting only (shortageCostYuan; never a dispatch weight): the gross loss of the heat or gas not delivered',
  );

/** How often a Monte-Carlo season draws a disruption, how long it lasts and how deep it cuts. */
const disruptionRates = (
  what: string,
  d: { events: number; minDays: number; maxDays: number; minCut: number; maxCut: number },
) =>
  z
    .strictObject({
      eventsPerSeason: z
        .number()
        .min(0)
        .max(100)
        .default(d.events)
        .describe(`expected ${what} events a season (Poisson mean), 1/season; 0 switches them off`),
      minDays: z.number().int().min(1).max(365).default(d.minDays).describe('shortest event, d'),
      maxDays: z.number().int().min(1).max(365).default(d.maxDays).describe('longest event, d'),
      minCutFraction: fraction('smallest share of capacity lost').default(d.minCut),
      maxCutFraction: fraction('largest share of capacity lost').default(d.maxCut),
    })
    .prefault({})
    .describe(`${what} events drawn in each Monte-Carlo season`);

export const riskSchema = z
  .strictObject({
    coalDisruptions: disruptionRates('coal-delivery disruption (per yard)', {
      events: 1,
      minDays: 3,
      maxDays: 10,
      minCut: 0.3,
      maxCut: 0.8,
    }),
    gasDisruptions: disruptionRates('gas-supply disruption (city-wide, on one supply point)', {
      events: 0.5,
      minDays: 2,
      maxDays: 7,
      minCut: 0.1,
      maxCut: 0.4,
    }),
    coldWavesPerSeason: z
      .number()
      .min(0)
      .max(20)
      .optional()
      .describe('cold waves injected into synthetic seasons, 1/season (default: as observed in the series)'),
    keepScenarioDisruptions: z
      .boolean()
      .default(false)
      .describe("keep the scenario's own dated disruptions in Monte-Carlo seasons, as well as the sampled ones"),
  })
  .prefault({})
  .describe('Monte-Carlo sampling of bad winters (baogong risk, size-reserve); command-line flags override it');

export const scenarioSchema = z.strictObject({
  $schema: z
    .string()
    .optional()
    .describe('the JSON Schema editors check the file against, e.g. ./scenario.schema.json; the engine ignores it'),
  id: id.describe("the scenario's id: letters, digits and _, starting with a letter"),
  name: z.string().default('').describe('a name for people'),
  description: z.string().default('').describe('what the scenario is, in a sentence or two'),
  meta: z
    .strictObject({
      sources: z.array(z.string()).default([]).describe('citations for numbers taken from plans and standards'),
      assumptions: z.array(z.string()).default([]).describe('numbers assumed, each with its reason'),
    })
    .prefault({})
    .describe('where the numbers come from'),
  horizon: horizonSchema.prefault({}),
  weather: weatherSchema,
  coldWaves: z.array(coldWaveInjectionSchema).max(20).default([]).describe('cold waves injected into the weather'),
  heating: z
    .strictObject({
      indoorSetpointC: z.number().min(10).max(26).default(18).describe('indoor setpoint, °C (18 national floor)'),
      heatIndexIndoorC: z
        .number()
        .min(10)
        .max(26)
        .default(18)
        .describe('indoor temperature the heat indices were set for, °C (CJJ 34: 18)'),
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
  shortageValuation: shortageValuationSchema,
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
export type ShortageValuation = Scenario['shortageValuation'];
export const GAS_CATEGORIES = gasCategorySchema.options;
