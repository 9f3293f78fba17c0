/**
 * POST /v1/scenarios/preview-cold-wave: the daily temperatures a cold wave will produce, before
 * and after it is injected, over its window and a few days around it. Both series come from the
 * engine's own horizon weather (the scenario's weather and its own cold waves, graded by
 * GB/T 21987 with the lead-in), so the preview is what the run will see.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { coldWaveInjectionSchema, datesBetween, type Scenario } from '../../engine/index.ts';
import { ApiError } from '../errors.ts';
import type { Library } from '../library.ts';
import { mergePatch } from '../merge.ts';
import { type SavedLookup, validateInput } from '../resolve-scenario.ts';
import { weatherFor } from '../weather-check.ts';
import { errorSchema } from '../schemas.ts';

/** Days shown before the wave and after its recovery, d. */
export const PREVIEW_MARGIN_DAYS = 3;

const bodySchema = z
  .strictObject({
    base: z.string().min(1).max(64).optional().describe('id of a library scenario'),
    saved: z.string().min(1).max(64).optional().describe('id of a saved scenario'),
    scenario: z.record(z.string(), z.unknown()).optional().describe('a full scenario'),
    overrides: z.record(z.string(), z.unknown()).default({}).describe('JSON merge patch on the scenario'),
    coldWave: coldWaveInjectionSchema.describe('the cold wave to inject, as in the scenario’s coldWaves'),
  })
  .refine((b) => [b.base, b.saved, b.scenario].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of base, saved or scenario',
    path: ['base'],
  });

const daySchema = z.object({
  date: z.string(),
  tMeanC: z.number().describe('daily mean before the injection, °C'),
  tMinC: z.number().describe('daily minimum before the injection, °C'),
  injectedMeanC: z.number().describe('daily mean with the wave injected, °C'),
  injectedMinC: z.number().describe('daily minimum with the wave injected, °C'),
  grade: z.string().describe('GB/T 21987 grade of the day with the wave injected: none, cold-wave, strong, extreme'),
  gradeBefore: z.string().describe('the grade of the day without the wave'),
});

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The scenario with the wave added, validated as the run will be; the wave's problems are named under `coldWave`. */
function validateInjected(input: unknown, index: number, dir: string): Scenario {
  try {
    return validateInput(input, 'scenario with the cold wave', dir);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const rename = (path: string) => path.replace(`coldWaves[${index}]`, 'coldWave');
    throw new ApiError(err.code, {
      message: err.message,
      problems: err.problems?.map((p) => ({ path: rename(p.path), message: p.message })),
    });
  }
}

export const coldWavePreviewRoutes: FastifyPluginAsyncZod<{ library: Library; saved?: SavedLookup }> = async (
  app,
  { library, saved },
) => {
  app.post(
    '/v1/scenarios/preview-cold-wave',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'the daily temperatures a cold wave will produce, before and after injection, around its window',
        description: `Body \`{ base | saved | scenario, overrides?, coldWave }\`. Answers \`{ start, end, days: [{ date, tMeanC, tMinC, injectedMeanC, injectedMinC, grade, gradeBefore }] }\` (°C) from ${PREVIEW_MARGIN_DAYS} days before the wave to ${PREVIEW_MARGIN_DAYS} days after its recovery, inside the horizon.`,
        body: bodySchema,
        response: {
          200: z.object({ start: z.string(), end: z.string(), days: z.array(daySchema) }),
          400: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (req) => {
      const body = req.body;
      let raw: Record<string, unknown>;
      if (body.base !== undefined) {
        const entry = library.get(body.base);
        if (!entry) throw new ApiError('SCENARIO_NOT_FOUND', { path: 'base' });
        raw = entry.scenario as Record<string, unknown>;
      } else if (body.saved !== undefined) {
        const entry = saved?.get(body.saved);
        if (!entry) throw new ApiError('SAVED_NOT_FOUND', { path: 'saved' });
        raw = entry.scenario;
      } else raw = body.scenario as Record<string, unknown>;
      const prefix = body.scenario !== undefined ? 'scenario.' : '';
      const merged = mergePatch(raw, body.overrides) as Record<string, unknown>;
      const scenario = validateInput(merged, 'scenario', library.dir, prefix);
      const own = Array.isArray(merged.coldWaves) ? merged.coldWaves : [];
      const injected = validateInjected({ ...merged, coldWaves: [...own, body.coldWave] }, own.length, library.dir);
      const before = weatherFor(scenario, library.dir);
      const after = weatherFor(injected, library.dir);
      const wave = body.coldWave;
      let start = addDays(wave.start, -PREVIEW_MARGIN_DAYS);
      let end = addDays(wave.start, wave.days + wave.recoveryDays - 1 + PREVIEW_MARGIN_DAYS);
      if (start < scenario.horizon.start) start = scenario.horizon.start;
      if (end > scenario.horizon.end) end = scenario.horizon.end;
      const wanted = new Set(start <= end ? datesBetween(start, end) : []);
      const days = before.dates.flatMap((date, i) =>
        wanted.has(date)
          ? [
              {
                date,
                tMeanC: before.days[i].tMeanC,
                tMinC: before.days[i].tMinC,
                injectedMeanC: after.days[i].tMeanC,
                injectedMinC: after.days[i].tMinC,
                grade: after.coldWave[i],
                gradeBefore: before.coldWave[i],
              },
            ]
          : [],
      );
      return { start, end, days };
    },
  );
};
