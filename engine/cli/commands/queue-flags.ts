/**
 * The flags that put a study on a BullMQ queue instead of this machine's pool, shared by
 * `baogong risk` and `baogong province` (docs/distributed.md): `--queue URL` submits the study
 * as chunk jobs and waits for its result with a progress bar from the queue's events;
 * `--chunk K` sets the seasons a job; `--detach` prints the study id and returns.
 */
import { awaitStudy, openQueue, submitStudy, t, type Lang, type StudyKindName } from '../../index.ts';
import { type Command, type OptionValues, usageError } from '../command.ts';
import { numberFlag, progressBar } from './risk-flags.ts';

export const QUEUE_OPTIONS = {
  queue: { type: 'string' },
  chunk: { type: 'string' },
  detach: { type: 'boolean' },
  progress: { type: 'boolean' },
} as const;

export const QUEUE_USAGE = '[--queue redis://host:port [--chunk K] [--detach]] [--progress]';

/** The queue flags' help lines (the same for every command that submits studies). */
export const QUEUE_HELP = Object.fromEntries(
  Object.keys(QUEUE_OPTIONS).map((name) => [name, t('en', `cli.help.risk.options.${name}` as never)]),
) as Record<keyof typeof QUEUE_OPTIONS, string>;

/** A usage error for `--chunk` or `--detach` without `--queue`. */
export function checkQueueFlags(c: Command, values: OptionValues): void {
  for (const name of ['chunk', 'detach'] as const)
    if (values[name] !== undefined && typeof values.queue !== 'string')
      usageError(['queueNeeded', { command: `--${name}` }], c);
}

/**
 * Submits the study of `kind` to the queue at `url` and waits for its result (a progress bar
 * from the queue's events), or with `--detach` prints its id and returns undefined.
 */
export async function runOnQueue<Result>(
  c: Command,
  url: string,
  kind: StudyKindName,
  input: unknown,
  values: OptionValues,
  lang: Lang,
): Promise<Result | undefined> {
  const chunkSize = numberFlag(c, values, 'chunk', { integer: true, min: 1, max: 1000 });
  const q = await openQueue(url);
  try {
    const study = await submitStudy(q, kind, input, { chunkSize });
    const shown = { id: study.id, url: q.address.shown };
    process.stderr.write(
      `${t(lang, 'cli.queue.submitted', { ...shown, runs: study.runs, chunks: study.chunks, chunk: study.chunkSize })}\n`,
    );
    if (values.detach === true) {
      process.stdout.write(`${study.id}\n`);
      process.stderr.write(`${t(lang, 'cli.queue.detached', shown)}\n`);
      return undefined;
    }
    const bar = progressBar(t(lang, 'cli.queue.progress'), 30, values.progress === true);
    return (await awaitStudy(q, study.id, bar)) as Result;
  } finally {
    await q.close();
  }
}
