/**
 * Solves off the event loop: a piscina pool of worker threads running server/worker.ts.
 * - Bounded: at most `workers + maxQueue` solves admitted (the next gets QUEUE_FULL with
 *   Retry-After at once, never a hang), and at most `maxPerClient` of one client
 *   (TOO_MANY_RUNS, 429).
 * - Fair: solves wait here, not in piscina, and start in turn between clients
 *   (server/fair-queue.ts); a task is handed to piscina only when a worker is free. With two
 *   workers or more one client runs at most `workers − 1` solves at once, so a worker is
 *   always left for the others: a started solve cannot be pre-empted, and without this a
 *   client flooding long solves would make every other client's run wait for one of them.
 * - Timed: a time limit per solve counting from admission, queue wait included (RUN_TIMEOUT:
 *   the worker thread is terminated and replaced), so every request is answered within it.
 * - Cancellable: a solve whose client left (its `signal` aborted) is taken out of the queue,
 *   or, when running, aborted (piscina terminates that thread and starts a new one).
 */
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import { ApiError } from './errors.ts';
import { FairQueue, type Waiter } from './fair-queue.ts';
import type { SolveOutcome, SolveTask } from './worker.ts';

export interface SolverPoolOptions {
  readonly workers: number;
  readonly maxQueue: number;
  readonly runTimeoutMs: number;
  /** Solves one client may have queued or running at once; default 4. */
  readonly maxPerClient?: number;
  /** Worker module (tests may pass a stand-in); default server/worker.ts. */
  readonly workerFile?: URL;
}

export interface SolveOptions {
  /** Who asks (server/client-id.ts); solves of one client count against its cap. */
  readonly client?: string;
  /** Aborted when nobody waits for the answer any more: the solve is dropped or stopped. */
  readonly signal?: AbortSignal;
}

export interface SolverStats {
  readonly workers: number;
  /** Solves admitted: running or queued. */
  readonly busy: number;
  readonly capacity: number;
  readonly running: number;
  readonly queued: number;
  readonly maxPerClient: number;
  /** Solves dropped from the queue because their client left. */
  readonly cancelledQueued: number;
  /** Running solves stopped (their thread replaced) because their client left. */
  readonly cancelledRunning: number;
}

export const DEFAULT_MAX_PER_CLIENT = 4;

/**
 * Solver threads by default: one less than the cores, but two on a machine of two cores, so
 * that one can be kept for the other clients (runningCapPerClient); one on a single core.
 */
export const defaultWorkers = (cores: number): number => (cores >= 2 ? Math.max(2, cores - 1) : 1);

/** Solves one client may run at once: all workers when there is one, else all but one. */
export const runningCapPerClient = (workers: number): number => (workers >= 2 ? workers - 1 : workers);

/** Worker threads need tsx to load .ts: inherited when the parent runs under tsx, added otherwise (vitest). */
export function workerExecArgv(): string[] {
  return process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
}

/** Thrown to the (departed) caller of a cancelled solve; nobody reads the answer. */
export const cancelled = () => new ApiError('RUN_CANCELLED', { message: 'the run was cancelled: its client left' });

export class SolverPool {
  private readonly pool: Piscina;
  private readonly opts: SolverPoolOptions;
  private readonly maxPerClient: number;
  private readonly queue: FairQueue;
  private readonly perClient = new Map<string, number>();
  private admitted = 0;
  private running = 0;
  private cancelledQueued = 0;
  private cancelledRunning = 0;
  /** Moving average of the solve time, for Retry-After. */
  private avgRunMs = 2000;

  constructor(opts: SolverPoolOptions) {
    this.opts = opts;
    this.maxPerClient = Math.max(1, opts.maxPerClient ?? DEFAULT_MAX_PER_CLIENT);
    this.queue = new FairQueue(runningCapPerClient(opts.workers));
    this.pool = new Piscina({
      filename: (opts.workerFile ?? new URL('./worker.ts', import.meta.url)).href,
      minThreads: opts.workers,
      maxThreads: opts.workers,
      idleTimeout: 24 * 3600_000,
      execArgv: workerExecArgv(),
    });
  }

