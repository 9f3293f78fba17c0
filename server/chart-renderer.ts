/**
 * Charts drawn off the event loop and bounded: a small piscina pool of its own (apart from the
 * solvers, so a chart of a finished run never waits behind a two-minute solve) runs at most
 * `concurrency` chart tasks at once; up to `maxQueue` more wait (the next gets QUEUE_FULL with
 * Retry-After); each result is kept in a least-recently-used cache bounded in bytes, keyed by
 * what makes it (run id, chart, format, language). A waiting task whose client has left is
 * dropped, and one whose client left before its turn never starts; a task already drawing
 * finishes and fills the cache. A task's stored run is read only when it starts, so waiting
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
}

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
  readonly cachedEntries: number;
  readonly cachedBytes: number;
}

type Output = string | Buffer;

interface Waiting {
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
  private readonly pool: Piscina;
  private readonly cache: ByteLru;
  private readonly waiting: Waiting[] = [];
  private running = 0;
  private peak = 0;
  private started = 0;
  private hits = 0;
  private dropped = 0;

  constructor(private readonly opts: ChartRendererOptions) {
    this.cache = new ByteLru(opts.cacheBytes);
    this.pool = new Piscina({
      filename: (opts.workerFile ?? new URL('./chart-worker.ts', import.meta.url)).href,
      minThreads: 0,
      maxThreads: Math.max(1, opts.concurrency),
      idleTimeout: 60_000,
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: opts.heapMb ?? CHART_HEAP_MB },
    });
  }

  /**
   * The chart under `key`: from the cache, or drawn from the task `load()` gives when its turn
   * comes. Resolves `undefined`, drawing nothing, when `client` is aborted before the turn.
   */
  async render(key: string, load: () => ChartTask, client: AbortSignal): Promise<Output | undefined> {
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      this.hits++;
      return hit;
    }
    if (!(await this.turn(client))) {
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
      const out = (await this.pool.run(load(), { signal: AbortSignal.timeout(this.opts.timeoutMs) })) as
        | string
        | Uint8Array;
      const value = typeof out === 'string' ? out : Buffer.from(out.buffer, out.byteOffset, out.byteLength);
      this.cache.set(key, value);
      return value;
    } catch (err) {
      if ((err as Error).name === 'AbortError')
        throw new ApiError('RUN_TIMEOUT', {
          message: `the chart was stopped after ${this.opts.timeoutMs} ms; ask for the .json spec and draw it yourself, or use the CLI`,
        });
      throw err;
    } finally {
      this.running--;
      this.next();
    }
  }

  /** Waits for a running slot; false if the client left first. The slot is held on true. */
  private turn(client: AbortSignal): Promise<boolean> {
    if (client.aborted) return Promise.resolve(false);
    if (this.running < this.opts.concurrency && this.waiting.length === 0) {
      this.take();
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.opts.maxQueue)
      throw new ApiError('QUEUE_FULL', {
        message: `${this.opts.concurrency + this.opts.maxQueue} charts are being drawn or waiting; retry shortly`,
        headers: { 'retry-after': '2' },
      });
    return new Promise((resolve) => {
      const entry: Waiting = {
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

  private take(): void {
    this.running++;
    this.peak = Math.max(this.peak, this.running);
  }

  private next(): void {
    while (this.running < this.opts.concurrency && this.waiting.length > 0) {
      const entry = this.waiting.shift()!;
      if (entry.signal.aborted) {
        entry.onAbort();
        continue;
      }
      this.take();
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
      cachedEntries: this.cache.size,
      cachedBytes: this.cache.bytes,
    };
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
