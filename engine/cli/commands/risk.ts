/** `baogong risk <scenario.json>`: Monte Carlo seasons of weather × disruptions and their distribution. */
import { dirname, resolve } from 'node:path';
import {
  displayUnit,
  loadScenarioFile,
  runMonteCarlo,
  t,
  type DisruptionRates,
  type Lang,
  type MonteCarloResult,
  type Quantiles,
} from '../../index.ts';
import { domainWord } from '../format-table.ts';
import { checkQueueFlags, QUEUE_HELP, QUEUE_OPTIONS, QUEUE_USAGE, runOnQueue } from './queue-flags.ts';
import { choice, positionals, type Command, writeResult } from '../command.ts';
import {
  fmt,
  monteCarloOptions,
  MONTE_CARLO_HELP,
  MONTE_CARLO_OPTIONS,
  MONTE_CARLO_USAGE,
  namesFor,
  type Names,
  pct,
  progressBar,
  table,
  toCsv,
} from './risk-flags.ts';

const rates = (lang: Lang, r: DisruptionRates, per: string) =>
  r.eventsPerSeason === 0
    ? t(lang, 'cli.common.none')
    : t(lang, r.eventsPerSeason === 1 ? 'cli.risk.ratesOne' : 'cli.risk.ratesMany', {
        n: r.eventsPerSeason,
        per,
        minDays: r.minDays,
        maxDays: r.maxDays,
        minCut: pct(r.minCutFraction, 0, lang),
        maxCut: pct(r.maxCutFraction, 0, lang),
      });

function quantileRow(label: string, q: Quantiles | null, scale = 1, digits = 0): string[] {
  const cells = (['mean', 'p1', 'p5', 'p10', 'p50', 'p90', 'p95', 'p99'] as const).map((k) =>
    q ? fmt(q[k] / scale, digits) : '—',
  );
  return [label, ...cells];
}

/** The risk study as a person reads it; `names` gives the scenario's title in Chinese. */
export function formatRisk(r: MonteCarloResult, lang: Lang = 'en', names?: Names): string {
  const d = r.distribution;
  const p = d.probability;
  const say = (key: string, params?: Record<string, string | number>) => t(lang, `cli.risk.${key}` as never, params);
  const probRow = (key: string, x: typeof p.reserveBreach) => [
    say(key),
    pct(x.p, 1, lang),
    `${pct(x.low95, 1, lang)}–${pct(x.high95, 1, lang)}`,
    String(x.count),
  ];
  const gas = displayUnit(lang, 'gas');
  const money = lang === 'en' ? { label: say('costUnit'), divisor: 1e6 } : displayUnit(lang, 'money');
  const cuts = Object.entries(d.gasCutM3ByCategory).map(([cat, q]) =>
    quantileRow(
      say('gasCutCategory', { category: domainWord(lang, 'gasCategory', cat), unit: gas.label }),
      q ?? null,
      gas.divisor,
    ),
  );
  return [
    say('header', {
      id: names?.title ?? r.scenarioId,
      runs: r.runs,
      weather: t(lang, `cli.weather.${r.weather.kind}` as never),
      mode: domainWord(lang, 'dispatchMode', r.mode),
      seed: r.seed,
      workers: r.timing.workers,
      seconds: (r.timing.wallMs / 1000).toFixed(1),
      rate: fmt(r.timing.seasonsPerMinute),
    }),
    say('disruptions', {
      coal: rates(lang, r.coalDisruptions, say('perYard')),
      gas: rates(lang, r.gasDisruptions, say('cityWide')),
      own: say(r.keepScenarioDisruptions ? 'kept' : 'replaced'),
    }),
    '',
    table(
      [say('probability'), say('share'), say('interval'), say('seasons')],
      [
        probRow('reserveBreach', p.reserveBreach),
        probRow('homesCut', p.homesCut),
        probRow('unservedHeat', p.unservedHeat),
        probRow('anyGasCut', p.anyGasCut),
      ],
    ),
    '',
    table(
      [say('figure'), say('mean'), 'P1', 'P5', 'P10', 'P50', 'P90', 'P95', 'P99'],
      [
        quantileRow(say('minCover', { unit: displayUnit(lang, 'days').label }), d.minDaysOfCover, 1, 1),
        quantileRow(say('unserved', { unit: displayUnit(lang, 'heat').label }), d.unservedHeatMWh),
        quantileRow(say('gasCutAll', { unit: gas.label }), d.gasCutM3, gas.divisor),
        ...cuts,
        quantileRow(say('cost', { unit: money.label }), d.costYuan, money.divisor, 1),
        quantileRow(say('shortage', { unit: money.label }), d.shortageCostYuan, money.divisor, 1),
      ],
    ),
  ].join('\n');
}

