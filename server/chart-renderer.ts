/**
 * Charts drawn off the event loop and bounded: a small piscina pool of its own (apart from the
 * solvers, so a chart of a finished run never waits behind a two-minute solve) runs at most
 * `concurrency` chart tasks at once; up to `maxQueue` more wait (the next gets QUEUE_FULL with
 * Retry-After); each result is kept in a least-recently-used cache bounded in bytes, keyed by
 * what makes it (run id, chart, format, language). A waiting task whose client has left is
 * dropped, one whose client left before its turn never starts, and one whose client leaves
 * while it draws is stopped (piscina ends its thread). Each pool is replaced after
 * RECYCLE_AFTER_TASKS tasks, which bounds the native memory resvg keeps. A task's stored run is read only when it starts, so waiting
 * requests hold no result in memory.
 */
import { Piscina } from 'piscina';
import type { ChartTask } from './chart-worker.ts';
import { ApiError } from './errors.ts';
import { workerExecArgv } from './solver-pool.ts';

export interface ChartRendererOptions {
  /** Chart tasks running at once (threads of the chart pool). */
  readonly concurrency: number;
  /** Chart tasks that may wait beyond those running. */
  readonly maxQueue: number;
  /** Bytes of drawn charts and specs kept. */
  readonly cacheBytes: number;
  /** Time limit of one chart task, ms. */
  readonly timeoutMs: number;
  /** Worker module (tests may pass a stand-in); default server/chart-worker.ts. */
  readonly workerFile?: URL;
  /** Old-generation heap of one chart thread, MiB; default CHART_HEAP_MB. */
  readonly heapMb?: number;
  /** Chart tasks a pool's threads run before the pool is replaced by a fresh one; default RECYCLE_AFTER_TASKS. */
  readonly recycleAfter?: number;
}

/**
 * Tasks a chart pool runs before it is replaced (its threads end once their running tasks
 * are done). resvg's native memory in a worker thread is not given back while the thread
 * lives: about 5 MB a PNG on this machine, so a server drawing fresh PNGs without end grew
 * by ~1 GB a minute (bench/results/soak-10min-2026-11-30-05-00.md); a thread's end returns it.
 * A fresh thread costs ~0.3 s of loading vega once per this many charts.
 */
export const RECYCLE_AFTER_TASKS = 24;

/**
 * A chart thread's old-generation heap, MiB. vega leaves ~2 MB of garbage per chart and V8,
 * left to itself on a large machine, lets a thread's heap reach ~260 MB before collecting it
 * (bench/results/soak-*.md); capped, it collects at ~60 MB. A demo season's PNG needs < 60 MB
 * live; a task that would need more fails with its thread (replaced), not the server.
 */
export const CHART_HEAP_MB = 128;

export interface ChartStats {
  readonly concurrency: number;
  /** Tasks running now. */
  readonly rendering: number;
  readonly queued: number;
  /** Most tasks ever running at once. */
  readonly peakRendering: number;
  /** Tasks started since the server started. */
  readonly started: number;
  /** Answers from the cache. */
  readonly cacheHits: number;
  /** Requests whose client left before their task started (not drawn). */
  readonly dropped: number;
  /** Tasks stopped while drawing because their client left (their thread ended). */
  readonly stopped: number;
  /** Times the pool was replaced by a fresh one (RECYCLE_AFTER_TASKS). */
  readonly recycledPools: number;
  readonly cachedEntries: number;
  readonly cachedBytes: number;
}

type Output = string | Buffer;

interface Waiting {
  readonly client: string;
  readonly start: () => void;
  readonly signal: AbortSignal;
  readonly onAbort: () => void;
}

/** A least-recently-used map bounded by the bytes of its values. */
class ByteLru {
  private readonly map = new Map<string, Output>();
  bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): Output | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: Output): void {
    const size = Buffer.byteLength(value);
    if (size > this.maxBytes) return;
    const old = this.map.get(key);
    if (old !== undefined) {
      this.bytes -= Buffer.byteLength(old);
      this.map.delete(key);
    }
    this.map.set(key, value);
    this.bytes += size;
    for (const [k, v] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= Buffer.byteLength(v);
    }
  }
}

export class ChartRenderer {
  private pool: Piscina;
  private poolTasks = 0;
  private readonly closing = new Set<Piscina>();
  /** Chart tasks running per client. */
  private readonly runningBy = new Map<string, number>();
  private recycled = 0;
  private readonly cache: ByteLru;
  private readonly waiting: Waiting[] = [];
  private running = 0;
  private peak = 0;
  private started = 0;
  private hits = 0;
  private dropped = 0;
  private stopped = 0;

  constructor(private readonly opts: ChartRendererOptions) {
    this.cache = new ByteLru(opts.cacheBytes);
    this.pool = this.newPool();
  }

