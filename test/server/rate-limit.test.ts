/** The rate limit answers 429 RATE_LIMITED with Retry-After; /healthz is never limited. */
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';

const app = buildApp({ rateLimitPerMinute: 3, workers: 1, workerFile: new URL('./slow-worker.ts', import.meta.url) });
afterAll(() => app.close());

describe('rate limit', () => {
  it('refuses the fourth request of a minute with RATE_LIMITED and Retry-After', async () => {
    for (let i = 0; i < 3; i++)
      expect((await app.inject({ method: 'GET', url: '/v1/scenarios' })).statusCode).toBe(200);
    const limited = await app.inject({ method: 'GET', url: '/v1/scenarios' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
