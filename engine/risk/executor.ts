/**
 * Runs batches of Monte Carlo jobs: in this thread (`workers: 0`) or on a piscina pool of
 * worker threads (engine/risk/worker.ts), through the batch executor the province study
 * shares (batch-executor.ts).
 */
import { type BatchExecutor, inThreadExecutor, poolExecutor } from './batch-executor.ts';
import { evaluateJobs, type Job, type RunRow } from './evaluate.ts';
import type { RiskSetup } from './options.ts';

export type Executor = BatchExecutor<Job, RunRow>;

export function createExecutor(setup: RiskSetup, workers: number): Executor {
  if (!(Number.isInteger(workers) && workers >= 0))
    throw new Error(`workers must be a whole number ≥ 0, got ${workers}`);
  // the setup goes to each worker once (validated there once), not with every batch
  return workers === 0
    ? inThreadExecutor((batch) => evaluateJobs(setup, batch))
    : poolExecutor({ worker: new URL('./worker.ts', import.meta.url), workerData: setup, workers });
}
