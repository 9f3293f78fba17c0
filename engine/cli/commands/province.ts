/** `baogong province <study.json>`: a province study (docs/province.md) and its probability tables. */
import {
  DISPATCH_MODES,
  SOLVER_CHOICES,
  displayUnit,
  loadProvinceStudy,
  runProvinceStudy,
  t,
  type Lang,
  type ProvinceResult,
  type ProvinceStudyResult,
  type Quantiles,
} from '../../index.ts';
import { choice, HELP_PARAMS, positionals, type Command, writeResult } from '../command.ts';
import { checkQueueFlags, QUEUE_HELP, QUEUE_OPTIONS, QUEUE_USAGE, runOnQueue } from './queue-flags.ts';
import { fmt, numberFlag, pct, progressBar, table, toCsv } from './risk-flags.ts';

const OPTIONS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  mode: { type: 'string' },
  solver: { type: 'string' },
  format: { type: 'string' },
  ...QUEUE_OPTIONS,
} as const;

function quantileRow(label: string, q: Quantiles, divisor: number): string[] {
  return [label, ...(['mean', 'p50', 'p90', 'p99', 'max'] as const).map((k) => fmt(q[k] / divisor))];
}

/**
 * The study as a person reads it: the province's probabilities and figures, then each city's.
 * A result without `timing` (summarised elsewhere, e.g. from a queue) gets a header without it.
 */
export function formatProvince(
  r: ProvinceResult & { readonly timing?: ProvinceStudyResult['timing'] },
  lang: Lang = 'en',
): string {
  const say = (key: string, params?: Record<string, string | number>) =>
    t(lang, `cli.province.${key}` as never, params);
  const d = r.distribution;
  const p = d.probability;
  const name = (c: (typeof d.cities)[number]) => (lang === 'zh' ? c.names.zh : c.names.en);
  const interval = (x: typeof p.anyFailure) => `${pct(x.low95, 1, lang)}–${pct(x.high95, 1, lang)}`;
  const heat = displayUnit(lang, 'heat');
  const gas = displayUnit(lang, 'gas');
  const shared = [...r.shared.gasSupplyPoints, ...r.shared.coalRoutes];
  return [
    say(r.timing ? 'header' : 'headerUntimed', {
      id: r.studyId,
      runs: r.runs,
      weather: t(lang, `cli.weather.${r.weather.kind}` as never),
      reference: r.weather.referenceCity,
      seed: r.seed,
      workers: r.timing?.workers ?? 0,
      seconds: ((r.timing?.wallMs ?? 0) / 1000).toFixed(1),
    }),
    ...shared.map((s) =>
      say('shared', {
        id: s.id,
        members: s.members.map((m) => `${m.city}.${m.member}`).join(', '),
        events: s.rates.eventsPerSeason,
        share: pct(s.disruptedShare, 0, lang),
      }),
    ),
    '',
    table(
      [say('probability'), say('share'), say('interval'), say('seasons')],
      (
        [
          ['anyHomesGasCut', p.anyHomesGasCut],
          ['anyHomesCut', p.anyHomesCut],
          ['anyReserveBreach', p.anyReserveBreach],
          ['anyUnservedHeat', p.anyUnservedHeat],
          ['anyFailure', p.anyFailure],
        ] as const
      ).map(([key, x]) => [say(key), pct(x.p, 1, lang), interval(x), String(x.count)]),
    ),
    '',
    table(
      [say('figure'), say('mean'), 'P50', 'P90', 'P99', say('max')],
      [
        quantileRow(say('unserved', { unit: heat.label }), d.unservedHeatMWh, heat.divisor),
        quantileRow(say('unservedHomes', { unit: heat.label }), d.unservedResidentialHeatMWh, heat.divisor),
        quantileRow(say('gasCut', { unit: gas.label }), d.gasCutM3, gas.divisor),
      ],
    ),
    '',
    table(
      [
        say('city'),
        say('homesGas'),
        say('homesCut'),
        say('reserve'),
        say('fails'),
        say('failsFirst'),
        say('unservedP90', { unit: heat.label }),
        say('gasCutP90', { unit: gas.label }),
      ],
      d.cities.map((c) => [
        name(c),
        pct(c.probability.homesGasCut.p, 1, lang),
        pct(c.probability.homesCut.p, 1, lang),
        pct(c.probability.reserveBreach.p, 1, lang),
        pct(c.probability.failure.p, 1, lang),
        pct(c.failsFirst.share, 1, lang),
        fmt(c.unservedHeatMWh.p90 / heat.divisor),
        fmt(c.gasCutM3.p90 / gas.divisor),
      ]),
    ),
    say('failsFirstNote'),
  ].join('\n');
}

