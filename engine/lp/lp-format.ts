/**
 * CPLEX-LP export of the neutral model (for debugging a dispatch day in any LP tool, and for
 * cross-checking the sparse HiGHS path against HiGHS's own LP reader), plus `checkPoint`,
 * the independent verifier tests and benchmarks use on any solver's returned point.
 *
 * Facts about HiGHS 1.15's LP reader that shaped the writer (probed, not guessed):
 * - `lo <= expr <= hi` range syntax aborts the reader, so ranged rows become two rows,
 *   `{name}_lo` (>=) and `{name}_hi` (<=).
 * - Names equal to section keywords (`free`, `bounds`, `st`, `end`, `bin`, `min`, ...) abort
 *   it; names starting with `inf`/`nan` are read as numbers (silently wrong objective).
 *   Such names get a `_` prefix, as do names starting with a digit, `.` or `e`/`E`+digit.
 * - A constant in the objective (`obj: 2 x + 5`) is read as the objective offset.
 * - A row with no terms is written as `0 firstCol`; the reader keeps it (so `0 >= 1` stays
 *   infeasible). A free row is written `>= -inf`, which the reader accepts.
 * Every column gets an explicit Bounds line so that columns in no row and no objective
 * term still exist in the file, and so the format's default `0 <= x` never applies.
 */
import type { LpModel } from './model.ts';

/** Longest identifier CPLEX accepts. */
const MAX_NAME = 255;
/** Terms per output line (CPLEX limits lines to 510 characters). */
const TERMS_PER_LINE = 6;
const KEYWORDS = new Set([
  'min',
  'max',
  'minimize',
  'maximize',
  'minimise',
  'maximise',
  'minimum',
  'maximum',
  'st',
  's.t.',
  'st.',
  'subject',
  'such',
  'bound',
  'bounds',
  'free',
  'end',
  'gen',
  'general',
  'generals',
  'bin',
  'binary',
  'binaries',
  'semi',
  'semis',
  'semi-continuous',
  'sos',
  'sos1',
  'sos2',
  'int',
  'integer',
  'integers',
]);

/** Makes one name a valid, unambiguous LP identifier (not yet unique). */
export function sanitizeLpName(name: string, fallback: string): string {
  let s = name.replace(/[^A-Za-z0-9_.]/g, '_');
  if (s === '') s = fallback;
  if (/^[0-9.]|^[eE][0-9]|^(inf|nan)/i.test(s) || KEYWORDS.has(s.toLowerCase())) s = `_${s}`;
  return s.slice(0, MAX_NAME);
}

