/**
 * Studies from the server: POST /v1/studies puts a Monte Carlo study on the queue (a throwaway
 * Redis on 127.0.0.1, a worker started in this process on no extra thread), GET follows it to
 * its result, which is the local pool's byte for byte but for `timing`; bad input answers 400
 * naming the field, too many runs 413, no queue 503 STUDIES_NEED_QUEUE, Redis down 503
 * QUEUE_UNREACHABLE (never a hang or a 500); cancel; and who may do what (a reader cannot
 * start one, a runner cannot cancel another's).
 *
 * The scenario is 30 days of constant weather with sampled coal and gas disruptions: 12
 * seasons cost about a second of one core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../engine/index.ts';
import { buildApp } from '../../server/app.ts';
import { constantMonth } from '../support/constant-month.ts';
import { studiesServer, whileRunning } from '../support/studies-server.ts';

const month = constantMonth('studies_month');

const STUDY = {
  kind: 'risk',
  scenario: month,
  runs: 12,
  seed: 3,
  chunkSize: 4,
  coalDisruptions: { eventsPerSeason: 3 },
  gasDisruptions: { eventsPerSeason: 2 },
};

const withoutTiming = (r: object) => JSON.stringify({ ...r, timing: undefined });

const server = studiesServer();
const { as, post, get } = server;
beforeAll(() => server.start());
afterAll(() => server.close());

describe('a study from the server', () => {
  it('answers 202, shows its progress, then the result of the local pool byte for byte (timing aside)', async () => {
    const local = runMonteCarlo(month, {
      runs: 12,
      seed: 3,
      coalDisruptions: { eventsPerSeason: 3 },
      gasDisruptions: { eventsPerSeason: 2 },
      workers: 0,
    });
    const made = await post({ ...STUDY, label: 'a month, 12 seasons' });
    expect(made.statusCode, made.body).toBe(202);
    const study = made.json();
    expect(study).toMatchObject({
      kind: 'risk',
      scenarioId: 'studies_month',
      runs: 12,
      seed: 3,
      chunks: 3,
      chunkSize: 4,
    });
    expect(made.headers.location).toBe(`/v1/studies/${study.id}`);
    // no worker yet: running, nothing done
    const waiting = (await get(study.status)).json();
    expect(waiting.status).toMatchObject({ state: 'running', seasonsDone: 0, runs: 12, chunks: 3, chunksDone: 0 });
    expect(waiting.result).toBeUndefined();
    const early = await get(`${study.status}/result.json`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('STUDY_NOT_DONE');

    const worker = await server.queue.startWorker('test-worker');
    const seen = new Set<number>();
    const answer = await whileRunning(
      () => get(study.status),
      waiting,
      (a) => seen.add(a.status.seasonsDone),
    );
    expect(answer.status).toMatchObject({ state: 'done', seasonsDone: 12, chunksDone: 3, chunksFailed: 0 });
    expect(answer.status.elapsedS).toBeGreaterThan(0);
    expect([...seen].every((n) => [0, 4, 8, 12].includes(n))).toBe(true);

    const full = await get(`${study.status}/result.json`);
    expect(full.statusCode, full.body).toBe(200);
    const expected = withoutTiming(await local);
    expect(withoutTiming(full.json())).toBe(expected);
    // the status answer carries the same result without its per-season rows
    const { rows: _rows, ...summary } = JSON.parse(full.body);
    expect(answer.result).toEqual(summary);
    expect(answer.result.distribution.probability.reserveBreach.p).toBeGreaterThanOrEqual(0);

    const list = (await get('/v1/studies')).json();
    expect(list.queue).toEqual({ enabled: true, url: server.queue.redis.url });
    expect(list.studies[0]).toEqual({
      id: study.id,
      kind: 'risk',
      createdAt: study.createdAt,
      scenarioId: 'studies_month',
      label: 'a month, 12 seasons',
      runs: 12,
      seed: 3,
    });
    await worker.close();
  }, 60_000);

  it('bad input answers 400 naming the field, too many runs 413, an unknown scenario or study 404', async () => {
    const cases: Array<[unknown, number, string, string]> = [
      [{ ...STUDY, runs: 0 }, 400, 'BAD_REQUEST', 'runs'],
      [{ ...STUDY, kind: 'weather' }, 400, 'BAD_REQUEST', 'kind'],
      [{ ...STUDY, coalDisruptions: { minDays: 5, maxDays: 2 } }, 400, 'BAD_REQUEST', 'coalDisruptions.maxDays'],
      [{ ...STUDY, solver: 'cplex' }, 400, 'BAD_REQUEST', 'solver'],
      [
        { ...STUDY, scenario: { ...month, zones: [{ ...month.zones[0], networkLossFraction: 2 }] } },
        400,
        'SCENARIO_SCHEMA',
        'scenario.zones[0].networkLossFraction',
      ],
      [{ ...STUDY, scenario: { base: 'demo_beijing_2012', overrides: 3 } }, 400, 'BAD_REQUEST', 'scenario.overrides'],
      [{ ...STUDY, scenario: 'no_such_city' }, 404, 'SCENARIO_NOT_FOUND', 'scenario'],
      [{ ...STUDY, runs: 51 }, 413, 'STUDY_TOO_LARGE', 'runs'],
    ];
    for (const [body, status, code, path] of cases) {
      const res = await post(body);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json(), res.body).toMatchObject({ code, path });
    }
    const tooMany = await server.app.inject({
      method: 'POST',
      url: '/v1/studies?lang=zh',
      payload: { ...STUDY, runs: 51 },
      headers: as('runner'),
    });
    expect(tooMany.json().message).toContain('BAOGONG_MAX_STUDY_RUNS');
    expect(tooMany.json().message).toMatch(/[\u4e00-\u9fff]/);
    for (const url of ['/v1/studies/risk-nope', '/v1/studies/risk-nope/result.json']) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'STUDY_NOT_FOUND', path: 'id' });
    }
  });

  it("cancel: a reader cannot start one, a runner cannot cancel another runner's; its owner can", async () => {
    expect((await post(STUDY, 'reader')).statusCode).toBe(403);
    const made = await post(STUDY);
    expect(made.statusCode, made.body).toBe(202);
    const url = made.json().status;
    expect((await server.app.inject({ method: 'DELETE', url, headers: as('other') })).statusCode).toBe(403);
    expect((await server.app.inject({ method: 'DELETE', url, headers: as('reader') })).statusCode).toBe(403);
    const cancelled = await server.app.inject({ method: 'DELETE', url, headers: as('runner') });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toEqual({ id: made.json().id, state: 'cancelled', removed: 3 });
    expect((await get(url)).json().status).toMatchObject({ state: 'cancelled', seasonsDone: 0 });
    expect((await get(`${url}/result.json`)).json().code).toBe('STUDY_NOT_DONE');
    // an admin may cancel anyone's (a study no longer running is left as it is)
    const again = await server.app.inject({ method: 'DELETE', url, headers: as('admin') });
    expect(again.json()).toMatchObject({ state: 'cancelled', removed: 0 });
  });

  it('Redis down: 503 QUEUE_UNREACHABLE at once, never a hang or a 500; back up, it answers again', async () => {
    const made = await post(STUDY);
    const url = made.json().status;
    await server.queue.redis.stop();
    const t0 = Date.now();
    for (const res of [
      await get(url),
      await post(STUDY),
      await server.app.inject({ method: 'DELETE', url, headers: as('runner') }),
    ]) {
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json().code).toBe('QUEUE_UNREACHABLE');
      expect(res.json().message).toContain(server.queue.redis.url);
    }
    expect(Date.now() - t0).toBeLessThan(10_000);
    await server.queue.redis.start();
    let back = await get(url);
    for (let i = 0; i < 100 && back.statusCode === 503; i++) {
      await new Promise((r) => setTimeout(r, 100));
      back = await get(url);
    }
    // --save "": the restarted Redis is empty, so the study is gone from the queue but still this server's
    expect(back.statusCode, back.body).toBe(404);
    expect(back.json().code).toBe('STUDY_NOT_FOUND');
  }, 30_000);
});

describe('BAOGONG_QUEUE_WORKER: a worker inside the server', () => {
  it('runs the study on its own thread pool, to the same result', async () => {
    const solo = buildApp({
      queueUrl: server.queue.redis.url,
      queueWorkerThreads: 1,
      rateLimitPerMinute: 0,
      workers: 1,
    });
    try {
      await solo.ready();
      const body = { ...STUDY, runs: 4, chunkSize: 2 };
      const made = await solo.inject({ method: 'POST', url: '/v1/studies', payload: body });
      expect(made.statusCode, made.body).toBe(202);
      const status = () => solo.inject({ method: 'GET', url: made.json().status });
      const answer = await whileRunning(status, (await status()).json());
      expect(answer.status).toMatchObject({ state: 'done', seasonsDone: 4 });
      const { kind: _k, scenario: _s, chunkSize: _c, ...options } = body;
      const local = await runMonteCarlo(month, { ...options, workers: 0 });
      const full = await solo.inject({ method: 'GET', url: `${made.json().status}/result.json` });
      expect(withoutTiming(full.json())).toBe(withoutTiming(local));
    } finally {
      await solo.close();
    }
  }, 60_000);
});

describe('without a queue', () => {
  it('POST answers 503 STUDIES_NEED_QUEUE saying how to enable it; the list says the queue is off', async () => {
    const bare = buildApp({ rateLimitPerMinute: 0, workers: 1 });
    try {
      const res = await bare.inject({ method: 'POST', url: '/v1/studies', payload: STUDY });
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json().code).toBe('STUDIES_NEED_QUEUE');
      expect(res.json().message).toMatch(/BAOGONG_QUEUE=redis:\/\/.*baogong worker --queue/);
      const zh = await bare.inject({ method: 'POST', url: '/v1/studies?lang=zh', payload: STUDY });
      expect(zh.json()).toMatchObject({ code: 'STUDIES_NEED_QUEUE' });
      expect(zh.json().message).toContain('BAOGONG_QUEUE=redis://主机:端口');
      const list = await bare.inject({ method: 'GET', url: '/v1/studies' });
      expect(list.json()).toMatchObject({ queue: { enabled: false, url: null }, studies: [], total: 0 });
      expect((await bare.inject({ method: 'GET', url: '/v1/studies/risk-x' })).json().code).toBe('STUDY_NOT_FOUND');
    } finally {
      await bare.close();
    }
  });
});
