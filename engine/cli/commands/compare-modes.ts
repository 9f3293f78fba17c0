/** `baogong compare-modes <scenario.json>`: daily, season and rolling mode on the same scenario, one line each: the price of myopia. */
import { dirname, resolve } from 'node:path';
import { DISPATCH_MODES, loadScenarioFile, runScenario } from '../../index.ts';
import { positionals, progress, type Command } from '../command.ts';
import { formatModeLine } from '../format-table.ts';

export const compareModesCommand: Command = {
  name: 'compare-modes',
  usage: 'baogong compare-modes <scenario.json>',
  options: {},
  async run(args) {
    const [file] = positionals(this, args, ['a scenario file']);
    const scenario = loadScenarioFile(file);
    const baseDir = dirname(resolve(file));
    for (const mode of DISPATCH_MODES) {
      const r = await runScenario(scenario, { baseDir, mode, onProgress: progress(`${mode}: solving day`) });
      process.stdout.write(`${formatModeLine(r)}\n`);
    }
  },
};
