/**
 * The one place that turns a solver name (from CLI flags, scenario files, benchmarks) into an
 * `LpSolver`. Async because HiGHS (and glpk.js) must instantiate their Wasm runtime first.
 */
import { BaogongError } from '../../errors.ts';
import { message } from '../../i18n/message.ts';
import type { LpSolver } from '../model.ts';
import { loadHighsSolver } from './highs.ts';
import { createJsLpSolver } from './jslp.ts';
import { createYalpsSolver } from './yalps.ts';
import { loadGlpkSolver } from './glpk.ts';

import { SOLVER_NAMES, type SolverName } from '../../scenario/schema.ts';

export { SOLVER_NAMES, type SolverName };

export async function createSolver(name: SolverName): Promise<LpSolver> {
  switch (name) {
    case 'highs':
      return loadHighsSolver();
    case 'javascript-lp-solver':
      return createJsLpSolver();
    case 'yalps':
      return createYalpsSolver();
    case 'glpk':
      return loadGlpkSolver();
    default:
      // Reachable from untyped input (JSON, argv); `never` keeps the switch exhaustive.
      throw new BaogongError(
        'BAD_OPTION',
        message('errors.option.unknownSolver', { name: String(name satisfies never), known: SOLVER_NAMES.join(', ') }),
      );
  }
}

/**
 * `auto`: YALPS below this many columns, HiGHS above (bench/results: YALPS's dense tableau
 * wins on one-day LPs of a few dozen columns, HiGHS's per-call overhead of ~0.5 ms stops
 * mattering once a model has a few hundred).
 */
export const AUTO_YALPS_MAX_COLUMNS = 200;

export function autoSolverName(columns: number): SolverName {
  return columns <= AUTO_YALPS_MAX_COLUMNS ? 'yalps' : 'highs';
}

/**
 * javascript-lp-solver's largest window, columns. Its dense tableau took 0.9 s on a 4 681-column
 * season LP and over 20 s on a 12 835-column one (bench/results/2026-11-26-16-02.md), and it
 * honours no time limit on an LP, so larger models are refused before solving.
 */
export const JSLP_MAX_COLUMNS = 5000;
