/**
 * The scenario schema, gas and policy: supply points, storage, consumer categories, the
 * priority order (压非保民) and electricity tariffs.
 */
import { z } from 'zod';
import { fraction, id, nonNeg, personName, UNIT_LIMITS, window } from './schema-primitives.ts';

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
        name: personName
          .optional()
          .describe('a name for people (Chinese allowed): charts and tables show it instead of the id'),
        kind: z
          .enum(['pipeline', 'lng', 'production'])
          .default('pipeline')
          .describe('pipeline city gate, LNG terminal or trucks, local production'),
        capacityM3PerDay: nonNeg('most the point can deliver in a day, m³/day'),
        contractM3PerDay: nonNeg('contracted daily volume at the contract price, m³/day').optional(),
        maxM3PerHour: nonNeg(
          'most the point can deliver in one hour, m³/h (with blocksPerDay > 1 the gas burnt and used in each block stays within it; with one block a day it caps the day at 24 × this; omit for a daily limit only)',
        ).optional(),
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
      maxWithdrawalM3PerHour: nonNeg(
        'most the storage can give in one hour, m³/h (with blocksPerDay > 1 the withdrawal in each block stays within it and every supply point without maxM3PerHour delivers its day evenly; with one block a day it caps the day at 24 × this; omit for a daily limit only)',
      ).optional(),
      maxInjectionM3PerHour: nonNeg(
        'most the storage can take in one hour, m³/h (with blocksPerDay > 1 the injection in each block stays within it; with one block a day it caps the day at 24 × this; omit for a daily limit only)',
      ).optional(),
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

/** Tariff periods of 峰谷电价, dearest first; some provinces add a deep valley (深谷) at night. */
export const tariffBlockSchema = z.enum(['peak', 'flat', 'valley', 'deep-valley']);

export const electricitySchema = z
  .strictObject({
    tariff: z
      .array(
        z.strictObject({
          block: tariffBlockSchema.describe('tariff period'),
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
      .describe(
        'grid room for all electric heat together (a daily average with one block a day, held in every block with more; omit for no limit), MW',
      ),
    gridHeadroomHourlyMW: z
      .array(z.number().min(0).max(UNIT_LIMITS.MW.max))
      .length(24)
      .optional()
      .describe(
        'grid room by clock hour, 24 values from 00:00, MW (the freed load may differ by hour); a block holds the smallest of its hours; with gridHeadroomMW the smaller of the two',
      ),
    sellTariff: z
      .array(
        z.strictObject({
          block: tariffBlockSchema.describe('tariff period'),
          priceYuanPerMWh: nonNeg('price paid for power sold in the period, ¥/MWh'),
        }),
      )
      .optional()
      .describe(
        'what CHPs (extraction and back-pressure) earn for their power in each tariff period of `hourlyBlocks` (blocksPerDay > 1); without it each earns its own powerPriceYuanPerMWh all day',
      ),
    hourlyBlocks: z
      .array(tariffBlockSchema)
      .length(24)
      .optional()
      .describe(
        'tariff period of each clock hour, 24 names from 00:00, each priced by its entry in `tariff`; used when blocksPerDay > 1 (without it every block pays the tariff’s daily average)',
      ),
  })
  .prefault({});
