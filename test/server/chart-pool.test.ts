/**
 * The chart pool on a real listening server on 127.0.0.1: concurrent PNG requests never have
 * more than the cap drawing at once (the pool's counters in /healthz), a chart asked for again
 * comes from the cache without drawing, and a request abandoned while it waits for its turn is
 * never drawn. Bounded: a dozen requests each.
 */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_NAMES } from '../../engine/index.ts';
import type { ChartStats } from '../../server/chart-renderer.ts';
import { buildApp } from '../../server/app.ts';
import { DEMO_SEASON } from './helpers.ts';

interface Answer {
  status: number;
  body: Buffer;
}

/**
 * GET on its own connection; `abortAfter` destroys the request once it resolves. `from` is the
 * source address, a client of its own (the server shares chart threads and queue between clients).
 */
function get(
  port: number,
  path: string,
  abortAfter?: Promise<unknown>,
  from = '127.0.0.1',
): Promise<Answer | 'aborted'> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, localAddress: from }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', (err) => (req.destroyed && abortAfter ? resolve('aborted') : reject(err)));
    req.end();
    abortAfter?.then(() => {
      req.destroy();
      resolve('aborted');
    });
  });
}

async function startApp(options: Parameters<typeof buildApp>[0]) {
  const app = buildApp({ rateLimitPerMinute: 0, workers: 1, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  const id: string = (await app.inject({ method: 'POST', url: '/v1/runs', payload: DEMO_SEASON })).json().id;
  const stats = async (): Promise<ChartStats> => (await app.inject({ method: 'GET', url: '/healthz' })).json().charts;
  const until = async (cond: (s: ChartStats) => boolean, ms = 20_000): Promise<ChartStats> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const s = await stats();
      if (cond(s)) return s;
      if (Date.now() > deadline) throw new Error(`chart pool never reached the state: ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return { app, port, id, stats, until };
}

describe('chart pool with the real renderer', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    ctx = await startApp({ chartConcurrency: 2 });
  }, 60_000);
  afterAll(() => ctx?.app.close());

  it('draws 12 concurrent PNGs of two clients, never more than 2 at once', async () => {
    const paths = CHART_NAMES.flatMap((n) => ['en', 'zh'].map((l) => `/v1/runs/${ctx.id}/charts/${n}.png?lang=${l}`));
    const answers = (await Promise.all(
      paths.map((p, i) => get(ctx.port, p, undefined, i % 2 === 0 ? '127.0.0.2' : '127.0.0.3')),
    )) as Answer[];
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.body.subarray(1, 4).toString()).toBe('PNG');
    }
    const s = await ctx.stats();
    expect(s.concurrency).toBe(2);
    expect(s.peakRendering).toBeLessThanOrEqual(2);
    expect(s.started).toBe(12);
    expect(s.rendering).toBe(0);
    expect(s.queued).toBe(0);
  }, 120_000);

  it('answers a chart asked for again from the cache, without drawing it', async () => {
    const path = `/v1/runs/${ctx.id}/charts/cost.png?lang=en`;
    const before = await ctx.stats();
    const again = (await get(ctx.port, path)) as Answer;
    const after = await ctx.stats();
    expect(again.status).toBe(200);
    expect(after.started).toBe(before.started);
    expect(after.cacheHits).toBe(before.cacheHits + 1);
    expect(after.cachedEntries).toBeGreaterThanOrEqual(12);
    // The cache is per format and language: the SVG is drawn once, then cached too.
    const svg = (await get(ctx.port, `/v1/runs/${ctx.id}/charts/cost.svg?lang=en`)) as Answer;
    expect(svg.body.toString()).toMatch(/^<svg/);
    expect((await ctx.stats()).started).toBe(before.started + 1);
    const svgAgain = (await get(ctx.port, `/v1/runs/${ctx.id}/charts/cost.svg?lang=en`)) as Answer;
    expect(svgAgain.body.equals(svg.body)).toBe(true);
    expect((await ctx.stats()).started).toBe(before.started + 1);
  }, 60_000);
});

describe('chart pool and clients that leave', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    ctx = await startApp({ chartConcurrency: 1, chartWorkerFile: new URL('./slow-chart-worker.ts', import.meta.url) });
  }, 60_000);
  afterAll(() => ctx?.app.close());

  it('never draws a request abandoned while it waited, and drops it from the queue at once', async () => {
    const first = get(ctx.port, `/v1/runs/${ctx.id}/charts/coal-stock.png`);
    await ctx.until((s) => s.rendering === 1);
    const queued = ctx.until((s) => s.queued === 2);
    const left = get(ctx.port, `/v1/runs/${ctx.id}/charts/cost.png`, queued);
    const stays = get(ctx.port, `/v1/runs/${ctx.id}/charts/temperature.png`);
    expect(await left).toBe('aborted');
    const dropped = await ctx.until((s) => s.dropped === 1);
    expect(dropped.queued).toBe(1);
    expect(((await first) as Answer).status).toBe(200);
    expect(((await stays) as Answer).status).toBe(200);
    const s = await ctx.until((x) => x.rendering === 0 && x.queued === 0);
    expect(s.started).toBe(2);
    expect(s.dropped).toBe(1);
    // The abandoned chart was never drawn: asked for now, it is drawn (not a cache hit).
    const hits = s.cacheHits;
    expect(((await get(ctx.port, `/v1/runs/${ctx.id}/charts/cost.png`)) as Answer).status).toBe(200);
    const end = await ctx.stats();
    expect(end.started).toBe(3);
    expect(end.cacheHits).toBe(hits);
  }, 60_000);

  it('answers RUN_NOT_FOUND for an unknown run without queueing or drawing', async () => {
    const missing = await ctx.app.inject({ method: 'GET', url: '/v1/runs/nope/charts/cost.png' });
    expect(missing.json()).toMatchObject({ code: 'RUN_NOT_FOUND' });
    expect((await ctx.stats()).started).toBe(3);
  });

  it('stops a chart that is drawing when its client leaves: its thread ends and nothing is cached', async () => {
    const before = await ctx.stats();
    const path = `/v1/runs/${ctx.id}/charts/days-of-cover.png`;
    const drawing = ctx.until((s) => s.rendering === 1);
    expect(await get(ctx.port, path, drawing)).toBe('aborted');
    const after = await ctx.until((s) => s.stopped === before.stopped + 1 && s.rendering === 0);
    expect(after.started).toBe(before.started + 1);
    // Not drawn to the end: asked for again it is drawn afresh, not served from the cache.
    expect(((await get(ctx.port, path)) as Answer).status).toBe(200);
    const end = await ctx.stats();
    expect(end.started).toBe(before.started + 2);
    expect(end.cacheHits).toBe(after.cacheHits);
  }, 60_000);
});

describe('chart pool recycling', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    ctx = await startApp({
      chartConcurrency: 2,
      chartRecycleAfter: 3,
      chartWorkerFile: new URL('./quick-chart-worker.ts', import.meta.url),
    });
  }, 60_000);
  afterAll(() => ctx?.app.close());

  it('replaces the pool after every 3 tasks, and every chart is still answered', async () => {
    const paths = CHART_NAMES.map((n) => `/v1/runs/${ctx.id}/charts/${n}.png`);
    for (const p of paths) expect(((await get(ctx.port, p)) as Answer).status).toBe(200);
    const burst = (await Promise.all(
      // two clients (source addresses), so neither has more than its share of the queue waiting
      ['en', 'zh'].flatMap((l, c) =>
        CHART_NAMES.map((n) =>
          get(ctx.port, `/v1/runs/${ctx.id}/charts/${n}.svg?lang=${l}`, undefined, `127.0.0.${2 + c}`),
        ),
      ),
    )) as Answer[];
    for (const a of burst) expect(a.status, a.body.toString()).toBe(200);
    const s = await ctx.stats();
    const tasks = CHART_NAMES.length * 3;
    expect(s.started).toBe(tasks);
    expect(s.recycledPools).toBe(Math.ceil(tasks / 3) - 1);
  }, 60_000);
});
