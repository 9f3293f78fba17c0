/**
 * A queue worker: takes chunk jobs of any study, runs each chunk's seasons on this machine's
 * pool of worker threads (the study kind's executor, prepared once per study and kept for the
 * next chunk), and stores the rows under the chunk's index before the job completes.
 *
 * Faults: a worker that dies mid-job stops renewing its lock; after `lockMs` another worker's
 * stalled-job check (every `stalledMs`) puts the job back and someone runs it again. The rows
 * of a chunk run twice are stored under the same index, so they count once. A chunk of a
 * cancelled study, or one already stored, is skipped. `close()` lets the jobs in hand finish
 * (SIGTERM); `close(true)` drops them for others to take over.
 */
import { hostname } from 'node:os';
import type { Job } from 'bullmq';
import { BaogongError } from '../errors.ts';
import type { ChunkData } from './open.ts';
import { connectionOptions, parseQueueUrl, probeQueue } from './connection.ts';
import { DEFAULT_LOCK_MS, DEFAULT_STALLED_MS, MAX_STALLED_COUNT, QUEUE_NAME, QUEUE_PREFIX } from './settings.ts';
import {
  hasChunk,
  noteAttempt,
  noteFailure,
  readSetup,
  readState,
  readStudy,
  storeRows,
  type RedisCommands,
  type StudyRecord,
} from './store.ts';
import type { StudyExecutor } from './study-kind.ts';
import { studyKind } from './study-kinds.ts';

export interface WorkerOptions {
  /**
   * Chunk jobs in hand at once (default: the threads, at least 2): a job of K seasons keeps at
   * most K threads busy, and the next job is already there when one finishes.
   */
  readonly concurrency?: number;
  /** Worker threads of the local pool (default: the available cores). */
  readonly threads: number;
  readonly lockMs?: number;
  readonly stalledMs?: number;
  /** Shown in the study record and BullMQ's `processedBy` (default host:pid). */
  readonly name?: string;
  /** Told of each chunk done or skipped (logs). */
  readonly onChunk?: (e: { study: string; chunk: number; seasons: number; ms: number; skipped?: string }) => void;
}

export interface RunningWorker {
  readonly name: string;
  close(force?: boolean): Promise<void>;
}

interface LiveExecutor {
  readonly executor: Promise<StudyExecutor<{ index: number }>>;
  inUse: number;
  /** The study is over (done, cancelled, failed): close the pool once its last chunk here ends. */
  retired: boolean;
}

/**
 * Study executors kept between chunks: a study's pool lives while its chunks keep coming, is
 * closed when the study is over and no chunk of it runs here, and the oldest idle pool is
 * closed when more than `keep` are open.
 */
class Executors {
  private readonly live = new Map<string, LiveExecutor>();
  constructor(
    private readonly redis: RedisCommands,
    private readonly threads: number,
    private readonly keep = 2,
  ) {}

  async use<T>(study: StudyRecord, f: (e: StudyExecutor<{ index: number }>) => Promise<T>): Promise<T> {
    let entry = this.live.get(study.id);
    const fresh = entry === undefined;
    if (!entry) {
      const kind = studyKind(study.kind);
      const executor = readSetup(this.redis, study.id).then((stored) =>
        kind.executor(kind.revive(stored), this.threads),
      ) as Promise<StudyExecutor<{ index: number }>>;
      entry = { executor, inUse: 0, retired: false };
      this.live.set(study.id, entry);
    }
    const mine = entry;
    mine.inUse++; // before trimming, so the pool in hand is never the one closed
    try {
      if (fresh) await this.trim();
      let executor: StudyExecutor<{ index: number }>;
      try {
        executor = await mine.executor;
      } catch (err) {
        // a pool that could not be made is not kept: the next chunk tries again
        if (this.live.get(study.id) === mine) this.live.delete(study.id);
        throw err;
      }
      return await f(executor);
    } finally {
      mine.inUse--;
      if (mine.retired && mine.inUse === 0) await this.close(study.id, mine);
    }
  }

