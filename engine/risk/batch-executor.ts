/**
 * The batch executor both studies share (Monte Carlo in engine/risk/executor.ts, the province
 * study in engine/province/run.ts): jobs go out in small batches, in this thread (`workers`
 * 0) or on a piscina pool of worker threads that load the TypeScript worker through tsx, and
 * the rows come back in index order, so they do not depend on the number of workers.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';

/** Threads that evaluate jobs in batches, rows back in index order. */
export interface BatchExecutor<J, R> {
  readonly workers: number;
  run(jobs: readonly J[], onProgress?: (done: number, total: number) => void): Promise<R[]>;
  close(): Promise<void>;
}

/** Workers when none are asked for: one per core, no more than there are runs. */
export function defaultWorkers(runs: number): number {
  return Math.max(1, Math.min(availableParallelism(), runs));
}

/** tsx's ESM loader as a file URL, so workers can load .ts whatever the parent was started with (node, tsx, vitest). */
export function tsxLoaderUrl(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}

/** Young-generation size of each worker, MB (see poolExecutor). */
export const WORKER_YOUNG_GENERATION_MB = 192;

/** Jobs cut into batches of 1 to 8, about four a worker. */
export function batches<J>(jobs: readonly J[], workers: number): J[][] {
  const size = Math.max(1, Math.min(8, Math.ceil(jobs.length / (Math.max(1, workers) * 4))));
  const out: J[][] = [];
  for (let i = 0; i < jobs.length; i += size) out.push(jobs.slice(i, i + size));
  return out;
}

/** In this thread: batch after batch through `evaluate`, progress after each. */
export function inThreadExecutor<J, R>(evaluate: (batch: readonly J[]) => Promise<R[]>): BatchExecutor<J, R> {
  return {
    workers: 0,
    async run(jobs, onProgress) {
      const rows: R[] = [];
      for (const batch of batches(jobs, 1)) {
        rows.push(...(await evaluate(batch)));
        onProgress?.(rows.length, jobs.length);
      }
      return rows;
    },
    async close() {},
  };
}

export interface PoolOptions {
  /** The piscina worker module: its default export takes `{ jobs }` (one batch) and gives their rows. */
  readonly worker: URL;
  /** Sent to each worker once (as piscina's workerData), not with every batch. */
  readonly workerData: unknown;
  readonly workers: number;
  /** Batches are cut as for this many workers (`batches`); more than `workers` gives smaller batches. */
  readonly batchWorkers?: number;
}

/** On a pool of `workers` threads, one batch a thread at a time. */
export function poolExecutor<J, R>(options: PoolOptions): BatchExecutor<J, R> {
  const { workers } = options;
  const pool = new Piscina<{ jobs: readonly J[] }, R[]>({
    filename: options.worker.href,
    execArgv: ['--import', tsxLoaderUrl()],
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 1,
    workerData: options.workerData,
    // a young generation of 192 MB (V8's semi-spaces at 64 MB) instead of the default: a season
    // allocates many small short-lived models, and with the default the two workers spent a
    // third of their time in scavenges; steady throughput rose about 1.5× (bench/risk.bench.ts)
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  return {
    workers,
    async run(jobs, onProgress) {
      let done = 0;
      const parts = await Promise.all(
        batches(jobs, options.batchWorkers ?? workers).map(async (batch) => {
          const rows = await pool.run({ jobs: batch });
          done += rows.length;
          onProgress?.(done, jobs.length);
          return rows;
        }),
      );
      return parts.flat();
    },
    close: () => pool.destroy(),
  };
}
