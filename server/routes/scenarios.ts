/** The shipped library and validation: GET /v1/scenarios, GET /v1/scenarios/:id, POST /v1/scenarios/validate. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../errors.ts';
import type { Library } from '../library.ts';
import { resolveScenario, type SavedLookup } from '../resolve-scenario.ts';
import { errorSchema, runRequestSchema, scenarioIdParams, validateOkSchema } from '../schemas.ts';

const entrySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  file: z.string().describe('file name under scenarios/'),
  horizon: z.object({ start: z.string().optional(), end: z.string().optional() }),
  valid: z.boolean().describe('false when the file fails validation (runs on it answer 400)'),
  translations: z
    .record(z.string(), z.object({ name: z.string().optional(), description: z.string().optional() }))
    .optional()
    .describe("the scenario's name and description by language (`zh`, `en`), when its file gives them"),
});

/** A file's `translations` as the list shows them: objects of strings only, whatever the file holds. */
function translationsOf(scenario: Record<string, unknown>) {
  const given = scenario.translations;
  if (!given || typeof given !== 'object' || Array.isArray(given)) return undefined;
  const out: Record<string, { name?: string; description?: string }> = {};
  for (const [lang, words] of Object.entries(given as Record<string, unknown>)) {
    if (!words || typeof words !== 'object') continue;
    const { name, description } = words as Record<string, unknown>;
    out[lang] = {
      ...(typeof name === 'string' ? { name } : {}),
      ...(typeof description === 'string' ? { description } : {}),
    };
  }
  return out;
}

export const scenarioRoutes: FastifyPluginAsyncZod<{ library: Library; saved?: SavedLookup }> = async (
  app,
  { library, saved },
) => {
  app.get(
    '/v1/scenarios',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'the shipped scenario library',
        response: { 200: z.object({ scenarios: z.array(entrySchema) }) },
      },
    },
    async () => ({
      scenarios: library.list().map(({ scenario, ...entry }) => {
        const translations = translationsOf(scenario);
        return translations ? { ...entry, translations } : entry;
      }),
    }),
  );

  app.get(
    '/v1/scenarios/:id',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'one library scenario, exactly as written in its file (defaults not filled)',
        params: scenarioIdParams,
        response: {
          200: z.record(z.string(), z.unknown()).describe('the scenario file'),
          400: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (req) => {
      const entry = library.get(req.params.id);
      if (!entry) throw new ApiError('SCENARIO_NOT_FOUND', { path: 'id' });
      return entry.scenario;
    },
  );

  app.post(
    '/v1/scenarios/validate',
    {
      config: { scenarioBody: true, okFlag: true },
      schema: {
        tags: ['scenarios'],
        summary: 'check a scenario (or a library or saved id with overrides) without running it',
        description:
          'Answers 200 `{ ok: true, problems: [] }`, or 400 `{ ok: false, code, message, path, problems }` with every problem by JSON path.',
        body: runRequestSchema,
        response: { 200: validateOkSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (req) => {
      const { scenario, hash } = resolveScenario(req.body, library, saved);
      return { ok: true as const, problems: [], scenarioId: scenario.id, inputHash: hash };
    },
  );
};
