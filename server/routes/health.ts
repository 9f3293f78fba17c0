/**
 * GET /healthz: the process answers, with the engine version, how busy the solvers are and
 * whether the run store can be written; `degraded` with 503 when it cannot (read-only, full).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ENGINE_VERSION } from '../../engine/index.ts';
import type { SolverPool } from '../solver-pool.ts';
import type { RunStore } from '../store.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  engineVersion: z.string(),
  solvers: z.object({
    workers: z.number(),
    busy: z.number().describe('solves admitted (running or queued)'),
    capacity: z.number(),
  }),
  storage: z.object({
    writable: z.boolean(),
    problem: z.enum(['STORAGE_READ_ONLY', 'STORAGE_FULL']).optional().describe('why runs cannot be stored'),
  }),
});

export const healthRoutes: FastifyPluginAsyncZod<{ pool: SolverPool; store: RunStore }> = async (
  app,
  { pool, store },
) => {
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'liveness, solver load and whether the run store can be written (503 `degraded` when not)',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_req, reply) => {
      const problem = store.storageProblem();
      if (problem) reply.code(503);
      return {
        status: problem ? ('degraded' as const) : ('ok' as const),
        engineVersion: ENGINE_VERSION,
        solvers: pool.stats(),
        storage: problem ? { writable: false, problem } : { writable: true },
      };
    },
  );
};
