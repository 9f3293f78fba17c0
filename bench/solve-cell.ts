/**
 * One benchmark cell in its own process, so a slow solver can be killed at the time cap and
 * its peak memory read alone: `tsx bench/solve-cell.ts <solver> <model.json> <budgetMs>`.
 * Prints one JSON line: status, objective, solve times (tinybench: p50/min/max), peak RSS, and
 * the returned point's worst row and bound violations (checked here, not taken from the solver).
 */
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { checkPoint, createSolver, type LpModel, type SolverName } from '../engine/index.ts';

const [solverName, file, budgetMs] = process.argv.slice(2);
const revive = (_: string, v: unknown) => (v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v);
const model = JSON.parse(readFileSync(file, 'utf8'), revive) as LpModel;
const solver = await createSolver(solverName as SolverName);

let last = solver.solve(model);
const bench = new Bench({ time: Number(budgetMs), iterations: 3, warmupIterations: 0, warmup: false });
bench.add(solverName, () => {
  last = solver.solve(model);
});
await bench.run();
const latency = bench.tasks[0].result && 'latency' in bench.tasks[0].result ? bench.tasks[0].result.latency : undefined;
const check = last.status === 'optimal' ? checkPoint(model, last.values) : null;
process.stdout.write(
  `${JSON.stringify({
    status: last.status,
    objective: last.objective,
    p50Ms: latency?.p50 ?? last.solveMs,
    minMs: latency?.min ?? last.solveMs,
    maxMs: latency?.max ?? last.solveMs,
    samples: (latency?.samplesCount ?? 0) + 1,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    maxRowViolation: check?.maxRowViolation ?? null,
    maxBoundViolation: check?.maxBoundViolation ?? null,
  })}\n`,
);
