/**
 * Creating a run: resolve and validate the scenario, answer from the store when an identical
 * input (same content hash) is there, share one solve between identical requests in flight,
 * otherwise solve on the pool and store the result.
 */
import { randomBytes } from 'node:crypto';
import type { Scenario } from '../engine/index.ts';
import { ApiError } from './errors.ts';
import type { Library } from './library.ts';
import { resolveScenario, type SavedLookup } from './resolve-scenario.ts';
import type { RunRequest } from './schemas.ts';
import type { SolverPool } from './solver-pool.ts';
import type { RunRow, RunStore } from './store.ts';

export interface CreatedRun {
  readonly row: RunRow;
  /** True when the answer came from the store or from an identical request already solving. */
  readonly cached: boolean;
}

export const newRunId = (): string => `r${randomBytes(9).toString('base64url')}`;

export class RunService {
  private readonly inflight = new Map<string, Promise<RunRow>>();

  constructor(
    private readonly store: RunStore,
    private readonly pool: SolverPool,
    private readonly library: Library,
    private readonly saved?: SavedLookup,
  ) {}

  async create(request: RunRequest): Promise<CreatedRun> {
    const { scenario, hash } = resolveScenario(request, this.library, this.saved);
    const stored = this.store.findByHash(hash);
    if (stored) return { row: stored, cached: true };
    const running = this.inflight.get(hash);
    if (running) return { row: await running, cached: true };
    const solving = this.solveAndStore(scenario, hash);
    this.inflight.set(hash, solving);
    try {
      return { row: await solving, cached: false };
    } finally {
      this.inflight.delete(hash);
    }
  }

  private async solveAndStore(scenario: Scenario, hash: string): Promise<RunRow> {
    const outcome = await this.pool.solve({ scenario, baseDir: this.library.dir });
    if (!outcome.ok) throw new ApiError(outcome.code, { message: outcome.message, problems: outcome.problems });
    return this.store.insert({
      id: newRunId(),
      inputHash: hash,
      scenarioId: outcome.scenarioId,
      createdAt: new Date().toISOString(),
      summaryJson: outcome.summaryJson,
      resultJson: outcome.resultJson,
      scenarioJson: JSON.stringify(scenario),
    });
  }
}
