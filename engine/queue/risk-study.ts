/**
 * `kind: 'risk'`: one city's Monte Carlo seasons (engine/risk/monte-carlo.ts) on the queue. The
 * setup is the one `runMonteCarlo` prepares (weather ensemble fitted, reserve figures measured
 * once), stored as JSON; each season is `evaluateJobs` on it and the result is built exactly as
 * `runMonteCarlo` builds it, so it is the local one byte for byte but for `timing`.
 */
import { validateScenario } from '../scenario/validate.ts';
import { summariseRuns } from '../risk/distribution.ts';
import { evaluateJobs, type RunRow } from '../risk/evaluate.ts';
import { createExecutor } from '../risk/executor.ts';
import { describeSetup, type MonteCarloResult } from '../risk/monte-carlo.ts';
import { prepareRisk, resolveRuns, withReserveBurns, type RiskOptions, type RiskSetup } from '../risk/options.ts';
import type { StudyKind } from './study-kind.ts';

/** What `baogong risk --queue` submits: the scenario as read and the Monte Carlo options (no workers, no callbacks). */
export interface RiskStudyInput {
  readonly scenario: unknown;
  readonly options: Omit<RiskOptions, 'workers' | 'onProgress'>;
}

export const riskStudy: StudyKind<RiskSetup, RunRow, MonteCarloResult> = {
  async prepare(input) {
    const { scenario, options } = input as RiskStudyInput;
    const valid = validateScenario(scenario);
    const runs = resolveRuns(options.runs);
    const setup = await withReserveBurns(prepareRisk(valid, options));
    // plain data from here on: what a worker gets is exactly what this machine would run
    return { setup: JSON.parse(JSON.stringify(setup)) as RiskSetup, runs };
  },
  revive(stored) {
    const setup = stored as RiskSetup;
    return { ...setup, scenario: validateScenario(setup.scenario) };
  },
  evaluate: (setup, jobs) => evaluateJobs(setup, jobs),
  executor: (setup, threads) => createExecutor(setup, threads),
  summarise(setup, runs, rows, timing) {
    return { ...describeSetup(setup, runs), distribution: summariseRuns(rows), rows: [...rows], timing };
  },
};
