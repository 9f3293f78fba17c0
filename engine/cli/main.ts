/**
 * The `baogong` command line. Imports only the public engine API.
 *   baogong run <scenario.json> [--out DIR] [--format json|csv|table] [--mode daily|season] [--solver NAME]
 *   baogong validate <scenario.json>
 *   baogong compare-modes <scenario.json>   daily vs season on the same scenario
 * `--format json` prints a RunResult on stdout and nothing else; progress goes to stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BaogongError, daysToCsv, loadScenarioFile, runScenario, type RunResult } from '../index.ts';
import { formatDayTable, formatSummary } from './format-table.ts';

const USAGE = `usage:
  baogong run <scenario.json> [--format table|json|csv] [--out DIR] [--mode daily|season] [--solver highs|javascript-lp-solver] [--with-season]
  baogong validate <scenario.json>
  baogong compare-modes <scenario.json>
  baogong --help`;

type Format = 'table' | 'json' | 'csv';

function usage(message: string): never {
  throw new BaogongError('CLI_USAGE', `${message}\n${USAGE}`);
}

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\rsolving day ${done}/${total}${done === total ? '\n' : ''}`);
}

async function runCommand(file: string, values: Record<string, string | boolean | undefined>): Promise<void> {
  const format = (values.format ?? 'table') as Format;
  if (!['table', 'json', 'csv'].includes(format)) usage(`--format must be table, json or csv, not ${format}`);
  const mode = values.mode as 'daily' | 'season' | undefined;
  if (mode !== undefined && !['daily', 'season'].includes(mode)) usage(`--mode must be daily or season, not ${mode}`);
  const solver = values.solver as 'highs' | 'javascript-lp-solver' | undefined;
  if (solver !== undefined && !['highs', 'javascript-lp-solver'].includes(solver)) usage(`--solver must be highs or javascript-lp-solver, not ${solver}`);
  const scenario = loadScenarioFile(file);
  const result = await runScenario(scenario, { baseDir: dirname(resolve(file)), mode, solver, onProgress: progress });
  if (typeof values.out === 'string') writeOutputs(values.out, result);
  if (format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
  else if (format === 'csv') process.stdout.write(daysToCsv(result));
  else process.stdout.write(`${formatDayTable(result)}\n\n${formatSummary(result)}\n`);
  if (values['with-season'] && format === 'table') {
    const season = await runScenario(scenario, { baseDir: dirname(resolve(file)), mode: 'season', solver });
    process.stdout.write(`\nSame scenario in season mode (one LP, perfect foresight):\n${modeLine(result)}\n${modeLine(season)}\n`);
  }
}

/** One line per dispatch mode, so the price of myopia is visible. */
function modeLine(r: RunResult): string {
  const s = r.summary;
  const cut = Object.values(s.gasCutM3ByCategory).reduce((a, b) => a + (b ?? 0), 0);
  return `  ${r.solver.mode.padEnd(7)} cost ${(s.costYuan / 1e6).toFixed(1)} M¥, unserved ${s.unservedHeatMWh.toFixed(0)} MWh, gas cut ${(cut / 1000).toFixed(0)} km³, first breach ${s.firstReserveBreach ?? 'none'}, min cover ${s.minDaysOfCover?.toFixed(1) ?? '—'} d; ${r.solver.lpCount} LPs, ${r.solver.columns} × ${r.solver.rows} largest, ${r.solver.solveMs.toFixed(0)} ms solving`;
}

function writeOutputs(dir: string, result: RunResult): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'result.json'), `${JSON.stringify(result, null, 1)}\n`);
  writeFileSync(join(dir, 'days.csv'), daysToCsv(result));
  process.stderr.write(`wrote ${join(dir, 'result.json')} and ${join(dir, 'days.csv')}\n`);
}

function validateCommand(file: string): void {
  const scenario = loadScenarioFile(file);
  process.stdout.write(`${file}: valid scenario \`${scenario.id}\` (${scenario.zones.length} zones, ${scenario.sources.length} sources, ${scenario.yards.length} yards, ${scenario.horizon.start}..${scenario.horizon.end})\n`);
}

async function compareModesCommand(file: string): Promise<void> {
  const scenario = loadScenarioFile(file);
  const baseDir = dirname(resolve(file));
  const daily = await runScenario(scenario, { baseDir, mode: 'daily', onProgress: progress });
  const season = await runScenario(scenario, { baseDir, mode: 'season' });
  process.stdout.write(`${modeLine(daily)}\n${modeLine(season)}\n`);
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: { format: { type: 'string' }, out: { type: 'string' }, mode: { type: 'string' }, solver: { type: 'string' }, help: { type: 'boolean', short: 'h' }, 'with-season': { type: 'boolean' } },
    });
  } catch (err) {
    usage((err as Error).message);
  }
  const [command, file, ...rest] = parsed.positionals;
  if (parsed.values.help || command === undefined) { process.stdout.write(`${USAGE}\n`); return; }
  if (rest.length > 0) usage(`unexpected arguments: ${rest.join(' ')}`);
  switch (command) {
    case 'run': return runCommand(file ?? usage('run needs a scenario file'), parsed.values);
    case 'validate': return validateCommand(file ?? usage('validate needs a scenario file'));
    case 'compare-modes': return compareModesCommand(file ?? usage('compare-modes needs a scenario file'));
    default: usage(`unknown command \`${command}\``);
  }
}

function report(err: unknown): number {
  if (err instanceof BaogongError) {
    process.stderr.write(`error ${err.code}: ${err.message}\n`);
    for (const p of err.problems) process.stderr.write(`  ${p.path || '(document)'}: ${p.message}\n`);
    return 2;
  }
  process.stderr.write(`error: ${(err as Error)?.message ?? String(err)}\n`);
  if (process.env.BAOGONG_DEBUG) process.stderr.write(`${(err as Error)?.stack}\n`);
  return 1;
}

// a closed pipe (`baogong run … | head`) is not an error
process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); throw err; });

main(process.argv.slice(2)).then(
  () => { process.exitCode = 0; },
  (err) => { process.exitCode = report(err); },
);
