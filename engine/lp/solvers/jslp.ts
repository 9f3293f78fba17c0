/**
 * javascript-lp-solver adapter: a pure-JS dense-tableau simplex, used only to cross-check
 * HiGHS on small models (< ~300 columns). Its model language has no column bounds and
 * assumes x ≥ 0, so every column is rewritten as x = shift + sign·y with y ≥ 0:
 *
 *   finite lower lb           → x = lb + y,  plus a row y ≤ ub − lb when ub is finite
 *   lb = −∞, finite ub        → x = ub − y
 *   both infinite (free)      → x = y with jslp's `unrestricted` flag
 *
 * Row bounds and the objective absorb the constant parts. Quirks handled here:
 * jslp reports only non-zero variables (missing = 0), rounds values to its precision
 * (1e-8 by default), signals status through `feasible`/`bounded` flags, gives no duals,
 * and honours `timeout` only in branch-and-cut, so `timeLimitS` is not enforced for LPs: a run
 * refuses this solver above `JSLP_MAX_COLUMNS` instead (engine/run/solver-choice.ts).
 */
import solver, { type Model as JsLpModel, type SolveResult as JsLpResult } from 'javascript-lp-solver';
import type { LpModel, LpSolver, SolveOptions, SolveResult } from '../model.ts';
import { startSolve } from './finish.ts';

/** Key jslp optimises; row/bound constraints are `r{i}`/`b{j}`, variables `x{j}`, so no clash. */
const OBJ = 'cost';
/** Slack for constant-only rows (rows whose terms all vanished). */
const EMPTY_ROW_TOL = 1e-9;

export function createJsLpSolver(): LpSolver {
  return { name: 'javascript-lp-solver', solve: solveWithJsLp };
}

function solveWithJsLp(model: LpModel, _options?: SolveOptions): SolveResult {
  const finish = startSolve();
  try {
    const tr = translate(model);
    if (tr === 'infeasible') return finish('infeasible');
    const res = solver.Solve(tr.jslp) as JsLpResult;
    if (!res.feasible) return finish('infeasible');
    if (res.bounded === false) return finish('unbounded');
    const values = tr.shift.map((s, j) => {
      const y = res[`x${j}`];
      return s + tr.sign[j] * (typeof y === 'number' ? y : 0);
    });
    // Objective from the recovered point (not jslp's rounded `result`), plus the offset.
    let objective = model.objectiveOffset;
    for (let j = 0; j < values.length; j++) objective += model.colCost[j] * values[j];
    return finish('optimal', { objective, values });
  } catch (err) {
    return finish('error', { message: `javascript-lp-solver: ${err instanceof Error ? err.message : String(err)}` });
  }
}

interface Translation {
  readonly jslp: JsLpModel;
  /** x[j] = shift[j] + sign[j] · y[j]. */
  readonly shift: readonly number[];
  readonly sign: readonly number[];
}

/** Neutral model → jslp JSON model; 'infeasible' when the bounds alone already contradict. */
function translate(model: LpModel): Translation | 'infeasible' {
  const n = model.colNames.length,
    m = model.rowNames.length;
  const shift: number[] = [],
    sign: number[] = [];
  const variables: Record<string, Record<string, number>> = {};
  const constraints: JsLpModel['constraints'] = {};
  const unrestricted: Record<string, 1> = {};
  for (let j = 0; j < n; j++) {
    const lb = model.colLower[j],
      ub = model.colUpper[j],
      c = model.colCost[j];
    if ([lb, ub, c].some(Number.isNaN))
      throw new RangeError(`column ${j} (${model.colNames[j]}) has a NaN bound or cost`);
    if (lb === Infinity || ub === -Infinity || lb > ub) return 'infeasible';
    const v: Record<string, number> = {};
    if (lb > -Infinity) {
      shift.push(lb);
      sign.push(1);
      if (ub < Infinity) {
        constraints[`b${j}`] = { max: ub - lb };
        v[`b${j}`] = 1;
      }
    } else if (ub < Infinity) {
      shift.push(ub);
      sign.push(-1);
    } else {
      shift.push(0);
      sign.push(1);
      unrestricted[`x${j}`] = 1;
    }
    if (c !== 0) v[OBJ] = c * sign[j];
    variables[`x${j}`] = v;
  }
  // Row terms (duplicates summed) and the constant each row picks up from the shifts.
  const terms: Map<number, number>[] = Array.from({ length: m }, () => new Map());
  const rowShift = new Float64Array(m);
  for (let k = 0; k < model.aVal.length; k++) {
    const r = model.aRow[k],
      c = model.aCol[k],
      a = model.aVal[k];
    if (!(r >= 0 && r < m && c >= 0 && c < n)) throw new RangeError(`triplet ${k}: (${r}, ${c}) outside ${m}×${n}`);
    terms[r].set(c, (terms[r].get(c) ?? 0) + a);
    rowShift[r] += a * shift[c];
  }
  for (let i = 0; i < m; i++) {
    const lo = model.rowLower[i] - rowShift[i],
      hi = model.rowUpper[i] - rowShift[i];
    const live = [...terms[i]].filter(([, a]) => a !== 0);
    if (live.length === 0) {
      if (lo > EMPTY_ROW_TOL || hi < -EMPTY_ROW_TOL) return 'infeasible';
      continue;
    }
    if (lo === -Infinity && hi === Infinity) continue; // free row: no constraint
    const key = `r${i}`;
    if (lo === hi) constraints[key] = { equal: lo };
    else if (lo === -Infinity) constraints[key] = { max: hi };
    else if (hi === Infinity) constraints[key] = { min: lo };
    else constraints[key] = { min: lo, max: hi };
    for (const [c, a] of live) variables[`x${c}`][key] = a * sign[c];
  }
  return { jslp: { optimize: OBJ, opType: 'min', constraints, variables, unrestricted }, shift, sign };
}
