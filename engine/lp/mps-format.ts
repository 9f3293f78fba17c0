/**
 * Free-format MPS text of a model (for CLP, GLPK and other outside solvers), with the same
 * sanitised names as the CPLEX-LP writer. Ranged rows use RANGES; the objective offset is
 * written as the negated RHS of the objective row, which is how MPS readers take a constant.
 */
import type { LpModel } from './model.ts';
import { lpNames } from './lp-format.ts';

const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(17).replace(/\.?0+(e|$)/, '$1'));

export function toMps(model: LpModel, name = 'BAOGONG'): string {
  const names = lpNames(model);
  const out: string[] = [`NAME ${name}`, 'ROWS', ' N obj'];
  const kinds = model.rowNames.map((_, i) => {
    const lo = model.rowLower[i],
      hi = model.rowUpper[i];
    if (lo === hi) return 'E';
    if (lo === -Infinity) return hi === Infinity ? 'N' : 'L';
    return 'G'; // finite lower (a finite upper too becomes a RANGE)
  });
  kinds.forEach((k, i) => out.push(` ${k} ${names.rows[i]}`));
  out.push('COLUMNS');
  const byCol: Array<Array<[number, number]>> = model.colNames.map(() => []);
  for (let k = 0; k < model.aVal.length; k++) byCol[model.aCol[k]].push([model.aRow[k], model.aVal[k]]);
  model.colNames.forEach((_, j) => {
    const col = names.cols[j];
    if (model.colCost[j] !== 0) out.push(`    ${col} obj ${num(model.colCost[j])}`);
    const merged = new Map<number, number>();
    for (const [r, v] of byCol[j]) merged.set(r, (merged.get(r) ?? 0) + v);
    for (const [r, v] of merged) if (v !== 0) out.push(`    ${col} ${names.rows[r]} ${num(v)}`);
    if (model.colCost[j] === 0 && merged.size === 0) out.push(`    ${col} obj 0`);
  });
  out.push('RHS');
  if (model.objectiveOffset !== 0) out.push(`    RHS obj ${num(-model.objectiveOffset)}`);
  kinds.forEach((k, i) => {
    const rhs = k === 'L' ? model.rowUpper[i] : k === 'N' ? 0 : model.rowLower[i];
    if (rhs !== 0) out.push(`    RHS ${names.rows[i]} ${num(rhs)}`);
  });
  const ranges = kinds.flatMap((k, i) =>
    k === 'G' && model.rowUpper[i] !== Infinity
      ? [`    RNG ${names.rows[i]} ${num(model.rowUpper[i] - model.rowLower[i])}`]
      : [],
  );
  if (ranges.length > 0) out.push('RANGES', ...ranges);
  out.push('BOUNDS');
  model.colNames.forEach((_, j) => {
    const lo = model.colLower[j],
      hi = model.colUpper[j],
      col = names.cols[j];
    if (lo === hi) {
      out.push(` FX BND ${col} ${num(lo)}`);
      return;
    }
    if (lo === -Infinity && hi === Infinity) {
      out.push(` FR BND ${col}`);
      return;
    }
    if (lo === -Infinity) out.push(` MI BND ${col}`);
    else if (lo !== 0) out.push(` LO BND ${col} ${num(lo)}`);
    if (hi !== Infinity) out.push(` UP BND ${col} ${num(hi)}`);
  });
  out.push('ENDATA');
  return `${out.join('\n')}\n`;
}
