/**
 * HiGHS (WebAssembly) adapter behind the `LpSolver` contract.
 *
 * Why the sparse path and not LP text: the dispatch engine solves thousands of models per
 * season, and CSC arrays skip both text formatting and HiGHS's LP parser, which also
 * aborts on some identifiers (see lp-format.ts). Why a persistent `Model` per solve rather
 * than `highs.raw.lpCall`: `lpCall` takes no options, and we need `output_flag` off and a
 * per-solve `time_limit`. Each solve creates a fresh native instance (clocks and solver
 * state start clean) and disposes it in `finally`, because GC never frees Wasm memory.
 */
import highsLoader, { type Highs, type ModelData, type ModelStatusCode } from 'highs';
import type { LpModel, LpSolver, SolveOptions, SolveResult } from '../model.ts';
import { type Finish, startSolve } from './finish.ts';

/** HiGHS option values as accepted by `model.options.set`. */
export type HighsOptionValue = string | number | boolean;

/** The adapter plus a read-out of Wasm memory, so benchmarks and tests can watch for leaks. */
export interface HighsLpSolver extends LpSolver {
  /** Current Wasm linear-memory capacity in bytes (grows, never shrinks; flat = no leak). */
  readonly wasmMemoryBytes: number;
}

/** Options every solve gets: silence HiGHS's console log (it prints through Emscripten). */
const BASE_OPTIONS: Readonly<Record<string, HighsOptionValue>> = { output_flag: false };

/**
 * Loads the HiGHS Wasm runtime once and returns an adapter bound to it.
 * `extraOptions` (HiGHS option names, e.g. `{ presolve: 'off', solver: 'ipm' }`) are applied
 * to every solve; they exist for benchmarks and tests, the engine should not need them.
 */
/**
 * The Wasm runtime, instantiated once per process (~40 ms) and shared by every adapter: it
 * holds no model between solves (each solve creates and disposes its own), so sharing it
 * keeps runScenario free of state while sparing Monte-Carlo workers the load per run.
 */
let runtime: Promise<Highs> | undefined;

export async function loadHighsSolver(
  extraOptions: Readonly<Record<string, HighsOptionValue>> = {},
): Promise<HighsLpSolver> {
  runtime ??= highsLoader();
  const highs = await runtime;
  const options = { ...BASE_OPTIONS, ...extraOptions };
  return {
    name: 'highs',
    get wasmMemoryBytes() {
      return highs.memoryBytes;
    },
    solve: (model, solveOptions) => solveWithHighs(highs, options, model, solveOptions ?? {}),
  };
}

type HighsModel = ReturnType<Highs['createModel']>;

function solveWithHighs(
  highs: Highs,
  options: Readonly<Record<string, HighsOptionValue>>,
  model: LpModel,
  solveOptions: SolveOptions,
): SolveResult {
  const finish = startSolve();
  const codes = highs.constants.modelStatus;
  const limit = solveOptions.timeLimitS;
  let hm: HighsModel | undefined;
  try {
    const data = toModelData(model, highs.infinity);
    hm = highs.createModel();
    setOptions(hm, options, limit);
    hm.passModel(data);
    let code = runConfirmingInfeasible(hm, codes, options);
    if (code === codes.empty) return emptyModelResult(model, finish);
    if (code === codes.unboundedOrInfeasible) {
      const decided = decideUnboundedOrInfeasible(hm, data, codes);
      if (decided === 'unbounded' || decided === 'infeasible') return finish(decided);
      code = decided;
    }
    return resultOf(highs, hm, code, limit, finish);
  } catch (err) {
    return finish('error', { message: `HiGHS: ${err instanceof Error ? err.message : String(err)}` });
  } finally {
    hm?.dispose();
  }
}

function setOptions(
  hm: HighsModel,
  options: Readonly<Record<string, HighsOptionValue>>,
  limitS: number | undefined,
): void {
  hm.options.set(options);
  // time_limit must be finite (HiGHS rejects Infinity); a fresh instance defaults to no limit.
  if (limitS !== undefined && Number.isFinite(limitS)) hm.options.set('time_limit', Math.max(0, limitS));
}

/** Runs the model; an "infeasible" from presolve is confirmed by a run without it. */
function runConfirmingInfeasible(
  hm: HighsModel,
  codes: Highs['constants']['modelStatus'],
  options: Readonly<Record<string, HighsOptionValue>>,
): ModelStatusCode {
  const code = hm.run().modelStatus;
  if (code !== codes.infeasible || options.presolve === 'off') return code;
  // Confirm presolve's "infeasible" on the full model: its forcing-row rule can fix a row's
  // columns at their bounds when the row's slack is below the feasibility tolerance, and
  // the rounding it pushes into other rows then reads as infeasibility (a policy hold
  // leaves a slack of ~1e-9 of the optimum on a day whose every source runs at capacity).
  hm.options.set('presolve', 'off');
  return hm.run().modelStatus;
}

/** HiGHS reports "empty" (no columns) without a solution; rows then only hold 0. */
function emptyModelResult(model: LpModel, finish: Finish): SolveResult {
  const ok = model.rowLower.every((lo, i) => lo <= 0 && 0 <= model.rowUpper[i]);
  return ok
    ? finish('optimal', { objective: model.objectiveOffset, values: [], rowDuals: model.rowLower.map(() => 0) })
    : finish('infeasible');
}

