/**
 * Notebook (d): the solver benchmark's figures as charts — solve time against model size per
 * LP solver, agreement with HiGHS, memory — from the newest bench/results/*.json (`npm run
 * bench`), and the Monte Carlo throughput from bench/results/risk/*.json
 * (`npx tsx bench/risk.bench.ts`). Says so when either is missing.
 * `npx tsx notebooks/solver-benchmark.ts`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VegaLiteSpec } from '../engine/index.ts';
import { frame } from './lib/charts.ts';
import { num, Report } from './lib/report.ts';

interface SolverBench {
  machine: { cpus: number; cpuModel: string; node: string; date: string };
  capS: number;
  rungs: Array<{ name: string; columns: number; rows: number; nonzeros: number }>;
  cells: Array<{
    rung: string;
    solver: string;
    status: string;
    p50Ms?: number;
    minMs?: number;
    maxMs?: number;
    peakRssMB?: number;
    agreement: number | null;
  }>;
  targets?: Record<string, number | null>;
}
interface RiskBench {
  machine: { cpus: number; cpuModel: string; date: string; loadBefore: number[]; loadAfter: number[] };
  workers: number;
  target: number;
  rows: Array<{
    config: string;
    singleSeasonP50Ms: number;
    oneCoreSeasonsPerMinute: number;
    endToEndSeasonsPerMinute: number;
    steadySeasonsPerMinute: number;
  }>;
}

const RESULTS = new URL('../bench/results/', import.meta.url).pathname;
const newest = <T>(dir: string): { file: string; data: T } | null => {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const file = files.at(-1);
  return file ? { file: join(dir, file), data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as T } : null;
};

const report = new Report('solver-benchmark', 'Solver benchmark and Monte Carlo throughput');
const solver = newest<SolverBench>(RESULTS);
if (!solver || !Array.isArray(solver.data.cells)) {
  report.text(
    'No solver benchmark results found in bench/results/*.json. Run `npm run bench` (or `npm run bench -- --quick`) and run this notebook again.',
  );
} else {
  const b = solver.data;
  const size = new Map(b.rungs.map((r) => [r.name, r]));
  report.text(
    `From \`${solver.file.replace(/.*bench\//, 'bench/')}\`: ${b.machine.cpus} × ${b.machine.cpuModel}, Node ${b.machine.node}, ${b.machine.date.slice(0, 16).replace('T', ' ')} UTC; ${b.rungs.length} rungs from ${num(b.rungs[0]?.columns)} to ${num(b.rungs.at(-1)?.columns)} columns, time cap ${b.capS} s a cell.`,
  );
  const ok = b.cells.filter((c) => c.status === 'optimal' && c.p50Ms !== undefined);
  const timing = ok.map((c) => ({
    solver: c.solver,
    rung: c.rung,
    columns: size.get(c.rung)?.columns ?? 0,
    p50: c.p50Ms!,
    min: c.minMs ?? c.p50Ms!,
    max: c.maxMs ?? c.p50Ms!,
  }));
  await report.chart(
    'solve-time',
    'Solve time (p50, with min–max) of one LP against its number of columns, per solver; log–log.',
    {
      ...frame(
        'Solve time against model size',
        'p50 per LP, bars min–max; cells that timed out or crashed are left out (see the table)',
        340,
      ),
      layer: [
        {
          data: { values: timing },
          mark: { type: 'rule' },
          encoding: {
            x: { field: 'columns', type: 'quantitative', scale: { type: 'log' } },
            y: { field: 'min', type: 'quantitative', scale: { type: 'log' } },
            y2: { field: 'max' },
            color: { field: 'solver', type: 'nominal' },
          },
        },
        {
          data: { values: timing },
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'columns', type: 'quantitative', title: 'LP columns', scale: { type: 'log' } },
            y: { field: 'p50', type: 'quantitative', title: 'Solve time (ms)', scale: { type: 'log' } },
            color: { field: 'solver', type: 'nominal', title: 'Solver' },
          },
        },
      ],
    } as VegaLiteSpec,
  );
  const agreement = b.cells
    .filter((c) => c.agreement !== null && c.solver !== 'highs')
    .map((c) => ({
      solver: c.solver,
      rung: c.rung,
      columns: size.get(c.rung)?.columns ?? 0,
      diff: Math.max(c.agreement!, 1e-16),
    }));
  if (agreement.length > 0)
    await report.chart(
      'agreement',
      'Relative objective difference from HiGHS per solver and model size (1e-16 stands for exact agreement).',
      {
        ...frame('Agreement with HiGHS', '|objective − HiGHS objective| / max(1, |HiGHS objective|)', 260),
        data: { values: agreement },
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          x: { field: 'columns', type: 'quantitative', title: 'LP columns', scale: { type: 'log' } },
          y: { field: 'diff', type: 'quantitative', title: 'Relative difference', scale: { type: 'log' } },
          color: { field: 'solver', type: 'nominal', title: 'Solver' },
        },
      } as VegaLiteSpec,
    );
  const rss = b.cells
    .filter((c) => c.peakRssMB !== undefined)
    .map((c) => ({ solver: c.solver, columns: size.get(c.rung)?.columns ?? 0, mb: c.peakRssMB! }));
  if (rss.length > 0)
    await report.chart('memory', 'Peak resident memory of the solving process per solver and model size.', {
      ...frame('Peak memory of one solve', 'Resident set size of the process that solved the cell', 260),
      data: { values: rss },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'columns', type: 'quantitative', title: 'LP columns', scale: { type: 'log' } },
        y: { field: 'mb', type: 'quantitative', title: 'Peak RSS (MB)' },
        color: { field: 'solver', type: 'nominal', title: 'Solver' },
      },
    } as VegaLiteSpec);
  const failed = b.cells.filter((c) => c.status !== 'optimal');
  report.table(
    ['rung', 'columns × rows', ...new Set(b.cells.map((c) => c.solver))],
    b.rungs.map((r) => [
      r.name,
      `${num(r.columns)} × ${num(r.rows)}`,
      ...[...new Set(b.cells.map((c) => c.solver))].map((s) => {
        const c = b.cells.find((x) => x.rung === r.name && x.solver === s);
        return !c ? '' : c.status === 'optimal' ? `${num(c.p50Ms, c.p50Ms! < 10 ? 2 : 0)} ms` : c.status;
      }),
    ]),
  );
  if (failed.length > 0)
    report.text(
      `${failed.length} cells did not return an optimum within the cap (timeout or crash), shown by status in the table.`,
    );
}

report.heading('Monte Carlo throughput (target: 10 000 seasons a minute on 2 cores)');
const risk = newest<RiskBench>(join(RESULTS, 'risk'));
if (!risk) {
  report.text(
    'No Monte Carlo throughput results found in bench/results/risk/. Run `npx tsx bench/risk.bench.ts` and run this notebook again.',
  );
} else {
  const r = risk.data;
  report.text(
    `From \`${risk.file.replace(/.*bench\//, 'bench/')}\`: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.workers} workers, ${r.machine.date.slice(0, 16).replace('T', ' ')} UTC; load average ${r.machine.loadBefore.map((l) => l.toFixed(1)).join(' / ')} before and ${r.machine.loadAfter.map((l) => l.toFixed(1)).join(' / ')} after (other processes shared the cores).`,
  );
  report.table(
    [
      'configuration',
      'one season p50 ms',
      'seasons/min, 1 core',
      'seasons/min, pool end to end',
      'seasons/min, pool steady',
    ],
    r.rows.map((x) => [
      x.config,
      num(x.singleSeasonP50Ms),
      num(x.oneCoreSeasonsPerMinute),
      num(x.endToEndSeasonsPerMinute),
      num(x.steadySeasonsPerMinute),
    ]),
  );
  const bars = r.rows
    .flatMap((x) => [
      { config: x.config, kind: '1 core', v: x.oneCoreSeasonsPerMinute },
      { config: x.config, kind: `pool of ${r.workers}, steady`, v: x.steadySeasonsPerMinute },
    ])
    .filter((x) => Number.isFinite(x.v));
  await report.chart(
    'throughput',
    'Monte Carlo seasons a minute for the demo scenario against the 10 000 a minute target (red).',
    {
      ...frame(
        'Monte Carlo throughput, demo scenario',
        'Seasons of 121 days a minute; the target is 10 000 a minute on 2 cores',
        240,
      ),
      layer: [
        {
          data: { values: bars },
          mark: { type: 'bar' },
          encoding: {
            y: { field: 'config', type: 'nominal', title: null, axis: { labelLimit: 300 } },
            yOffset: { field: 'kind' },
            x: { field: 'v', type: 'quantitative', title: 'Seasons a minute' },
            color: { field: 'kind', type: 'nominal', title: 'Measured on' },
          },
        },
        {
          data: { values: [{ t: r.target }] },
          mark: { type: 'rule', color: '#d62728', strokeWidth: 2 },
          encoding: { x: { field: 't', type: 'quantitative' } },
        },
      ],
    } as VegaLiteSpec,
  );
  report.text(
    'Each season is 121 LPs (daily mode, plus the policy stages on days with a shortfall) or one LP with its stages (season mode), solved through the full `runScenario` path: validation, normalisation, the design-day LP, the day records and the summary. No special-case dispatch (merit order) replaces the LP here, so the target is not met; the table shows by how much.',
  );
}
report.write();
