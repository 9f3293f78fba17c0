/**
 * Run size: a run estimated too large (300 sources over ten years in season mode, a 31 KB body
 * that once stored a 42 MB result) is refused at once with 413 RUN_TOO_LARGE, naming the
 * estimate, the limit and what to do, and nothing is solved; the shipped scenarios all fit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateScenario } from '../../engine/index.ts';
import { buildApp } from '../../server/app.ts';
import { checkRunSize, estimateRunSize, RUN_SIZE_DEFAULTS } from '../../server/run-size.ts';
import { oneDayCoal, ROOT } from './helpers.ts';

/** 300 coal boilers over ten years, one LP for the whole horizon. */
function tenYearsOf300Sources(): Record<string, unknown> {
  const base = oneDayCoal() as { sources: Array<Record<string, unknown>> };
  return {
    ...base,
    id: 'too_large',
    horizon: { start: '2013-01-01', end: '2022-12-31' },
    sources: Array.from({ length: 300 }, (_, i) => ({ ...base.sources[0], id: `boiler_${i}`, capacityMW: 1 })),
    dispatch: { mode: 'season' },
  };
}

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  await app.ready();
});
afterAll(() => app.close());

describe('run size', () => {
  it('refuses 300 sources × 10 years in season mode with 413 RUN_TOO_LARGE before any solve', async () => {
    const body = JSON.stringify(tenYearsOf300Sources());
    expect(body.length).toBeGreaterThan(25_000);
    const t0 = Date.now();
    const res = await app.inject({
      method: 'POST',
      url: '/v1/runs',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    expect(Date.now() - t0).toBeLessThan(10_000); // a solve of it takes minutes
    expect(res.statusCode).toBe(413);
    const answer = res.json();
    expect(answer.code).toBe('RUN_TOO_LARGE');
    expect(answer.message).toContain(RUN_SIZE_DEFAULTS.maxDayCells.toLocaleString('en-US'));
    expect(answer.message).toMatch(/about [\d,]+ values \(3,652 days/);
    expect(answer.message).toMatch(/horizon.*CLI/);
    const health = (await app.inject({ method: 'GET', url: '/healthz' })).json();
    expect(health.solvers).toMatchObject({ busy: 0 });
    expect((await app.inject({ method: 'GET', url: '/v1/runs' })).json().total).toBe(0);
  });

  it('refuses a season LP over the column limit, pointing to daily mode', () => {
    const s = validateScenario({ ...tenYearsOf300Sources(), horizon: { start: '2013-01-01', end: '2013-12-31' } });
    expect(() => checkRunSize(s, { maxDayCells: 1e9, maxLpColumns: 100_000 })).toThrow(
      /columns \(dispatch.mode "season" over 365 days\).*"daily"/,
    );
    const daily = validateScenario({ ...s, dispatch: { mode: 'daily' } });
    expect(estimateRunSize(daily).lpColumns).toBeLessThan(1_000);
  });

  it('lets every shipped scenario through', () => {
    const dirs = ['scenarios', 'scenarios/examples'];
    const files = dirs.flatMap((d) =>
      readdirSync(join(ROOT, d))
        .filter((f) => f.endsWith('.json') && !f.includes('schema'))
        .map((f) => join(ROOT, d, f)),
    );
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const s = validateScenario(JSON.parse(readFileSync(f, 'utf8')));
      expect(() => checkRunSize(s, RUN_SIZE_DEFAULTS), f).not.toThrow();
    }
  });
});
