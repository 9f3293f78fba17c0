/**
 * Whenever any adapter finds an optimum, the default solver (HiGHS) does too, with the same
 * policy-stage values; and HiGHS's built-in lexicographic solve (passLinearObjectives,
 * blend_multi_objectives off) gives the same stages as the engine's policy solve. On 500
 * generated scenarios (fixed seed), each as its first-day model and its whole-window model
 * (the lexicographic stage values of one model are unique, whatever optimal point a solver
 * picks; a daily run's later days depend on the point, so they are not compared here).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDispatchModel, type DispatchModel } from '../../engine/dispatch/build-model.ts';
import { solveWithPolicy } from '../../engine/dispatch/policy/solve.ts';
import type { LpSolver } from '../../engine/lp/model.ts';
import { createSolver } from '../../engine/lp/solvers/index.ts';
import { openingState } from '../../engine/run/modes.ts';
import { reserveFloors } from '../../engine/run/reserve-floors.ts';
import { SHIPPED_SCENARIOS_DIR } from '../../engine/run/run-scenario.ts';
import { normalise, type Plan } from '../../engine/scenario/normalise.ts';
import { validateScenario } from '../../engine/scenario/validate.ts';
import { horizonWeather } from '../../engine/scenario/weather-input.ts';
import type { ScenarioInput } from '../../engine/index.ts';
import { scenarioArb } from '../support/gen-scenario.ts';
import { highsLexicographic } from '../support/highs-lexicographic.ts';

function planOf(input: unknown): Plan {
  const scenario = validateScenario(input);
  return normalise(scenario, horizonWeather(scenario, { baseDir: SHIPPED_SCENARIOS_DIR }));
}

/** Stage k agrees within 1e-6 of the largest optimum up to it (a hold's slack can leak into later stages). */
function stageDiffs(label: string, a: readonly number[], b: readonly number[], names: readonly string[]): string[] {
  const out: string[] = [];
  let scale = 1;
  a.forEach((x, k) => {
    scale = Math.max(scale, Math.abs(x), Math.abs(b[k]));
    if (!(Math.abs(x - b[k]) <= 1e-6 * scale)) out.push(`${label} ${names[k]}: ${b[k]} vs HiGHS ${x}`);
  });
  return out;
}

async function adapters(): Promise<LpSolver[]> {
  const out: LpSolver[] = [];
  for (const name of ['yalps', 'javascript-lp-solver', 'glpk'] as const) {
    try {
      out.push(await createSolver(name));
    } catch {
      /* glpk.js is optional */
    }
  }
  return out;
}

describe("solvers agree with the default solver and with HiGHS's built-in lexicographic solve", () => {
  it('on 500 generated scenarios, the first day and the whole window', async () => {
    const highs = await createSolver('highs');
    const others = await adapters();
    expect(others.length).toBeGreaterThanOrEqual(2);
    let optimalModels = 0,
      withShortfall = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s: ScenarioInput) => {
        const plan = planOf(s);
        const floors = reserveFloors(plan, highs, 'daily');
        const options = { floorsT: floors.floorsT, withYards: true };
        const problems: string[] = [];
        for (const count of [1, plan.dates.length]) {
          const dm: DispatchModel = buildDispatchModel(plan, 0, count, openingState(plan), options);
          const names = dm.items.map((i) => i.item);
          const ref = solveWithPolicy(dm, highs, 60);
          const refStages = ref.stages.map((x) => x.objective);
          for (const solver of others) {
            const got = solveWithPolicy(dm, solver, 60);
            if (got.result.status !== 'optimal') continue;
            if (ref.result.status !== 'optimal') {
              problems.push(`${count} d: ${solver.name} optimal, HiGHS ${ref.result.status}`);
              continue;
            }
            problems.push(
              ...stageDiffs(
                `${count} d ${solver.name}`,
                refStages,
                got.stages.map((x) => x.objective),
                names,
              ),
            );
          }
          if (ref.result.status !== 'optimal') continue;
          optimalModels++;
          if (refStages.some((x) => x > 1e-6)) withShortfall++;
          const lex = await highsLexicographic(dm);
          if (lex.status !== 'optimal') problems.push(`${count} d: HiGHS lexicographic ${lex.status}`);
          else problems.push(...stageDiffs(`${count} d HiGHS-lexicographic`, refStages, lex.stages, names));
        }
        expect(problems, JSON.stringify(s)).toEqual([]);
      }),
      { numRuns: 500, seed: 20261129 },
    );
    expect(optimalModels).toBe(1000); // every model of a valid scenario is feasible by construction
    expect(withShortfall).toBeGreaterThan(100); // the policy stages were exercised, not only the fast path
  }, 600_000);
});
