/**
 * Chart threads are shared between clients (server/chart-renderer.ts): one client holds at most
 * all but one of them, so another client's chart starts at once beside a flood of the first's;
 * a client may have a quarter of the queue waiting, no more (QUEUE_FULL beyond). The chart
 * worker is a stand-in that keeps its thread for 700 ms.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ChartRenderer } from '../../server/chart-renderer.ts';
import type { ChartTask } from '../../server/chart-worker.ts';

const renderer = new ChartRenderer({
  concurrency: 2,
  maxQueue: 8,
  cacheBytes: 1 << 20,
  timeoutMs: 30_000,
  workerFile: new URL('./slow-chart-worker.ts', import.meta.url),
});
afterAll(() => renderer.close());

const task = (): ChartTask => ({ kind: 'run', resultJson: '{}', chart: 'cost', lang: 'en', format: 'svg' });
const draw = (key: string, who: string) => renderer.render(key, task, new AbortController().signal, who);

describe('chart threads shared between clients', () => {
  it("a flooding client holds one of the two threads; another client's chart starts at once", async () => {
    const flood = [draw('x1', 'ip:x'), draw('x2', 'ip:x'), draw('x3', 'ip:x')];
    await new Promise((r) => setImmediate(r));
    let s = renderer.stats();
    expect(s.rendering).toBe(1); // x1; x2 and x3 wait although a thread is free
    expect(s.queued).toBe(2);
    const other = draw('y1', 'ip:y');
    await new Promise((r) => setImmediate(r));
    s = renderer.stats();
    expect(s.rendering).toBe(2); // y1 did not wait behind x2 and x3
    expect(s.queued).toBe(2);
    // a quarter of the queue (2 of 8) is the most one client may have waiting
    await expect(draw('x4', 'ip:x')).rejects.toMatchObject({ code: 'QUEUE_FULL' });
    const answers = await Promise.all([...flood, other]);
    expect(answers.every((a) => typeof a === 'string')).toBe(true);
    s = renderer.stats();
    expect(s.started).toBe(4);
    expect(s.peakRendering).toBe(2);
  }, 30_000);
});
