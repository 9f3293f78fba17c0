/**
 * `npm run bench` / `baogong bench`: the solver benchmark on the size ladder (bench/ladder.ts).
 * For every rung: scenario → LP time, then every adapter in its own process with a time cap
 * (a timeout is reported as such), solve time p50/min/max (tinybench), peak memory, and
 * agreement with HiGHS (relative objective difference and this side's own check of the
 * returned point). Then the engine's targets: end-to-end season run against the bare HiGHS
 * solve, and the demo's daily mode per season. Writes bench/results/<stamp>.json and .md.
 *   --cap-s N       time cap per cell, s (default 20)     --quick   the three smallest rungs only
 *   --compare FILE  show the change against an earlier results JSON
 *   --targets-only  skip the ladder, measure only the engine's targets
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';
import {
  createSolver,
  exportLps,
  runScenario,
  SHIPPED_SCENARIOS_DIR,
  SOLVER_NAMES,
  type LpModel,
} from '../engine/index.ts';
import { LADDER, ladderScenario } from './ladder.ts';
import { compareResults, markdownReport, type BenchResults, type Cell } from './report.ts';

const { values: args } = parseArgs({
  options: {
    'cap-s': { type: 'string' },
    quick: { type: 'boolean' },
    compare: { type: 'string' },
    'targets-only': { type: 'boolean' },
  },
});
const capMs = Number(args['cap-s'] ?? 20) * 1000;
const rungs = args['targets-only'] ? [] : args.quick ? LADDER.slice(0, 3) : LADDER;
const tmp = mkdtempSync(join(tmpdir(), 'baogong-bench-'));
const say = (s: string) => process.stderr.write(`${s}\n`);

async function p50Ms(fn: () => unknown, timeMs = 2000, iterations = 5): Promise<number> {
  const b = new Bench({ time: timeMs, iterations, warmupIterations: 5 });
  b.add('t', fn);
  await b.run();
  const r = b.tasks[0].result;
  return r && 'latency' in r ? r.latency.p50 : NaN;
}

function solveCell(solver: string, file: string): Promise<Omit<Cell, 'rung' | 'solver' | 'agreement'>> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/solve-cell.ts', solver, file, String(Math.min(capMs / 2, 3000))],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '',
      err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), capMs);
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve({ status: 'timeout', note: `no answer within ${capMs / 1000} s` });
      else if (code !== 0) resolve({ status: 'crashed', note: err.trim().split('\n').at(-1)?.slice(0, 200) });
      else resolve(JSON.parse(out.trim().split('\n').at(-1)!));
    });
  });
}

const toJson = (m: LpModel) =>
  JSON.stringify(m, (_, v) => (v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : v));

async function main(): Promise<void> {
  const cells: Cell[] = [];
  const rungInfo: BenchResults['rungs'] = [];
  for (const rung of rungs) {
    const scenario = ladderScenario(rung);
    const lp = (await exportLps(scenario, { season: true, solve: false })).lps[0].model;
    const buildMs = await p50Ms(() => exportLps(scenario, { season: true, solve: false }), 3000, 3);
    rungInfo.push({
      ...rung,
      columns: lp.colNames.length,
      rows: lp.rowNames.length,
      nonzeros: lp.aVal.length,
      buildMs,
    });
    const file = join(tmp, `${rung.periods}-${rung.sources}-${rung.zones}.json`);
    writeFileSync(file, toJson(lp));
    say(`${rung.name}: ${lp.colNames.length} × ${lp.rowNames.length}, scenario → LP ${buildMs.toFixed(0)} ms`);
    let highsObjective = NaN;
    for (const solver of SOLVER_NAMES) {
      const r = await solveCell(solver, file);
      if (solver === 'highs' && r.status === 'optimal') highsObjective = r.objective!;
      const agreement =
        r.status === 'optimal' && Number.isFinite(highsObjective)
          ? Math.abs(r.objective! - highsObjective) / Math.max(1, Math.abs(highsObjective))
          : null;
      cells.push({ rung: rung.name, solver, ...r, agreement });
      say(
        `  ${solver.padEnd(21)} ${r.status.padEnd(9)} ${r.p50Ms !== undefined ? `${r.p50Ms.toFixed(1)} ms` : (r.note ?? '')}`,
      );
    }
  }
  const targets = await engineTargets(cells);
  const results: BenchResults = {
    machine: {
      host: hostname(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      node: process.version,
      date: new Date().toISOString(),
    },
    capS: capMs / 1000,
    rungs: rungInfo,
    cells,
    targets,
  };
  mkdirSync('bench/results', { recursive: true });
  const stamp = results.machine.date.slice(0, 16).replace(/[:T]/g, '-');
  writeFileSync(`bench/results/${stamp}.json`, `${JSON.stringify(results, null, 1)}\n`);
  const md =
    markdownReport(results) +
    (args.compare ? `\n${compareResults(JSON.parse(readFileSync(args.compare, 'utf8')), results)}` : '');
  writeFileSync(`bench/results/${stamp}.md`, md);
  process.stdout.write(md);
  say(`wrote bench/results/${stamp}.json and .md`);
}

/**
 * The performance targets of the dispatch issue, measured (not asserted), all in this process
 * after warm-up: the end-to-end season run and the bare HiGHS solve of its LP side by side.
 */
async function engineTargets(cells: Cell[]): Promise<BenchResults['targets']> {
  const demo = JSON.parse(readFileSync(`${SHIPPED_SCENARIOS_DIR}/demo-beijing-2012.json`, 'utf8'));
  // auto first: HiGHS's Wasm heap, once grown, makes later garbage collections slower
  const dailyAuto = await p50Ms(() => runScenario(demo, { mode: 'daily', solver: 'auto' }), 8000, 21);
  const daily = await p50Ms(() => runScenario(demo, { mode: 'daily', solver: 'highs' }), 8000, 9);
  const rung = LADDER.find((r) => r.name === 'season 30×5')!;
  const scenario = ladderScenario(rung);
  // Like for like, the overhead target runs the floor on the design-day basis: one season LP
  // dispatch, as the bare solve. The default basis (max of design day and season max) adds a
  // second, floor-free season dispatch; it is measured and reported beside it.
  const designDayBasis = {
    ...scenario,
    yards: (scenario.yards ?? []).map((y) => ({ ...y, reserve: { ...y.reserve, basis: 'design-day' as const } })),
  };
  const endToEnd = await p50Ms(() => runScenario(designDayBasis, { mode: 'season', solver: 'highs' }), 8000, 11);
  const endToEndDefault = await p50Ms(() => runScenario(scenario, { mode: 'season', solver: 'highs' }), 8000, 11);
  const lp = (await exportLps(scenario, { season: true, solve: false })).lps[0].model;
  const highs = await createSolver('highs');
  const bare = await p50Ms(() => highs.solve(lp), 8000, 11);
  const peak = Math.max(0, ...cells.filter((c) => c.solver === 'highs').map((c) => c.peakRssMB ?? 0));
  return {
    demoDailyHighsMs: daily,
    demoDailyAutoMs: dailyAuto,
    season30x5EndToEndMs: endToEnd,
    season30x5BareHighsMs: bare,
    engineOverheadRatio: endToEnd / bare,
    season30x5DefaultBasisMs: endToEndDefault,
    peakRssHighsMB: peak,
  };
}

await main();
