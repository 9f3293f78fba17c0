/**
 * `baogong bench [--quick] [--cap-s N] [--compare FILE]`: runs the solver benchmark
 * (bench/run.ts) in a child process, passing its output through.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../../index.ts';
import type { Command } from '../command.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const benchCommand: Command = {
  name: 'bench',
  usage: 'baogong bench [--quick] [--cap-s N] [--compare bench/results/FILE.json]',
  description: t('en', 'cli.help.bench.description'),
  options: { quick: { type: 'boolean' }, 'cap-s': { type: 'string' }, compare: { type: 'string' } },
  optionHelp: {
    quick: 'the three smallest rungs of the ladder only (default: the whole ladder)',
    'cap-s': 'time cap per cell of the benchmark, s (default 20)',
    compare: 'an earlier results file, bench/results/FILE.json, to compare the times with (default: none)',
  },
  example: 'baogong bench --quick',
  run(_args, values) {
    const pass = [
      ...(values.quick ? ['--quick'] : []),
      ...(typeof values['cap-s'] === 'string' ? ['--cap-s', values['cap-s']] : []),
      ...(typeof values.compare === 'string' ? ['--compare', resolve(values.compare)] : []),
    ];
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...pass], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  },
};
