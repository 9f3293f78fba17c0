/**
 * Notebook (d): the solver benchmark's figures as charts — solve time against model size per
 * LP solver, agreement with HiGHS, memory — from the newest bench/results/*.json (`npm run
 * bench`), and the Monte Carlo throughput from bench/results/risk/*.json
 * (`npx tsx bench/risk.bench.ts`). Says so when either is missing.
 * `npx tsx notebooks/solver-benchmark.ts [--lang zh|en]`; the report's words are the catalogue's
 * `reports.bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VegaLiteSpec } from '../engine/index.ts';
import { notebookLang } from './lib/args.ts';
import { frame } from './lib/charts.ts';
import { num, Report } from './lib/report.ts';
import { reportWords } from './lib/say.ts';

const lang = notebookLang();
const say = reportWords(lang, 'bench');

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

const report = new Report('solver-benchmark', say('title'), lang);
const solver = newest<SolverBench>(RESULTS);
if (!solver || !Array.isArray(solver.data.cells)) {
  report.text(say('noSolver'));
} else {
  const b = solver.data;
  const size = new Map(b.rungs.map((r) => [r.name, r]));
  report.text(
    say('from', {
      file: solver.file.replace(/.*bench\//, 'bench/'),
      cpus: b.machine.cpus,
      cpu: b.machine.cpuModel,
      node: b.machine.node,
      date: b.machine.date.slice(0, 16).replace('T', ' '),
      rungs: b.rungs.length,
      fromColumns: num(b.rungs[0]?.columns),
      toColumns: num(b.rungs.at(-1)?.columns),
      cap: b.capS,
    }),
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
  await report.chart('solve-time', say('solveTimeCaption'), {
    ...frame(say('solveTimeTitle'), say('solveTimeSubtitle'), 340),
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
          x: { field: 'columns', type: 'quantitative', title: say('columns'), scale: { type: 'log' } },
          y: { field: 'p50', type: 'quantitative', title: say('solveTime'), scale: { type: 'log' } },
          color: { field: 'solver', type: 'nominal', title: say('solver') },
        },
      },
    ],
  } as VegaLiteSpec);
  const agreement = b.cells
    .filter((c) => c.agreement !== null && c.solver !== 'highs')
    .map((c) => ({
      solver: c.solver,
      rung: c.rung,
      columns: size.get(c.rung)?.columns ?? 0,
      diff: Math.max(c.agreement!, 1e-16),
    }));
  if (agreement.length > 0)
    await report.chart('agreement', say('agreementCaption'), {
      ...frame(say('agreementTitle'), say('agreementSubtitle'), 260),
      data: { values: agreement },
      mark: { type: 'point', filled: true, size: 70 },
      encoding: {
        x: { field: 'columns', type: 'quantitative', title: say('columns'), scale: { type: 'log' } },
        y: { field: 'diff', type: 'quantitative', title: say('relativeDifference'), scale: { type: 'log' } },
        color: { field: 'solver', type: 'nominal', title: say('solver') },
      },
    } as VegaLiteSpec);
  const rss = b.cells
    .filter((c) => c.peakRssMB !== undefined)
    .map((c) => ({ solver: c.solver, columns: size.get(c.rung)?.columns ?? 0, mb: c.peakRssMB! }));
  if (rss.length > 0)
    await report.chart('memory', say('memoryCaption'), {
      ...frame(say('memoryTitle'), say('memorySubtitle'), 260),
      data: { values: rss },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'columns', type: 'quantitative', title: say('columns'), scale: { type: 'log' } },
        y: { field: 'mb', type: 'quantitative', title: say('peakRss') },
        color: { field: 'solver', type: 'nominal', title: say('solver') },
      },
    } as VegaLiteSpec);
  const failed = b.cells.filter((c) => c.status !== 'optimal');
  report.table(
    [say('rung'), say('size'), ...new Set(b.cells.map((c) => c.solver))],
    b.rungs.map((r) => [
      r.name,
      `${num(r.columns)} × ${num(r.rows)}`,
      ...[...new Set(b.cells.map((c) => c.solver))].map((s) => {
        const c = b.cells.find((x) => x.rung === r.name && x.solver === s);
        return !c ? '' : c.status === 'optimal' ? `${num(c.p50Ms, c.p50Ms! < 10 ? 2 : 0)} ms` : c.status;
      }),
    ]),
  );
  if (failed.length > 0) report.text(say('failed', { n: failed.length }));
}

report.heading(say('throughputHeading'));
const risk = newest<RiskBench>(join(RESULTS, 'risk'));
if (!risk) {
  report.text(say('noRisk'));
} else {
  const r = risk.data;
  report.text(
    say('riskFrom', {
      file: risk.file.replace(/.*bench\//, 'bench/'),
      cpus: r.machine.cpus,
      cpu: r.machine.cpuModel,
      workers: r.workers,
      date: r.machine.date.slice(0, 16).replace('T', ' '),
      before: r.machine.loadBefore.map((l) => l.toFixed(1)).join(' / '),
      after: r.machine.loadAfter.map((l) => l.toFixed(1)).join(' / '),
    }),
  );
  report.table(
    [say('configuration'), say('seasonP50'), say('oneCore'), say('endToEnd'), say('steady')],
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
      { config: x.config, kind: say('oneCoreBar'), v: x.oneCoreSeasonsPerMinute },
      { config: x.config, kind: say('poolBar', { workers: r.workers }), v: x.steadySeasonsPerMinute },
    ])
    .filter((x) => Number.isFinite(x.v));
  await report.chart('throughput', say('throughputCaption'), {
    ...frame(say('throughputTitle'), say('throughputSubtitle'), 240),
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'config', type: 'nominal', title: null, axis: { labelLimit: 300 } },
          yOffset: { field: 'kind' },
          x: { field: 'v', type: 'quantitative', title: say('seasonsPerMinute') },
          color: { field: 'kind', type: 'nominal', title: say('measuredOn') },
        },
      },
      {
        data: { values: [{ t: r.target }] },
        mark: { type: 'rule', color: '#d62728', strokeWidth: 2 },
        encoding: { x: { field: 't', type: 'quantitative' } },
      },
    ],
  } as VegaLiteSpec);
  report.text(say('closing'));
}
report.write();
