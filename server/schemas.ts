/**
 * Route schemas, all taken from the one scenario schema (engine/scenario/schema.ts through the
 * engine's API). fastify-type-provider-zod validates requests with them and
 * @fastify/swagger turns them into the OpenAPI document at /docs.
 */
import { z } from 'zod';
import { DISPATCH_MODES, MAX_CHUNK, SOLVER_CHOICES, scenarioSchema, WEATHER_KINDS } from '../engine/index.ts';

/** A name the user gives a run (POST /v1/runs, PATCH /v1/runs/:id). */
export const runLabelSchema = z
  .string()
  .trim()
  .max(80)
  .describe('a name for the run, at most 80 characters, shown in the runs list and the comparison');

/** `{ base, overrides }`: a library scenario with a JSON merge patch on top. */
export const fromBaseSchema = z.strictObject({
  base: z.string().min(1).max(64).describe('id of a library scenario (GET /v1/scenarios)'),
  overrides: z
    .record(z.string(), z.unknown())
    .default({})
    .describe('JSON merge patch (RFC 7386) on the base scenario: objects merge, arrays replace, null removes a key'),
  label: runLabelSchema.optional(),
});

/** `{ saved, overrides }`: a saved scenario (GET /v1/saved) with a JSON merge patch on top. */
export const fromSavedSchema = z.strictObject({
  saved: z.string().min(1).max(64).describe('id of a saved scenario (GET /v1/saved)'),
  overrides: z
    .record(z.string(), z.unknown())
    .default({})
    .describe('JSON merge patch (RFC 7386) on the saved scenario: objects merge, arrays replace, null removes a key'),
  label: runLabelSchema.optional(),
});

/** A full scenario, or a library or saved scenario with overrides. */
export const runRequestSchema = z.union([fromBaseSchema, fromSavedSchema, scenarioSchema]);
export type RunRequest = z.output<typeof runRequestSchema>;

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;
export const runIdParams = z.strictObject({
  id: z.string().regex(idPattern, 'a run id has letters, digits, - and _ (at most 64)'),
});
export const savedIdParams = z.strictObject({
  id: z.string().regex(idPattern, 'a saved scenario id has letters, digits, - and _ (at most 64)'),
});
export const scenarioIdParams = z.strictObject({
  id: z.string().regex(idPattern, 'a scenario id has letters, digits and _ (at most 64)'),
});

/** `?lang=zh|en` on any route: the language of its texts (server/lang.ts `requestLang`); without it, Accept-Language decides, else English. */
export const langQuery = {
  lang: z
    .string()
    .max(20)
    .optional()
    .describe('language of the texts: zh or en; without it, Accept-Language decides, else English'),
};

export const listRunsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('runs per page, newest first'),
  offset: z.coerce.number().int().min(0).max(1e9).default(0).describe('runs to skip'),
  scenarioId: z.string().max(64).optional().describe('only runs of this scenario id'),
  ...langQuery,
});

export const compareQuery = z.strictObject({
  runs: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64},[A-Za-z0-9_-]{1,64}$/, 'give two run ids separated by a comma: ?runs=a,b')
    .describe('two run ids, comma-separated: the first is the baseline'),
  ...langQuery,
});

export const problemSchema = z.object({ path: z.string(), message: z.string() });

export const errorSchema = z
  .object({
    ok: z.literal(false).optional().describe('present on /v1/scenarios/validate'),
    code: z.string().describe('stable code, see docs/server-errors.md and docs/errors.md'),
    message: z.string(),
    path: z.string().optional().describe('JSON path of the field at fault'),
    problems: z.array(problemSchema).optional().describe('every problem by JSON path (at most 50)'),
    problemCount: z.number().optional().describe('number of problems when more than 50 were found'),
  })
  .describe('error answer');

const summaryRecord = z
  .record(z.string(), z.unknown())
  .describe(
    "the run summary (RunResult.summary, fields documented with units in engine/run/result.ts); costYuan is the total, supplyCostYuan (what was bought and run) + shortageCostYuan (unserved heat and gas cuts valued by the scenario's shortageValuation), in every mode",
  );

/** What a run applied (server/what-if-summary.ts); null for a run posted as a full scenario. */
const cutSchema = z.object({
  at: z.string().describe('gas supply point id or coal yard id'),
  start: z.string(),
  end: z.string(),
  days: z.number().describe('days in the window, d'),
  cutFraction: z.number().describe('share lost, 0–1'),
});
export const whatIfSchema = z
  .object({
    coldWaves: z.array(
      z.object({
        start: z.string(),
        days: z.number().describe('d'),
        grade: z.string().optional(),
        dropC: z.number().optional().describe('°C'),
      }),
    ),
    gasCuts: z.array(cutSchema),
    coalCuts: z.array(cutSchema),
    setpointC: z.number().optional().describe('indoor setpoint, °C'),
    mode: z.string().optional(),
    other: z.array(z.string()).describe('other top-level keys the overrides change'),
  })
  .nullable()
  .describe('the what-if the overrides added to the library or saved scenario; null for a full scenario');

