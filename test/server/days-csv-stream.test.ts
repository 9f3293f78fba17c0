/**
 * The day table of a multi-year run is answered as a stream (chunked, no Content-Length),
 * its text identical to the engine's daysToCsv.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysToCsv, type RunResult } from '../../engine/index.ts';
import { buildApp } from '../../server/app.ts';
import { daysCsvStream } from '../../server/days-csv-stream.ts';
import { oneDayCoal } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  await app.ready();
});
afterAll(() => app.close());

async function text(stream: Readable): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += chunk;
  return out;
}

describe('days.csv streams', () => {
  it('answers a three-year run by chunks, identical to daysToCsv', async () => {
    const scenario = {
      ...oneDayCoal(),
      horizon: { start: '2013-01-01', end: '2015-12-31' },
      dispatch: { mode: 'season' },
    };
    const created = await app.inject({ method: 'POST', url: '/v1/runs', payload: scenario });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const result = (await app.inject({ method: 'GET', url: `/v1/runs/${id}` })).json() as RunResult;
    expect(result.days.length).toBe(1095);

    const res = await app.inject({ method: 'GET', url: `/v1/runs/${id}/days.csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.body).toBe(daysToCsv(result));

    const stream = daysCsvStream(result, 100);
    expect(stream).toBeInstanceOf(Readable);
    expect(await text(stream)).toBe(daysToCsv(result));
  });

  it('answers a run without days as daysToCsv does', async () => {
    const empty = { days: [] } as unknown as RunResult;
    expect(await text(daysCsvStream(empty))).toBe(daysToCsv(empty));
  });
});
