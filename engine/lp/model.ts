/**
 * The neutral LP model: what every builder writes into and every solver adapter reads.
 *
 *   minimise  Σ cost[j]·x[j]
 *   subject to rowLower[i] ≤ Σ_j A[i,j]·x[j] ≤ rowUpper[i]
 *              colLower[j] ≤ x[j] ≤ colUpper[j]
 *
 * Coefficients are triplets (row, col, value); solvers that want CSC build it from them.
 * Names follow `{concern}-{what}` plus their indices (e.g. `zone-heat-balance:north:d3`)
 * so that exported LP files, duals and messages speak the builders' language.
 * Infinite bounds are `Infinity` / `-Infinity`.
 */
export interface LpModel {
  readonly colNames: readonly string[];
  readonly colLower: readonly number[];
  readonly colUpper: readonly number[];
  readonly colCost: readonly number[];
  readonly rowNames: readonly string[];
  readonly rowLower: readonly number[];
  readonly rowUpper: readonly number[];
  /** Triplets: coefficient k sits at row `aRow[k]`, column `aCol[k]`. */
  readonly aRow: readonly number[];
  readonly aCol: readonly number[];
  readonly aVal: readonly number[];
  /** Constant added to the objective (so reported objectives match the domain cost). */
  readonly objectiveOffset: number;
}

export type SolveStatus = 'optimal' | 'infeasible' | 'unbounded' | 'time-limit' | 'error';

/** What every adapter returns. Infeasible is a status, never a throw. */
export interface SolveResult {
  readonly status: SolveStatus;
  /** Objective including `objectiveOffset`; NaN unless status is `optimal`. */
  readonly objective: number;
  /** Primal value per column (empty unless `optimal`). */
  readonly values: readonly number[];
  /** Row duals (marginal objective change per unit of row bound) where the solver gives them. */
  readonly rowDuals?: readonly number[];
  readonly solveMs: number;
  /** Solver's own message for `error` / `time-limit`. */
  readonly message?: string;
}

export interface SolveOptions {
  /** Wall-clock cap for one solve, seconds. */
  readonly timeLimitS?: number;
}

/** The one contract behind which every LP solver sits. */
export interface LpSolver {
  readonly name: string;
  /** Absolute error of the reported values when the solver rounds them (0 when absent). */
  readonly valueTolerance?: number;
  solve(model: LpModel, options?: SolveOptions): SolveResult;
}

/** Mutable builder used while a model is assembled; `freeze()` hands out the read-only model. */
export class LpModelBuilder {
  private readonly cols = { names: [] as string[], lower: [] as number[], upper: [] as number[], cost: [] as number[] };
  private readonly rows = { names: [] as string[], lower: [] as number[], upper: [] as number[] };
  private readonly a = { row: [] as number[], col: [] as number[], val: [] as number[] };
  private offset = 0;

  /** Adds a column and returns its index. */
  addCol(name: string, lower: number, upper: number, cost = 0): number {
    this.cols.names.push(name);
    this.cols.lower.push(lower);
    this.cols.upper.push(upper);
    this.cols.cost.push(cost);
    return this.cols.names.length - 1;
  }

  /** Adds `cost` to a column's objective coefficient. */
  addCost(col: number, cost: number): void {
    this.cols.cost[col] += cost;
  }

  /** Adds a row `lower ≤ Σ coef·x ≤ upper`; zero coefficients are dropped, repeated columns summed. */
  addRow(name: string, lower: number, upper: number, terms: ReadonlyArray<readonly [number, number]>): number {
    const row = this.rows.names.length;
    this.rows.names.push(name);
    this.rows.lower.push(lower);
    this.rows.upper.push(upper);
    // merge repeated columns (a scan of the terms so far; a map for long rows) and drop zeros;
    // built in local arrays first, so the model's arrays only ever grow
    const cols: number[] = [],
      vals: number[] = [];
    const at = terms.length > 32 ? new Map<number, number>() : null;
    for (const [col, coef] of terms) {
      let k = 0;
      if (at) k = at.get(col) ?? cols.length;
      else while (k < cols.length && cols[k] !== col) k++;
      if (k < cols.length) vals[k] += coef;
      else {
        at?.set(col, k);
        cols.push(col);
        vals.push(coef);
      }
    }
    for (let k = 0; k < cols.length; k++) {
      if (vals[k] === 0) continue;
      this.a.row.push(row);
      this.a.col.push(cols[k]);
      this.a.val.push(vals[k]);
    }
    return row;
  }

  addObjectiveOffset(value: number): void {
    this.offset += value;
  }

  get colCount(): number {
    return this.cols.names.length;
  }

  freeze(): LpModel {
    return Object.freeze({
      colNames: this.cols.names,
      colLower: this.cols.lower,
      colUpper: this.cols.upper,
      colCost: this.cols.cost,
      rowNames: this.rows.names,
      rowLower: this.rows.lower,
      rowUpper: this.rows.upper,
      aRow: this.a.row,
      aCol: this.a.col,
      aVal: this.a.val,
      objectiveOffset: this.offset,
    });
  }
}

/** Same model, another objective (used by the lexicographic policy stages). */
export function withObjective(model: LpModel, colCost: readonly number[], objectiveOffset = 0): LpModel {
  return Object.freeze({ ...model, colCost, objectiveOffset });
}

/** Same model plus extra rows (used to fix an earlier stage's optimum). */
export function withRows(
  model: LpModel,
  rows: ReadonlyArray<{ name: string; lower: number; upper: number; terms: ReadonlyArray<readonly [number, number]> }>,
): LpModel {
  const rowNames = [...model.rowNames],
    rowLower = [...model.rowLower],
    rowUpper = [...model.rowUpper];
  const aRow = [...model.aRow],
    aCol = [...model.aCol],
    aVal = [...model.aVal];
  for (const r of rows) {
    const i = rowNames.length;
    rowNames.push(r.name);
    rowLower.push(r.lower);
    rowUpper.push(r.upper);
    for (const [c, v] of r.terms)
      if (v !== 0) {
        aRow.push(i);
        aCol.push(c);
        aVal.push(v);
      }
  }
  return Object.freeze({ ...model, rowNames, rowLower, rowUpper, aRow, aCol, aVal });
}