export const runPatchSchema = z
  .strictObject({
    label: runLabelSchema.nullable().optional().describe('the new name, at most 80 characters; null or "" clears it'),
    pinned: z
      .boolean()
      .optional()
      .describe('true keeps the run whatever the retention limits; false lets it be pruned'),
  })
  .refine((b) => b.label !== undefined || b.pinned !== undefined, {
    message: 'give `label`, `pinned` or both',
  });

export const runCreatedSchema = z.object({
  id: z.string(),
  label: z.string().nullable(),
  whatIf: whatIfSchema,
  cached: z.boolean().describe('true when an identical input was already stored (status 200 instead of 201)'),
  scenarioId: z.string(),
  inputHash: z.string().describe('sha256 of the validated scenario and the engine version'),
  summary: summaryRecord,
});

export const runListSchema = z.object({
  runs: z.array(
    z.object({
      id: z.string(),
      scenarioId: z.string(),
      scenarioName: z.string(),
      mode: z.string(),
      createdAt: z.string(),
      inputHash: z.string(),
      label: z.string().nullable(),
      whatIf: whatIfSchema,
      pinned: z.boolean().describe('kept whatever the retention limits'),
      summary: summaryRecord,
    }),
  ),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

export const validateOkSchema = z.object({
  ok: z.literal(true),
  problems: z.array(problemSchema).length(0),
  scenarioId: z.string(),
  inputHash: z.string(),
});

/** Disruption rates of a study, each optional (the scenario's `risk` block gives the rest), as the CLI's --coal-… / --gas-… flags. */
const studyRatesSchema = (what: string) =>
  z
    .strictObject({
      eventsPerSeason: z
        .number()
        .min(0)
        .max(100)
        .optional()
        .describe(`expected ${what} events a season (Poisson mean), 1/season; 0 switches them off`),
      minDays: z.number().int().min(1).max(365).optional().describe('shortest event, d'),
      maxDays: z.number().int().min(1).max(365).optional().describe('longest event, d'),
      minCutFraction: z.number().min(0).max(1).optional().describe('smallest share of capacity lost, 0–1'),
      maxCutFraction: z.number().min(0).max(1).optional().describe('largest share of capacity lost, 0–1'),
    })
    .refine((r) => r.minDays === undefined || r.maxDays === undefined || r.minDays <= r.maxDays, {
      message: 'minDays must not exceed maxDays',
      path: ['maxDays'],
    })
    .refine(
      (r) => r.minCutFraction === undefined || r.maxCutFraction === undefined || r.minCutFraction <= r.maxCutFraction,
      { message: 'minCutFraction must not exceed maxCutFraction', path: ['maxCutFraction'] },
    )
    .describe(`${what} events drawn in each season; what is left out comes from the scenario's risk block`);

/**
 * POST /v1/studies: a Monte Carlo study of one scenario on the queue, with the options of
 * `baogong risk` (runs, seed, mode, solver, weather, disruption rates) and the job size.
 */
export const riskStudyRequestSchema = z.strictObject({
  kind: z.literal('risk').describe("the kind of study: 'risk', Monte Carlo seasons of one scenario"),
  scenario: z
    .union([z.string().min(1).max(64), z.record(z.string(), z.unknown())])
    .describe(
      'a library scenario id, `{ base: "<library id>", overrides }`, `{ saved: "<saved id>", overrides }` or a full scenario, as the body of POST /v1/runs',
    ),
  label: runLabelSchema.optional(),
  runs: z
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(200)
    .describe('seasons to simulate (at most BAOGONG_MAX_STUDY_RUNS)'),
  seed: z.number().int().min(0).max(0xffffffff).default(1).describe('seed of the whole study'),
  chunkSize: z
    .number()
    .int()
    .min(1)
    .max(MAX_CHUNK)
    .optional()
    .describe('seasons a queue job (default: as many as take about a second, one season timed on the server)'),
  mode: z.enum(DISPATCH_MODES).optional().describe("dispatch mode (default the scenario's)"),
  solver: z.enum(SOLVER_CHOICES).optional().describe('LP solver (default auto)'),
  weather: z
    .enum(WEATHER_KINDS)
    .optional()
    .describe("weather ensemble (default synthetic for CSV weather, else the scenario's)"),
  coldWavesPerSeason: z
    .number()
    .min(0)
    .max(20)
    .optional()
    .describe('cold waves injected into synthetic seasons, 1/season'),
  coalDisruptions: studyRatesSchema('coal-delivery disruption (per yard)').optional(),
  gasDisruptions: studyRatesSchema('gas-supply disruption (city-wide)').optional(),
  keepScenarioDisruptions: z
    .boolean()
    .optional()
    .describe("keep the scenario's own dated disruptions as well as the sampled ones"),
});
export type RiskStudyRequest = z.output<typeof riskStudyRequestSchema>;

/** POST /v1/studies with `kind: "province"`: a shipped province study (GET /v1/studies/library) by id, with the options of `baogong province`. */
export const provinceStudyRequestSchema = z.strictObject({
  kind: z.literal('province').describe("'province': seasons of a province study, every city on one weather draw"),
  study: z
    .string()
    .regex(idPattern, 'a study id has letters, digits, - and _ (at most 64)')
    .describe('the id of a shipped study (scenarios/studies/; GET /v1/studies/library lists them)'),
  label: runLabelSchema.optional(),
  runs: z
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(200)
    .describe('province seasons to simulate (at most BAOGONG_MAX_STUDY_RUNS)'),
  seed: z.number().int().min(0).max(0xffffffff).default(1).describe('seed of the whole study'),
  chunkSize: riskStudyRequestSchema.shape.chunkSize,
  mode: z.enum(DISPATCH_MODES).optional().describe("dispatch mode of every city (default each scenario's)"),
  solver: z.enum(SOLVER_CHOICES).optional().describe('LP solver (default auto)'),
});
export type ProvinceStudyRequest = z.output<typeof provinceStudyRequestSchema>;

/** POST /v1/studies: one of the kinds, told apart by `kind`. */
export const studyRequestSchema = z.discriminatedUnion('kind', [riskStudyRequestSchema, provinceStudyRequestSchema]);
export type StudyRequest = z.output<typeof studyRequestSchema>;

const namesSchema = z.object({ en: z.string(), zh: z.string() });

/** GET /v1/studies/library: the shipped province studies. */
export const studyLibrarySchema = z.object({
  studies: z.array(
    z.object({
      id: z.string().describe('what POST /v1/studies takes as `study`'),
      names: namesSchema,
      description: namesSchema,
      file: z.string().describe('its file in scenarios/studies/'),
      cities: z.array(z.object({ id: z.string(), names: namesSchema })),
      runs: z.number().nullable().describe("the study's own seasons (null: 200)"),
      seed: z.number().nullable().describe("the study's own seed (null: 1)"),
    }),
  ),
});

export const studyIdParams = z.strictObject({
  id: z.string().regex(idPattern, 'a study id has letters, digits, - and _ (at most 64)'),
});

export const listStudiesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('studies per page, newest first'),
  offset: z.coerce.number().int().min(0).max(1e9).default(0).describe('studies to skip'),
  ...langQuery,
});

