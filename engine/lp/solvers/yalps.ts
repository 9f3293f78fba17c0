/**
 * YALPS adapter: a small pure-JS simplex, the fastest choice on small models (it keeps a
 * dense tableau too, so it is slow past a few thousand columns). Its model language matches
 * javascript-lp-solver's, so the same non-negative rewrite (jslp.ts `translate`) feeds it;
 * free columns are split as x = y⁺ − y⁻ since YALPS has no `unrestricted` flag. `maxPivots`
 * is raised so large models end as optimal rather than `cycled`. No duals.
 */
import { solve } from 'yalps';
import type { LpModel, LpSolver, SolveOptions, SolveResult, SolveStatus } from '../model.ts';
import { OBJ, translate } from './jslp.ts';

const MAX_PIVOTS = 1_000_000;

export function createYalpsSolver(): LpSolver {
  return { name: 'yalps', solve: solveWithYalps };
}

function solveWithYalps(model: LpModel, options?: SolveOptions): SolveResult {
  const t0 = performance.now();
  const finish = (status: SolveStatus, rest: Partial<SolveResult> = {}): SolveResult => ({ status, objective: NaN, values: [], ...rest, solveMs: performance.now() - t0 });
  try {
    const tr = translate(model);
    if (tr === 'infeasible') return finish('infeasible');
    const variables: Record<string, Record<string, number>> = { ...tr.jslp.variables } as Record<string, Record<string, number>>;
    const free = Object.keys(tr.jslp.unrestricted ?? {});
    for (const name of free) variables[`${name}_neg`] = Object.fromEntries(Object.entries(variables[name]).map(([k, v]) => [k, -v]));
    const res = solve(
      { direction: 'minimize', objective: OBJ, constraints: tr.jslp.constraints as never, variables },
      { maxPivots: MAX_PIVOTS, timeout: (options?.timeLimitS ?? Infinity) * 1000, includeZeroVariables: true },
    );
    if (res.status === 'infeasible') return finish('infeasible');
    if (res.status === 'unbounded') return finish('unbounded');
    if (res.status === 'timedout') return finish('time-limit');
    if (res.status !== 'optimal') return finish('error', { message: `yalps: ${res.status}` });
    const y = new Map(res.variables);
    const values = tr.shift.map((s, j) => s + tr.sign[j] * ((y.get(`x${j}`) ?? 0) - (y.get(`x${j}_neg`) ?? 0)));
    let objective = model.objectiveOffset;
    for (let j = 0; j < values.length; j++) objective += model.colCost[j] * values[j];
    return finish('optimal', { objective, values });
  } catch (err) {
    return finish('error', { message: `yalps: ${err instanceof Error ? err.message : String(err)}` });
  }
}
