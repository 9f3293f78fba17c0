/**
 * Puts a study on the queue: prepares it once here (study-kind.ts), sizes its chunks so one job
 * takes about a second (one season timed on this machine, unless the chunk size is given),
 * writes the study record, then one BullMQ job per chunk. Job ids are `<study>-<chunk>`, so
 * adding a chunk twice adds it once.
 */
import { randomBytes } from 'node:crypto';
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { chunkJobId } from './keys.ts';
import type { ChunkData, OpenQueue } from './open.ts';
import { JOB_ATTEMPTS, MAX_CHUNK, TARGET_JOB_MS } from './settings.ts';
import { createStudy, type StudyRecord } from './store.ts';
import { studyKind } from './study-kinds.ts';

export interface SubmitOptions {
  /** Seasons a job (default: as many as take about TARGET_JOB_MS on this machine). */
  readonly chunkSize?: number;
}

export function newStudyId(kind: string): string {
  return `${kind}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** Seasons per job: TARGET_JOB_MS over one season's time here (at least 1, at most MAX_CHUNK and the runs). */
export function chunkFor(seasonMs: number, runs: number): number {
  return Math.max(1, Math.min(MAX_CHUNK, runs, Math.round(TARGET_JOB_MS / Math.max(seasonMs, 1e-3))));
}

function checkChunk(chunkSize: number): number {
  if (!(Number.isInteger(chunkSize) && chunkSize >= 1 && chunkSize <= MAX_CHUNK))
    throw new BaogongError(
      'BAD_OPTION',
      message('errors.queue.chunk', { got: String(chunkSize), max: String(MAX_CHUNK) }),
    );
  return chunkSize;
}

export async function submitStudy(
  q: OpenQueue,
  kindName: string,
  input: unknown,
  options: SubmitOptions = {},
): Promise<StudyRecord> {
  const kind = studyKind(kindName);
  const { setup, runs } = await kind.prepare(input);
  let chunkSize: number;
  if (options.chunkSize !== undefined) chunkSize = checkChunk(options.chunkSize);
  else {
    const t0 = performance.now();
    await kind.evaluate(setup, [{ index: 0 }]);
    chunkSize = chunkFor(performance.now() - t0, runs);
  }
  const study = await createStudy(q.redis, { id: newStudyId(kindName), kind: kindName, setup, runs, chunkSize });
  const jobs = Array.from({ length: study.chunks }, (_, chunk) => {
    const data: ChunkData = {
      study: study.id,
      chunk,
      from: chunk * chunkSize,
      to: Math.min(runs, (chunk + 1) * chunkSize),
    };
    return {
      name: 'chunk',
      data,
      opts: {
        jobId: chunkJobId(study.id, chunk),
        attempts: JOB_ATTEMPTS,
        backoff: { type: 'fixed', delay: 1000 },
        // the rows live in the study record; a finished job leaves nothing behind
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    };
  });
  for (let i = 0; i < jobs.length; i += 500) await q.queue.addBulk(jobs.slice(i, i + 500));
  return study;
}
