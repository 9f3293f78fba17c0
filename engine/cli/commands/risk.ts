/** `baogong risk <scenario.json>`: Monte Carlo seasons of weather × disruptions and their distribution. */
import { dirname, resolve } from 'node:path';
import {
  loadScenarioFile,
  runMonteCarlo,
  type DisruptionRates,
  type MonteCarloResult,
  type Quantiles,
} from '../../index.ts';
import { choice, positionals, type Command, writeResult } from '../command.ts';
import {
  fmt,
  monteCarloOptions,
  MONTE_CARLO_HELP,
  MONTE_CARLO_OPTIONS,
  MONTE_CARLO_USAGE,
  pct,
  progressBar,
  table,
  toCsv,
} from './risk-flags.ts';

const rates = (r: DisruptionRates, per: string) =>
  r.eventsPerSeason === 0
    ? 'none'
    : `${r.eventsPerSeason} event${r.eventsPerSeason === 1 ? '' : 's'}/season ${per}, ${r.minDays}–${r.maxDays} d, ${pct(r.minCutFraction, 0)}–${pct(r.maxCutFraction, 0)} lost`;

function quantileRow(label: string, q: Quantiles | null, scale = 1, digits = 0): string[] {
  const cells = (['mean', 'p1', 'p5', 'p10', 'p50', 'p90', 'p95', 'p99'] as const).map((k) =>
    q ? fmt(q[k] / scale, digits) : '—',
  );
  return [label, ...cells];
}

export function formatRisk(r: MonteCarloResult): string {
  const d = r.distribution;
  const p = d.probability;
  const probRow = (label: string, x: typeof p.reserveBreach) => [
    label,
    pct(x.p),
    `${pct(x.low95)}–${pct(x.high95)}`,
    String(x.count),
  ];
  const cuts = Object.entries(d.gasCutM3ByCategory).map(([cat, q]) =>
    quantileRow(`  ${cat} (10³ m³)`, q ?? null, 1000),
  );
  return [
    `Monte Carlo: ${r.scenarioId}, ${r.runs} seasons (${r.weather.kind} weather, ${r.mode} dispatch, seed ${r.seed}); ${r.timing.workers} workers, ${(r.timing.wallMs / 1000).toFixed(1)} s (${fmt(r.timing.seasonsPerMinute)} seasons/min)`,
    `Disruptions: coal ${rates(r.coalDisruptions, 'per yard')}; gas ${rates(r.gasDisruptions, 'city-wide')}; the scenario's own dated disruptions ${r.keepScenarioDisruptions ? 'kept' : 'replaced'}`,
    '',
    table(
      ['probability', 'share', '95 % interval', 'seasons'],
      [
        probRow('30-day reserve floor broken', p.reserveBreach),
        probRow('any cut to homes (gas or heat)', p.homesCut),
        probRow('any unserved heat', p.unservedHeat),
        probRow('any gas cut', p.anyGasCut),
      ],
    ),
    '',
    table(
      ['figure per season', 'mean', 'P1', 'P5', 'P10', 'P50', 'P90', 'P95', 'P99'],
      [
        quantileRow('min days of cover (d)', d.minDaysOfCover, 1, 1),
        quantileRow('unserved heat (MWh)', d.unservedHeatMWh),
        quantileRow('gas cut, all (10³ m³)', d.gasCutM3, 1000),
        ...cuts,
        quantileRow('cost, total (M¥)', d.costYuan, 1e6, 1),
        quantileRow('of it, shortage (M¥)', d.shortageCostYuan, 1e6, 1),
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

export const riskCommand: Command = {
  name: 'risk',
  usage: `baogong risk <scenario.json> ${MONTE_CARLO_USAGE}`,
  description:
    'Monte Carlo risk study: simulates many seasons of the scenario with sampled weather, cold waves and coal- and gas-supply disruptions, and prints the probability of breaking the 30-day coal reserve floor, of cutting homes, of unserved heat and of any gas cut (with 95 % intervals), and the percentiles of the days of cover, unserved heat (MWh), gas cut (10³ m³) and cost (M¥) per season. --format csv prints one row per season instead. Progress goes to stderr.',
  options: MONTE_CARLO_OPTIONS,
  optionHelp: MONTE_CARLO_HELP,
  example:
    'baogong risk scenarios/demo-beijing-2012.json --runs 500 --seed 7\nbaogong risk scenarios/demo-beijing-2012.json --runs 100 --format csv > seasons.csv',
  async run(args, values) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json', 'csv'] as const, 'table');
    const options = monteCarloOptions(this, values);
    const scenario = loadScenarioFile(file);
    const result = await runMonteCarlo(scenario, {
      ...options,
      baseDir: dirname(resolve(file)),
      onProgress: progressBar('seasons'),
    });
    writeResult(format, result, riskToCsv, formatRisk);
  },
};
