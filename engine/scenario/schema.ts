/**
 * The one scenario schema, assembled from its parts (schema-primitives.ts, schema-network.ts,
 * schema-gas.ts, schema-run.ts). Every numeric field names its unit (`capacityMW`,
 * `openingStockT`, `baseM3PerDay`), carries a default where one is sensible, and a description.
 * Validation happens once, at the edge (`validateScenario` in engine/scenario/validate.ts); the
 * engine trusts what passes. Cross-field rules live in engine/scenario/checks.ts.
 */
import { z } from 'zod';

import {
  coldWaveInjectionSchema,
  horizonSchema,
  linkSchema,
  sourceSchema,
  weatherSchema,
  yardSchema,
  zoneSchema,
} from './schema-network.ts';
import { electricitySchema, gasCategorySchema, gasSchema, type policyItemSchema, policySchema } from './schema-gas.ts';
import { dispatchSchema, riskSchema, shortageValuationSchema } from './schema-run.ts';
import { id, personName } from './schema-primitives.ts';

/** A scenario's name and description in one language. */
const scenarioWordsSchema = z.strictObject({
  name: personName.optional().describe('a name for people'),
  description: z.string().max(4000).optional().describe('what the scenario is, in a sentence or two'),
});

export { UNIT_LIMITS } from './schema-primitives.ts';
export * from './schema-network.ts';
export * from './schema-gas.ts';
export * from './schema-run.ts';

export const scenarioSchema = z.strictObject({
  $schema: z
    .string()
    .optional()
    .describe('the JSON Schema editors check the file against, e.g. ./scenario.schema.json; the engine ignores it'),
  id: id.describe("the scenario's id: letters, digits and _, starting with a letter"),
  name: z.string().default('').describe('a name for people'),
  description: z.string().default('').describe('what the scenario is, in a sentence or two'),
  translations: z
    .strictObject({
      zh: scenarioWordsSchema.optional().describe('the name and description in Chinese'),
      en: scenarioWordsSchema.optional().describe('the name and description in English'),
    })
    .optional()
    .describe(
      'the name and description in each language, shown by the page, the CLI and the reports in the language chosen; `name` and `description` above are the fallback',
    ),
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
