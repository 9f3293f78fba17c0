/**
 * The Redis keys of a study, beside BullMQ's own (which hold the chunk jobs):
 *   baogong:study:<id>           hash: kind, setup (JSON), runs, chunkSize, chunks, state,
 *                                 createdAt, finishedAt, error
 *   baogong:study:<id>:rows      hash: chunk index → that chunk's rows (JSON); HSET of the same
 *                                 field twice keeps one, so a chunk run twice counts once
 *   baogong:study:<id>:attempts  hash: chunk index → times a worker started it (diagnostics)
 *   baogong:study:<id>:workers   set: the workers that stored rows
 */
import { QUEUE_PREFIX } from './settings.ts';

export const studyKey = (id: string) => `${QUEUE_PREFIX}:study:${id}`;
export const rowsKey = (id: string) => `${studyKey(id)}:rows`;
export const attemptsKey = (id: string) => `${studyKey(id)}:attempts`;
export const workersKey = (id: string) => `${studyKey(id)}:workers`;
/** BullMQ job id of a chunk (BullMQ ids may not hold `:`). */
export const chunkJobId = (id: string, chunk: number) => `${id}-${chunk}`;
