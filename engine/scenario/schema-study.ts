/**
 * The province study format: which city scenarios make up a province and what they share.
 * One zod schema, in the scenario schema's spirit (units in field names, a description on
 * every field, defaults where one makes sense); the cross-references (a city, supply point or
 * yard that does not exist) are named checks in engine/province/checks.ts, run once the
 * cities' scenarios are read. Shipped as scenarios/studies/study.schema.json (`npm run schema`).
 *
 *   weather       one draw a season for the whole province, from the reference city's series,
 *                 shifted for each city by the difference of design outdoor temperatures
 *   gas           shared supply points (a pipeline, an LNG terminal): one disruption draw a
 *                 season, applied to every city's supply point it feeds
 *   coal          shared rail routes: one disruption draw a season, applied to every yard it serves
 */
import { z } from 'zod';
import { disruptionRates } from './schema-run.ts';
import { fraction, id, personName, window } from './schema-primitives.ts';

const studyWords = z.strictObject({
  name: personName.optional().describe('a name for people'),
  description: z.string().max(4000).optional().describe('what the study is, in a sentence or two'),
});

/** A window cut on every member of a shared item, every season (a planned outage, a known event). */
const scheduledCut = z.strictObject({
  ...window,
  cutFraction: fraction('share of capacity or deliveries lost (1 = none)').default(1),
});

export const studyCitySchema = z.strictObject({
  id: id.describe('the city in this study (used by `shared` and in the results)'),
  scenario: z
    .string()
    .min(1)
    .max(500)
    .describe(
      "the city's scenario: a path to its JSON file relative to this study file (`../zhucheng.json`), or the id of a shipped scenario (`zhucheng`)",
    ),
  name: personName.optional().describe('a short name for people, in tables and charts (default: the scenario name)'),
  translations: z
    .strictObject({
      zh: z.strictObject({ name: personName.optional().describe('the name in Chinese') }).optional(),
      en: z.strictObject({ name: personName.optional().describe('the name in English') }).optional(),
    })
    .optional()
    .describe('the short name in each language; `name` is the fallback'),
});

export const sharedWeatherSchema = z
  .strictObject({
    referenceCity: id
      .optional()
      .describe("the city whose weather series the province's seasons are drawn from (default: the first city)"),
    kind: z
      .enum(['synthetic', 'bootstrap', 'historical'])
      .default('synthetic')
      .describe(
        "how a season is drawn from the reference series: synthetic (fitted AR(1) with cold waves), bootstrap (blocks of the record's seasons) or historical (one whole season of the record)",
      ),
    shift: z
      .enum(['design-temperature', 'none'])
      .default('design-temperature')
      .describe(
        "design-temperature: each city gets the province's draw plus (its design outdoor temperature − the reference city's), °C, so a cold wave hits all cities on the same days at each city's own level; none: every city gets the reference city's temperatures",
      ),
  })
  .prefault({})
  .describe('one weather draw per season for the whole province');

const gasMember = z.strictObject({
  city: id.describe('a city of this study'),
  supplyPoint: id.describe("the id of the supply point in that city's scenario (`gas.supplyPoints[].id`)"),
});

const coalMember = z.strictObject({
  city: id.describe('a city of this study'),
  yard: id.describe("the id of the yard in that city's scenario (`yards[].id`)"),
});

export const sharedGasSupplyPointSchema = z.strictObject({
  id: id.describe('the shared supply point (a trunk pipeline, an LNG terminal)'),
  name: personName.optional().describe('a name for people'),
  cities: z
    .array(gasMember)
    .min(1)
    .max(200)
    .describe('the city supply points it feeds: one disruption cuts every one of them by the same share'),
  disruptions: disruptionRates('shared gas-supply disruption (on this supply point)', {
    events: 0.3,
    minDays: 2,
    maxDays: 7,
    minCut: 0.2,
    maxCut: 0.6,
  }),
  scheduledCuts: z
    .array(scheduledCut)
    .max(366)
    .default([])
    .describe('cuts on fixed dates in every season, on top of the drawn ones (a planned outage, a what-if)'),
});

export const sharedCoalRouteSchema = z.strictObject({
  id: id.describe('the shared rail route (or port, or mine) that delivers coal'),
  name: personName.optional().describe('a name for people'),
  cities: z
    .array(coalMember)
    .min(1)
    .max(200)
    .describe('the yards it delivers to: one disruption cuts every one of their deliveries by the same share'),
  disruptions: disruptionRates('shared coal-delivery disruption (on this route)', {
    events: 0.5,
    minDays: 3,
    maxDays: 10,
    minCut: 0.3,
    maxCut: 0.8,
  }),
  scheduledCuts: z
    .array(scheduledCut)
    .max(366)
    .default([])
    .describe('cuts on fixed dates in every season, on top of the drawn ones'),
});

export const studySchema = z.strictObject({
  $schema: z.string().optional().describe('the JSON Schema this file follows (for editors)'),
  id: id.describe('the study id'),
  name: personName.default('').describe('a name for people'),
  description: z.string().max(4000).default('').describe('what the study is and what it assumes'),
  translations: z
    .strictObject({ zh: studyWords.optional(), en: studyWords.optional() })
    .optional()
    .describe('the name and description in each language'),
  cities: z.array(studyCitySchema).min(1).max(200).describe("the province's cities, each one scenario"),
  shared: z
    .strictObject({
      weather: sharedWeatherSchema,
      gasSupplyPoints: z.array(sharedGasSupplyPointSchema).max(100).default([]).describe('gas supply shared by cities'),
      coalRoutes: z.array(sharedCoalRouteSchema).max(100).default([]).describe('coal deliveries shared by yards'),
    })
    .prefault({})
    .describe('what the cities share'),
  localDisruptions: z
    .enum(['city-rates', 'none'])
    .default('city-rates')
    .describe(
      "city-rates: each city also draws its own disruptions from its scenario's `risk` block, on the yards and supply points no shared item covers; none: only the shared items are disrupted",
    ),
  runs: z.number().int().min(1).max(1_000_000).optional().describe('seasons to simulate (default 200; --runs wins)'),
  seed: z.number().int().min(0).max(0xffffffff).optional().describe('seed of the whole study (default 1; --seed wins)'),
});

export type StudyInput = z.input<typeof studySchema>;
export type Study = z.output<typeof studySchema>;
export type SharedGasSupplyPoint = Study['shared']['gasSupplyPoints'][number];
export type SharedCoalRoute = Study['shared']['coalRoutes'][number];
