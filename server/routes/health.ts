/**
 * GET /healthz: the process answers, with the engine version, how busy the solvers and the
 * chart pool are and whether the run store can be written; `degraded` with 503 when it
 * cannot (read-only, full).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ENGINE_VERSION } from '../../engine/index.ts';
import type { ChartRenderer } from '../chart-renderer.ts';
import type { SolverPool } from '../solver-pool.ts';
import type { RunStore } from '../store.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  engineVersion: z.string(),
  solvers: z.object({
    workers: z.number(),
    busy: z.number().describe('solves admitted (running or queued)'),
    capacity: z.number(),
    running: z.number(),
    queued: z.number(),
    maxPerClient: z.number().describe('solves one client may have queued or running at once'),
    cancelledQueued: z.number().describe('queued solves dropped because their client left'),
    cancelledRunning: z.number().describe('running solves stopped because their client left'),
  }),
  charts: z.object({
    concurrency: z.number().describe('charts built or drawn at once at most'),
    rendering: z.number(),
    queued: z.number(),
    peakRendering: z.number().describe('most ever built or drawn at once'),
    started: z.number(),
    cacheHits: z.number(),
    dropped: z.number().describe('requests whose client left before their chart was started'),
    stopped: z.number().describe('charts stopped while drawing because their client left'),
    recycledPools: z.number().describe('times the chart pool was replaced by a fresh one, bounding native memory'),
    cachedEntries: z.number(),
    cachedBytes: z.number(),
  }),
  storage: z.object({
    writable: z.boolean(),
    problem: z.enum(['STORAGE_READ_ONLY', 'STORAGE_FULL']).optional().describe('why runs cannot be stored'),
  }),
});

export const healthRoutes: FastifyPluginAsyncZod<{ pool: SolverPool; store: RunStore; charts: ChartRenderer }> = async (
  app,
  { pool, store, charts },
) => {
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'liveness, solver and chart load, and whether the run store can be written (503 `degraded` when not)',
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
        charts: charts.stats(),
        storage: problem ? { writable: false, problem } : { writable: true },
      };
    },
  );
};
