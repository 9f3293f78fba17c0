/**
 * Studies on a BullMQ queue in Redis (docs/distributed.md): submit, run workers, follow,
 * fetch the result, cancel. Re-exported by engine/index.ts; bullmq itself loads on first use.
 */
export { openQueue, type OpenQueue, type ChunkData } from './open.ts';
export { parseQueueUrl, type QueueAddress } from './connection.ts';
export { submitStudy, chunkFor, type SubmitOptions } from './submit.ts';
export { awaitStudy, cancelStudy, studyResult, studyStatus, type StudyStatus } from './control.ts';
export { startWorker, type RunningWorker, type WorkerOptions } from './worker.ts';
export { attempts as chunkAttempts, STUDY_STATES, type StudyRecord, type StudyState } from './store.ts';
export { studyKinds, studyKind, STUDY_KINDS, type StudyKindName } from './study-kinds.ts';
export type { StudyKind, StudyExecutor, StudyJob, StudyTiming } from './study-kind.ts';
export type { RiskStudyInput } from './risk-study.ts';
export type { ProvinceStudyInput } from './province-study.ts';
export {
  DEFAULT_LOCK_MS,
  DEFAULT_STALLED_MS,
  JOB_ATTEMPTS,
  MAX_CHUNK,
  MAX_STALLED_COUNT,
  QUEUE_NAME,
  QUEUE_PREFIX,
  TARGET_JOB_MS,
} from './settings.ts';
