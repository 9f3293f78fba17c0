/**
 * `baogong worker --queue redis://…`: runs the queue's chunk jobs on this machine's worker
 * threads until SIGTERM or Ctrl-C (the jobs in hand finish; a second signal drops them, and
 * other workers take them over once their lock lapses).
 */
import { availableParallelism } from 'node:os';
import { DEFAULT_LOCK_MS, DEFAULT_STALLED_MS, startWorker, t } from '../../index.ts';
import { positionals, type Command, usageError } from '../command.ts';
import { numberFlag } from './risk-flags.ts';

export const workerCommand: Command = {
  name: 'worker',
  usage:
    'baogong worker --queue redis://host:port [--concurrency C] [--threads T] [--lock-ms MS] [--stalled-ms MS] [--name NAME]',
  description: t('en', 'cli.help.worker.description'),
  options: {
    queue: { type: 'string' },
    concurrency: { type: 'string' },
    threads: { type: 'string' },
    'lock-ms': { type: 'string' },
    'stalled-ms': { type: 'string' },
    name: { type: 'string' },
  },
  optionHelp: {
    queue: t('en', 'cli.help.worker.options.queue'),
    concurrency: t('en', 'cli.help.worker.options.concurrency'),
    threads: t('en', 'cli.help.worker.options.threads'),
    'lock-ms': t('en', 'cli.help.worker.options.lock-ms'),
    'stalled-ms': t('en', 'cli.help.worker.options.stalled-ms'),
    name: t('en', 'cli.help.worker.options.name'),
  },
  example:
    'baogong worker --queue redis://10.0.0.5:6379\nbaogong worker --queue redis://:secret@10.0.0.5:6379 --threads 16 --concurrency 3',
  async run(args, values, { lang }) {
    positionals(this, args, []);
    if (typeof values.queue !== 'string') usageError(['queueNeeded', { command: 'worker' }], this);
    const threads = numberFlag(this, values, 'threads', { integer: true, min: 1, max: 1024 }) ?? availableParallelism();
    const concurrency =
      numberFlag(this, values, 'concurrency', { integer: true, min: 1, max: 1024 }) ?? Math.max(2, threads);
    const lockMs = numberFlag(this, values, 'lock-ms', { integer: true, min: 100 }) ?? DEFAULT_LOCK_MS;
    const stalledMs = numberFlag(this, values, 'stalled-ms', { integer: true, min: 100 }) ?? DEFAULT_STALLED_MS;
    const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
    const worker = await startWorker(values.queue, {
      threads,
      concurrency,
      lockMs,
      stalledMs,
      name: typeof values.name === 'string' ? values.name : undefined,
      onChunk: (e) =>
        log(
          e.skipped
            ? t(lang, 'cli.queue.workerSkipped', { study: e.study, chunk: e.chunk, why: e.skipped })
            : t(lang, 'cli.queue.workerChunk', {
                study: e.study,
                chunk: e.chunk,
                seasons: e.seasons,
                seconds: (e.ms / 1000).toFixed(2),
              }),
        ),
    });
    log(
      t(lang, 'cli.queue.workerStarted', {
        name: worker.name,
        url: values.queue.replace(/\/\/([^@/]*):[^@/]*@/, '//$1:***@'),
        threads,
        concurrency,
        lockMs,
        stalledMs,
      }),
    );
    await new Promise<void>((resolve) => {
      let signals = 0;
      const stop = () => {
        signals++;
        if (signals === 1) log(t(lang, 'cli.queue.workerStopping'));
        // the first signal lets the jobs in hand finish; a second drops them for others to take over
        worker.close(signals > 1).then(resolve, resolve);
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
    log(t(lang, 'cli.queue.workerStopped', { name: worker.name }));
  },
};
