/**
 * `baogong export-lp <scenario.json> [--day YYYY-MM-DD | --season] [--format lp|mps] [--stage K]`
 * Writes the exact LP the engine solves for that window to stdout, with the builders' row
 * names. Where the policy needs several LPs, stderr lists them and --stage picks one (0 = the
 * first, the default; `last` = the money LP whose solution the result reports).
 */
import { dirname, resolve } from 'node:path';
import { exportLps, loadScenarioFile, t, toCplexLp, toMps } from '../../index.ts';
import { choice, positionals, usageError, type Command } from '../command.ts';

export const exportLpCommand: Command = {
  name: 'export-lp',
  usage:
    'baogong export-lp <scenario.json> [--day YYYY-MM-DD | --season] [--format lp|mps] [--stage K|last] > model.lp',
  description: t('en', 'cli.help.export-lp.description'),
  optionHelp: {
    day: "the one-day LP of this date, YYYY-MM-DD (default the horizon's first day)",
    season: 'the whole-season LP of season mode instead of one day (default off)',
    format: 'lp (CPLEX LP) or mps (free MPS) (default lp)',
    stage:
      'which of the LPs solved in turn: 0 the first, K, or last (the money LP whose solution the result reports) (default 0)',
  },
  example:
    'baogong export-lp scenarios/demo-beijing-2012.json --season --stage last > season.lp\nbaogong export-lp scenarios/demo-beijing-2012.json --day 2013-01-20 --format mps > day.mps',
  options: {
    day: { type: 'string' },
    season: { type: 'boolean' },
    format: { type: 'string' },
    stage: { type: 'string' },
  },
  async run(args, values) {
    const [file] = positionals(this, args, ['a scenario file']);
    if (values.day !== undefined && values.season) usageError(['dayOrSeason'], this);
    const format = choice(this, 'format', values.format, ['lp', 'mps'] as const, 'lp');
    const exported = await exportLps(loadScenarioFile(file), {
      baseDir: dirname(resolve(file)),
      day: values.day as string | undefined,
      season: Boolean(values.season),
    });
    const last = exported.lps.length - 1;
    const stage = values.stage === undefined ? 0 : values.stage === 'last' ? last : Number(values.stage);
    if (!Number.isInteger(stage) || stage < 0 || stage > last)
      usageError(['stage', { last, got: String(values.stage) }], this);
    process.stderr.write(
      `window ${exported.window.first} + ${exported.window.days} day(s): ${exported.lps.length} LP(s) solved in turn:\n`,
    );
    exported.lps.forEach((lp, k) =>
      process.stderr.write(
        `  ${k === stage ? '*' : ' '} ${k} ${lp.label} (${lp.model.colNames.length} columns × ${lp.model.rowNames.length} rows)\n`,
      ),
    );
    const model = exported.lps[stage].model;
    process.stdout.write(format === 'lp' ? toCplexLp(model) : toMps(model));
  },
};
