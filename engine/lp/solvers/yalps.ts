/**
 * YALPS adapter: a small pure-JS simplex, the fastest choice on small models (it keeps a
 * dense tableau, so it is slow past a few thousand columns). YALPS assumes x ≥ 0 and has no
 * column bounds, so each column becomes x = shift + sign·y with y ≥ 0 (as in jslp.ts):
 *   fixed lb = ub → x = lb, substituted into the rows and left out of the tableau
 *   finite lower lb → x = lb + y, plus a row y ≤ ub − lb when ub is finite
 *   only an upper ub → x = ub − y;   free → x = y⁺ − y⁻
 * Leaving fixed columns out matters: the policy stages fix every shortfall column the
 * earlier stages proved zero, so the fast path's tableau loses a third of its columns and
 * their bound rows. The model is handed over as arrays with numeric keys (YALPS accepts
 * iterables), which skips string keys and object conversion. The row grouping of the
 * triplets is kept per triplet array, which the policy stages of one day share. No duals.
 */
import { defaultOptions, solve, type Constraint } from 'yalps';
import type { LpModel, LpSolver, SolveOptions, SolveResult, SolveStatus } from '../model.ts';
import { startSolve } from './finish.ts';

const MAX_PIVOTS = 1_000_000;
/** Objective key; rows use 0..m−1, column bounds m..m+n−1. */
const OBJ = -1;

export function createYalpsSolver(): LpSolver {
  // YALPS rounds every value to its precision (1e-8)
  return { name: 'yalps', solve: solveWithYalps, valueTolerance: defaultOptions.precision };
}

/** Triplet k of row i is `order[p]` for p in rowStart[i]..rowStart[i+1]; `order` null when the triplets are in row order. */
interface RowGrouping {
  readonly rowStart: Int32Array;
  readonly order: Int32Array | null;
}
const groupings = new WeakMap<readonly number[], RowGrouping>();

/** Triplets grouped by row (a counting sort, skipped when they already are, as the builders write them); null when one lies outside the model. */
function rowGrouping(model: LpModel, m: number, n: number): RowGrouping | null {
  const cached = groupings.get(model.aVal);
  if (cached && cached.rowStart.length === m + 1) return cached;
  const nnz = model.aVal.length,
    rowStart = new Int32Array(m + 1);
  let sorted = true;
  for (let k = 0; k < nnz; k++) {
    const r = model.aRow[k],
      c = model.aCol[k];
    if (!(r >= 0 && r < m && c >= 0 && c < n)) return null;
    if (k > 0 && r < model.aRow[k - 1]) sorted = false;
    rowStart[r + 1]++;
  }
  for (let i = 0; i < m; i++) rowStart[i + 1] += rowStart[i];
  let order: Int32Array | null = null;
  if (!sorted) {
    order = new Int32Array(nnz);
    const fill = rowStart.slice(0, m);
    for (let k = 0; k < nnz; k++) order[fill[model.aRow[k]]++] = k;
  }
  const g = { rowStart, order };
  groupings.set(model.aVal, g);
  return g;
}

const FIXED = 0,
  LOWER = 1,
  UPPER = -1;

/**
 * Scratch arrays reused from one solve to the next (a solve is synchronous, so they are never
 * shared): a day's policy solve makes several small LPs, and fresh typed arrays for each were
 * a visible share of the garbage collector's time.
 */
const scratch = {
  n: 0,
  shift: new Float64Array(0),
  sign: new Float64Array(0),
  free: new Uint8Array(0),
  stamp: new Int32Array(0),
  slot: new Int32Array(0),
  y: new Float64Array(0),
};
function scratchFor(n: number): typeof scratch {
  if (scratch.n < n) {
    const size = Math.max(n, 2 * scratch.n);
    Object.assign(scratch, {
      n: size,
      shift: new Float64Array(size),
      sign: new Float64Array(size),
      free: new Uint8Array(size),
      stamp: new Int32Array(size),
      slot: new Int32Array(size),
      y: new Float64Array(2 * size),
    });
  }
  scratch.free.fill(0, 0, n);
  scratch.stamp.fill(-1, 0, n);
  scratch.y.fill(0, 0, 2 * n);
  return scratch;
}

type Scratch = typeof scratch;
type Coefs = Array<Array<[number, number]> | null>;
type Constraints = Array<[number, Constraint]>;
/** Why a model was settled before YALPS saw it (a NaN, an empty bound range, a row no column can meet). */
type Settled = { readonly status: SolveStatus; readonly message?: string };

function solveWithYalps(model: LpModel, options?: SolveOptions): SolveResult {
  const finish = startSolve();
  const n = model.colNames.length;
  const sc = scratchFor(n);
  const coefs: Coefs = new Array(n);
  const constraints: Constraints = [];
  const settled = substituteColumns(model, sc, coefs, constraints) ?? shiftRows(model, sc, coefs, constraints);
  if (settled) return finish(settled.status, settled.message === undefined ? {} : { message: settled.message });
  const variables = tableauColumns(coefs, sc.free, n);
  try {
    const res = solve(
      { direction: 'minimize', objective: OBJ, constraints, variables },
      { maxPivots: MAX_PIVOTS, timeout: (options?.timeLimitS ?? Infinity) * 1000, includeZeroVariables: false },
    );
    if (res.status === 'infeasible') return finish('infeasible');
    if (res.status === 'unbounded') return finish('unbounded');
    if (res.status === 'timedout') return finish('time-limit');
    if (res.status !== 'optimal') return finish('error', { message: `yalps: ${res.status}` });
    return finish('optimal', originalValues(model, sc, res.variables));
  } catch (err) {
    return finish('error', { message: `yalps: ${err instanceof Error ? err.message : String(err)}` });
  }
}

