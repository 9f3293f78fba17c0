/**
 * A stand-in for server/worker.ts: a solve that fails the way a solver does, its own words (with
 * a server path) in `detail`, or, when the scenario's description says `throw`, an unexpected
 * error whose message and stack name server paths; `big`, a solve that succeeds with a 1 MB
 * result (to meet a full disk when stored).
 */
import type { SolveOutcome, SolveTask } from '../../server/worker.ts';

export const SOLVER_WORDS = 'HiGHS model status 7 in /work/secret/solver.wasm';

export default async function solve(task: SolveTask): Promise<SolveOutcome> {
  const scenario = task.scenario as { description?: string };
  if (scenario.description === 'big')
    return {
      ok: true,
      resultJson: JSON.stringify({ pad: 'x'.repeat(1024 * 1024) }),
      summaryJson: '{}',
      scenarioId: 'big',
    };
  if (scenario.description === 'throw') throw new Error(`ENOENT: cannot open ${task.baseDir}/x.so`);
  return {
    ok: false,
    code: 'SOLVER_FAILED',
    message: 'the solver could not settle day 2013-01-10; check the capacities',
    problems: [],
    detail: SOLVER_WORDS,
  };
}
