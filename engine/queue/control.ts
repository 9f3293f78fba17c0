/**
 * A submitted study from any machine: its status, waiting for it (with progress from the
 * queue's events), its result assembled from chunks 0..n−1, and cancelling it.
 */
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { chunkJobId } from './keys.ts';
import type { OpenQueue } from './open.ts';
import { QUEUE_NAME, QUEUE_PREFIX } from './settings.ts';
import {
  chunksDone,
  readRows,
  readSetup,
  readStudy,
  setState,
  workerCount,
  type StudyRecord,
  type StudyState,
} from './store.ts';
import { studyKind } from './study-kinds.ts';

export interface StudyStatus {
  readonly id: string;
  readonly kind: string;
  readonly state: StudyState;
  readonly runs: number;
  readonly chunkSize: number;
  readonly chunks: number;
  readonly chunksDone: number;
  readonly chunksFailed: number;
  /** Seasons whose rows are stored. */
  readonly seasonsDone: number;
  readonly error: StudyRecord['error'];
  /** Since submission (to the last chunk when done), s. */
  readonly elapsedS: number;
}

function seasonsIn(study: StudyRecord, chunks: number): number {
  // every chunk but the last holds chunkSize seasons; the last is counted whole only when all are in
  return chunks === study.chunks ? study.runs : chunks * study.chunkSize;
}

export async function studyStatus(q: OpenQueue, id: string): Promise<StudyStatus> {
  const study = await readStudy(q.redis, id, q.address.shown);
  const done = await chunksDone(q.redis, id);
  return {
    id,
    kind: study.kind,
    state: study.state,
    runs: study.runs,
    chunkSize: study.chunkSize,
    chunks: study.chunks,
    chunksDone: done,
    chunksFailed: study.failedChunks,
    seasonsDone: seasonsIn(study, done),
    error: study.error,
    elapsedS: ((study.finishedAt ?? Date.now()) - study.createdAt) / 1000,
  };
}

function notDone(study: StudyRecord, done: number): never {
  if (study.state === 'failed')
    throw new BaogongError(
      'STUDY_FAILED',
      message('errors.queue.failed', {
        id: study.id,
        code: study.error?.code ?? '',
        reason: study.error?.message ?? '',
      }),
    );
  throw new BaogongError(
    'STUDY_NOT_DONE',
    message(study.state === 'cancelled' ? 'errors.queue.cancelled' : 'errors.queue.running', {
      id: study.id,
      done: String(done),
      chunks: String(study.chunks),
    }),
  );
}

/** The study's result, built from exactly the rows of chunks 0..n−1 (STUDY_NOT_DONE until every chunk is in). */
export async function studyResult(q: OpenQueue, id: string): Promise<unknown> {
  const study = await readStudy(q.redis, id, q.address.shown);
  if (study.state !== 'done') notDone(study, await chunksDone(q.redis, id));
  const kind = studyKind(study.kind);
  const setup = kind.revive(await readSetup(q.redis, id));
  const rows = (await readRows(q.redis, study)) as { index: number }[];
  const wallMs = (study.finishedAt ?? Date.now()) - study.createdAt;
  return kind.summarise(setup, study.runs, rows, {
    workers: await workerCount(q.redis, id),
    wallMs,
    seasonsPerMinute: (study.runs / Math.max(wallMs, 1)) * 60_000,
  });
}

/**
 * Waits until every chunk is in, then gives the result. `onProgress(seasonsDone, runs)` is
 * called on each chunk completed (the queue's `completed` events; at most five times a
 * second), and every second anyway (events are not replayed across a Redis restart). A
 * failed or cancelled study throws.
 */
export async function awaitStudy(
  q: OpenQueue,
  id: string,
  onProgress?: (done: number, total: number) => void,
): Promise<unknown> {
  const { QueueEvents } = await import('bullmq');
  const events = new QueueEvents(QUEUE_NAME, { connection: { ...q.connection }, prefix: QUEUE_PREFIX });
  let wake: () => void = () => {};
  events.on('completed', ({ jobId }) => {
    if (jobId.startsWith(`${id}-`)) wake();
  });
  try {
    for (;;) {
      const t0 = Date.now();
      const study = await readStudy(q.redis, id, q.address.shown);
      const done = await chunksDone(q.redis, id);
      onProgress?.(seasonsIn(study, done), study.runs);
      if (study.state === 'done') return await studyResult(q, id);
      if (study.state !== 'running') notDone(study, done);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      // at most five reads a second, however fast the chunks come in
      const since = Date.now() - t0;
      if (since < 200) await new Promise((r) => setTimeout(r, 200 - since));
    }
  } finally {
    await events.close();
  }
}

/**
 * Cancels a running study: marks it cancelled (workers skip its chunks from then on) and
 * removes its chunks still waiting; chunks already running finish and are not used.
 * Gives the number of waiting chunks removed.
 */
export async function cancelStudy(
  q: OpenQueue,
  id: string,
): Promise<{ readonly state: StudyState; readonly removed: number }> {
  const study = await readStudy(q.redis, id, q.address.shown);
  if (study.state !== 'running') return { state: study.state, removed: 0 };
  await setState(q.redis, id, 'cancelled');
  let removed = 0;
  for (let chunk = 0; chunk < study.chunks; chunk++) removed += await q.queue.remove(chunkJobId(id, chunk));
  return { state: 'cancelled', removed };
}
