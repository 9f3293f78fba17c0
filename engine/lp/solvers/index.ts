/**
 * The one place that turns a solver name (from CLI flags, scenario files, benchmarks) into an
 * `LpSolver`. Async because HiGHS must instantiate its Wasm runtime first.
 */
import type { LpSolver } from '../model.ts';
import { loadHighsSolver } from './highs.ts';
import { createJsLpSolver } from './jslp.ts';

export const SOLVER_NAMES = ['highs', 'javascript-lp-solver'] as const;
export type SolverName = (typeof SOLVER_NAMES)[number];

export async function createSolver(name: SolverName): Promise<LpSolver> {
  switch (name) {
    case 'highs':
      return loadHighsSolver();
    case 'javascript-lp-solver':
      return createJsLpSolver();
    default:
      // Reachable from untyped input (JSON, argv); `never` keeps the switch exhaustive.
      throw new Error(`Unknown LP solver "${String(name satisfies never)}"; known solvers: ${SOLVER_NAMES.join(', ')}`);
  }
}
