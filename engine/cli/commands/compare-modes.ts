/** `baogong compare-modes <scenario.json>`: daily and season mode on the same scenario, one line each. */
import { dirname, resolve } from 'node:path';
import { loadScenarioFile, runScenario } from '../../index.ts';
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
    const daily = await runScenario(scenario, { baseDir, mode: 'daily', onProgress: progress('solving day') });
    const season = await runScenario(scenario, { baseDir, mode: 'season' });
    process.stdout.write(`${formatModeLine(daily)}\n${formatModeLine(season)}\n`);
  },
};