  get capacity(): number {
    return this.opts.workers + this.opts.maxQueue;
  }

  /** Seconds until a slot is likely free: the queue ahead, shared among the workers. */
  retryAfterS(ahead = Math.max(1, this.admitted - this.opts.workers + 1)): number {
    return Math.max(1, Math.ceil((this.avgRunMs * ahead) / this.opts.workers / 1000));
  }

  async solve(task: SolveTask, { client = '', signal }: SolveOptions = {}): Promise<SolveOutcome> {
    if (signal?.aborted) throw cancelled();
    this.admit(client);
    const t0 = performance.now();
    const deadline = AbortSignal.timeout(this.opts.runTimeoutMs);
    const stop = signal ? AbortSignal.any([deadline, signal]) : deadline;
    try {
      if (!(await this.turn(client, stop))) {
        if (signal?.aborted) {
          this.cancelledQueued++;
          throw cancelled();
        }
        throw this.timedOut();
      }
      try {
        const outcome = (await this.pool.run(task, { name: 'default', signal: stop })) as SolveOutcome;
        this.avgRunMs = 0.8 * this.avgRunMs + 0.2 * (performance.now() - t0);
        return outcome;
      } catch (err) {
        if ((err as Error).name !== 'AbortError') throw err;
        if (signal?.aborted) {
          this.cancelledRunning++;
          throw cancelled();
        }
        throw this.timedOut();
      } finally {
        this.running--;
        this.queue.finished(client);
        this.dispatch();
      }
    } finally {
      this.admitted--;
      const n = (this.perClient.get(client) ?? 1) - 1;
      if (n > 0) this.perClient.set(client, n);
      else this.perClient.delete(client);
    }
  }

  private admit(client: string): void {
    if (this.admitted >= this.capacity)
      throw new ApiError('QUEUE_FULL', { headers: { 'retry-after': String(this.retryAfterS()) } });
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.maxPerClient)
      throw new ApiError('TOO_MANY_RUNS', {
        message: `this client already has ${mine} runs queued or solving, the most allowed at once; wait for one to finish (the limit is the server's BAOGONG_MAX_PER_CLIENT)`,
        headers: { 'retry-after': String(this.retryAfterS(1)) },
      });
    this.admitted++;
    this.perClient.set(client, mine + 1);
  }

  /** Waits for a worker; false if `stop` aborted first (the solve then never starts). */
  private turn(client: string, stop: AbortSignal): Promise<boolean> {
    if (stop.aborted) return Promise.resolve(false);
    if (this.running < this.opts.workers && this.queue.size === 0 && this.queue.mayStart(client)) {
      this.running++;
      this.queue.started(client);
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const onAbort = () => {
        if (this.queue.remove(waiter)) resolve(false);
      };
      const waiter: Waiter = {
        client,
        start: () => {
          stop.removeEventListener('abort', onAbort);
          resolve(true);
        },
      };
      stop.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
      // a worker may be free while the queue holds only solves of a client at its cap
      this.dispatch();
    });
  }

  /** Starts waiting solves while workers are free. */
  private dispatch(): void {
    while (this.running < this.opts.workers) {
      const next = this.queue.shift();
      if (!next) return;
      this.running++;
      next.start();
    }
  }

  private timedOut(): ApiError {
    return new ApiError('RUN_TIMEOUT', {
      message: `the run was stopped after ${this.opts.runTimeoutMs} ms; shorten the horizon, use dispatch.mode "season", or run it with the CLI`,
    });
  }

  stats(): SolverStats {
    return {
      workers: this.opts.workers,
      busy: this.admitted,
      capacity: this.capacity,
      running: this.running,
      queued: this.queue.size,
      maxPerClient: this.maxPerClient,
      cancelledQueued: this.cancelledQueued,
      cancelledRunning: this.cancelledRunning,
    };
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
