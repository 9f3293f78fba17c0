/**
 * YALPS adapter: a small pure-JS simplex, the fastest choice on small models (it keeps a
 * dense tableau, so it is slow past a few thousand columns). YALPS assumes x ≥ 0 and has no
 * column bounds, so each column becomes x = shift + sign·y with y ≥ 0 (as in jslp.ts):
 *   finite lower lb → x = lb + y, plus a row y ≤ ub − lb when ub is finite
 *   only an upper ub → x = ub − y;   free → x = y⁺ − y⁻
 * The model is handed over as arrays with numeric keys (YALPS accepts iterables), which
 * skips the string keys and object conversion that dominated small solves. No duals.
 */
import { solve, type Constraint } from 'yalps';
import type { LpModel, LpSolver, SolveOptions, SolveResult, SolveStatus } from '../model.ts';

const MAX_PIVOTS = 1_000_000;
/** Objective key; rows use 0..m−1, column bounds m..m+n−1. */
const OBJ = -1;

export function createYalpsSolver(): LpSolver {
  return { name: 'yalps', solve: solveWithYalps };
}

function solveWithYalps(model: LpModel, options?: SolveOptions): SolveResult {
  const t0 = performance.now();
  const finish = (status: SolveStatus, rest: Partial<SolveResult> = {}): SolveResult => ({ status, objective: NaN, values: [], ...rest, solveMs: performance.now() - t0 });
  const n = model.colNames.length, m = model.rowNames.length;
  const shift = new Float64Array(n), sign = new Float64Array(n), free = new Uint8Array(n);
  const coefs: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  const constraints: Array<[number, Constraint]> = [];
  for (let j = 0; j < n; j++) {
    const lb = model.colLower[j], ub = model.colUpper[j];
    if (Number.isNaN(lb) || Number.isNaN(ub) || Number.isNaN(model.colCost[j])) return finish('error', { message: `yalps: column ${j} has a NaN bound or cost` });
    if (lb > ub || lb === Infinity || ub === -Infinity) return finish('infeasible');
    if (lb > -Infinity) {
      shift[j] = lb; sign[j] = 1;
      if (ub < Infinity) { constraints.push([m + j, { max: ub - lb }]); coefs[j].push([m + j, 1]); }
    } else if (ub < Infinity) { shift[j] = ub; sign[j] = -1; } else { sign[j] = 1; free[j] = 1; }
    if (model.colCost[j] !== 0) coefs[j].push([OBJ, model.colCost[j] * sign[j]]);
  }
  const rowShift = new Float64Array(m), rowHasTerms = new Uint8Array(m);
  // group triplets by row (counting sort), then sum repeated columns within a row by a stamp per column
  const nnz = model.aVal.length, rowStart = new Int32Array(m + 1), order = new Int32Array(nnz);
  for (let k = 0; k < nnz; k++) {
    const r = model.aRow[k], c = model.aCol[k];
    if (!(r >= 0 && r < m && c >= 0 && c < n)) return finish('error', { message: `yalps: triplet ${k} (${r}, ${c}) outside ${m}×${n}` });
    rowStart[r + 1]++;
  }
  for (let i = 0; i < m; i++) rowStart[i + 1] += rowStart[i];
  const fill = rowStart.slice(0, m);
  for (let k = 0; k < nnz; k++) order[fill[model.aRow[k]]++] = k;
  const stamp = new Int32Array(n).fill(-1), slot = new Int32Array(n);
  for (let i = 0; i < m; i++) {
    for (let p = rowStart[i]; p < rowStart[i + 1]; p++) {
      const k = order[p], c = model.aCol[k], a = model.aVal[k];
      rowShift[i] += a * shift[c];
      if (stamp[c] === i) coefs[c][slot[c]][1] += a * sign[c];
      else { stamp[c] = i; slot[c] = coefs[c].length; coefs[c].push([i, a * sign[c]]); }
    }
  }
  for (let c = 0; c < n; c++) for (const e of coefs[c]) if (e[0] >= 0 && e[0] < m && e[1] !== 0) rowHasTerms[e[0]] = 1;
  for (let i = 0; i < m; i++) {
    const lo = model.rowLower[i] - rowShift[i], hi = model.rowUpper[i] - rowShift[i];
    if (!rowHasTerms[i]) { if (lo > 1e-9 || hi < -1e-9) return finish('infeasible'); continue; }
    if (lo === -Infinity && hi === Infinity) continue;
    constraints.push([i, lo === hi ? { equal: lo } : lo === -Infinity ? { max: hi } : hi === Infinity ? { min: lo } : { min: lo, max: hi }]);
  }
  const variables: Array<[number, Array<[number, number]>]> = [];
  for (let j = 0; j < n; j++) {
    variables.push([j, coefs[j]]);
    if (free[j]) variables.push([n + j, coefs[j].map(([key, a]) => [key, -a] as [number, number])]);
  }
  try {
    const res = solve({ direction: 'minimize', objective: OBJ, constraints, variables }, { maxPivots: MAX_PIVOTS, timeout: (options?.timeLimitS ?? Infinity) * 1000, includeZeroVariables: false });
    if (res.status === 'infeasible') return finish('infeasible');
    if (res.status === 'unbounded') return finish('unbounded');
    if (res.status === 'timedout') return finish('time-limit');
    if (res.status !== 'optimal') return finish('error', { message: `yalps: ${res.status}` });
    const y = new Float64Array(2 * n);
    for (const [key, v] of res.variables) y[key] = v;
    const values = Array.from(shift, (s, j) => s + sign[j] * (y[j] - (free[j] ? y[n + j] : 0)));
    let objective = model.objectiveOffset;
    for (let j = 0; j < n; j++) objective += model.colCost[j] * values[j];
    return finish('optimal', { objective, values });
  } catch (err) {
    return finish('error', { message: `yalps: ${err instanceof Error ? err.message : String(err)}` });
  }
}
