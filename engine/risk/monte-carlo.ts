/**
 * `runMonteCarlo`: N seasons of sampled weather × sampled coal-delivery and gas-supply
 * disruptions, each dispatched by `runScenario`, and their distribution.
 *
 * Reproducibility: run i draws only from the streams seeded by (seed, i) (engine/random.ts), rows come
 * back ordered by i, and the distribution is computed from the ordered rows; so the result is
 * the same for a given seed with 0, 1 or 8 workers. Only `timing` is a clock reading.
 */
import { validateScenario } from '../scenario/validate.ts';
import { summariseRuns, type RiskDistribution } from './distribution.ts';
import type { Job, RunRow } from './evaluate.ts';
import { defaultWorkers } from './batch-executor.ts';
import { createExecutor } from './executor.ts';
import {
  prepareRisk,
  resolveRuns,
  withReserveBurns,
  type DisruptionRates,
  type RiskOptions,
  type RiskSetup,
} from './options.ts';
import type { SyntheticModel } from '../weather/synthetic.ts';

export interface MonteCarloResult {
  readonly scenarioId: string;
  readonly runs: number;
  readonly seed: number;
  readonly mode: string;
  readonly weather: {
    readonly kind: string;
    readonly historicalSeasons: string[];
    readonly model: SyntheticModel | null;
  };
  readonly coalDisruptions: DisruptionRates;
  readonly gasDisruptions: DisruptionRates;
  readonly keepScenarioDisruptions: boolean;
  readonly distribution: RiskDistribution;
  readonly rows: readonly RunRow[];
  /** Wall-clock figures (not reproducible). */
  readonly timing: { readonly workers: number; readonly wallMs: number; readonly seasonsPerMinute: number };
}

export function describeSetup(
  setup: RiskSetup,
  runs: number,
): Omit<MonteCarloResult, 'distribution' | 'rows' | 'timing'> {
  return {
    scenarioId: setup.scenario.id,
    runs,
    seed: setup.seed,
    mode: setup.mode ?? setup.scenario.dispatch.mode,
    weather: {
      kind: setup.weather.kind,
      historicalSeasons: setup.weather.seasons.map((s) => s.label),
      model: setup.weather.model,
    },
    coalDisruptions: setup.coal,
    gasDisruptions: setup.gas,
    keepScenarioDisruptions: setup.keepScenarioDisruptions,
  };
}

export async function runMonteCarlo(scenarioInput: unknown, options: RiskOptions = {}): Promise<MonteCarloResult> {
  const scenario = validateScenario(scenarioInput);
  const runs = resolveRuns(options.runs);
  const t0 = performance.now(); // the reserve figures, measured once, count in the study's time
  const setup = await withReserveBurns(prepareRisk(scenario, options));
  const workers = options.workers ?? defaultWorkers(runs);
  const executor = createExecutor(setup, workers);
  const jobs: Job[] = Array.from({ length: runs }, (_, index) => ({ index }));
  let rows: RunRow[];
  try {
    rows = await executor.run(jobs, options.onProgress);
  } finally {
    await executor.close();
  }
  const wallMs = performance.now() - t0;
  return {
    ...describeSetup(setup, runs),
    distribution: summariseRuns(rows),
    rows,
    timing: { workers, wallMs, seasonsPerMinute: (runs / wallMs) * 60_000 },
  };
}
