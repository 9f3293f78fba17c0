/**
 * The scenario schema, the heat side: horizon, weather and cold waves, zones and their buildings,
 * links, heat sources of every kind, coal yards.
 */
import { z } from 'zod';
import { fraction, id, isoDate, nonNeg, personName, UNIT_LIMITS, window } from './schema-primitives.ts';

export const horizonSchema = z.strictObject({
  start: isoDate.default('2012-11-15').describe('first day of the heating season (inclusive)'),
  end: isoDate.default('2013-03-15').describe('last day of the heating season (inclusive)'),
});

export const weatherSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('csv'),
    file: z
      .string()
      .min(1)
      .describe(
        'CSV with columns date,t_mean_c,t_min_c,t_max_c (daily) or date,hour,t_c (hourly, all 24 hours of every day), relative to the scenario file',
      ),
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
  name: personName
    .optional()
    .describe('a name for people (Chinese allowed): charts and tables show it instead of the id'),
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

export const outageSchema = z.strictObject({
  ...window,
  availableFraction: fraction('share of capacity still available (0 = fully out)').default(0),
});

export const sourceCommon = {
  id: id.describe("the source's id"),
  name: personName
    .optional()
    .describe('a name for people (Chinese allowed): charts and tables show it instead of the id'),
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
    type: z
      .enum(['back-pressure', 'extraction'])
      .default('back-pressure')
      .describe(
        'back-pressure: power = powerToHeat × heat; extraction: power and heat chosen inside the P–Q region (maxPowerMW, minPowerMW, powerLossPerHeatMWhPerMWh, the back-pressure line powerToHeat × heat)',
      ),
    yard: id.describe('coal yard the plant burns from'),
    heatEfficiencyFraction: fraction('coal energy to heat (back-pressure)').default(0.45),
    powerToHeatMWhPerMWh: nonNeg(
      'electricity co-produced per MWh of heat (extraction: the back-pressure line, the least power per MWh of heat), MWh/MWh',
    ).default(0.6),
    powerPriceYuanPerMWh: nonNeg('price earned for the co-produced power, ¥/MWh').default(350),
    maxPowerMW: nonNeg('extraction: most power with no heat extracted (condensing), MW').optional(),
    minPowerMW: nonNeg('extraction: least power with no heat extracted, MW').default(0),
    powerLossPerHeatMWhPerMWh: nonNeg('extraction: power lost per MWh of heat extracted, Cv, MWh/MWh').default(0.2),
    electricEfficiencyFraction: fraction('extraction: coal energy to power in condensing mode').default(0.4),
    mustRunPowerMW: nonNeg('extraction: least power the grid requires of the unit, MW').default(0),
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
    storageChargeMW: nonNeg('most heat put into storage, MW (blocksPerDay > 1; default the capacity)').optional(),
    storageDischargeMW: nonNeg(
      'most heat taken out of storage, MW (blocksPerDay > 1; default the capacity)',
    ).optional(),
    storageLossPercentPerHour: z
      .number()
      .min(0)
      .max(10)
      .default(0)
      .describe('standing loss of stored heat, share of the content per hour (blocksPerDay > 1), %/h'),
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
export const RESERVE_BASIS_TEXT = [
  "what counts as the maximum daily burn (日最大耗煤量) in floor = reserve days × maximum daily burn; worked on Zhucheng's boiler yard (320 MW of boilers, efficiency 0.82, coal 5 000 kcal/kg = 0.2097 t/MWh):",
  "`design-day`: the burn of the yard's sources in the dispatch of one day at the design outdoor temperature with everything available (856.7 t/day: the CHP plant carries the base, the boilers the rest; floor 25 700 t);",
  '`season-max`: the largest daily burn of a dispatch of the season without floors (1 610.6 t/day on its coldest day, the boilers at full output; floor 48 319 t); `season-forecast` is its older name, still accepted;',
  "`capacity`: every coal unit of the yard at full output, Σ capacityMW × 24 h × coal t/MWh, outages ignored (320 × 24 × 0.2097 = 1 610.6 t/day; on Jincheng's CHP yard 1 284 t/day against a season-max of 1 164); never below the other bases;",
  "`max-of-design-and-season` (default): the larger of design-day and season-max, the conservative reading of the plans' rule (1 610.6 t/day; floor 48 319 t)",
].join(' ');

export const yardSchema = z.strictObject({
  id: id.describe("the yard's id, named by the coal sources that burn from it"),
  name: personName
    .optional()
    .describe('a name for people (Chinese allowed): charts and tables show it instead of the id'),
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
