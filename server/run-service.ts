/**
 * Creating a run: resolve and validate the scenario, answer from the store when an identical
 * input (same content hash) is there, share one solve between identical requests in flight,
 * otherwise (the store able to take it: server/storage-probe.ts) solve on the pool and store the result with its what-if and label. A label sent
 * with an input already stored renames that run; its what-if is kept (it is filled in only when
 * the stored run, first posted as a full scenario, has none).
 */
import { randomBytes } from 'node:crypto';
import type { Scenario } from '../engine/index.ts';
import type { Library } from './library.ts';
import { resolveScenario, type SavedLookup } from './resolve-scenario.ts';
import type { RunRequest } from './schemas.ts';
import type { SolverPool } from './solver-pool.ts';
import type { RunRow, RunStore } from './store.ts';
import { storageError } from './storage-errors.ts';
import { clientError } from './weather-check.ts';

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
    const { scenario, hash, whatIf } = resolveScenario(request, this.library, this.saved);
    const label = 'label' in request && request.label ? request.label : null;
    const whatIfJson = whatIf ? JSON.stringify(whatIf) : null;
    const stored = this.store.findByHash(hash);
    if (stored) return { row: this.annotate(stored, label, whatIfJson), cached: true };
    const running = this.inflight.get(hash);
    if (running) return { row: this.annotate(await running, label, whatIfJson), cached: true };
    // a store that cannot take the run says so now, not after the solve
    const problem = this.store.storageProblem();
    if (problem) throw storageError(problem);
    const solving = this.solveAndStore(scenario, hash, label, whatIfJson);
    this.inflight.set(hash, solving);
    try {
      return { row: await solving, cached: false };
    } finally {
      this.inflight.delete(hash);
    }
  }

  private annotate(row: RunRow, label: string | null, whatIfJson: string | null): RunRow {
    if (label === null && (whatIfJson === null || row.whatIfJson !== null)) return row;
    if (label !== null) this.store.setLabel(row.id, label);
    if (whatIfJson !== null) this.store.fillWhatIf(row.id, whatIfJson);
    return this.store.get(row.id) ?? row;
  }

  private async solveAndStore(
    scenario: Scenario,
    hash: string,
    label: string | null,
    whatIfJson: string | null,
  ): Promise<RunRow> {
    const outcome = await this.pool.solve({ scenario, baseDir: this.library.dir });
    if (!outcome.ok) throw clientError(outcome, this.library.dir);
    return this.store.insert({
      id: newRunId(),
      inputHash: hash,
      scenarioId: outcome.scenarioId,
      createdAt: new Date().toISOString(),
      summaryJson: outcome.summaryJson,
      resultJson: outcome.resultJson,
      scenarioJson: JSON.stringify(scenario),
      label,
      whatIfJson,
    });
  }
}
