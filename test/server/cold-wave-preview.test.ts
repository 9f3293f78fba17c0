/** POST /v1/scenarios/preview-cold-wave: the temperatures before and after injection equal what the run sees. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { DEMO_ID, oneDayCoal } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  await app.ready();
});
afterAll(() => app.close());

const wave = { start: '2013-01-05', days: 7, grade: 'extreme' };
const preview = (payload: object) => app.inject({ method: 'POST', url: '/v1/scenarios/preview-cold-wave', payload });

describe('POST /v1/scenarios/preview-cold-wave', () => {
  it('gives the wave window and 3 days either side, colder after injection, graded', async () => {
    const res = await preview({ base: DEMO_ID, coldWave: wave });
    expect(res.statusCode).toBe(200);
    const { start, end, days } = res.json();
    // 3 days before, 7 days of cold, 3 days of recovery (the default), 3 days after.
    expect([start, end, days.length]).toEqual(['2013-01-02', '2013-01-17', 16]);
    const inWave = days.filter((d: { date: string }) => d.date >= '2013-01-05' && d.date <= '2013-01-11');
    for (const d of inWave) expect(d.injectedMeanC).toBeLessThan(d.tMeanC);
    expect(days[0].injectedMeanC).toBe(days[0].tMeanC);
    expect(days.some((d: { grade: string }) => d.grade !== 'none')).toBe(true);
  });

  it('equals the outdoor temperature the run with that wave sees', async () => {
    const overrides = { dispatch: { mode: 'season' }, coldWaves: [wave] };
    const run = await app.inject({ method: 'POST', url: '/v1/runs', payload: { base: DEMO_ID, overrides } });
    expect(run.statusCode).toBe(201);
    const result = (await app.inject({ method: 'GET', url: `/v1/runs/${run.json().id}` })).json();
    const { days } = (
      await preview({ base: DEMO_ID, overrides: { dispatch: { mode: 'season' } }, coldWave: wave })
    ).json();
    for (const d of days) {
      const day = result.days.find((x: { date: string }) => x.date === d.date);
      expect(day.outdoorTempC).toBeCloseTo(d.injectedMeanC, 9);
      expect(day.coldWave).toBe(d.grade);
    }
  });

  it('takes a full scenario, clips to its horizon, and names problems under coldWave or scenario.', async () => {
    const one = oneDayCoal() as { horizon: { start: string } };
    const ok = await preview({ scenario: one, coldWave: { start: one.horizon.start, days: 3, dropC: 10 } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().days).toHaveLength(1);
    const bad = await preview({ base: DEMO_ID, coldWave: { start: '2013-01-05', days: 7, grade: 'arctic' } });
    expect(bad.statusCode).toBe(400);
    const both = await preview({ base: DEMO_ID, saved: 'x', coldWave: wave });
    expect(both.statusCode).toBe(400);
    const missing = await preview({ base: 'no_such_city', coldWave: wave });
    expect(missing.json().code).toBe('SCENARIO_NOT_FOUND');
    const outside = await preview({ base: DEMO_ID, coldWave: { ...wave, start: '2014-01-05' } });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().problems?.[0]?.path ?? outside.json().path).toMatch(/^coldWave/);
  });
});
