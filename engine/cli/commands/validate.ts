/**
 * `baogong validate <scenario.json> [--format text|json]`: every problem by JSON path, or a
 * one-line description and any plausibility warnings. JSON: `{ ok, problems, warnings }` on
 * stdout (plus the error's code and message when not ok), exit status 2 when not ok.
 */
import { BaogongError, checkPlausibility, formatDate, loadScenarioFile, say, t } from '../../index.ts';
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
  description: t('en', 'cli.help.validate.description'),
  options: { format: { type: 'string' } },
  optionHelp: {
    format: t('en', 'cli.help.validate.options.format'),
  },
  example: 'baogong validate my-city/scenario.json\nbaogong validate my-city/scenario.json --format json',
  run(args, values, { lang }) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['text', 'json'] as const, 'text');
    if (format === 'json') {
      validateAsJson(file);
      return;
    }
    const s = loadScenarioFile(file);
    const valid = t(lang, 'cli.validate.valid', {
      file,
      id: s.id,
      zones: s.zones.length,
      sources: s.sources.length,
      yards: s.yards.length,
      start: formatDate(lang, s.horizon.start),
      end: formatDate(lang, s.horizon.end),
    });
    process.stdout.write(`${valid}\n`);
    const warnings = checkPlausibility(s);
    for (const w of warnings)
      process.stdout.write(`${t(lang, 'cli.validate.warning', { path: w.path, message: say(lang, w) })}\n`);
    if (warnings.length === 1) process.stdout.write(`${t(lang, 'cli.validate.warningsOne')}\n`);
    else if (warnings.length > 1)
      process.stdout.write(`${t(lang, 'cli.validate.warningsMany', { n: warnings.length })}\n`);
  },
};
