/**
 * Fair use of the solvers, with the stand-in slow worker and one thread: runs of different
 * clients take turns (not first come, first served) and one client's runs at once are capped.
 * Clients are told apart by address (inject's remoteAddress).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { FairQueue } from '../../server/fair-queue.ts';
import { oneDayCoal } from './helpers.ts';

const SLOW_WORKER = new URL('./slow-worker.ts', import.meta.url);
const busyFor = (ms: number, name: string) => ({ ...oneDayCoal(), description: String(ms), name });

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({
    rateLimitPerMinute: 0,
    workers: 1,
    maxQueue: 16,
    maxPerClient: 5,
    runTimeoutMs: 60_000,
    workerFile: SLOW_WORKER,
  });
  await app.ready();
  expect((await post('10.0.0.9', busyFor(0, 'warm-up'))).statusCode).toBe(201);
});
afterAll(() => app.close());

const post = (remoteAddress: string, payload: object) =>
  app.inject({ method: 'POST', url: '/v1/runs', payload, remoteAddress });
const startedAt = (res: { json(): { summary: { startedAt: number } } }) => res.json().summary.startedAt;

describe('runs of different clients take turns', () => {
  it("starts client B's one run before client A's third, and refuses A's sixth with 429 TOO_MANY_RUNS", async () => {
    const a = [1, 2, 3, 4, 5].map((i) => post('10.0.0.1', busyFor(300, `a${i}`)));
    await new Promise((r) => setTimeout(r, 100));
    const b = post('10.0.0.2', busyFor(300, 'b1'));
    const sixth = await post('10.0.0.1', busyFor(300, 'a6'));
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json()).toMatchObject({ code: 'TOO_MANY_RUNS' });
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const aDone = await Promise.all(a);
    const bDone = await b;
    for (const res of [...aDone, bDone]) expect(res.statusCode).toBe(201);
    const aStarts = aDone.map(startedAt).sort((x, y) => x - y);
    expect(startedAt(bDone)).toBeLessThan(aStarts[2]);
    // the cap counts runs queued or solving: once A's have finished, A may post again
    expect((await post('10.0.0.1', busyFor(0, 'a7'))).statusCode).toBe(201);
  });
});

describe('FairQueue', () => {
  it('serves the client with fewest running, then the one served longest ago', () => {
    const q = new FairQueue();
    const order: string[] = [];
    const w = (client: string, tag: string) => ({ client, start: () => order.push(tag) });
    q.started('a'); // a1 running
    for (const tag of ['a2', 'a3', 'a4']) q.push(w('a', tag));
    q.push(w('b', 'b1'));
    q.push(w('c', 'c1'));
    q.finished('a');
    for (let next = q.shift(); next; next = q.shift()) {
      next.start();
      q.finished(next.client);
    }
    expect(order).toEqual(['b1', 'c1', 'a2', 'a3', 'a4']);
  });
});
