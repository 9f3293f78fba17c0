/**
 * With two solver workers or more, one client runs at most `workers − 1` solves at once, so a
 * worker is always left for the others: a client flooding long solves cannot make another
 * client's run wait for one of them. Order of starts, not seconds: the stand-in slow worker
 * reports when each solve started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FairQueue } from '../../server/fair-queue.ts';
import { defaultWorkers, runningCapPerClient, SolverPool } from '../../server/solver-pool.ts';
import type { SolveOutcome } from '../../server/worker.ts';

const SLOW_WORKER = new URL('./slow-worker.ts', import.meta.url);
const task = (ms: number, name: string) => ({ scenario: { id: name, description: String(ms) }, baseDir: '.' });
const startedAt = (o: SolveOutcome) => (o.ok ? (JSON.parse(o.summaryJson) as { startedAt: number }).startedAt : NaN);

describe('the per-client running cap', () => {
  it('keeps one worker of two or more for the other clients, and never caps a single worker', () => {
    expect([1, 2, 3, 8].map(runningCapPerClient)).toEqual([1, 1, 2, 7]);
    expect([1, 2, 3, 4, 16].map(defaultWorkers)).toEqual([1, 2, 2, 3, 15]);
  });

  it('FairQueue passes over a client at its cap, and starts its solve once one of its own finishes', () => {
    const q = new FairQueue(1);
    const order: string[] = [];
    const w = (client: string, tag: string) => ({ client, start: () => order.push(tag) });
    q.started('a'); // a1 running: a is at its cap
    q.push(w('a', 'a2'));
    expect(q.shift()).toBeUndefined(); // a free worker is not given to a2
    q.push(w('b', 'b1'));
    q.shift()?.start(); // b1, though a2 waited longer
    expect(q.shift()).toBeUndefined(); // a and b both at their cap
    q.finished('a');
    q.shift()?.start();
    expect(order).toEqual(['b1', 'a2']);
  });
});

describe('a pool of two workers', () => {
  let pool: SolverPool;
  beforeAll(() => {
    pool = new SolverPool({ workers: 2, maxQueue: 8, runTimeoutMs: 60_000, workerFile: SLOW_WORKER });
  });
  afterAll(() => pool.close());

  it("starts client B's run before client A's second, while A's first is still solving", async () => {
    const a = [1, 2, 3].map((i) => pool.solve(task(400, `a${i}`), { client: 'a' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(pool.stats()).toMatchObject({ running: 1, queued: 2 });
    const b = await pool.solve(task(0, 'b1'), { client: 'b' });
    const aDone = await Promise.all(a);
    const aStarts = aDone.map(startedAt).sort((x, y) => x - y);
    expect(startedAt(b)).toBeLessThan(aStarts[1]);
    // A's solves ran one after another, never two at once
    expect(aStarts[1] - aStarts[0]).toBeGreaterThanOrEqual(350);
  });
});