/**
 * Each column as x = shift + sign·y (the header's table): fixed columns leave the tableau
 * (`coefs[j]` null), a finite range adds its bound row, the cost goes on the objective key.
 */
function substituteColumns(
  model: LpModel,
  { shift, sign, free }: Scratch,
  coefs: Coefs,
  constraints: Constraints,
): Settled | null {
  const n = model.colNames.length,
    m = model.rowNames.length;
  for (let j = 0; j < n; j++) {
    const lb = model.colLower[j],
      ub = model.colUpper[j],
      cost = model.colCost[j];
    if (Number.isNaN(lb) || Number.isNaN(ub) || Number.isNaN(cost))
      return { status: 'error', message: `yalps: column ${j} has a NaN bound or cost` };
    if (lb > ub || lb === Infinity || ub === -Infinity) return { status: 'infeasible' };
    if (lb === ub) {
      shift[j] = lb;
      sign[j] = FIXED;
      coefs[j] = null;
      continue;
    }
    const list: Array<[number, number]> = [];
    if (lb > -Infinity) {
      shift[j] = lb;
      sign[j] = LOWER;
      if (ub < Infinity) {
        constraints.push([m + j, { max: ub - lb }]);
        list.push([m + j, 1]);
      }
    } else if (ub < Infinity) {
      shift[j] = ub;
      sign[j] = UPPER;
    } else {
      shift[j] = 0;
      sign[j] = LOWER;
      free[j] = 1;
    }
    if (cost !== 0) list.push([OBJ, cost * sign[j]]);
    coefs[j] = list;
  }
  return null;
}

/**
 * Each row in the substituted columns: its terms added to the columns' lists (repeated
 * columns summed by a stamp per column), its bounds moved by the fixed part; a row with no
 * term left is checked against its bounds and dropped.
 */
function shiftRows(
  model: LpModel,
  { shift, sign, stamp, slot }: Scratch,
  coefs: Coefs,
  constraints: Constraints,
): Settled | null {
  const n = model.colNames.length,
    m = model.rowNames.length;
  const grouping = rowGrouping(model, m, n);
  if (grouping === null) return { status: 'error', message: `yalps: a triplet lies outside the ${m}×${n} model` };
  const { rowStart, order } = grouping;
  for (let i = 0; i < m; i++) {
    let rowShift = 0,
      hasTerms = false;
    for (let p = rowStart[i]; p < rowStart[i + 1]; p++) {
      const k = order === null ? p : order[p],
        c = model.aCol[k],
        a = model.aVal[k];
      rowShift += a * shift[c];
      const list = coefs[c];
      if (list === null || a === 0) continue;
      hasTerms = true;
      if (stamp[c] === i) list[slot[c]][1] += a * sign[c];
      else {
        stamp[c] = i;
        slot[c] = list.length;
        list.push([i, a * sign[c]]);
      }
    }
    const lo = model.rowLower[i] - rowShift,
      hi = model.rowUpper[i] - rowShift;
    if (!hasTerms) {
      const tol = 1e-9 * Math.max(1, Math.abs(rowShift));
      if (lo > tol || hi < -tol) return { status: 'infeasible' };
      continue;
    }
    if (lo === -Infinity && hi === Infinity) continue;
    constraints.push([
      i,
      lo === hi ? { equal: lo } : lo === -Infinity ? { max: hi } : hi === Infinity ? { min: lo } : { min: lo, max: hi },
    ]);
  }
  return null;
}

/** The tableau's columns: every column not fixed, and the negative half y⁻ (key n + j) of a free one. */
function tableauColumns(coefs: Coefs, free: Uint8Array, n: number): Array<[number, Array<[number, number]>]> {
  const variables: Array<[number, Array<[number, number]>]> = [];
  for (let j = 0; j < n; j++) {
    const list = coefs[j];
    if (list === null) continue;
    variables.push([j, list]);
    if (free[j]) variables.push([n + j, list.map(([key, a]) => [key, -a] as [number, number])]);
  }
  return variables;
}

/** The solution in the model's own columns (x = shift + sign·(y − y⁻)) and its objective with the offset. */
function originalValues(
  model: LpModel,
  { shift, sign, free, y }: Scratch,
  solved: Iterable<[number, number]>,
): { objective: number; values: number[] } {
  const n = model.colNames.length;
  for (const [key, v] of solved) y[key] = v;
  const values = new Array<number>(n);
  let objective = model.objectiveOffset;
  for (let j = 0; j < n; j++) {
    values[j] = shift[j] + sign[j] * (y[j] - (free[j] ? y[n + j] : 0));
    objective += model.colCost[j] * values[j];
  }
  return { objective, values };
}
