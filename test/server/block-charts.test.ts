/**
 * The block charts over HTTP: GET /v1/charts lists them, day-blocks answers with ?day= (the day
 * in the cache key: two days, two charts), refuses a malformed day and a day the run lacks
 * with a 400 naming `day`; peak-electricity as .json and .svg.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_CHART_NAMES } from '../../engine/index.ts';
import { buildApp } from '../../server/app.ts';

const SCENARIO = JSON.parse(readFileSync(new URL('../fixtures/day-blocks.json', import.meta.url), 'utf8'));

let app: FastifyInstance;
let id: string;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  const res = await app.inject({ method: 'POST', url: '/v1/runs', payload: SCENARIO });
  id = res.json().id;
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ method: 'GET', url });

describe('block charts of a run', () => {
  it('are listed by GET /v1/charts', async () => {
    expect((await get('/v1/charts')).json().blockCharts).toEqual([...BLOCK_CHART_NAMES]);
  });

  it('day-blocks answers for the default, the design day and a date, each its own chart', async () => {
    const coldest = await get(`/v1/runs/${id}/charts/day-blocks.json`);
    expect(coldest.statusCode).toBe(200);
    expect(coldest.json().title.text).toContain('2013-01-11');
    const chosen = await get(`/v1/runs/${id}/charts/day-blocks.json?day=2013-01-12`);
    expect(chosen.json().title.text).toContain('2013-01-12');
    const design = await get(`/v1/runs/${id}/charts/day-blocks.json?day=design&lang=zh`);
    expect(design.headers['content-language']).toBe('zh-CN');
    expect(design.json().title.text).toContain('2013年1月11日');
    const svg = await get(`/v1/runs/${id}/charts/day-blocks.svg?day=2013-01-10`);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toContain('2013-01-10');
    const png = await get(`/v1/runs/${id}/charts/day-blocks.png?day=design&lang=zh`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses a malformed day and a day the run lacks, naming day', async () => {
    for (const day of ['yesterday', '2013-01-30', '12-01-2013']) {
      const res = await get(`/v1/runs/${id}/charts/day-blocks.json?day=${day}`);
      expect(res.statusCode, day).toBe(400);
      expect(res.json(), day).toMatchObject({ code: 'BAD_REQUEST', path: 'day' });
    }
    expect((await get(`/v1/runs/${id}/charts/day-blocks.json?day=2013-01-30`)).json().message).toMatch(
      /2013-01-10 to 2013-01-12/,
    );
  });

  it('peak-electricity answers as .json and .svg', async () => {
    const spec = await get(`/v1/runs/${id}/charts/peak-electricity.json`);
    expect(spec.statusCode).toBe(200);
    expect(spec.json().layer[0].data.values.length).toBe(6);
    const svg = await get(`/v1/runs/${id}/charts/peak-electricity.svg?lang=zh`);
    expect(svg.statusCode).toBe(200);
    expect(svg.body).toContain('每日最高时段用电功率与电网可用容量');
  });
});
