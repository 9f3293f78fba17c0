/**
 * `baogong validate <scenario.json> [--format text|json]`: every problem by JSON path, or a
 * one-line description and any plausibility warnings. JSON: `{ ok, problems, warnings }` on
 * stdout (plus the error's code and message when not ok), exit status 2 when not ok.
 */
import { BaogongError, checkPlausibility, loadScenarioFile } from '../../index.ts';
import { choice, positionals, type Command } from '../command.ts';

function validateAsJson(file: string): void {
  try {
    const s = loadScenarioFile(file);
    const summary = {
      id: s.id,
      zones: s.zones.length,
      sources: s.sources.length,
      yards: s.yards.length,
      start: s.horizon.start,
      end: s.horizon.end,
    };
    process.stdout.write(
      `${JSON.stringify({ ok: true, scenario: summary, problems: [], warnings: checkPlausibility(s) })}\n`,
    );
  } catch (err) {
    if (!(err instanceof BaogongError)) throw err;
    const problems = err.problems.length > 0 ? err.problems : [{ path: '', message: err.message }];
    process.stdout.write(
      `${JSON.stringify({ ok: false, code: err.code, message: err.message, problems, warnings: [] })}\n`,
    );
    process.exitCode = 2;
  }
}

export const validateCommand: Command = {
  name: 'validate',
  usage: 'baogong validate <scenario.json> [--format text|json]',
  description:
    'Checks a scenario file without running it: the JSON syntax (line and column), the schema (every problem by its JSON path, an unknown key with the closest known one) and the cross-field rules (ids that must exist). A valid scenario gets a one-line description and any plausibility warnings (allowed, but worth a look: oversized sources, short capacity, an unusual heat index). Exit status 0 when valid, 2 when not.',
  options: { format: { type: 'string' } },
  optionHelp: {
    format:
      'text, or json: one object { ok, problems, warnings } (each problem and warning { path, message }; when not ok also the error code and message) and nothing else on stdout (default text)',
  },
  example: 'baogong validate my-city/scenario.json\nbaogong validate my-city/scenario.json --format json',
  run(args, values) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['text', 'json'] as const, 'text');
    if (format === 'json') {
      validateAsJson(file);
      return;
    }
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
