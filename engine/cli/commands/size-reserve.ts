/** `baogong size-reserve <scenario.json> --target 0.95`: the opening stock (and steady delivery rate) that holds the 30-day floor. */
import { dirname, resolve } from 'node:path';
import {
  formatQuantity,
  loadScenarioFile,
  sizeReserve,
  t,
  type Lang,
  type ReserveSizingResult,
  type SizingAnswer,
} from '../../index.ts';
import { domainWord } from '../format-table.ts';
import { pad } from '../text-table.ts';
import { choice, positionals, type Command, writeResult } from '../command.ts';
import {
  fmt,
  monteCarloOptions,
  MONTE_CARLO_HELP,
  MONTE_CARLO_OPTIONS,
  MONTE_CARLO_USAGE,
  namesFor,
  type Names,
  numberFlag,
  pct,
  progressBar,
  table,
  toCsv,
} from './risk-flags.ts';

const say = (lang: Lang, key: string, params?: Record<string, string | number>) =>
  t(lang, `cli.sizing.${key}` as never, params);

function answerLines(lang: Lang, a: SizingAnswer, unit: string, name: string): string[] {
  const ans =
    a.answer === null
      ? say(lang, 'notReached', { upper: fmt(a.upperLimit), unit })
      : say(lang, 'answer', { answer: fmt(a.answer), unit, tol: fmt(a.tolerance, a.tolerance < 10 ? 1 : 0) });
  const line = say(lang, 'answerLine', {
    ans,
    value: fmt(a.scenarioValue),
    unit,
    share: pct(a.probabilityAtScenarioValue, 1, lang),
    evaluations: a.evaluations,
  });
  return [`  ${pad(name, 16)} ${line}`];
}

function curveTable(lang: Lang, a: SizingAnswer, unit: string): string {
  const name = say(lang, a.parameter === 'openingStockT' ? 'openingStock' : 'steadyDelivery');
  return table(
    [say(lang, 'curveHeader', { name, unit }), say(lang, 'held')],
    a.curve.map((p) => [fmt(p.value), pct(p.probability, 1, lang)]),
  );
}

/** The sizing as a person reads it (tonnes in both languages: the answer is a precise stock, 吨 in Chinese). */
export function formatSizing(r: ReserveSizingResult, lang: Lang = 'en', names?: Names): string {
  const tonnes = t(lang, 'cli.units.tonnes');
  const perDay = t(lang, 'cli.units.tonnesPerDay');
  const lines = [
    say(lang, 'header', {
      yard: names?.of('yards', r.yard) ?? r.yard,
      id: names?.title ?? r.scenarioId,
      floor: lang === 'en' ? fmt(r.floorT) : formatQuantity(lang, 'coal', r.floorT),
      maxDaily: lang === 'en' ? fmt(r.maxDailyBurnT) : `${fmt(r.maxDailyBurnT)} ${perDay}`,
    }),
    say(lang, 'runs', {
      runs: r.runs,
      weather: t(lang, `cli.weather.${r.weather}` as never),
      mode: domainWord(lang, 'dispatchMode', r.mode),
      seed: r.seed,
      target: pct(r.target, 1, lang),
      seconds: (r.timing.wallMs / 1000).toFixed(1),
      workers: r.timing.workers,
    }),
    ...answerLines(lang, r.openingStock, tonnes, say(lang, 'openingStock')),
    ...(r.deliveryRate ? answerLines(lang, r.deliveryRate, perDay, say(lang, 'steadyDelivery')) : []),
    '',
    curveTable(lang, r.openingStock, tonnes),
  ];
  if (r.deliveryRate) lines.push('', curveTable(lang, r.deliveryRate, perDay));
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
  description: t('en', 'cli.help.size-reserve.description'),
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
  async run(args, values, { lang }) {
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
      onProgress: progressBar(t(lang, 'cli.progress.seasons')),
    });
    const names = namesFor(scenario, lang);
    writeResult(format, result, sizingToCsv, (r) => formatSizing(r, lang, names));
  },
};
