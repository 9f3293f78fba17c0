/**
 * The piscina worker: evaluates a batch of Monte Carlo jobs. Loaded as TypeScript under tsx
 * (executor.ts passes tsx's loader in execArgv); each worker thread loads the LP solver once.
 */
import { evaluateJobs, type Job, type RunRow } from './evaluate.ts';
import type { RiskSetup } from './options.ts';

export interface WorkerTask {
  readonly setup: RiskSetup;
  readonly jobs: readonly Job[];
}

export default async function evaluateBatch(task: WorkerTask): Promise<RunRow[]> {
  return evaluateJobs(task.setup, task.jobs);
}