  private newPool(): Piscina {
    return new Piscina({
      filename: (this.opts.workerFile ?? new URL('./chart-worker.ts', import.meta.url)).href,
      minThreads: 0,
      maxThreads: Math.max(1, this.opts.concurrency),
      idleTimeout: 60_000,
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: this.opts.heapMb ?? CHART_HEAP_MB },
    });
  }

  /** The pool for the next task: a fresh one once the current has run its share (it closes when its tasks are done). */
  private poolForTask(): Piscina {
    if (this.poolTasks >= (this.opts.recycleAfter ?? RECYCLE_AFTER_TASKS)) {
      const old = this.pool;
      this.pool = this.newPool();
      this.poolTasks = 0;
      this.recycled++;
      this.closing.add(old);
      void old
        .close()
        .catch(() => old.destroy())
        .finally(() => this.closing.delete(old));
    }
    this.poolTasks++;
    return this.pool;
  }

  /**
   * The chart under `key`: from the cache, or drawn from the task `load()` gives when its turn
   * comes. Resolves `undefined`, drawing nothing, when `client` is aborted before the turn.
   */
  async render(
    key: string,
    load: () => ChartTask,
    client: AbortSignal,
    who = 'anonymous',
  ): Promise<Output | undefined> {
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      this.hits++;
      return hit;
    }
    if (!(await this.turn(client, who))) {
      this.dropped++;
      return undefined;
    }
    try {
      // Another request may have drawn the same chart while this one waited.
      const drawn = this.cache.get(key);
      if (drawn !== undefined) {
        this.hits++;
        return drawn;
      }
      this.started++;
      const signal = AbortSignal.any([client, AbortSignal.timeout(this.opts.timeoutMs)]);
      const out = (await this.poolForTask().run(load(), { signal })) as string | Uint8Array;
      const value = typeof out === 'string' ? out : Buffer.from(out.buffer, out.byteOffset, out.byteLength);
      this.cache.set(key, value);
      return value;
    } catch (err) {
      if (client.aborted) {
        // piscina ended the thread drawing it: nobody is left to read the chart
        this.stopped++;
        return undefined;
      }
      if ((err as Error).name === 'AbortError')
        throw new ApiError('RUN_TIMEOUT', {
          message: `the chart was stopped after ${this.opts.timeoutMs} ms; ask for the .json spec and draw it yourself, or use the CLI`,
        });
      throw err;
    } finally {
      this.running--;
      const mine = (this.runningBy.get(who) ?? 1) - 1;
      if (mine > 0) this.runningBy.set(who, mine);
      else this.runningBy.delete(who);
      this.next();
    }
  }

  /**
   * Chart threads one client may hold at once: all but one, so another client's chart never
   * waits behind a flood of one client's PNGs (as a client runs at most workers − 1 solves).
   */
  private get perClientCap(): number {
    return Math.max(1, this.opts.concurrency - 1);
  }

  /** Charts one client may have waiting: a quarter of the queue, so one client cannot fill it. */
  private get perClientQueue(): number {
    return Math.max(1, Math.floor(this.opts.maxQueue / 4));
  }

  private mayStart(who: string): boolean {
    return this.running < this.opts.concurrency && (this.runningBy.get(who) ?? 0) < this.perClientCap;
  }

  /** Waits for a running slot; false if the client left first. The slot is held on true. */
  private turn(client: AbortSignal, who: string): Promise<boolean> {
    if (client.aborted) return Promise.resolve(false);
    if (this.mayStart(who) && !this.waiting.some((w) => this.mayStart(w.client))) {
      this.take(who);
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.opts.maxQueue)
      throw new ApiError('QUEUE_FULL', {
        message: `${this.opts.concurrency + this.opts.maxQueue} charts are being drawn or waiting; retry shortly`,
        headers: { 'retry-after': '2' },
      });
    if (this.waiting.filter((w) => w.client === who).length >= this.perClientQueue)
      throw new ApiError('QUEUE_FULL', {
        message: `this client already has ${this.perClientQueue} charts waiting, the most one client may; retry when they are drawn`,
        headers: { 'retry-after': '2' },
      });
    return new Promise((resolve) => {
      const entry: Waiting = {
        client: who,
        signal: client,
        start: () => {
          client.removeEventListener('abort', entry.onAbort);
          resolve(true);
        },
        onAbort: () => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          resolve(false);
        },
      };
      client.addEventListener('abort', entry.onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  private take(who: string): void {
    this.running++;
    this.runningBy.set(who, (this.runningBy.get(who) ?? 0) + 1);
    this.peak = Math.max(this.peak, this.running);
  }

  /** Starts waiting tasks in order, passing over those of a client already at its share. */
  private next(): void {
    for (let i = 0; i < this.waiting.length && this.running < this.opts.concurrency; ) {
      const entry = this.waiting[i];
      if (entry.signal.aborted) {
        entry.onAbort(); // removes it from the list
        continue;
      }
      if (!this.mayStart(entry.client)) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.take(entry.client);
      entry.start();
    }
  }

  stats(): ChartStats {
    return {
      concurrency: this.opts.concurrency,
      rendering: this.running,
      queued: this.waiting.length,
      peakRendering: this.peak,
      started: this.started,
      cacheHits: this.hits,
      dropped: this.dropped,
      stopped: this.stopped,
      recycledPools: this.recycled,
      cachedEntries: this.cache.size,
      cachedBytes: this.cache.bytes,
    };
  }

  async close(): Promise<void> {
    await Promise.all([this.pool, ...this.closing].map((p) => p.destroy()));
  }
}
