/**
 * Solver and chart threads lower their own priority (server/thread-priority.ts), the main
 * thread keeps its own: read back from Linux's /proc/<pid>/task/<tid>/stat (field 19, nice).
 */
import { existsSync, readFileSync } from 'node:fs';
import { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../server/solver-pool.ts';
import { CHART_THREAD_NICE, niceThisThread, SOLVER_THREAD_NICE } from '../../server/thread-priority.ts';

const onLinux = existsSync('/proc/thread-self');
const niceOf = (statPath: string) => Number(readFileSync(statPath, 'utf8').split(') ')[1].split(' ')[16]);

/** The nice value a fresh worker thread reports once it has loaded a solver's or a chart's module, in a pool as the server makes them. */
async function niceInWorker(kind: 'solver' | 'chart'): Promise<number> {
  const pool = new Piscina({
    filename: new URL(`./nice-probe-${kind}.ts`, import.meta.url).href,
    execArgv: workerExecArgv(),
    maxThreads: 1,
  });
  try {
    return (await pool.run(null)) as number;
  } finally {
    await pool.destroy();
  }
}

describe.skipIf(!onLinux)('worker thread priority (Linux)', () => {
  it('leaves the main thread alone', () => {
    const before = niceOf('/proc/thread-self/stat');
    expect(niceThisThread(19)).toBeUndefined();
    expect(niceOf('/proc/thread-self/stat')).toBe(before);
  });

  it('a solver thread runs at nice 5 and a chart thread at nice 15, below the event loop', async () => {
    expect(SOLVER_THREAD_NICE).toBeGreaterThan(0);
    expect(CHART_THREAD_NICE).toBeGreaterThan(SOLVER_THREAD_NICE);
    const main = niceOf('/proc/thread-self/stat');
    const solver = await niceInWorker('solver');
    const chart = await niceInWorker('chart');
    expect(solver).toBe(Math.max(main, SOLVER_THREAD_NICE));
    expect(chart).toBe(Math.max(main, CHART_THREAD_NICE));
    expect(niceOf('/proc/thread-self/stat')).toBe(main);
  }, 60_000);
});
