/**
 * HiGHS's own lexicographic solve, as an independent check of the engine's policy stages: one
 * `passLinearObjectives` call with one objective per policy item (most protected first, so
 * the highest priority) and the money objective last, `blend_multi_objectives` off. HiGHS
 * then optimises each objective in turn and holds it within its tolerances while the next is
 * optimised — the same preemptive order as engine/dispatch/policy/solve.ts, written by other
 * people, with none of the engine's hold rules, skips or gas blocks. Presolve is off here so
 * that the check does not inherit the presolve trouble the engine's adapter works around.
 */
import highsLoader, { type Highs } from 'highs';
import type { DispatchModel } from '../../engine/dispatch/build-model.ts';
import { toModelData } from '../../engine/lp/solvers/highs.ts';

let runtime: Promise<Highs> | undefined;

export interface LexicographicAnswer {
  readonly status: 'optimal' | string;
  /** Each item's weighted shortfall at HiGHS's point, in protectOrder. */
  readonly stages: readonly number[];
  /** Money objective at the point (the model's cost with its offset). */
  readonly money: number;
}

/** Relative and absolute slack HiGHS may give an optimised objective while later ones are optimised. */
const REL_TOL = 1e-9;
const ABS_TOL = 1e-7;

export async function highsLexicographic(dm: DispatchModel): Promise<LexicographicAnswer> {
  runtime ??= highsLoader();
  const highs = await runtime;
  const m = dm.model;
  const n = m.colNames.length;
  const hm = highs.createModel();
  try {
    hm.options.set({ output_flag: false, presolve: 'off', blend_multi_objectives: false });
    hm.passModel(toModelData(m, highs.infinity));
    const items = dm.items;
    const objectives = items.map((item, k) => {
      const coefficients = new Float64Array(n);
      item.cols.forEach((c, i) => {
        coefficients[c] += item.weights?.[i] ?? 1;
      });
      return {
        weight: 1,
        offset: 0,
        coefficients,
        absoluteTolerance: ABS_TOL,
        relativeTolerance: REL_TOL,
        priority: items.length - k,
      };
    });
    objectives.push({
      weight: 1,
      offset: m.objectiveOffset,
      coefficients: Float64Array.from(m.colCost),
      absoluteTolerance: 0,
      relativeTolerance: 0,
      priority: 0,
    });
    hm.passLinearObjectives(objectives);
    const code = hm.run().modelStatus;
    if (code !== highs.constants.modelStatus.optimal) {
      const name = Object.entries(highs.constants.modelStatus).find(([, v]) => v === code)?.[0] ?? String(code);
      return { status: name, stages: [], money: NaN };
    }
    const x = hm.getSolution().colValue;
    const stages = items.map((item) => item.cols.reduce((sum, c, i) => sum + (item.weights?.[i] ?? 1) * x[c], 0));
    const money = m.colCost.reduce((sum, c, j) => sum + c * x[j], m.objectiveOffset);
    return { status: 'optimal', stages, money };
  } finally {
    hm.dispose();
  }
}
