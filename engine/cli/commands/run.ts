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
  type RunResult,
} from '../../index.ts';
import { choice, positionals, progress, type Command } from '../command.ts';
import { formatDayTable, formatSummary, formatModeLine } from '../format-table.ts';

function writeOutputs(dir: string, result: RunResult): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'result.json'), `${JSON.stringify(result, null, 1)}\n`);
  writeFileSync(join(dir, 'days.csv'), daysToCsv(result));
  process.stderr.write(`wrote ${join(dir, 'result.json')} and ${join(dir, 'days.csv')}\n`);
}

/** `--format xlsx`: the result workbook to `--out` (a file ending .xlsx, else a folder that gets result.xlsx). */
async function writeWorkbook(out: string | undefined, result: RunResult): Promise<void> {
  const file = out === undefined ? 'result.xlsx' : /\.xlsx$/i.test(out) ? out : join(out, 'result.xlsx');
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, await resultToXlsx(result));
  process.stderr.write(`wrote ${file}\n`);
}

export const runCommand: Command = {
  name: 'run',
  usage: `baogong run <scenario.json> [--format table|json|csv|xlsx] [--out DIR|FILE.xlsx] [--mode ${DISPATCH_MODES.join('|')}] [--solver ${SOLVER_CHOICES.join('|')}] [--with-season]`,
  description:
    "Runs one heating season of a scenario: each day's heat demand, dispatch of the sources, coal stocks against the 30-day reserve floor and the gas balance. Prints the day table (units in every header) and the season summary; or the whole RunResult as JSON, the day table as CSV, or the result workbook. Plausibility warnings are listed with the summary; progress goes to stderr.",
  optionHelp: {
    format:
      'table (the day table and the summary), json (the RunResult and nothing else on stdout), csv (the day table, units in the headers) or xlsx (the result workbook, written to --out) (default table)',
    out: 'a folder that gets result.json and days.csv (with --format xlsx: a FILE.xlsx, or a folder that gets result.xlsx; default ./result.xlsx) (default: nothing written)',
    mode: `dispatch mode: ${DISPATCH_MODES.join(', ')} (default the scenario's dispatch.mode)`,
    solver: `LP solver: ${SOLVER_CHOICES.join(', ')} (default the scenario's dispatch.solver)`,
    'with-season':
      'with the table, also run season mode (perfect foresight) and print both one-line summaries (default off)',
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
  async run(args, values) {
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
      onProgress: progress('solving day'),
    });
    if (format === 'xlsx') {
      await writeWorkbook(typeof values.out === 'string' ? values.out : undefined, result);
      return;
    }
    if (typeof values.out === 'string') writeOutputs(values.out, result);
    if (format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
    else if (format === 'csv') process.stdout.write(daysToCsv(result));
    else process.stdout.write(`${formatDayTable(result)}\n\n${formatSummary(result)}\n`);
    if (values['with-season'] && format === 'table') {
      const season = await runScenario(scenario, { baseDir, mode: 'season', solver });
      process.stdout.write(
        `\nSame scenario in season mode (one LP, perfect foresight):\n${formatModeLine(result)}\n${formatModeLine(season)}\n`,
      );
    }
  },
};
