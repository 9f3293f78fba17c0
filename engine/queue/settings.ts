/**
 * The queue's names and its settings that matter, with their defaults (docs/distributed.md says
 * when to change them).
 */

/** BullMQ's key prefix and queue name: every key of baogong's queue starts with `baogong:`. */
export const QUEUE_PREFIX = 'baogong';
export const QUEUE_NAME = 'studies';

/** A job is sized to take about this long on the submitting machine, ms (`--chunk` overrides). */
export const TARGET_JOB_MS = 1000;
/** At most this many seasons in one job, whatever the measurement says. */
export const MAX_CHUNK = 1000;

/**
 * How long a worker's lock on a job lasts before another worker may take the job over, ms.
 * The worker renews it every lockDuration/2 while the job runs, so it only lapses when the
 * worker is gone (killed, its machine off, its network cut). A job taken over is run again;
 * nothing is counted twice (rows are stored by chunk index). Shorter: a dead worker's job
 * restarts sooner; too short for a machine whose event loop stalls: jobs run twice for nothing.
 */
export const DEFAULT_LOCK_MS = 30_000;
/** How often each worker looks for jobs whose lock lapsed (BullMQ's stalled-job check), ms. */
export const DEFAULT_STALLED_MS = 15_000;
/** How many times a job may be taken over after its worker vanished before it counts as failed. */
export const MAX_STALLED_COUNT = 3;
/** Tries of a chunk that throws (a lost connection, a worker's thread crash) before the study fails. */
export const JOB_ATTEMPTS = 3;
