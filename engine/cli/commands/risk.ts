/** `baogong risk <scenario.json>`: Monte Carlo seasons of weather × disruptions and their distribution. */
import { dirname, resolve } from 'node:path';
import {
  loadScenarioFile,
  runMonteCarlo,
  type DisruptionRates,
  type MonteCarloResult,
  type Quantiles,
} from '../../index.ts';
import { choice, positionals, type Command } from '../command.ts';
import {
  fmt,
  monteCarloOptions,
  MONTE_CARLO_OPTIONS,
  MONTE_CARLO_USAGE,
  pct,
  progressBar,
  table,
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
  const cuts = Object.entries(d.gasCutM3ByCategory).map(([cat, q]) => quantileRow(`  ${cat} (km³)`, q ?? null, 1000));
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
        quantileRow('gas cut, all (km³)', d.gasCutM3, 1000),
        ...cuts,
        quantileRow('cost, total (M¥)', d.costYuan, 1e6, 1),
        quantileRow('of it, shortage (M¥)', d.shortageCostYuan, 1e6, 1),
      ],
    ),
  ].join('\n');
}

export const riskCommand: Command = {
  name: 'risk',
  usage: `baogong risk <scenario.json> ${MONTE_CARLO_USAGE}`,
  options: MONTE_CARLO_OPTIONS,
  async run(args, values) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json'] as const, 'table');
    const options = monteCarloOptions(this, values);
    const scenario = loadScenarioFile(file);
    const result = await runMonteCarlo(scenario, {
      ...options,
      baseDir: dirname(resolve(file)),
      onProgress: progressBar('seasons'),
    });
    process.stdout.write(format === 'json' ? `${JSON.stringify(result)}\n` : `${formatRisk(result)}\n`);
  },
};
