/** `baogong compare-modes <scenario.json>`: daily, season and rolling mode on the same scenario, one line each: the price of myopia. */
import { dirname, resolve } from 'node:path';
import { DISPATCH_MODES, loadScenarioFile, runScenario, t, type RunResult } from '../../index.ts';
import { choice, positionals, progress, type Command } from '../command.ts';
import { formatModeLine } from '../format-table.ts';

/** The summary figures of one mode's run, as `--format json` prints them (units in the names). */
export function modeFigures(r: RunResult) {
  const s = r.summary;
  return {
    mode: r.solver.mode,
    costYuan: s.costYuan,
    supplyCostYuan: s.supplyCostYuan,
    shortageCostYuan: s.shortageCostYuan,
    unservedHeatMWh: s.unservedHeatMWh,
    unservedResidentialHeatMWh: s.unservedResidentialHeatMWh,
    gasCutM3: Object.values(s.gasCutM3ByCategory).reduce((a: number, b) => a + (b ?? 0), 0),
    gasCutM3ByCategory: s.gasCutM3ByCategory,
    coalBurnT: s.coalBurnT,
    firstReserveBreach: s.firstReserveBreach,
    minDaysOfCover: s.minDaysOfCover,
    homesProtected: s.homesProtected,
    solver: r.solver.name,
    lpCount: r.solver.lpCount,
    largestLpColumns: r.solver.columns,
    largestLpRows: r.solver.rows,
    solveMs: r.solver.solveMs,
  };
}

export const compareModesCommand: Command = {
  name: 'compare-modes',
  usage: 'baogong compare-modes <scenario.json> [--format table|json]',
  description: t('en', 'cli.help.compare-modes.description'),
  options: { format: { type: 'string' } },
  optionHelp: {
    format:
      'table, or json: an array with one object per mode (costYuan, supplyCostYuan, shortageCostYuan, unservedHeatMWh, gasCutM3, minDaysOfCover, …) and nothing else on stdout (default table)',
  },
  example:
    'baogong compare-modes scenarios/demo-beijing-2012.json\nbaogong compare-modes scenarios/demo-beijing-2012.json --format json > modes.json',
  async run(args, values, { lang }) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json'] as const, 'table');
    const scenario = loadScenarioFile(file);
    const baseDir = dirname(resolve(file));
    const figures: ReturnType<typeof modeFigures>[] = [];
    for (const mode of DISPATCH_MODES) {
      const r = await runScenario(scenario, {
        baseDir,
        mode,
        onProgress: progress(`${mode}: ${t(lang, 'cli.progress.solvingDay')}`),
      });
      if (format === 'json') figures.push(modeFigures(r));
      else process.stdout.write(`${formatModeLine(r, lang)}\n`);
    }
    if (format === 'json') process.stdout.write(`${JSON.stringify(figures)}\n`);
  },
};
