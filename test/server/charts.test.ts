/**
 * Chart routes: each chart of a run as .json (Vega-Lite), .svg and .png, the comparison chart,
 * unknown names, and the language (?lang=, Accept-Language, Content-Language).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_NAMES, t } from '../../engine/index.ts';
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

describe('the language of a chart', () => {
  const title = (body: { title: { text: string } }) => body.title.text;
  const zhTitle = t('zh', 'charts.coalStock.title');

  it('?lang=zh and Accept-Language: zh-CN give the Chinese spec; English is unchanged without them', async () => {
    const en = await get(`/v1/runs/${id}/charts/coal-stock.json`);
    expect(title(en.json())).toBe('Coal stock against the reserve floor');
    expect(en.json().layer[0].encoding.y.title).toBe('Coal stock (t)');
    expect(en.headers['content-language']).toBe('en');
    expect(en.headers.vary).toMatch(/Accept-Language/);

    const byQuery = await get(`/v1/runs/${id}/charts/coal-stock.json?lang=zh`);
    expect(byQuery.statusCode).toBe(200);
    expect(title(byQuery.json())).toBe(zhTitle);
    expect(byQuery.json().layer[0].encoding.y.title).toBe('存煤量（万吨）');
    expect(byQuery.headers['content-language']).toBe('zh-CN');

    const byHeader = await app.inject({
      method: 'GET',
      url: `/v1/runs/${id}/charts/coal-stock.json`,
      headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' },
    });
    expect(byHeader.body).toBe(byQuery.body);
    expect(byHeader.headers['content-language']).toBe('zh-CN');

    const queryWins = await app.inject({
      method: 'GET',
      url: `/v1/runs/${id}/charts/coal-stock.json?lang=en`,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(queryWins.body).toBe(en.body);
  });

  it('draws the Chinese SVG and PNG, and the Chinese comparison chart', async () => {
    const svg = await get(`/v1/runs/${id}/charts/coal-stock.svg?lang=zh`);
    expect(svg.statusCode).toBe(200);
    expect(svg.body).toContain(zhTitle);
    expect(svg.body).toContain('存煤量（万吨）');
    const png = await get(`/v1/runs/${id}/charts/heat-dispatch.png?lang=zh`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-language']).toBe('zh-CN');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const enPng = await get(`/v1/runs/${id}/charts/heat-dispatch.png`);
    expect(enPng.rawPayload.equals(png.rawPayload)).toBe(false);

    const cmp = await get(`/v1/compare/chart.json?runs=${id},${other}&lang=zh`);
    expect(cmp.statusCode).toBe(200);
    expect(cmp.json().title.text).toBe('两次计算结果对比');
    expect(cmp.headers['content-language']).toBe('zh-CN');
    expect((await get(`/v1/compare/chart.json?runs=${id},${other}`)).json().title.text).toBe('Comparison of two runs');
  });

  it('the comparison links its chart in the language of the request', async () => {
    const zh = await app.inject({
      method: 'GET',
      url: `/v1/compare?runs=${id},${other}`,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(zh.json().chart).toBe(`/v1/compare/chart.svg?runs=${id},${other}&lang=zh`);
    expect((await get(`/v1/compare?runs=${id},${other}`)).json().chart).toBe(
      `/v1/compare/chart.svg?runs=${id},${other}`,
    );
  });
});