  /** The study is over: its pool closes now if idle, else when its last chunk here ends. */
  async retire(id: string): Promise<void> {
    const entry = this.live.get(id);
    if (!entry) return;
    entry.retired = true;
    if (entry.inUse === 0) await this.close(id, entry);
  }

  private async close(id: string, entry: LiveExecutor): Promise<void> {
    if (this.live.get(id) !== entry) return;
    this.live.delete(id);
    await entry.executor.then((x) => x.close()).catch(() => {});
  }

  private async trim(): Promise<void> {
    for (const [id, e] of this.live) {
      if (this.live.size <= this.keep) return;
      if (e.inUse > 0) continue;
      await this.close(id, e);
    }
  }

  async closeAll(): Promise<void> {
    const all = [...this.live.values()];
    this.live.clear();
    await Promise.all(all.map((e) => e.executor.then((x) => x.close()).catch(() => {})));
  }
}

export async function startWorker(url: string, options: WorkerOptions): Promise<RunningWorker> {
  const address = parseQueueUrl(url);
  await probeQueue(address);
  const { Worker, Queue, UnrecoverableError } = await import('bullmq');
  const connection = connectionOptions(address);
  const name = options.name ?? `${hostname()}:${process.pid}`;
  // a Queue only for its Redis client: the study records
  const records = new Queue(QUEUE_NAME, { connection: { ...connection }, prefix: QUEUE_PREFIX });
  const redis = (await records.getBackend().client) as unknown as RedisCommands;
  const executors = new Executors(redis, options.threads);

  async function processChunk(job: Job<ChunkData>): Promise<{ seasons: number; skipped?: string }> {
    const { study: id, chunk, from, to } = job.data;
    const t0 = performance.now();
    const skip = (skipped: string) => {
      options.onChunk?.({ study: id, chunk, seasons: 0, ms: performance.now() - t0, skipped });
      return { seasons: 0, skipped };
    };
    const state = await readState(redis, id);
    if (state === null) return skip('gone');
    if (state !== 'running') {
      await executors.retire(id);
      return skip(state);
    }
    if (await hasChunk(redis, id, chunk)) return skip('stored');
    await noteAttempt(redis, id, chunk);
    const study = await readStudy(redis, id, address.shown);
    const jobs = Array.from({ length: to - from }, (_, k) => ({ index: from + k }));
    try {
      const rows = await executors.use(study, (e) => e.run(jobs));
      await storeRows(redis, study, chunk, rows, name);
      if ((await readState(redis, id)) !== 'running') await executors.retire(id);
    } catch (err) {
      // bad input fails the same way on every machine: no retry
      if (err instanceof BaogongError) {
        await noteFailure(redis, id, { code: err.code, message: err.message });
        throw new UnrecoverableError(`${err.code}: ${err.message}`);
      }
      throw err;
    }
    options.onChunk?.({ study: id, chunk, seasons: jobs.length, ms: performance.now() - t0 });
    return { seasons: jobs.length };
  }

  const worker = new Worker<ChunkData>(QUEUE_NAME, processChunk, {
    connection: { ...connection },
    prefix: QUEUE_PREFIX,
    name,
    concurrency: options.concurrency ?? Math.max(2, options.threads),
    lockDuration: options.lockMs ?? DEFAULT_LOCK_MS,
    stalledInterval: options.stalledMs ?? DEFAULT_STALLED_MS,
    maxStalledCount: MAX_STALLED_COUNT,
  });
  // a chunk out of tries (thrown, or stalled too often) fails its study
  worker.on('failed', (job, err) => {
    if (!job || err instanceof UnrecoverableError) return;
    if (job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled/i.test(err.message))
      void noteFailure(redis, job.data.study, { code: 'INTERNAL', message: err.message }).catch(() => {});
  });
  worker.on('error', () => {}); // connection errors: ioredis reconnects; a job's own error is 'failed'
  await worker.waitUntilReady();
  return {
    name,
    async close(force = false) {
      await worker.close(force);
      await executors.closeAll();
      await records.close();
    },
  };
}
