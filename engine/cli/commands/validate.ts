/** `baogong validate <scenario.json>`: every problem by JSON path, or a one-line description and any plausibility warnings. */
import { checkPlausibility, loadScenarioFile } from '../../index.ts';
import { positionals, type Command } from '../command.ts';

export const validateCommand: Command = {
  name: 'validate',
  usage: 'baogong validate <scenario.json>',
  options: {},
  run(args) {
    const [file] = positionals(this, args, ['a scenario file']);
    const s = loadScenarioFile(file);
    process.stdout.write(
      `${file}: valid scenario \`${s.id}\` (${s.zones.length} zones, ${s.sources.length} sources, ${s.yards.length} yards, ${s.horizon.start}..${s.horizon.end})\n`,
    );
    const warnings = checkPlausibility(s);
    for (const w of warnings) process.stdout.write(`warning ${w.path}: ${w.message}\n`);
    if (warnings.length > 0)
      process.stdout.write(
        `${warnings.length} warning${warnings.length === 1 ? '' : 's'}: allowed, but check ${warnings.length === 1 ? 'it' : 'them'} (baogong run lists ${warnings.length === 1 ? 'it' : 'them'} too)\n`,
      );
  },
};
