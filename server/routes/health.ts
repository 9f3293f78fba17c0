/** GET /healthz: the process answers, with the engine version and how busy the solvers and the chart pool are. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ENGINE_VERSION } from '../../engine/index.ts';
import type { ChartRenderer } from '../chart-renderer.ts';
import type { SolverPool } from '../solver-pool.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ pool: SolverPool; charts: ChartRenderer }> = async (
  app,
  { pool, charts },
) => {
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'liveness and solver load',
        response: {
          200: z.object({
            status: z.literal('ok'),
            engineVersion: z.string(),
            solvers: z.object({
              workers: z.number(),
              busy: z.number().describe('solves admitted (running or queued)'),
              capacity: z.number(),
            }),
            charts: z.object({
              concurrency: z.number().describe('charts built or drawn at once at most'),
              rendering: z.number(),
              queued: z.number(),
              peakRendering: z.number().describe('most ever built or drawn at once'),
              started: z.number(),
              cacheHits: z.number(),
              dropped: z.number().describe('requests whose client left before their chart was started'),
              cachedEntries: z.number(),
              cachedBytes: z.number(),
            }),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      engineVersion: ENGINE_VERSION,
      solvers: pool.stats(),
      charts: charts.stats(),
    }),
  );
};
