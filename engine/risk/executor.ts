/**
 * Runs batches of Monte Carlo jobs: in this thread (`workers: 0`) or on a piscina pool of
 * worker threads that load the TypeScript worker through tsx. Jobs go out in small batches
 * and come back in index order, so the rows do not depend on the number of workers.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { evaluateJobs, type Job, type RunRow } from './evaluate.ts';
import type { RiskSetup } from './options.ts';
import type { WorkerTask } from './worker.ts';

export interface Executor {
  readonly workers: number;
  run(jobs: readonly Job[], onProgress?: (done: number, total: number) => void): Promise<RunRow[]>;
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

/** Young-generation size of each worker, MB (see onPool). */
export const WORKER_YOUNG_GENERATION_MB = 192;

export function batches<J>(jobs: readonly J[], workers: number): J[][] {
  const size = Math.max(1, Math.min(8, Math.ceil(jobs.length / (Math.max(1, workers) * 4))));
  const out: J[][] = [];
  for (let i = 0; i < jobs.length; i += size) out.push(jobs.slice(i, i + size));
  return out;
}

function inThread(setup: RiskSetup): Executor {
  return {
    workers: 0,
    async run(jobs, onProgress) {
      const rows: RunRow[] = [];
      for (const batch of batches(jobs, 1)) {
        rows.push(...(await evaluateJobs(setup, batch)));
        onProgress?.(rows.length, jobs.length);
      }
      return rows;
    },
    async close() {},
  };
}

function onPool(setup: RiskSetup, workers: number): Executor {
  const pool = new Piscina<WorkerTask, RunRow[]>({
    filename: new URL('./worker.ts', import.meta.url).href,
    execArgv: ['--import', tsxLoaderUrl()],
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 1,
    // the setup goes to each worker once (validated there once), not with every batch
    workerData: setup,
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
        batches(jobs, workers).map(async (batch) => {
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

export function createExecutor(setup: RiskSetup, workers: number): Executor {
  if (!(Number.isInteger(workers) && workers >= 0))
    throw new Error(`workers must be a whole number ≥ 0, got ${workers}`);
  return workers === 0 ? inThread(setup) : onPool(setup, workers);
}
