/** `baogong size-reserve <scenario.json> --target 0.95`: the opening stock (and steady delivery rate) that holds the 30-day floor. */
import { dirname, resolve } from 'node:path';
import { loadScenarioFile, sizeReserve, type ReserveSizingResult, type SizingAnswer } from '../../index.ts';
import { choice, positionals, type Command, writeResult } from '../command.ts';
import {
  fmt,
  monteCarloOptions,
  MONTE_CARLO_HELP,
  MONTE_CARLO_OPTIONS,
  MONTE_CARLO_USAGE,
  numberFlag,
  pct,
  progressBar,
  table,
  toCsv,
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

/** `--format csv`: one row per point of each curve (opening stock, then steady delivery), the value in its own column. */
export function sizingToCsv(r: ReserveSizingResult): string {
  const rows = [r.openingStock, ...(r.deliveryRate ? [r.deliveryRate] : [])].flatMap((a) =>
    a.curve.map((p) => [
      a.parameter,
      a.parameter === 'openingStockT' ? p.value : null,
      a.parameter === 'openingStockT' ? null : p.value,
      p.probability,
      p.value === a.answer,
    ]),
  );
  return toCsv(['curve', 'opening_stock_t', 'steady_delivery_t_per_d', 'floor_held_fraction', 'answer'], rows);
}

export const sizeReserveCommand: Command = {
  name: 'size-reserve',
  usage: `baogong size-reserve <scenario.json> [--target 0.95] [--yard ID] [--tolerance T] [--no-rate] ${MONTE_CARLO_USAGE}`,
  description:
    "Sizes a coal yard's reserve: searches, over the same sampled seasons as risk, for the smallest opening stock (t) and the smallest steady delivery rate (t/day) that keep the 30-day reserve floor every day in at least the target share of seasons, and prints each answer with the curve of share held against the value tried. --format csv prints the curve points.",
  optionHelp: {
    ...MONTE_CARLO_HELP,
    runs: 'seasons per point of the curve, a whole number ≥ 1 (default 100)',
    format: 'table, json (the whole result) or csv (one row per curve point) (default table)',
    target: 'share of seasons that must hold the floor every day, 0.01..1 (default 0.95)',
    yard: "the yard to size, by id (default the scenario's first yard)",
    tolerance: 'precision of the opening-stock answer, t (default the larger of 10 t and 0.2 % of the floor)',
    'no-rate': 'size the opening stock only, not the steady delivery rate (default: both)',
  },
  example:
    'baogong size-reserve scenarios/demo-beijing-2012.json --target 0.95 --runs 100\nbaogong size-reserve scenarios/demo-beijing-2012.json --no-rate --format csv > curve.csv',
  options: {
    ...MONTE_CARLO_OPTIONS,
    target: { type: 'string' },
    yard: { type: 'string' },
    tolerance: { type: 'string' },
    'no-rate': { type: 'boolean' },
  },
  async run(args, values) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json', 'csv'] as const, 'table');
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
    writeResult(format, result, sizingToCsv, formatSizing);
  },
};
