/** `baogong run <scenario.json>`: one season, printed as a table, JSON or CSV, optionally written to a folder. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  DISPATCH_MODES,
  SOLVER_CHOICES,
  daysToCsv,
  loadScenarioFile,
  resultToXlsx,
  runScenario,
  t,
  type Lang,
  type RunResult,
} from '../../index.ts';
import { choice, HELP_PARAMS, positionals, progress, type Command } from '../command.ts';
import { formatDayTable, formatSummary, formatModeLine } from '../format-table.ts';

function writeOutputs(dir: string, result: RunResult, lang: Lang): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'result.json'), `${JSON.stringify(result, null, 1)}\n`);
  writeFileSync(join(dir, 'days.csv'), daysToCsv(result));
  process.stderr.write(`${t(lang, 'cli.run.wroteTwo', { a: join(dir, 'result.json'), b: join(dir, 'days.csv') })}\n`);
}

/** `--format xlsx`: the result workbook to `--out` (a file ending .xlsx, else a folder that gets result.xlsx). */
async function writeWorkbook(out: string | undefined, result: RunResult, lang: Lang): Promise<void> {
  const file = out === undefined ? 'result.xlsx' : /\.xlsx$/i.test(out) ? out : join(out, 'result.xlsx');
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, await resultToXlsx(result));
  process.stderr.write(`${t(lang, 'cli.run.wrote', { file })}\n`);
}

export const runCommand: Command = {
  name: 'run',
  usage: `baogong run <scenario.json> [--format table|json|csv|xlsx] [--out DIR|FILE.xlsx] [--mode ${DISPATCH_MODES.join('|')}] [--solver ${SOLVER_CHOICES.join('|')}] [--with-season]`,
  description: t('en', 'cli.help.run.description'),
  optionHelp: {
    format: t('en', 'cli.help.run.options.format'),
    out: t('en', 'cli.help.run.options.out'),
    mode: t('en', 'cli.help.run.options.mode', HELP_PARAMS),
    solver: t('en', 'cli.help.run.options.solver', HELP_PARAMS),
    'with-season': t('en', 'cli.help.run.options.with-season'),
  },
  example:
    'baogong run scenarios/demo-beijing-2012.json\nbaogong run scenarios/demo-beijing-2012.json --mode rolling --format csv > days.csv',
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    mode: { type: 'string' },
    solver: { type: 'string' },
    'with-season': { type: 'boolean' },
  },
  async run(args, values, { lang }) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json', 'csv', 'xlsx'] as const, 'table');
    const mode = choice(this, 'mode', values.mode, DISPATCH_MODES);
    const solver = choice(this, 'solver', values.solver, SOLVER_CHOICES);
    const scenario = loadScenarioFile(file);
    const baseDir = dirname(resolve(file));
    const result = await runScenario(scenario, {
      baseDir,
      mode,
      solver,
      coalToHoldFloor: true,
      onProgress: progress(t(lang, 'cli.progress.solvingDay')),
    });
    if (format === 'xlsx') {
      await writeWorkbook(typeof values.out === 'string' ? values.out : undefined, result, lang);
      return;
    }
    if (typeof values.out === 'string') writeOutputs(values.out, result, lang);
    if (format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
    else if (format === 'csv') process.stdout.write(daysToCsv(result));
    else process.stdout.write(`${formatDayTable(result, lang)}\n\n${formatSummary(result, lang)}\n`);
    if (values['with-season'] && format === 'table') {
      const season = await runScenario(scenario, { baseDir, mode: 'season', solver });
      process.stdout.write(
        `\n${t(lang, 'cli.run.seasonMode')}\n${formatModeLine(result, lang)}\n${formatModeLine(season, lang)}\n`,
      );
    }
  },
};
