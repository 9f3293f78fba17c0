/** The routes' happy paths through inject(): library, validation, runs, cache, list, CSV, compare, delete, docs, vendor files. */
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { DEMO_ID, DEMO_SEASON, demoScenario, oneDayCoal } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  await app.ready();
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });
const get = (url: string) => app.inject({ method: 'GET', url });

describe('health and library', () => {
  it('GET /healthz answers ok', async () => {
    const res = await get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', solvers: { workers: 1 } });
  });

  it('GET /v1/scenarios lists the shipped demo; GET /v1/scenarios/:id gives the file as written', async () => {
    const list = (await get('/v1/scenarios')).json().scenarios as Array<{ id: string; valid: boolean }>;
    expect(list.find((s) => s.id === DEMO_ID)).toMatchObject({ file: 'demo-beijing-2012.json', valid: true });
    const one = await get(`/v1/scenarios/${DEMO_ID}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(demoScenario());
    const missing = await get('/v1/scenarios/no_such_city');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'SCENARIO_NOT_FOUND', path: 'id' });
  });
});

describe('POST /v1/scenarios/validate', () => {
  it('accepts a scenario and a library id with overrides', async () => {
    const a = await post('/v1/scenarios/validate', oneDayCoal());
    expect(a.statusCode).toBe(200);
    expect(a.json()).toMatchObject({ ok: true, problems: [], scenarioId: 'one_day_coal' });
    const b = await post('/v1/scenarios/validate', { base: DEMO_ID, overrides: { heating: { indoorSetpointC: 20 } } });
    expect(b.json()).toMatchObject({ ok: true, scenarioId: DEMO_ID });
  });

  it('names every problem by JSON path, with ok: false', async () => {
    const bad = {
      ...oneDayCoal(),
      sources: [{ id: 'boiler', kind: 'coal-boiler', zone: 'z', yard: 'north', capacityMW: 100 }],
    };
    const res = await post('/v1/scenarios/validate', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ ok: false, code: 'SCENARIO_CHECK', path: 'sources[0].yard' });
    expect(res.json().problems[0].message).toMatch(/names yard `north`, which does not exist/);
    const schema = await post('/v1/scenarios/validate', {
      base: DEMO_ID,
      overrides: { zones: [{ id: 'z', buildings: 'many' }] },
    });
    expect(schema.json()).toMatchObject({ ok: false, code: 'SCENARIO_SCHEMA', path: 'zones[0].buildings' });
  });
});

describe('runs', () => {
  let first: { id: string; summary: Record<string, unknown> };

  it('POST /v1/runs with a library id and overrides answers 201 with the id and summary', async () => {
    const res = await post('/v1/runs', DEMO_SEASON);
    expect(res.statusCode).toBe(201);
    first = res.json();
    expect(res.headers.location).toBe(`/v1/runs/${first.id}`);
    expect(res.json()).toMatchObject({ cached: false, scenarioId: DEMO_ID });
    expect(first.summary).toHaveProperty('minDaysOfCover');
    expect(first.summary).toHaveProperty('homesProtected');
  });

  it('an identical input is answered from the store: 200, cached, same id (key order and spelt-out defaults do not matter)', async () => {
    const again = await post('/v1/runs', {
      overrides: { dispatch: { mode: 'season', solver: 'highs' } },
      base: DEMO_ID,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.id, cached: true, summary: first.summary });
    const fixture = oneDayCoal();
    const a = await post('/v1/runs', fixture);
    const reordered = Object.fromEntries(Object.entries(fixture).reverse());
    const b = await post('/v1/runs', reordered);
    expect([a.statusCode, b.statusCode]).toEqual([201, 200]);
    expect(b.json().id).toBe(a.json().id);
  });

  it('identical requests in flight share one solve', async () => {
    const body = { ...oneDayCoal(), name: 'twins' };
    const [a, b] = await Promise.all([post('/v1/runs', body), post('/v1/runs', body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
  });

  it('GET /v1/runs/:id returns the stored RunResult, GET /v1/runs lists it', async () => {
    const res = await get(`/v1/runs/${first.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const result = res.json();
    expect(result).toMatchObject({ scenarioId: DEMO_ID, summary: first.summary, solver: { mode: 'season' } });
    expect(result.days).toHaveLength(121);
    expect((await get(`/v1/runs/${first.id}`)).body).toBe(res.body);
    const list = (await get('/v1/runs?limit=10')).json();
    expect(list.total).toBeGreaterThanOrEqual(2);
    expect(list.runs.find((r: { id: string }) => r.id === first.id)).toMatchObject({
      scenarioId: DEMO_ID,
      mode: 'season',
      summary: first.summary,
    });
    expect(
      (await get(`/v1/runs?scenarioId=one_day_coal`))
        .json()
        .runs.every((r: { scenarioId: string }) => r.scenarioId === 'one_day_coal'),
    ).toBe(true);
  });

  it('GET /v1/runs/:id/days.csv is the day table', async () => {
    const res = await get(`/v1/runs/${first.id}/days.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toMatch(/^date,outdoor_temp_C,/);
    expect(lines).toHaveLength(122);
  });

  it('overrides deep-merge: a cold wave and a gas supply cut change the result, the rest of the base stays', async () => {
    const supplyPoints = demoScenario().gas.supplyPoints;
    supplyPoints[0].disruptions = [{ start: '2013-01-05', end: '2013-01-20', cutFraction: 0.6 }];
    const whatIf = {
      base: DEMO_ID,
      overrides: {
        dispatch: { mode: 'season' },
        coldWaves: [{ start: '2013-01-05', grade: 'extreme', days: 7 }],
        gas: { supplyPoints },
      },
    };
    const res = await post('/v1/runs', whatIf);
    expect(res.statusCode).toBe(201);
    const base = first.summary as {
      gasCutM3ByCategory: Record<string, number>;
      heatDemandMWh: number;
      coldWaveDays: number;
    };
    const s = res.json().summary as typeof base;
    const cut = (x: typeof base) => Object.values(x.gasCutM3ByCategory).reduce((a, b) => a + b, 0);
    expect(s.heatDemandMWh).toBeGreaterThan(base.heatDemandMWh);
    expect(s.coldWaveDays).toBeGreaterThan(base.coldWaveDays);
    expect(cut(s)).toBeGreaterThan(cut(base));
    const run = (await get(`/v1/runs/${res.json().id}`)).json();
    expect(Object.keys(run.days[0].gas.categories).sort()).toEqual(
      Object.keys((await get(`/v1/runs/${first.id}`)).json().days[0].gas.categories).sort(),
    );

    const cmp = await get(`/v1/compare?runs=${first.id},${res.json().id}`);
    expect(cmp.statusCode).toBe(200);
    const body = cmp.json();
    expect(body.runs.map((r: { id: string }) => r.id)).toEqual([first.id, res.json().id]);
    expect(body.differences.heatDemandMWh.delta).toBeCloseTo(s.heatDemandMWh - base.heatDemandMWh, 6);
    expect(body.differences.homesProtected).toHaveProperty('same');
    expect(body.chart).toMatch(/^\/v1\/compare\/chart\.svg\?runs=/);
  });

  it('DELETE /v1/runs/:id removes the run; later reads answer RUN_NOT_FOUND', async () => {
    const res = await post('/v1/runs', { ...oneDayCoal(), name: 'to delete' });
    const id = res.json().id;
    expect((await app.inject({ method: 'DELETE', url: `/v1/runs/${id}` })).statusCode).toBe(204);
    for (const url of [`/v1/runs/${id}`, `/v1/runs/${id}/days.csv`, `/v1/compare?runs=${id},${first.id}`]) {
      const gone = await get(url);
      expect(gone.statusCode).toBe(404);
      expect(gone.json().code).toBe('RUN_NOT_FOUND');
    }
    expect((await app.inject({ method: 'DELETE', url: `/v1/runs/${id}` })).json().code).toBe('RUN_NOT_FOUND');
  });
});

describe('docs, page and vendor files', () => {
  it('serves the OpenAPI document and its UI at /docs', async () => {
    const doc = (await get('/docs/json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/runs',
        '/v1/runs/{id}',
        '/v1/scenarios/validate',
        '/v1/scenarios/import-xlsx',
        '/v1/saved',
        '/v1/saved/{id}',
        '/v1/saved/{id}/duplicate',
        '/v1/templates',
        '/v1/templates/{name}',
        '/v1/compare',
        '/healthz',
      ]),
    );
    // a scenario, { base, overrides } or { saved, overrides }
    expect(doc.paths['/v1/runs'].post.requestBody.content['application/json'].schema.anyOf).toHaveLength(3);
    expect((await get('/docs')).statusCode).toBe(200);
  });

  it('serves the three vega browser builds and nothing else from node_modules', async () => {
    for (const f of ['vega.min.js', 'vega-lite.min.js', 'vega-embed.min.js']) {
      const res = await get(`/vendor/${f}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    }
    for (const url of [
      '/vendor/vega.js',
      '/vendor/..%2fpackage.json',
      '/vendor/%2e%2e/package.json',
      '/.env',
      '/a/../../package.json',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe('ROUTE_NOT_FOUND');
    }
  });

  it('serves server/public/index.html at / once it exists', async () => {
    const res = await get('/');
    if (existsSync(new URL('../../server/public/index.html', import.meta.url))) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
    } else expect(res.statusCode).toBe(404);
  });
});