/**
 * Rare (HiGHS normally re-solves to decide). Decide ourselves: with a zero objective the LP
 * is bounded, so it is optimal iff the feasible set is non-empty. Any other status is given back.
 */
function decideUnboundedOrInfeasible(
  hm: HighsModel,
  data: ModelData,
  codes: Highs['constants']['modelStatus'],
): 'unbounded' | 'infeasible' | ModelStatusCode {
  hm.passModel({ ...data, colCost: new Float64Array(data.numCols), offset: 0 });
  const feasibility = hm.run().modelStatus;
  if (feasibility === codes.optimal) return 'unbounded';
  if (feasibility === codes.infeasible) return 'infeasible';
  return feasibility;
}

function resultOf(
  highs: Highs,
  hm: HighsModel,
  code: ModelStatusCode,
  limitS: number | undefined,
  finish: Finish,
): SolveResult {
  const codes = highs.constants.modelStatus;
  switch (code) {
    case codes.optimal: {
      const sol = hm.getSolution();
      return finish('optimal', {
        // getObjectiveValue() already includes `offset`, which we pass in the model data.
        objective: hm.getObjectiveValue(),
        values: Array.from(sol.colValue),
        rowDuals: Array.from(sol.rowDual),
      });
    }
    case codes.infeasible:
      return finish('infeasible');
    case codes.unbounded:
      return finish('unbounded');
    case codes.timeLimit:
      return finish('time-limit', { message: `HiGHS hit time_limit ${limitS} s` });
    default:
      return finish('error', { message: `HiGHS stopped with model status ${code} (${statusName(highs, code)})` });
  }
}

function statusName(highs: Highs, code: ModelStatusCode): string {
  const entry = Object.entries(highs.constants.modelStatus).find(([, v]) => v === code);
  return entry ? entry[0] : 'unknown';
}

/** Maps ±Infinity onto HiGHS's infinity (IEEE Infinity in this build, but don't rely on it). */
function bound(v: number, inf: number): number {
  return v === Infinity ? inf : v === -Infinity ? -inf : v;
}

/** Neutral model → HiGHS `ModelData` with a CSC matrix. Throws RangeError on bad triplets. */
export function toModelData(model: LpModel, inf = Infinity): ModelData {
  const numCols = model.colNames.length;
  const numRows = model.rowNames.length;
  const matrix = tripletsToCsc(model);
  const map = (xs: readonly number[]) => Float64Array.from(xs, (v) => bound(v, inf));
  return {
    numCols,
    numRows,
    offset: model.objectiveOffset,
    colCost: Float64Array.from(model.colCost),
    colLower: map(model.colLower),
    colUpper: map(model.colUpper),
    rowLower: map(model.rowLower),
    rowUpper: map(model.rowUpper),
    matrix: { format: 'csc', numRows, numCols, ...matrix },
  };
}

/**
 * Triplets → CSC. Duplicate (row, col) pairs are summed: HiGHS rejects duplicates within a
 * column, and `withRows` (unlike `LpModelBuilder.addRow`) does not merge them.
 */
export function tripletsToCsc(model: LpModel): { starts: Int32Array; indices: Int32Array; values: Float64Array } {
  const n = model.colNames.length,
    m = model.rowNames.length;
  const { aRow, aCol, aVal } = model;
  const nnz = aVal.length;
  if (aRow.length !== nnz || aCol.length !== nnz) {
    throw new RangeError(`triplet arrays differ in length (${aRow.length}, ${aCol.length}, ${nnz})`);
  }
  const starts = new Int32Array(n + 1);
  for (let k = 0; k < nnz; k++) {
    const r = aRow[k],
      c = aCol[k];
    if (!Number.isInteger(c) || c < 0 || c >= n) throw new RangeError(`triplet ${k}: column ${c} outside 0..${n - 1}`);
    if (!Number.isInteger(r) || r < 0 || r >= m) throw new RangeError(`triplet ${k}: row ${r} outside 0..${m - 1}`);
    starts[c + 1]++;
  }
  for (let j = 0; j < n; j++) starts[j + 1] += starts[j];
  const next = starts.slice(0, n);
  const rows = new Int32Array(nnz),
    vals = new Float64Array(nnz);
  for (let k = 0; k < nnz; k++) {
    const p = next[aCol[k]]++;
    rows[p] = aRow[k];
    vals[p] = aVal[k];
  }
  // Merge duplicates in place. lastPos[r] from an earlier column is < that column's start.
  const lastPos = new Int32Array(m).fill(-1);
  const merged = new Int32Array(n + 1);
  let out = 0;
  for (let j = 0; j < n; j++) {
    const colStart = out;
    for (let p = starts[j]; p < starts[j + 1]; p++) {
      const r = rows[p];
      if (lastPos[r] >= colStart) {
        vals[lastPos[r]] += vals[p];
      } else {
        lastPos[r] = out;
        rows[out] = r;
        vals[out] = vals[p];
        out++;
      }
    }
    merged[j + 1] = out;
  }
  return { starts: merged, indices: rows.slice(0, out), values: vals.slice(0, out) };
}
