/**
 * What the study tests share (test/server/studies.test.ts, test/server/province-studies.test.ts,
 * test/browser/studies.test.ts; their scenario is test/support/constant-month.ts): a study queue (a throwaway Redis, test/support/redis.ts, and workers in this process on
 * no extra thread); the app built on that queue with an API key a role; and following a study
 * until it is no longer running. Each is made first and started in `beforeAll`, so a test file
 * can name its pieces (`post`, `get`, `as`) at the top.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { startWorker, type RunningWorker } from '../../engine/index.ts';
import { buildApp } from '../../server/app.ts';
import { KeyStore } from '../../server/keys.ts';
import { RunStore } from '../../server/store.ts';
import { startRedis, type TestRedis } from './redis.ts';

export interface StudyQueue {
  readonly redis: TestRedis;
  start(): Promise<void>;
  /** A queue worker in this process, on no extra thread, one chunk at a time; close() stops it if the test has not. */
  startWorker(name: string): Promise<RunningWorker>;
  /** The workers still running drop their chunks (close(true)). */
  closeWorkers(): Promise<void>;
  /** closeWorkers(), then stops Redis and removes its folder. */
  close(): Promise<void>;
}

export function studyQueue(): StudyQueue {
  let redis: TestRedis | undefined;
  const workers = new Set<RunningWorker>();
  const started = (): TestRedis => {
    if (!redis) throw new Error('the study queue is not started (call start() in beforeAll)');
    return redis;
  };
  return {
    get redis() {
      return started();
    },
    async start() {
      redis = await startRedis();
    },
    async startWorker(name) {
      const worker = await startWorker(started().url, { threads: 0, concurrency: 1, name });
      workers.add(worker);
      return {
        name: worker.name,
        async close(force) {
          workers.delete(worker);
          await worker.close(force);
        },
      };
    },
    async closeWorkers() {
      for (const w of [...workers]) await w.close(true);
    },
    async close() {
      for (const w of [...workers]) await w.close(true);
      await redis?.dispose();
    },
  };
}

/** The keys the server tests use: `other` is a second runner. */
export type Who = 'reader' | 'runner' | 'other' | 'admin';
const ROLES: ReadonlyArray<readonly [Who, 'reader' | 'runner' | 'admin']> = [
  ['reader', 'reader'],
  ['runner', 'runner'],
  ['other', 'runner'],
  ['admin', 'admin'],
];

export interface StudiesServer {
  readonly queue: StudyQueue;
  readonly app: FastifyInstance;
  /** The Authorization header of a key. */
  as(who: Who): { authorization: string };
  post(body: unknown, who?: Who): Promise<LightMyRequestResponse>;
  get(url: string, who?: Who): Promise<LightMyRequestResponse>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The app on a fresh store with a key a role, on a study queue, at most 50 runs a study, no
 * rate limit, one solver thread, and 2 s to give up on an unreachable Redis. `libraryDir`: the
 * scenarios folder it serves (default the shipped one).
 */
export function studiesServer(options: { readonly libraryDir?: string } = {}): StudiesServer {
  const queue = studyQueue();
  const dir = mkdtempSync(join(tmpdir(), 'baogong-studies-'));
  const secrets: Partial<Record<Who, string>> = {};
  let app: FastifyInstance | undefined;
  const started = (): FastifyInstance => {
    if (!app) throw new Error('the studies server is not started (call start() in beforeAll)');
    return app;
  };
  const as = (who: Who) => ({ authorization: `Bearer ${secrets[who]}` });
  return {
    queue,
    get app() {
      return started();
    },
    as,
    post: (body, who = 'runner') =>
      started().inject({ method: 'POST', url: '/v1/studies', payload: body as object, headers: as(who) }),
    get: (url, who = 'reader') => started().inject({ method: 'GET', url, headers: as(who) }),
    async start() {
      await queue.start();
      const dbFile = join(dir, 'baogong.db');
      const seed = new RunStore(dbFile);
      const keys = new KeyStore(seed.database);
      for (const [name, role] of ROLES) secrets[name] = keys.create(`test ${name}`, role).secret;
      seed.close();
      app = buildApp({
        dbFile,
        ...(options.libraryDir === undefined ? {} : { libraryDir: options.libraryDir }),
        queueUrl: queue.redis.url,
        maxStudyRuns: 50,
        rateLimitPerMinute: 0,
        workers: 1,
        queueTimeoutMs: 2000,
      });
      await app.ready();
    },
    async close() {
      await queue.closeWorkers();
      await app?.close();
      await queue.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asks `status` every 50 ms, up to 30 s, while the study is running; gives each answer to `seen`, returns the last. */
export async function whileRunning(
  status: () => Promise<LightMyRequestResponse>,
  first: Record<string, any>,
  seen?: (answer: Record<string, any>) => void,
): Promise<Record<string, any>> {
  let answer = first;
  for (let i = 0; i < 600 && answer.status.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    answer = (await status()).json();
    seen?.(answer);
  }
  return answer;
}
