/** Chart routes: each chart of a run as .json (Vega-Lite), .svg and .png, the comparison chart, and unknown names. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_NAMES } from '../../engine/index.ts';
import { buildApp } from '../../server/app.ts';
import { DEMO_SEASON } from './helpers.ts';

let app: FastifyInstance;
let id: string;
let other: string;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  id = (await app.inject({ method: 'POST', url: '/v1/runs', payload: DEMO_SEASON })).json().id;
  const coldWave = {
    ...DEMO_SEASON,
    overrides: { ...DEMO_SEASON.overrides, coldWaves: [{ start: '2013-01-05', grade: 'strong' }] },
  };
  other = (await app.inject({ method: 'POST', url: '/v1/runs', payload: coldWave })).json().id;
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ method: 'GET', url });

describe('charts of a run', () => {
  it('lists the chart names', async () => {
    expect((await get('/v1/charts')).json().charts).toEqual([...CHART_NAMES]);
  });

  it.each(CHART_NAMES.map((n) => [n]))('%s.json is a Vega-Lite spec with its data inline', async (name) => {
    const res = await get(`/v1/runs/${id}/charts/${name}.json`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().$schema).toMatch(/vega-lite/);
  });

  it('draws .svg and .png on the worker pool', async () => {
    const svg = await get(`/v1/runs/${id}/charts/coal-stock.svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg/);
    const png = await get(`/v1/runs/${id}/charts/gas-balance.png`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });

  it('answers CHART_NOT_FOUND for an unknown name or format, RUN_NOT_FOUND for an unknown run', async () => {
    for (const chart of ['nope.json', 'cost.gif', 'cost', '..%2fcost.json']) {
      const res = await get(`/v1/runs/${id}/charts/${chart}`);
      expect(res.statusCode, chart).toBe(404);
      expect(res.json(), chart).toMatchObject({ code: 'CHART_NOT_FOUND', path: 'chart' });
    }
    expect((await get('/v1/runs/rMissing/charts/cost.json')).json()).toMatchObject({ code: 'RUN_NOT_FOUND' });
  });
});

describe('comparison chart', () => {
  it('draws two runs on one axis, as json, svg and png; metrics are checked', async () => {
    const spec = await get(`/v1/compare/chart.json?runs=${id},${other}&metrics=cost,temperature`);
    expect(spec.statusCode).toBe(200);
    expect(spec.json().vconcat).toHaveLength(2);
    expect((await get(`/v1/compare/chart.svg?runs=${id},${other}`)).headers['content-type']).toMatch(
      /^image\/svg\+xml/,
    );
    expect((await get(`/v1/compare/chart.png?runs=${id},${other}`)).headers['content-type']).toBe('image/png');
    expect((await get(`/v1/compare/chart.json?runs=${id},${other}&metrics=nope`)).json()).toMatchObject({
      code: 'BAD_REQUEST',
      path: 'metrics',
    });
    expect((await get(`/v1/compare/chart.json?runs=${id},rMissing`)).json()).toMatchObject({
      code: 'RUN_NOT_FOUND',
      path: 'runs',
    });
  });
});