/** `--format csv`: one row per season and city (the city `*` is the province), in season order. */
export function provinceToCsv(r: ProvinceResult): string {
  const header = [
    'season',
    'city',
    'weather',
    'unserved_heat_MWh',
    'unserved_residential_heat_MWh',
    'gas_cut_m3',
    'homes_gas_cut_m3',
    'homes_cut',
    'reserve_breach',
    'first_failure_date',
    'failed_by',
    'coal_disruption_days_d',
    'gas_disruption_days_d',
  ];
  const rows = r.rows.flatMap((row) => [
    [
      row.index,
      '*',
      row.weather,
      row.province.unservedHeatMWh,
      row.province.unservedResidentialHeatMWh,
      row.province.gasCutM3,
      row.province.homesGasCutM3,
      row.province.anyHomesCut,
      row.province.anyReserveBreach,
      row.province.firstFailure,
      row.province.firstToFail.join(' '),
      null,
      null,
    ],
    ...Object.entries(row.cities).map(([id, c]) => [
      row.index,
      id,
      row.weather,
      c.unservedHeatMWh,
      c.unservedResidentialHeatMWh,
      c.gasCutM3,
      c.homesGasCutM3,
      c.homesCut,
      c.reserveBreach,
      c.firstFailure,
      c.failedBy.join(' '),
      c.coalDisruptionDays,
      c.gasDisruptionDays,
    ]),
  ]);
  return toCsv(header, rows);
}

export const provinceCommand: Command = {
  name: 'province',
  usage: `baogong province <study.json> [--runs N] [--seed S] [--workers W] [--mode ${DISPATCH_MODES.join('|')}] [--solver ${SOLVER_CHOICES.join('|')}] [--format table|json|csv] ${QUEUE_USAGE}`,
  description: t('en', 'cli.help.province.description'),
  options: OPTIONS,
  optionHelp: {
    ...Object.fromEntries(
      Object.keys(OPTIONS)
        .filter((n) => !(n in QUEUE_OPTIONS))
        .map((n) => [n, t('en', `cli.help.province.options.${n}` as never, HELP_PARAMS)]),
    ),
    ...QUEUE_HELP,
  },
  example:
    'baogong province scenarios/studies/plan-province.json --runs 100 --seed 7\nbaogong province scenarios/studies/plan-province.json --runs 20 --format csv > seasons.csv\nbaogong province scenarios/studies/plan-province.json --runs 10000 --queue redis://10.0.0.5:6379',
  async run(args, values, { lang }) {
    const [file] = positionals(this, args, ['a study file']);
    const format = choice(this, 'format', values.format, ['table', 'json', 'csv'] as const, 'table');
    checkQueueFlags(this, values);
    const spec = loadProvinceStudy(file);
    const options = {
      runs: numberFlag(this, values, 'runs', { integer: true, min: 1, max: 1_000_000 }),
      seed: numberFlag(this, values, 'seed', { integer: true, min: 0, max: 0xffffffff }),
      mode: choice(this, 'mode', values.mode, DISPATCH_MODES),
      solver: choice(this, 'solver', values.solver, SOLVER_CHOICES),
    };
    const workers = numberFlag(this, values, 'workers', { integer: true, min: 0, max: 256 });
    const result =
      typeof values.queue === 'string'
        ? await runOnQueue<ProvinceStudyResult>(this, values.queue, 'province', { spec, options }, values, lang)
        : await runProvinceStudy(spec, {
            ...options,
            workers,
            onProgress: progressBar(t(lang, 'cli.progress.seasons'), 30, values.progress === true),
          });
    if (result === undefined) return;
    writeResult(format, result, provinceToCsv, (r) => formatProvince(r, lang));
  },
};
