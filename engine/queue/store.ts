/**
 * A study's record in Redis (keys.ts): written once by the submitter, rows added chunk by chunk
 * by the workers, read by status, result and cancel. Rows are stored under their chunk index,
 * so a chunk that two workers both finish (one of them taken for dead) is stored once.
 */
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { attemptsKey, rowsKey, studyKey, workersKey } from './keys.ts';

/** The part of BullMQ's Redis client the record needs (RedisQueueBackend.client). */
export interface RedisCommands {
  hset(key: string, data: Record<string, string | number>): Promise<number>;
  hget(key: string, field: string): Promise<string | null>;
  hgetall(key: string): Promise<Record<string, string>>;
  del(...keys: string[]): Promise<number>;
  runCommand(name: string, args: (string | number)[]): Promise<unknown>;
}

export const STUDY_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export type StudyState = (typeof STUDY_STATES)[number];

export interface StudyRecord {
  readonly id: string;
  readonly kind: string;
  readonly runs: number;
  readonly chunkSize: number;
  readonly chunks: number;
  readonly state: StudyState;
  /** ms since 1970 (the submitter's clock). */
  readonly createdAt: number;
  /** ms since 1970 (the clock of the worker that stored the last chunk); null while running. */
  readonly finishedAt: number | null;
  /** Why it failed: the code and message of the chunk's error. */
  readonly error: { readonly code: string; readonly message: string } | null;
  /** Chunks that failed on every try. */
  readonly failedChunks: number;
}

export interface NewStudy {
  readonly id: string;
  readonly kind: string;
  readonly setup: unknown;
  readonly runs: number;
  readonly chunkSize: number;
}

export async function createStudy(r: RedisCommands, s: NewStudy): Promise<StudyRecord> {
  const chunks = Math.ceil(s.runs / s.chunkSize);
  const createdAt = Date.now();
  await r.hset(studyKey(s.id), {
    kind: s.kind,
    setup: JSON.stringify(s.setup),
    runs: s.runs,
    chunkSize: s.chunkSize,
    chunks,
    state: 'running',
    createdAt,
  });
  return { ...s, chunks, state: 'running', createdAt, finishedAt: null, error: null, failedChunks: 0 };
}

function toRecord(id: string, h: Record<string, string>): StudyRecord {
  return {
    id,
    kind: h.kind,
    runs: Number(h.runs),
    chunkSize: Number(h.chunkSize),
    chunks: Number(h.chunks),
    state: h.state as StudyState,
    createdAt: Number(h.createdAt),
    finishedAt: h.finishedAt ? Number(h.finishedAt) : null,
    error: h.error ? JSON.parse(h.error) : null,
    failedChunks: Number(h.failedChunks ?? 0),
  };
}

/** The study's record (without its setup), or STUDY_NOT_FOUND naming the id and the queue. */
export async function readStudy(r: RedisCommands, id: string, shownUrl: string): Promise<StudyRecord> {
  const names = ['kind', 'runs', 'chunkSize', 'chunks', 'state', 'createdAt', 'finishedAt', 'error', 'failedChunks'];
  const h = (await r.runCommand('hmget', [studyKey(id), ...names])) as (string | null)[];
  if (h[0] === null) throw new BaogongError('STUDY_NOT_FOUND', message('errors.queue.noStudy', { id, url: shownUrl }));
  return toRecord(id, Object.fromEntries(names.flatMap((n, i) => (h[i] === null ? [] : [[n, h[i] as string]]))));
}

/** The stored setup (parsed JSON), or null when the study is gone. */
export async function readSetup(r: RedisCommands, id: string): Promise<unknown> {
  const text = await r.hget(studyKey(id), 'setup');
  return text === null ? null : JSON.parse(text);
}

export async function readState(r: RedisCommands, id: string): Promise<StudyState | null> {
  return (await r.hget(studyKey(id), 'state')) as StudyState | null;
}

/** Chunks with their rows stored. */
export async function chunksDone(r: RedisCommands, id: string): Promise<number> {
  return Number(await r.runCommand('hlen', [rowsKey(id)]));
}

export async function hasChunk(r: RedisCommands, id: string, chunk: number): Promise<boolean> {
  return Number(await r.runCommand('hexists', [rowsKey(id), String(chunk)])) === 1;
}

/** A worker started a chunk (counted, for the record of chunks run more than once). */
export async function noteAttempt(r: RedisCommands, id: string, chunk: number): Promise<void> {
  await r.runCommand('hincrby', [attemptsKey(id), String(chunk), 1]);
}

/** Times each chunk was started, by chunk index. */
export async function attempts(r: RedisCommands, id: string): Promise<Record<number, number>> {
  const h = await r.hgetall(attemptsKey(id));
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [Number(k), Number(v)]));
}

/**
 * Stores a chunk's rows under its index (a second store of the same chunk replaces the first
 * with the same rows) and, when every chunk is in, marks the study done (once: HSETNX).
 */
export async function storeRows(
  r: RedisCommands,
  study: StudyRecord,
  chunk: number,
  rows: readonly unknown[],
  worker: string,
): Promise<void> {
  await r.hset(rowsKey(study.id), { [String(chunk)]: JSON.stringify(rows) });
  await r.runCommand('sadd', [workersKey(study.id), worker]);
  if ((await chunksDone(r, study.id)) === study.chunks) {
    const first = Number(await r.runCommand('hsetnx', [studyKey(study.id), 'finishedAt', Date.now()]));
    if (first === 1 && (await readState(r, study.id)) === 'running')
      await r.hset(studyKey(study.id), { state: 'done' });
  }
}

/** Every row of chunks 0..chunks−1, in index order (each chunk's rows are already in order). */
export async function readRows(r: RedisCommands, study: StudyRecord): Promise<unknown[]> {
  const fields = Array.from({ length: study.chunks }, (_, k) => String(k));
  const parts = (await r.runCommand('hmget', [rowsKey(study.id), ...fields])) as (string | null)[];
  return parts.flatMap((p, k) => {
    if (p === null) throw new Error(`study ${study.id}: chunk ${k} has no rows`);
    return JSON.parse(p) as unknown[];
  });
}

export async function workerCount(r: RedisCommands, id: string): Promise<number> {
  return Number(await r.runCommand('scard', [workersKey(id)]));
}

export async function setState(
  r: RedisCommands,
  id: string,
  state: StudyState,
  error?: { code: string; message: string },
): Promise<void> {
  await r.hset(studyKey(id), { state, ...(error ? { error: JSON.stringify(error) } : {}) });
}

/** A chunk failed on its last try: the study fails with that chunk's error (the first one kept). */
export async function noteFailure(
  r: RedisCommands,
  id: string,
  error: { code: string; message: string },
): Promise<void> {
  await r.runCommand('hincrby', [studyKey(id), 'failedChunks', 1]);
  await r.runCommand('hsetnx', [studyKey(id), 'error', JSON.stringify(error)]);
  if ((await readState(r, id)) === 'running') await r.hset(studyKey(id), { state: 'failed' });
}
