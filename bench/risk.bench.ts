/**
 * Monte Carlo throughput on the demo scenario (target: ≥ 10 000 seasons a minute on
 * a 2-core machine). `npx tsx bench/risk.bench.ts [--runs N] [--workers W] [--quick] [--only TEXT]`
 * (`--only daily` keeps the configurations whose name contains the text).
 *
 *   single season   tinybench p50 of one `runScenario` of a sampled season, in this thread, given
 *                   the reserve figures measured once (as Monte Carlo gives them to each run),
 *                   for season mode (HiGHS, one LP and its policy stages) and daily mode
 *                   (one LP a day; `auto` picks YALPS for the small daily LPs, and HiGHS)
 *   Monte Carlo     `runMonteCarlo` on W workers (default 2) with n and 4n seasons; the
 *                   steady rate (4n − n)/(t₄ₙ − tₙ) removes the pool's start-up (each worker
 *                   loads tsx, the engine and the solver), the end-to-end rate includes it
 * The load average before and after is recorded: other processes on the machine slow it.
 * Writes bench/results/risk/<stamp>.json and prints a Markdown table.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, hostname, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';
import {
  reserveBurnsForStudy,
  runMonteCarlo,
  runScenario,
  weatherEnsemble,
  drawSeasons,
  type DispatchMode,
  type SolverChoice,
} from '../engine/index.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    workers: { type: 'string' },
    quick: { type: 'boolean' },
    only: { type: 'string' },
  },
});
const n = Number(args.runs ?? (args.quick ? 4 : 10));
const workers = Number(args.workers ?? 2);
const demo = JSON.parse(readFileSync(new URL('../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'));
const say = (s: string) => process.stderr.write(`${s}\n`);

type Config = { name: string; mode: DispatchMode; solver: SolverChoice };
const CONFIGS: Config[] = [
  { name: 'season mode, HiGHS', mode: 'season', solver: 'highs' },
  { name: 'daily mode, auto (YALPS)', mode: 'daily', solver: 'auto' },
  { name: 'daily mode, HiGHS', mode: 'daily', solver: 'highs' },
];

async function singleSeasonMs(c: Config): Promise<number> {
  const seasons = drawSeasons(weatherEnsemble(demo, 'synthetic'), 8, 1);
  const reserveBurnsT = await reserveBurnsForStudy(demo, { mode: c.mode, solver: c.solver });
  let i = 0;
  const b = new Bench({ time: args.quick ? 1500 : 5000, iterations: 4, warmupIterations: 1 });
  b.add(c.name, () =>
    runScenario(demo, { mode: c.mode, solver: c.solver, weatherSeries: seasons[i++ % seasons.length], reserveBurnsT }),
  );
  await b.run();
  const r = b.tasks[0].result;
  return r && 'latency' in r ? r.latency.p50 : NaN;
}

async function monteCarloMs(c: Config, runs: number): Promise<number> {
  const r = await runMonteCarlo(demo, { runs, seed: 1, workers, mode: c.mode, solver: c.solver });
  return r.timing.wallMs;
}

const perMinute = (seasons: number, ms: number) => (seasons / ms) * 60_000;

async function main(): Promise<void> {
  const loadBefore = loadavg();
  const rows = [];
  for (const c of CONFIGS) {
    if (args.quick && c.solver === 'highs' && c.mode === 'daily') continue;
    if (args.only !== undefined && !c.name.includes(args.only)) continue;
    say(`${c.name}: single season…`);
    const seasonMs = await singleSeasonMs(c);
    say(`${c.name}: Monte Carlo ${n} and ${4 * n} seasons on ${workers} workers…`);
    const tSmall = await monteCarloMs(c, n);
    const tLarge = await monteCarloMs(c, 4 * n);
    rows.push({
      config: c.name,
      mode: c.mode,
      solver: c.solver,
      singleSeasonP50Ms: seasonMs,
      oneCoreSeasonsPerMinute: perMinute(1, seasonMs),
      monteCarloRuns: [n, 4 * n],
      monteCarloWallMs: [tSmall, tLarge],
      endToEndSeasonsPerMinute: perMinute(4 * n, tLarge),
      steadySeasonsPerMinute: tLarge > tSmall ? perMinute(3 * n, tLarge - tSmall) : NaN,
    });
  }
  const result = {
    machine: {
      host: hostname(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      node: process.version,
      date: new Date().toISOString(),
      loadBefore,
      loadAfter: loadavg(),
    },
    scenario: demo.id,
    workers,
    target: 10_000,
    rows,
  };
  mkdirSync('bench/results/risk', { recursive: true });
  const stamp = result.machine.date.slice(0, 16).replace(/[:T]/g, '-');
  writeFileSync(`bench/results/risk/${stamp}.json`, `${JSON.stringify(result, null, 1)}\n`);
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '—');
  console.log(
    `Monte Carlo throughput, ${demo.id} (121 days), ${result.machine.cpus} × ${result.machine.cpuModel}, ${workers} workers, load ${loadBefore.map((l) => l.toFixed(1)).join('/')} before, ${result.machine.loadAfter.map((l) => l.toFixed(1)).join('/')} after\n`,
  );
  console.log(
    '| configuration | one season p50 (ms) | seasons/min, 1 core | seasons/min on pool, end to end | seasons/min on pool, steady | target |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.config} | ${f(r.singleSeasonP50Ms)} | ${f(r.oneCoreSeasonsPerMinute)} | ${f(r.endToEndSeasonsPerMinute)} | ${f(r.steadySeasonsPerMinute)} | 10 000 |`,
    );
  say(`wrote bench/results/risk/${stamp}.json`);
}

await main();
