/**
 * Creating a run: resolve and validate the scenario, answer from the store when an identical
 * input (same content hash) is there, share one solve between identical requests in flight,
 * otherwise (the store able to take it: server/storage-probe.ts) solve on the pool and store the result with its what-if and label. A label sent
 * with an input already stored renames that run; its what-if is kept (it is filled in only when
 * the stored run, first posted as a full scenario, has none).
 *
 * A run over the size limits (server/run-size.ts) is refused before anything else. A solve is
 * counted against the client that started it (server/solver-pool.ts); it is cancelled when
 * every request waiting for it has gone (their `signal`s aborted), never while one still waits.
 */
import { randomBytes } from 'node:crypto';
import type { Scenario } from '../engine/index.ts';
import type { Library } from './library.ts';
import { resolveScenario, type SavedLookup } from './resolve-scenario.ts';
import type { RunRequest } from './schemas.ts';
import { checkRunSize, RUN_SIZE_DEFAULTS, type RunSizeLimits } from './run-size.ts';
import type { SolverPool } from './solver-pool.ts';
import type { RunRow, RunStore } from './store.ts';
import { storageError } from './storage-errors.ts';
import { clientError } from './weather-check.ts';

export interface CreatedRun {
  readonly row: RunRow;
  /** True when the answer came from the store or from an identical request already solving. */
  readonly cached: boolean;
}

/** Who asks, and a signal aborted when they stop waiting. */
export interface Requester {
  readonly client?: string;
  readonly signal?: AbortSignal;
}

/** One solve in flight, shared by every identical request waiting for it. */
interface InFlight {
  readonly hash: string;
  readonly done: Promise<RunRow>;
  readonly stop: AbortController;
  waiters: number;
}

export const newRunId = (): string => `r${randomBytes(9).toString('base64url')}`;

export class RunService {
  private readonly inflight = new Map<string, InFlight>();

  constructor(
    private readonly store: RunStore,
    private readonly pool: SolverPool,
    private readonly library: Library,
    private readonly saved?: SavedLookup,
    private readonly sizeLimits: RunSizeLimits = RUN_SIZE_DEFAULTS,
  ) {}

  async create(request: RunRequest, who: Requester = {}): Promise<CreatedRun> {
    const { scenario, hash, whatIf } = resolveScenario(request, this.library, this.saved);
    checkRunSize(scenario, this.sizeLimits);
    const label = 'label' in request && request.label ? request.label : null;
    const whatIfJson = whatIf ? JSON.stringify(whatIf) : null;
    const stored = this.store.findByHash(hash);
    if (stored) return { row: this.annotate(stored, label, whatIfJson), cached: true };
    const running = this.inflight.get(hash);
    if (running) return { row: this.annotate(await this.wait(running, who.signal), label, whatIfJson), cached: true };
    // a store that cannot take the run says so now, not after the solve
    const problem = this.store.storageProblem();
    if (problem) throw storageError(problem);
    const stop = new AbortController();
    const flight: InFlight = {
      hash,
      done: this.solveAndStore(scenario, hash, label, whatIfJson, who.client, stop.signal),
      stop,
      waiters: 0,
    };
    this.inflight.set(hash, flight);
    const forget = () => this.forget(flight);
    flight.done.then(forget, forget);
    return { row: await this.wait(flight, who.signal), cached: false };
  }

  private forget(flight: InFlight): void {
    if (this.inflight.get(flight.hash) === flight) this.inflight.delete(flight.hash);
  }

  /** Waits for a shared solve; the last waiter to leave cancels it. */
  private async wait(flight: InFlight, signal: AbortSignal | undefined): Promise<RunRow> {
    flight.waiters++;
    let left = false;
    const leave = () => {
      left = true;
      if (--flight.waiters > 0) return;
      // an identical request arriving now starts a fresh solve rather than join this one
      this.forget(flight);
      flight.stop.abort();
    };
    if (signal?.aborted) leave();
    else signal?.addEventListener('abort', leave, { once: true });
    try {
      return await flight.done;
    } finally {
      signal?.removeEventListener('abort', leave);
      if (!left) flight.waiters--;
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
    client: string | undefined,
    signal: AbortSignal,
  ): Promise<RunRow> {
    const outcome = await this.pool.solve({ scenario, baseDir: this.library.dir }, { client, signal });
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
