/**
 * Solves off the event loop: a piscina pool of worker threads running
 * server/worker.ts, a bounded queue (at most `workers + maxQueue` tasks admitted; the next
 * gets QUEUE_FULL with Retry-After at once, never a hang) and a time limit per task
 * (RUN_TIMEOUT: the worker thread is terminated and replaced). The limit counts from
 * admission, queue wait included, so every request is answered within it.
 */
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import { ApiError } from './errors.ts';
import type { SolveOutcome, SolveTask } from './worker.ts';

export interface SolverPoolOptions {
  readonly workers: number;
  readonly maxQueue: number;
  readonly runTimeoutMs: number;
  /** Worker module (tests may pass a stand-in); default server/worker.ts. */
  readonly workerFile?: URL;
}

/** Worker threads need tsx to load .ts: inherited when the parent runs under tsx, added otherwise (vitest). */
export function workerExecArgv(): string[] {
  return process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
}

export class SolverPool {
  private readonly pool: Piscina;
  private readonly opts: SolverPoolOptions;
  private admitted = 0;
  /** Moving average of the solve time, for Retry-After. */
  private avgRunMs = 2000;

  constructor(opts: SolverPoolOptions) {
    this.opts = opts;
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
  retryAfterS(): number {
    const ahead = Math.max(1, this.admitted - this.opts.workers + 1);
    return Math.max(1, Math.ceil((this.avgRunMs * ahead) / this.opts.workers / 1000));
  }

  solve(task: SolveTask): Promise<SolveOutcome> {
    return this.submit(task, 'default') as Promise<SolveOutcome>;
  }

  private async submit(task: SolveTask, name: string): Promise<unknown> {
    if (this.admitted >= this.capacity)
      throw new ApiError('QUEUE_FULL', { headers: { 'retry-after': String(this.retryAfterS()) } });
    this.admitted++;
    const t0 = performance.now();
    try {
      const outcome: unknown = await this.pool.run(task, { name, signal: AbortSignal.timeout(this.opts.runTimeoutMs) });
      this.avgRunMs = 0.8 * this.avgRunMs + 0.2 * (performance.now() - t0);
      return outcome;
    } catch (err) {
      if ((err as Error).name === 'AbortError')
        throw new ApiError('RUN_TIMEOUT', {
          message: `the run was stopped after ${this.opts.runTimeoutMs} ms; shorten the horizon, use dispatch.mode "season", or run it with the CLI`,
        });
      throw err;
    } finally {
      this.admitted--;
    }
  }

  stats(): { workers: number; busy: number; capacity: number } {
    return { workers: this.opts.workers, busy: this.admitted, capacity: this.capacity };
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
