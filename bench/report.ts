/**
 * The benchmark's result shape and its Markdown: one table of solve times per rung and
 * adapter (p50 with min–max), one of agreement with HiGHS, and the engine's targets.
 */
export interface Cell {
  rung: string;
  solver: string;
  status: string;
  note?: string;
  objective?: number;
  p50Ms?: number;
  minMs?: number;
  maxMs?: number;
  samples?: number;
  peakRssMB?: number;
  maxRowViolation?: number | null;
  maxBoundViolation?: number | null;
  /** |objective − HiGHS objective| / max(1, |HiGHS objective|). */
  agreement: number | null;
}

export interface BenchResults {
  machine: { host: string; cpus: number; cpuModel: string; node: string; date: string };
  capS: number;
  rungs: Array<{
    name: string;
    periods: number;
    sources: number;
    zones: number;
    columns: number;
    rows: number;
    nonzeros: number;
    buildMs: number;
  }>;
  cells: Cell[];
  targets: {
    demoDailyHighsMs: number;
    demoDailyAutoMs: number;
    season30x5EndToEndMs: number;
    season30x5BareHighsMs: number;
    engineOverheadRatio: number;
    /** The same run on the default floor basis: a second, floor-free season dispatch for season-max (absent in older results). */
    season30x5DefaultBasisMs?: number;
    peakRssHighsMB: number;
  };
}

const ms = (x: number | undefined) =>
  x === undefined || !Number.isFinite(x)
    ? '—'
    : x >= 1000
      ? `${(x / 1000).toFixed(2)} s`
      : `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const sci = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : x === 0 ? '0' : x.toExponential(1);

function timeCell(c: Cell | undefined): string {
  if (!c) return '';
  if (c.status !== 'optimal') return c.status;
  return `${ms(c.p50Ms)} (${ms(c.minMs)}–${ms(c.maxMs)})`;
}

export function markdownReport(r: BenchResults): string {
  const solvers = [...new Set(r.cells.map((c) => c.solver))];
  const cell = (rung: string, s: string) => r.cells.find((c) => c.rung === rung && c.solver === s);
  const lines = [
    `## Solver benchmark — ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, ${r.machine.date.slice(0, 10)}`,
    '',
    `Solve time p50 (min–max) per LP; time cap ${r.capS} s per cell. Scenario → LP time includes validation, normalisation and the design-day LP.`,
    '',
    `| rung | columns × rows | scenario → LP | ${solvers.join(' | ')} |`,
    `|---|---|---|${solvers.map(() => '---').join('|')}|`,
    ...r.rungs.map(
      (g) =>
        `| ${g.name} | ${g.columns.toLocaleString('en-US')} × ${g.rows.toLocaleString('en-US')} | ${ms(g.buildMs)} | ${solvers.map((s) => timeCell(cell(g.name, s))).join(' | ')} |`,
    ),
    '',
    'Agreement with HiGHS (relative objective difference) and the worst row / bound violation of each returned point, checked here:',
    '',
    `| rung | ${solvers.join(' | ')} |`,
    `|---|${solvers.map(() => '---').join('|')}|`,
    ...r.rungs.map(
      (g) =>
        `| ${g.name} | ${solvers
          .map((s) => {
            const c = cell(g.name, s);
            return c?.status === 'optimal'
              ? `${sci(c.agreement)} / ${sci(c.maxRowViolation)} / ${sci(c.maxBoundViolation)}`
              : (c?.status ?? '');
          })
          .join(' | ')} |`,
    ),
    '',
    'Peak memory per cell (MB): ' +
      r.cells
        .filter((c) => c.peakRssMB)
        .map((c) => `${c.rung}/${c.solver} ${c.peakRssMB!.toFixed(0)}`)
        .join(', '),
    '',
    '| engine target | measured | goal |',
    '|---|---|---|',
    `| demo, daily mode, whole season (HiGHS) | ${ms(r.targets.demoDailyHighsMs)} | < 50 ms |`,
    `| demo, daily mode, whole season (solver auto) | ${ms(r.targets.demoDailyAutoMs)} | < 50 ms |`,
    `| season 30×5 (design-day floor: one season dispatch): scenario → result ÷ bare HiGHS solve | ${ms(r.targets.season30x5EndToEndMs)} ÷ ${ms(r.targets.season30x5BareHighsMs)} = ${r.targets.engineOverheadRatio.toFixed(2)} | ≤ 1.3 |`,
    ...(r.targets.season30x5DefaultBasisMs === undefined
      ? []
      : [
          `| season 30×5, default floor basis (two season dispatches): scenario → result ÷ 2 bare solves | ${ms(r.targets.season30x5DefaultBasisMs)} ÷ (2 × ${ms(r.targets.season30x5BareHighsMs)}) = ${(r.targets.season30x5DefaultBasisMs / (2 * r.targets.season30x5BareHighsMs)).toFixed(2)} | ≤ 1.3 |`,
        ]),
    `| peak memory, HiGHS, largest rung | ${r.targets.peakRssHighsMB.toFixed(0)} MB | < 1 024 MB |`,
    '',
  ];
  return lines.join('\n');
}

/** The change against an earlier run: p50 ratio per rung and adapter (new ÷ old). */
export function compareResults(before: BenchResults, after: BenchResults): string {
  const lines = [
    `## Change against ${before.machine.date.slice(0, 16)} (${before.machine.host}) — p50 new ÷ old`,
    '',
    '| rung | solver | old | new | ratio |',
    '|---|---|---|---|---|',
  ];
  for (const c of after.cells) {
    const old = before.cells.find((o) => o.rung === c.rung && o.solver === c.solver);
    if (!old) continue;
    const ratio = old.p50Ms && c.p50Ms ? (c.p50Ms / old.p50Ms).toFixed(2) : `${old.status} → ${c.status}`;
    lines.push(`| ${c.rung} | ${c.solver} | ${timeCell(old)} | ${timeCell(c)} | ${ratio} |`);
  }
  return `${lines.join('\n')}\n`;
}
