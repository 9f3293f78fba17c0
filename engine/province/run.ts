/**
 * `runProvinceStudy`: a province study on this machine, seasons spread over a pool of worker
 * threads as `runMonteCarlo` does (the shared engine/risk/batch-executor.ts).
 * It is the three contract steps in a row (prepare, evaluate, summarise), so a queue that runs
 * them on other machines gets the same result: season i's randomness depends on (seed, i)
 * only, rows come back in index order, and the summary reads them in that order. Only
 * `timing` is a clock reading.
 */
import { type BatchExecutor, defaultWorkers, inThreadExecutor, poolExecutor } from '../risk/batch-executor.ts';
import { evaluateProvinceJobs, type ProvinceJob, type ProvinceRow } from './evaluate.ts';
import type { ProvinceSpec } from './load.ts';
import { prepareProvince, type ProvinceOptions, type ProvinceSetup } from './setup.ts';
import { summariseProvince, type ProvinceResult } from './summary.ts';

export interface ProvinceStudyResult extends ProvinceResult {
  /** Wall-clock figures (not reproducible). */
  readonly timing: { readonly workers: number; readonly wallMs: number; readonly seasonsPerMinute: number };
}

/** Threads that evaluate province seasons, rows back in index order (the queue's workers use it too). */
export type ProvinceExecutor = BatchExecutor<ProvinceJob, ProvinceRow>;

/** In this thread (`workers` 0) or on a pool of `workers` threads, each given the setup once. */
export function createProvinceExecutor(setup: ProvinceSetup, workers: number): ProvinceExecutor {
  if (workers === 0) return inThreadExecutor((batch) => evaluateProvinceJobs(setup, batch));
  // a province season is several city seasons: batches of one keep both threads busy
  return poolExecutor({
    worker: new URL('./worker.ts', import.meta.url),
    workerData: setup,
    workers,
    batchWorkers: workers * 8,
  });
}

/** Every season's row, in index order. */
async function evaluateAll(
  setup: ProvinceSetup,
  workers: number,
  onProgress?: (done: number, total: number) => void,
): Promise<ProvinceRow[]> {
  const jobs: ProvinceJob[] = Array.from({ length: setup.runs }, (_, index) => ({ index }));
  const executor = createProvinceExecutor(setup, workers);
  try {
    return await executor.run(jobs, onProgress);
  } finally {
    await executor.close();
  }
}

export async function runProvinceStudy(
  spec: ProvinceSpec,
  options: ProvinceOptions = {},
): Promise<ProvinceStudyResult> {
  const t0 = performance.now();
  const setup = await prepareProvince(spec, options);
  const workers = options.workers ?? defaultWorkers(setup.runs);
  if (!(Number.isInteger(workers) && workers >= 0))
    throw new Error(`workers must be a whole number ≥ 0, got ${workers}`);
  const rows = await evaluateAll(setup, workers, options.onProgress);
  const wallMs = performance.now() - t0;
  return {
    ...summariseProvince(setup, rows),
    timing: { workers, wallMs, seasonsPerMinute: (setup.runs / wallMs) * 60_000 },
  };
}
