/**
 * glpk.js adapter (GLPK compiled to WebAssembly, GPL-3.0: an optional dependency, loaded only
 * when asked for). Presolve stays off because with it on glpk.js reports `undefined` rather
 * than infeasible. Row duals come from GLPK's `dual` (same sign convention as HiGHS).
 */
import type { LpModel, LpSolver, SolveOptions, SolveResult } from '../model.ts';
import { startSolve } from './finish.ts';
import { BaogongError } from '../../errors.ts';
import { message } from '../../i18n/message.ts';

// glpk.js ships no types; the adapter reads only the members it names
// biome-ignore lint/suspicious/noExplicitAny: an untyped optional dependency
type Glpk = Record<string, any>;

export async function loadGlpkSolver(): Promise<LpSolver> {
  let glpk: Glpk;
  try {
    const mod = (await import('glpk.js/node' as string)) as { default: () => Glpk | Promise<Glpk> };
    glpk = await mod.default();
  } catch {
    throw new BaogongError('SOLVER_FAILED', message('errors.option.glpkMissing'));
  }
  return { name: 'glpk', solve: (model, options) => solveWithGlpk(glpk, model, options) };
}

function bounds(g: Glpk, lb: number, ub: number): { type: number; lb: number; ub: number } {
  if (lb === -Infinity && ub === Infinity) return { type: g.GLP_FR, lb: 0, ub: 0 };
  if (ub === Infinity) return { type: g.GLP_LO, lb, ub: 0 };
  if (lb === -Infinity) return { type: g.GLP_UP, lb: 0, ub };
  if (lb === ub) return { type: g.GLP_FX, lb, ub };
  return { type: g.GLP_DB, lb, ub };
}

function solveWithGlpk(g: Glpk, model: LpModel, options?: SolveOptions): SolveResult {
  const finish = startSolve();
  const n = model.colNames.length,
    m = model.rowNames.length;
  const col = (j: number) => `x${j}`,
    row = (i: number) => `r${i}`;
  // GLPK rejects a column named twice in one row: sum repeated triplets first
  const rowMaps: Array<Map<number, number>> = Array.from({ length: m }, () => new Map());
  for (let k = 0; k < model.aVal.length; k++) {
    const r = model.aRow[k],
      c = model.aCol[k];
    if (!(r >= 0 && r < m && c >= 0 && c < n))
      return finish('error', { message: `glpk: triplet ${k} (${r}, ${c}) outside ${m}×${n}` });
    rowMaps[r].set(c, (rowMaps[r].get(c) ?? 0) + model.aVal[k]);
  }
  const rows = rowMaps.map((mp) => [...mp].map(([c, coef]) => ({ name: col(c), coef })));
  for (let j = 0; j < n; j++) if (model.colLower[j] > model.colUpper[j]) return finish('infeasible');
  if (n === 0) {
    const ok = model.rowLower.every((lo, i) => lo <= 0 && model.rowUpper[i] >= 0);
    return ok
      ? finish('optimal', { objective: model.objectiveOffset, values: [], rowDuals: model.rowNames.map(() => 0) })
      : finish('infeasible');
  }
  try {
    const res = g.solve(
      {
        name: 'baogong',
        objective: {
          direction: g.GLP_MIN,
          name: 'cost',
          vars: model.colCost.map((c, j) => ({ name: col(j), coef: c })),
        },
        subjectTo: rows.map((vars, i) => ({
          name: row(i),
          vars,
          bnds: bounds(g, model.rowLower[i], model.rowUpper[i]),
        })),
        bounds: model.colNames.map((_, j) => ({ name: col(j), ...bounds(g, model.colLower[j], model.colUpper[j]) })),
      },
      { msglev: g.GLP_MSG_OFF, presol: false, tmlim: options?.timeLimitS },
    );
    const r = res.result;
    if (r.status === g.GLP_NOFEAS || r.status === g.GLP_INFEAS) return finish('infeasible');
    if (r.status === g.GLP_UNBND) return finish('unbounded');
    if (r.status !== g.GLP_OPT) return finish('error', { message: `glpk status ${r.status}` });
    const values = model.colNames.map((_, j) => r.vars[col(j)] ?? 0);
    const rowDuals = model.rowNames.map((_, i) => r.dual?.[row(i)] ?? 0);
    return finish('optimal', { objective: r.z + model.objectiveOffset, values, rowDuals });
  } catch (err) {
    return finish('error', { message: `glpk: ${err instanceof Error ? err.message : String(err)}` });
  }
}
