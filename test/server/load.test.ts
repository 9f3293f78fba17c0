/**
 * A bounded loopback load test (3 s, 127.0.0.1 only): POST /v1/runs with a cached scenario
 * and with uncached ones (a fresh name each) answers every request, with no error and no 5xx.
 * The full measurement is `npm run load` (bench/load.ts).
 */
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { oneDayCoal } from './helpers.ts';

let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  url = `${await app.listen({ port: 0, host: '127.0.0.1' })}/v1/runs`;
  expect((await app.inject({ method: 'POST', url: '/v1/runs', payload: oneDayCoal() })).statusCode).toBe(201);
});
afterAll(() => app.close());

describe('load on 127.0.0.1', () => {
  it('answers cached and uncached runs without errors or 5xx', async () => {
    const common = {
      url,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      duration: 1.5,
      timeout: 20,
    };
    const cached = await autocannon({ ...common, body: JSON.stringify(oneDayCoal()), connections: 8 });
    const uncached = await autocannon({
      ...common,
      body: JSON.stringify({ ...oneDayCoal(), name: 'load [<id>]' }),
      idReplacement: true,
      connections: 4,
    });
    for (const r of [cached, uncached]) {
      expect(r.errors + r.timeouts).toBe(0);
      expect(r['5xx']).toBe(0);
      expect(r.non2xx).toBe(0);
      expect(r['2xx']).toBeGreaterThan(10);
    }
    expect(cached.requests.average).toBeGreaterThan(uncached.requests.average);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
