/**
 * The solver pool under pressure, with a stand-in worker that stays busy as long as it is
 * told: a full queue answers 503 with Retry-After at once (no hang), a run over the time limit
 * answers 504 and its thread is replaced, and the server keeps serving.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { oneDayCoal } from './helpers.ts';

const SLOW_WORKER = new URL('./slow-worker.ts', import.meta.url);
/** The fixture, with the stand-in's busy time in `description` and a name that makes it unique. */
const busyFor = (ms: number, name: string) => ({ ...oneDayCoal(), description: String(ms), name });

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1, maxQueue: 1, runTimeoutMs: 6_000, workerFile: SLOW_WORKER });
  await app.ready();
  // Warm the thread up so that start-up does not count against the limits below.
  expect((await app.inject({ method: 'POST', url: '/v1/runs', payload: busyFor(0, 'warm-up') })).statusCode).toBe(201);
});
afterAll(() => app.close());

const post = (payload: object) => app.inject({ method: 'POST', url: '/v1/runs', payload });

describe('bounded queue', () => {
  it('admits workers + maxQueue runs and answers the next with 503 QUEUE_FULL and Retry-After, at once', async () => {
    const running = post(busyFor(1_200, 'running'));
    const queued = post(busyFor(0, 'queued'));
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    const refused = await post(busyFor(0, 'refused'));
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'QUEUE_FULL' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json().solvers).toMatchObject({
      busy: 2,
      capacity: 2,
    });
    expect((await running).statusCode).toBe(201);
    expect((await queued).statusCode).toBe(201);
    expect((await post(busyFor(0, 'refused'))).statusCode).toBe(201);
  });
});

describe('time limit', () => {
  it('stops a run over the limit with 504 RUN_TIMEOUT, replaces the thread and keeps serving', async () => {
    const t0 = Date.now();
    const res = await post(busyFor(60_000, 'forever'));
    const took = Date.now() - t0;
    expect(res.statusCode).toBe(504);
    expect(res.json()).toMatchObject({ code: 'RUN_TIMEOUT' });
    expect(took).toBeGreaterThanOrEqual(5_900);
    expect(took).toBeLessThan(15_000);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await post(busyFor(0, 'after the timeout'))).statusCode).toBe(201);
    expect(
      (await app.inject({ method: 'GET', url: '/v1/runs' }))
        .json()
        .runs.some((r: { scenarioName: string }) => r.scenarioName === 'forever'),
    ).toBe(false);
  });
});