/** `--format csv`: one row per season simulated, in run order; gas cuts by category and yard figures by id. */
export function riskToCsv(r: MonteCarloResult): string {
  const cats = [...new Set(r.rows.flatMap((row) => Object.keys(row.gasCutM3ByCategory)))] as Array<
    keyof MonteCarloResult['rows'][number]['gasCutM3ByCategory']
  >;
  const yards = Object.keys(r.rows[0]?.yards ?? {});
  const header = [
    'run',
    'weather',
    'min_temp_C',
    'cold_wave_days_d',
    'cold_spell_days_d',
    'coal_disruption_days_d',
    'gas_disruption_days_d',
    'min_days_of_cover_d',
    'first_reserve_breach_date',
    'reserve_breach',
    'unserved_heat_MWh',
    'unserved_residential_heat_MWh',
    'homes_cut',
    'gas_cut_m3',
    ...cats.map((c) => `gas_cut_${c}_m3`),
    ...yards.flatMap((y) => [
      `min_stock_${y}_t`,
      `floor_${y}_t`,
      `extra_stock_to_hold_${y}_t`,
      `extra_rate_to_hold_${y}_t_per_d`,
      `first_breach_${y}_date`,
    ]),
    'supply_cost_yuan',
    'shortage_cost_yuan',
    'cost_yuan',
    'lp_count',
  ];
  const rows = r.rows.map((row) => [
    row.index,
    row.weather,
    row.minTempC,
    row.coldWaveDays,
    row.coldSpellDays,
    row.coalDisruptionDays,
    row.gasDisruptionDays,
    row.minDaysOfCover,
    row.firstReserveBreach,
    row.reserveBreach,
    row.unservedHeatMWh,
    row.unservedResidentialHeatMWh,
    row.homesCut,
    row.gasCutM3,
    ...cats.map((c) => row.gasCutM3ByCategory[c] ?? 0),
    ...yards.flatMap((y) => {
      const yd = row.yards[y];
      return [yd?.minStockT, yd?.floorT, yd?.extraStockToHoldT, yd?.extraRateToHoldTPerDay, yd?.firstBreach];
    }),
    row.supplyCostYuan,
    row.shortageCostYuan,
    row.costYuan,
    row.lpCount,
  ]);
  return toCsv(header, rows);
}

/** The options a queued study carries: the local thread count is each worker's own (`--threads`). */
function queued<O extends { workers?: number }>(options: O): Omit<O, 'workers'> {
  const { workers: _local, ...rest } = options;
  return rest;
}

export const riskCommand: Command = {
  name: 'risk',
  usage: `baogong risk <scenario.json> ${MONTE_CARLO_USAGE} ${QUEUE_USAGE}`,
  description: t('en', 'cli.help.risk.description'),
  options: { ...MONTE_CARLO_OPTIONS, ...QUEUE_OPTIONS },
  optionHelp: { ...MONTE_CARLO_HELP, ...QUEUE_HELP },
  example:
    'baogong risk scenarios/demo-beijing-2012.json --runs 500 --seed 7\nbaogong risk scenarios/demo-beijing-2012.json --runs 100 --format csv > seasons.csv\nbaogong risk scenarios/demo-beijing-2012.json --runs 10000 --queue redis://10.0.0.5:6379',
  async run(args, values, { lang }) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json', 'csv'] as const, 'table');
    const options = { ...monteCarloOptions(this, values), baseDir: dirname(resolve(file)) };
    checkQueueFlags(this, values);
    const scenario = loadScenarioFile(file);
    const result =
      typeof values.queue === 'string'
        ? await runOnQueue<MonteCarloResult>(
            this,
            values.queue,
            'risk',
            { scenario, options: queued(options) },
            values,
            lang,
          )
        : await runMonteCarlo(scenario, {
            ...options,
            onProgress: progressBar(t(lang, 'cli.progress.seasons'), 30, values.progress === true),
          });
    if (result === undefined) return;
    const names = namesFor(scenario, lang);
    writeResult(format, result, riskToCsv, (r) => formatRisk(r, lang, names));
  },
};
