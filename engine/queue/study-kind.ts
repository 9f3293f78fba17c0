/**
 * What the queue needs of a kind of study. A study is a pure function of (spec, seed, runs):
 * season i's randomness depends on (seed, i) only, so the result does not depend on which
 * worker ran which chunk, or when.
 */

/** One season (or one province season) to evaluate: its index in the study. */
export interface StudyJob {
  readonly index: number;
}

/** Local threads that evaluate jobs on one machine (the studies' pool: engine/risk/batch-executor.ts). */
export interface StudyExecutor<Row> {
  run(jobs: readonly StudyJob[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** Clock readings of a study on the queue: kept under `timing`, left out of every identity check. */
export interface StudyTiming {
  /** Worker processes that stored rows. */
  readonly workers: number;
  /** From submission to the last chunk stored, ms. */
  readonly wallMs: number;
  readonly seasonsPerMinute: number;
}

export interface StudyKind<
  Setup = unknown,
  Row extends { readonly index: number } = { readonly index: number },
  Result = unknown,
> {
  /**
   * On the submitting machine: the study's input (e.g. `{ scenario, options }`) checked and made
   * self-contained plain data (files read, figures every season shares measured once), stored
   * with the study as JSON, so a worker machine needs no file of the submitter's.
   */
  prepare(input: unknown): Promise<{ readonly setup: Setup; readonly runs: number }>;
  /** On a worker: the stored setup (parsed from JSON) made ready to run; once per study and worker. */
  revive(stored: unknown): Setup;
  /** Jobs in this thread (sizing chunks on the submitter: one season timed). */
  evaluate(setup: Setup, jobs: readonly StudyJob[]): Promise<Row[]>;
  /** A pool of `threads` local worker threads for this study. */
  executor(setup: Setup, threads: number): StudyExecutor<Row>;
  /** The result from every row, sorted by index: deterministic but for `timing`. */
  summarise(setup: Setup, runs: number, rows: readonly Row[], timing: StudyTiming): Result;
}
