/**
 * The piscina worker: evaluates a batch of Monte Carlo jobs. Loaded as TypeScript under tsx
 * (batch-executor.ts passes tsx's loader in execArgv); each worker thread loads the LP solver once.
 */
import { workerData } from 'piscina';
import { validateScenario } from '../scenario/validate.ts';
import { evaluateJobs, type Job, type RunRow } from './evaluate.ts';
import type { RiskSetup } from './options.ts';

export interface WorkerTask {
  readonly jobs: readonly Job[];
}

/**
 * The pool's setup, sent once as piscina's workerData (executor.ts). The scenario arrives as a
 * copy: validated here once, so each run's `withSections` trusts it instead of parsing it.
 */
const setup: RiskSetup = {
  ...(workerData as RiskSetup),
  scenario: validateScenario((workerData as RiskSetup).scenario),
};

export default async function evaluateBatch(task: WorkerTask): Promise<RunRow[]> {
  return evaluateJobs(setup, task.jobs);
}
