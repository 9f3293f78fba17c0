/**
 * A client that disconnects cancels its run, on a real server listening on 127.0.0.1 with the
 * stand-in slow worker and one thread: a queued run is taken out of the queue, a running one
 * is stopped (its thread replaced), so the next client's run starts at once; a run shared by
 * two identical requests is cancelled only when the last of them leaves.
 */
import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { oneDayCoal } from './helpers.ts';

const SLOW_WORKER = new URL('./slow-worker.ts', import.meta.url);
const busyFor = (ms: number, name: string) => ({ ...oneDayCoal(), description: String(ms), name });

let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1, maxQueue: 8, runTimeoutMs: 90_000, workerFile: SLOW_WORKER });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  expect((await post(busyFor(0, 'warm-up'))).status).toBe(201);
});
afterAll(() => app.close());

const post = (body: object) =>
  fetch(`${url}/v1/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Posts a run on its own connection and returns a function that destroys that connection. */
function postThenLeave(body: object): () => void {
  const req = request(`${url}/v1/runs`, { method: 'POST', headers: { 'content-type': 'application/json' } });
  req.on('error', () => {}); // the socket is destroyed on purpose
  req.end(JSON.stringify(body));
  return () => req.destroy();
}

interface Solvers {
  busy: number;
  running: number;
  queued: number;
  cancelledQueued: number;
  cancelledRunning: number;
}
const solvers = async (): Promise<Solvers> =>
  ((await (await fetch(`${url}/healthz`)).json()) as { solvers: Solvers }).solvers;

async function until(check: (s: Solvers) => boolean): Promise<Solvers> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const s = await solvers();
    if (check(s)) return s;
    if (Date.now() > deadline) throw new Error(`solvers never reached the state: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a client that disconnects cancels its run', () => {
  it('drops its queued run and stops its running one; the next run starts at once', async () => {
    const before = await solvers();
    const leaveRunning = postThenLeave(busyFor(60_000, 'running, then left'));
    await until((s) => s.running === 1);
    const leaveQueued = postThenLeave(busyFor(60_000, 'queued, then left'));
    await until((s) => s.queued === 1);

    leaveQueued();
    await until((s) => s.cancelledQueued === before.cancelledQueued + 1 && s.queued === 0);
    leaveRunning();
    const after = await until((s) => s.cancelledRunning === before.cancelledRunning + 1 && s.busy === 0);
    expect(after).toMatchObject({ running: 0, queued: 0 });

    // far less than the 60 s the stopped run would have kept the only thread busy
    const t0 = Date.now();
    expect((await post(busyFor(0, 'next client'))).status).toBe(201);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('keeps a run shared by two identical requests until the last one leaves', async () => {
    const before = await solvers();
    const shared = busyFor(60_000, 'shared');
    const leaveFirst = postThenLeave(shared);
    await until((s) => s.running === 1);
    const leaveSecond = postThenLeave(shared);
    await new Promise((r) => setTimeout(r, 300));
    leaveFirst();
    await new Promise((r) => setTimeout(r, 300));
    expect(await solvers()).toMatchObject({ running: 1, cancelledRunning: before.cancelledRunning });
    leaveSecond();
    await until((s) => s.cancelledRunning === before.cancelledRunning + 1 && s.busy === 0);
    expect((await post(busyFor(0, 'after the shared run'))).status).toBe(201);
  });
});
