/** GET /healthz: the process answers, with the engine version and how busy the solvers are. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ENGINE_VERSION } from '../../engine/index.ts';
import type { SolverPool } from '../solver-pool.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ pool: SolverPool }> = async (app, { pool }) => {
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
          }),
        },
      },
    },
    async () => ({ status: 'ok' as const, engineVersion: ENGINE_VERSION, solvers: pool.stats() }),
  );
};
