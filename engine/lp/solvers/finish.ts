/**
 * How every solver wrapper ends a solve: the status, no objective (NaN) and no values unless
 * given, and the milliseconds since the solve began.
 */
import type { SolveResult, SolveStatus } from '../model.ts';

export type Finish = (status: SolveStatus, rest?: Partial<SolveResult>) => SolveResult;

/** Call as a solve begins; the `finish` it gives times the solve from then. */
export function startSolve(): Finish {
  const t0 = performance.now();
  return (status, rest = {}) => ({
    status,
    objective: NaN,
    values: [],
    ...rest,
    solveMs: performance.now() - t0,
  });
}
