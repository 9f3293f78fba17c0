/**
 * GET /v1/compare?runs=a,b: two stored runs' summaries side by side with their labels and
 * what-ifs, the headline figures with units, and every difference (b − a).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../errors.ts';
import { requestLang } from '../lang.ts';
import { diffSummaries, headlineFigures } from '../compare.ts';
import { compareQuery, errorSchema, whatIfSchema } from '../schemas.ts';
import type { RunStore } from '../store.ts';
import { annotations } from './runs.ts';

export const compareRoutes: FastifyPluginAsyncZod<{ store: RunStore }> = async (app, { store }) => {
  app.get(
    '/v1/compare',
    {
      schema: {
        tags: ['runs'],
        summary: 'compare two stored runs: summaries side by side, differences second minus first',
        querystring: compareQuery,
        response: {
          200: z.object({
            runs: z.array(
              z.object({
                id: z.string(),
                scenarioId: z.string(),
                scenarioName: z.string(),
                mode: z.string(),
                createdAt: z.string(),
                label: z.string().nullable(),
                whatIf: whatIfSchema,
                summary: z.record(z.string(), z.unknown()),
              }),
            ),
            figures: z
              .array(
                z.object({
                  key: z.string(),
                  label: z.string(),
                  unit: z.string().describe('t, d, m³, MWh or ¥'),
                  a: z.number().nullable(),
                  b: z.number().nullable(),
                  delta: z.number().nullable().describe('b − a'),
                }),
              )
              .describe(
                'coal burned (t), minimum days of cover (d), gas supplied and cut (m³), unserved heat and unserved heat for homes (MWh), supply, shortage and total cost (¥)',
              ),
            chart: z
              .string()
              .describe('URL of the comparison chart (also .json and .png), in the language of the request'),
            differences: z
              .record(z.string(), z.unknown())
              .describe(
                'per summary field: numbers as { a, b, delta = b − a }, other values as { a, b, same }; nested figures key by key. costYuan is the total (supplyCostYuan + shortageCostYuan), so a worse what-if shows a positive cost delta',
              ),
          }),
          400: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (req) => {
      const ids = req.query.runs.split(',');
      const rows = ids.map((id) => {
        const row = store.get(id);
        if (!row)
          throw new ApiError('RUN_NOT_FOUND', {
            message: `no stored run has id \`${id}\`; list them with GET /v1/runs`,
            path: 'runs',
          });
        return row;
      });
      const runs = rows.map((r) => ({
        id: r.id,
        scenarioId: r.scenarioId,
        scenarioName: r.scenarioName,
        mode: r.mode,
        createdAt: r.createdAt,
        ...annotations(r),
        summary: JSON.parse(r.summaryJson) as Record<string, unknown>,
      }));
      const lang = requestLang(req);
      const chart = `/v1/compare/chart.svg?runs=${rows[0].id},${rows[1].id}${lang === 'en' ? '' : `&lang=${lang}`}`;
      return {
        runs,
        figures: headlineFigures(runs[0].summary, runs[1].summary),
        differences: diffSummaries(runs[0].summary, runs[1].summary) as Record<string, unknown>,
        chart,
      };
    },
  );
};