/** Sanitises a list of names and makes them unique (`x`, `x_2`, `x_3`, ...). */
export function uniqueLpNames(names: readonly string[], fallbackPrefix: string): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    const base = sanitizeLpName(raw, `${fallbackPrefix}${i}`);
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base.slice(0, MAX_NAME - 1 - String(k).length)}_${k}`;
    used.add(name);
    return name;
  });
}

const isRanged = (lo: number, hi: number) => lo > -Infinity && hi < Infinity && lo !== hi;

/**
 * The identifiers `toCplexLp` writes: one per column, and one per written row (a ranged row
 * yields two, `{name}_lo` then `{name}_hi`). Use `cols` to map LP-text results back by index.
 */
export function lpNames(model: LpModel): { cols: string[]; rows: string[] } {
  const rowLabels: string[] = [];
  model.rowNames.forEach((name, i) => {
    const base = sanitizeLpName(name, `r${i}`);
    if (isRanged(model.rowLower[i], model.rowUpper[i])) rowLabels.push(`${base}_lo`, `${base}_hi`);
    else rowLabels.push(base);
  });
  return { cols: uniqueLpNames(model.colNames, 'x'), rows: uniqueLpNames(rowLabels, 'r') };
}

/** Shortest round-trip decimal; ±Infinity as the LP keywords. */
function num(v: number): string {
  if (v === Infinity) return '+inf';
  if (v === -Infinity) return '-inf';
  if (Number.isNaN(v)) throw new RangeError('NaN cannot be written to an LP file');
  return String(v);
}

function linear(terms: ReadonlyArray<readonly [string, number]>): string {
  const parts = terms.map(([name, a], k) => {
    const sign = a < 0 ? '-' : k === 0 ? '' : '+';
    const sep = k > 0 && k % TERMS_PER_LINE === 0 ? '\n   ' : ' ';
    return `${k === 0 ? '' : sep}${sign}${sign ? ' ' : ''}${num(Math.abs(a))} ${name}`;
  });
  return parts.join('');
}

/** Writes the model as CPLEX-LP text (Minimize / Subject To / Bounds / End). */
/** Name of the column fixed at 1 that carries the objective offset in LP text. */
export const OFFSET_COLUMN = 'objective_offset';

export function toCplexLp(model: LpModel): string {
  const names = lpNames(model);
  const n = model.colNames.length,
    m = model.rowNames.length;
  const rowTerms: Map<number, number>[] = Array.from({ length: m }, () => new Map());
  for (let k = 0; k < model.aVal.length; k++) {
    const row = rowTerms[model.aRow[k]],
      c = model.aCol[k];
    row.set(c, (row.get(c) ?? 0) + model.aVal[k]);
  }
  const out: string[] = [`\\ baogong LP export: ${n} columns, ${m} rows`, 'Minimize'];
  const obj: [string, number][] = [];
  for (let j = 0; j < n; j++) if (model.colCost[j] !== 0) obj.push([names.cols[j], model.colCost[j]]);
  // The offset rides on a column fixed at 1: glpsol rejects a bare constant in the objective.
  const off = model.objectiveOffset;
  const offsetCol = uniqueLpNames([...names.cols, OFFSET_COLUMN], 'c').at(-1)!;
  if (off !== 0) obj.push([offsetCol, off]);
  out.push(` obj: ${linear(obj)}`, 'Subject To');
  let label = 0;
  for (let i = 0; i < m; i++) {
    let terms: [string, number][] = [...rowTerms[i]].filter(([, a]) => a !== 0).map(([c, a]) => [names.cols[c], a]);
    const lo = model.rowLower[i],
      hi = model.rowUpper[i];
    const labels = isRanged(lo, hi) ? [names.rows[label++], names.rows[label++]] : [names.rows[label++]];
    if (terms.length === 0) {
      if (n === 0) {
        out.push(`\\ row ${labels[0]} omitted: it has no terms and the model no columns`);
        continue;
      }
      terms = [[names.cols[0], 0]];
    }
    const expr = linear(terms);
    if (labels.length === 2) out.push(` ${labels[0]}: ${expr} >= ${num(lo)}`, ` ${labels[1]}: ${expr} <= ${num(hi)}`);
    else if (lo === hi) out.push(` ${labels[0]}: ${expr} = ${num(lo)}`);
    else if (hi === Infinity) out.push(` ${labels[0]}: ${expr} >= ${num(lo)}`);
    else out.push(` ${labels[0]}: ${expr} <= ${num(hi)}`);
  }
  out.push('Bounds');
  for (let j = 0; j < n; j++) {
    const lb = model.colLower[j],
      ub = model.colUpper[j],
      x = names.cols[j];
    if (lb === -Infinity && ub === Infinity) out.push(` ${x} free`);
    else if (lb === ub) out.push(` ${x} = ${num(lb)}`);
    else out.push(` ${num(lb)} <= ${x} <= ${num(ub)}`);
  }
  if (off !== 0) out.push(` ${offsetCol} = 1`);
  out.push('End', '');
  return out.join('\n');
}

export interface PointCheck {
  /** Largest absolute amount by which a row activity leaves [rowLower, rowUpper]. */
  readonly maxRowViolation: number;
  /** Largest absolute amount by which a value leaves [colLower, colUpper]. */
  readonly maxBoundViolation: number;
  /** Index of the worst row / column, -1 when nothing is violated. */
  readonly worstRow: number;
  readonly worstCol: number;
  /** Both maxima ≤ tol. */
  readonly ok: boolean;
}

/**
 * Verifies a primal point against the model, independently of any solver's own report.
 * Violations are absolute (our rows are in MW / MWh / t, where absolute slack is meaningful);
 * NaN counts as an infinite violation. Throws if `values` has the wrong length.
 */
export function checkPoint(model: LpModel, values: readonly number[], tol = 1e-6): PointCheck {
  const n = model.colNames.length,
    m = model.rowNames.length;
  if (values.length !== n) throw new RangeError(`checkPoint: ${values.length} values for ${n} columns`);
  const excess = (v: number, lo: number, hi: number) => (Number.isNaN(v) ? Infinity : Math.max(lo - v, v - hi, 0));
  let maxBoundViolation = 0,
    worstCol = -1;
  for (let j = 0; j < n; j++) {
    const e = excess(values[j], model.colLower[j], model.colUpper[j]);
    if (e > maxBoundViolation) {
      maxBoundViolation = e;
      worstCol = j;
    }
  }
  const activity = new Float64Array(m);
  for (let k = 0; k < model.aVal.length; k++) activity[model.aRow[k]] += model.aVal[k] * values[model.aCol[k]];
  let maxRowViolation = 0,
    worstRow = -1;
  for (let i = 0; i < m; i++) {
    const e = excess(activity[i], model.rowLower[i], model.rowUpper[i]);
    if (e > maxRowViolation) {
      maxRowViolation = e;
      worstRow = i;
    }
  }
  return {
    maxRowViolation,
    maxBoundViolation,
    worstRow,
    worstCol,
    ok: maxRowViolation <= tol && maxBoundViolation <= tol,
  };
}
