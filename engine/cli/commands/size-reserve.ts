/** `baogong size-reserve <scenario.json> --target 0.95`: the opening stock (and steady delivery rate) that holds the 30-day floor. */
import { dirname, resolve } from 'node:path';
import { loadScenarioFile, sizeReserve, type ReserveSizingResult, type SizingAnswer } from '../../index.ts';
import { choice, positionals, type Command } from '../command.ts';
import {
  fmt,
  monteCarloOptions,
  MONTE_CARLO_OPTIONS,
  MONTE_CARLO_USAGE,
  numberFlag,
  pct,
  progressBar,
  table,
} from './risk-flags.ts';

function answerLines(a: SizingAnswer, unit: string, name: string): string[] {
  const ans =
    a.answer === null
      ? `not reached up to ${fmt(a.upperLimit)} ${unit}`
      : `${fmt(a.answer)} ${unit} (within +${fmt(a.tolerance, a.tolerance < 10 ? 1 : 0)} ${unit})`;
  return [
    `  ${name.padEnd(16)} ${ans}; the scenario's ${fmt(a.scenarioValue)} ${unit} holds in ${pct(a.probabilityAtScenarioValue)} of seasons; ${a.evaluations} seasons solved`,
  ];
}

function curveTable(a: SizingAnswer, unit: string): string {
  return table(
    [`${a.parameter === 'openingStockT' ? 'opening stock' : 'steady delivery'} (${unit})`, 'floor held all season'],
    a.curve.map((p) => [fmt(p.value), pct(p.probability)]),
  );
}

export function formatSizing(r: ReserveSizingResult): string {
  const lines = [
    `Reserve sizing: yard ${r.yard} of ${r.scenarioId}; floor ${fmt(r.floorT)} t = reserve days × ${fmt(r.maxDailyBurnT)} t/day`,
    `${r.runs} seasons (${r.weather} weather, ${r.mode} dispatch, seed ${r.seed}); target: floor held every day in ≥ ${pct(r.target)} of seasons; ${(r.timing.wallMs / 1000).toFixed(1)} s on ${r.timing.workers} workers`,
    ...answerLines(r.openingStock, 't', 'opening stock'),
    ...(r.deliveryRate ? answerLines(r.deliveryRate, 't/day', 'steady delivery') : []),
    '',
    curveTable(r.openingStock, 't'),
  ];
  if (r.deliveryRate) lines.push('', curveTable(r.deliveryRate, 't/day'));
  return lines.join('\n');
}

export const sizeReserveCommand: Command = {
  name: 'size-reserve',
  usage: `baogong size-reserve <scenario.json> [--target 0.95] [--yard ID] [--tolerance T] [--no-rate] ${MONTE_CARLO_USAGE}`,
  options: {
    ...MONTE_CARLO_OPTIONS,
    target: { type: 'string' },
    yard: { type: 'string' },
    tolerance: { type: 'string' },
    'no-rate': { type: 'boolean' },
  },
  async run(args, values) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json'] as const, 'table');
    const scenario = loadScenarioFile(file);
    const result = await sizeReserve(scenario, {
      ...monteCarloOptions(this, values),
      runs: numberFlag(this, values, 'runs', { integer: true, min: 1 }) ?? 100,
      target: numberFlag(this, values, 'target', { min: 0.01, max: 1 }),
      yard: typeof values.yard === 'string' ? values.yard : undefined,
      toleranceT: numberFlag(this, values, 'tolerance', { min: 0.001 }),
      deliveryRate: values['no-rate'] !== true,
      baseDir: dirname(resolve(file)),
      onProgress: progressBar('seasons'),
    });
    process.stdout.write(format === 'json' ? `${JSON.stringify(result)}\n` : `${formatSizing(result)}\n`);
  },
};