const studyRowSchema = z.object({
  id: z.string(),
  kind: z.string(),
  createdAt: z.string(),
  scenarioId: z.string(),
  label: z.string().nullable(),
  runs: z.number().describe('seasons'),
  seed: z.number(),
});

export const studyCreatedSchema = studyRowSchema.extend({
  status: z.string().describe('where to follow it: GET this URL'),
  chunks: z.number().describe('queue jobs'),
  chunkSize: z.number().describe('seasons a job'),
});

export const studyStatusSchema = z.object({
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  runs: z.number().describe('seasons in the study'),
  seasonsDone: z.number().describe('seasons whose rows are stored'),
  chunks: z.number().describe('queue jobs'),
  chunksDone: z.number(),
  chunksFailed: z.number(),
  chunkSize: z.number().describe('seasons a job'),
  elapsedS: z.number().describe('since submission (to the last job when done), s'),
  error: z.object({ code: z.string(), message: z.string() }).nullable().describe('why it failed'),
});

export const studyAnswerSchema = studyRowSchema.extend({
  status: studyStatusSchema,
  result: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      'when done: the result of `baogong risk --format json` but its per-season `rows` (those at result.json): scenarioId, runs, seed, mode, weather, disruption rates, distribution (probabilities with Wilson 95 % intervals, quantiles of unserved heat MWh, gas cut m³, days of cover d, cost ¥) and timing',
    ),
});

export const studyListSchema = z.object({
  queue: z
    .object({ enabled: z.boolean(), url: z.string().nullable().describe('the queue, its password masked') })
    .describe('whether this server can start studies (BAOGONG_QUEUE)'),
  studies: z.array(studyRowSchema),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

export const studyCancelledSchema = z.object({
  id: z.string(),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  removed: z.number().describe('queue jobs taken off before a worker started them'),
});
