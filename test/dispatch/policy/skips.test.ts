/**
 * The stage loop (engine/dispatch/policy/sequence.ts) proves the items it assumes to be 0,
 * skips a stage the last solution already shows at 0, and settles gas blocks by one LP. Each
 * call of it must give what HiGHS's own lexicographic solve gives (test/support/
 * highs-lexicographic.ts: one objective per item in protectOrder, money last, none of the
 * engine's hold rules), or, when an assumed item does fall short, come back `failed` (the
 * wrong guess shows as an infeasible LP). Checked on generated scenarios, one-day and
 * whole-window models, assuming none, all, the right items and a random subset of them, on
 * HiGHS and on YALPS; and on every day of the demo season.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDispatchModel, type DispatchModel } from '../../../engine/dispatch/build-model.ts';
import { stageUnits } from '../../../engine/dispatch/policy/blocks.ts';
import { proveStages, Solves } from '../../../engine/dispatch/policy/sequence.ts';
import { solveWithPolicy } from '../../../engine/dispatch/policy/solve.ts';
import type { LpSolver } from '../../../engine/lp/model.ts';
import { createSolver } from '../../../engine/lp/solvers/index.ts';
import { dispatch, openingState, stateAfter } from '../../../engine/run/modes.ts';
import { reserveFloors } from '../../../engine/run/reserve-floors.ts';
import { normalise, type Plan } from '../../../engine/scenario/normalise.ts';
import { validateScenario } from '../../../engine/scenario/validate.ts';
import { horizonWeather } from '../../../engine/scenario/weather-input.ts';
import { SHIPPED_SCENARIOS_DIR } from '../../../engine/run/run-scenario.ts';
import type { ScenarioInput } from '../../../engine/index.ts';
import { scenarioArb } from '../../support/gen-scenario.ts';
import { highsLexicographic, type LexicographicAnswer } from '../../support/highs-lexicographic.ts';

const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

/** Assumptions: none (prove every stage), all (the fast path), the right ones (every item at 0 in HiGHS's answer), and a seeded subset. */
function assumptions(dm: DispatchModel, lex: LexicographicAnswer, pick: number): Array<Set<string>> {
  const all = dm.items.map((i) => i.item as string);
  const right = all.filter((_, k) => lex.stages[k] <= 1e-6);
  return [new Set(), new Set(all), new Set(right), new Set(all.filter((_, k) => ((pick >> k) & 1) === 1))];
}

/**
 * Models on which YALPS fails the full proof (assuming nothing) although HiGHS's lexicographic
 * solve finds the answer: YALPS's own numerics (its money LP comes back infeasible under holds
 * HiGHS keeps), the same before and after the loop's rewrite. Counted, not hidden.
 */
const yalpsFailures: string[] = [];

/** Differences between the loop's calls and HiGHS's lexicographic answer on one model. */
async function agrees(dm: DispatchModel, solvers: readonly LpSolver[], pick = 0b1010_0110_101): Promise<string[]> {
  const lex = await highsLexicographic(dm);
  const problems: string[] = [];
  if (lex.status !== 'optimal') return [`HiGHS lexicographic ${lex.status}`];
  const units = stageUnits(dm.items, dm.vars.interchangeable);
  for (const solver of solvers) {
    const proof = proveStages(dm, units, new Solves(solver, 60), new Set());
    if (proof.kind === 'failed' && solver.name === 'yalps') {
      yalpsFailures.push(`${dm.count} d: ${proof.result.status}`);
      continue;
    }
    for (const assumeZero of assumptions(dm, lex, pick)) {
      const label = `${solver.name}, assuming ${[...assumeZero].join(',') || 'none'} 0`;
      const got = proveStages(dm, units, new Solves(solver, 60), assumeZero);
      // a stage agrees within 1e-6 of the largest optimum up to it: an earlier hold's slack can leak into a later stage
      let scale = 1;
      const wrong = dm.items.some(
        (item, k) =>
          (scale = Math.max(scale, lex.stages[k])) && assumeZero.has(item.item) && lex.stages[k] > 1e-6 * scale,
      );
      if (got.kind === 'failed') {
        if (!wrong) problems.push(`${label}: ${got.result.status} although the assumption holds`);
        continue;
      }
      scale = 1;
      got.stages.forEach((s, k) => {
        scale = Math.max(scale, Math.abs(lex.stages[k]));
        if (Math.abs(s.objective - lex.stages[k]) > 1e-6 * scale)
          problems.push(`${label}: ${s.item} ${s.objective} vs HiGHS ${lex.stages[k]}`);
      });
      // money is the last stage, under the same rule: the holds' slack (the engine's and HiGHS's differ) can buy a little
      if (!close(got.result.objective, lex.money, 1e-6 * scale))
        problems.push(`${label}: money ${got.result.objective} vs HiGHS ${lex.money}`);
    }
    // the whole solve: the guess, then the proof of every stage when the guess fails
    const expectShort = new Set(dm.items.filter((_, k) => ((pick >> k) & 1) === 1).map((i) => i.item as string));
    const solved = solveWithPolicy(dm, solver, 60, { expectShort });
    if (solved.result.status !== 'optimal') problems.push(`${solver.name} solve: ${solved.result.status}`);
    else if (!close(solved.result.objective, lex.money, 1e-6 * Math.max(1, ...lex.stages)))
      problems.push(`${solver.name} solve: money ${solved.result.objective} vs HiGHS ${lex.money}`);
    if (solved.fastPath !== lex.stages.every((s) => s <= 1e-6))
      problems.push(`${solver.name} solve: fastPath ${solved.fastPath} with stages ${lex.stages}`);
  }
  return problems;
}

function planOf(input: unknown): Plan {
  const scenario = validateScenario(input);
  return normalise(scenario, horizonWeather(scenario, { baseDir: SHIPPED_SCENARIOS_DIR }));
}

describe("every call of the stage loop gives HiGHS's lexicographic answer", () => {
  it('on 100 generated scenarios, the first day and the whole window, on HiGHS and on YALPS', async () => {
    const highs = await createSolver('highs');
    const yalps = await createSolver('yalps');
    let withShortfall = 0,
      blocks = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, fc.nat(2047), async (s: ScenarioInput, pick: number) => {
        const plan = planOf(s);
        const floors = reserveFloors(plan, highs, 'daily');
        const options = { floorsT: floors.floorsT, withYards: true };
        for (const count of [1, plan.dates.length]) {
          const dm = buildDispatchModel(plan, 0, count, openingState(plan), options);
          expect(await agrees(dm, [highs, yalps], pick), `${count} days, ${JSON.stringify(s)}`).toEqual([]);
          const lex = await highsLexicographic(dm);
          if (lex.stages.some((x) => x > 1e-6)) withShortfall++;
          if (
            stageUnits(dm.items, dm.vars.interchangeable).some(
              (u) => u.block && u.items.some((i) => lex.stages[dm.items.indexOf(i)] > 1e-6),
            )
          )
            blocks++;
        }
      }),
      { numRuns: 100, seed: 2026 },
    );
    expect(withShortfall).toBeGreaterThan(20); // the stages were exercised, not only the fast path
    expect(blocks).toBeGreaterThan(5); // and gas blocks with a cut
    console.log(`YALPS failed the proof on ${yalpsFailures.length} of 200 models: ${yalpsFailures.join('; ')}`);
    expect(yalpsFailures.length).toBeLessThanOrEqual(3);
  }, 180_000);

  it('on every day of the demo season (daily mode, YALPS), carried stock and all', async () => {
    const demo = JSON.parse(
      readFileSync(new URL('../../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'),
    );
    const plan = planOf(demo);
    const yalps = await createSolver('yalps');
    const floors = reserveFloors(plan, yalps, 'daily');
    const options = { floorsT: floors.floorsT, withYards: true };
    const { windows } = dispatch(plan, yalps, 'daily', options);
    let lexDays = 0;
    for (let d = 0; d < windows.length; d++) {
      const state = d === 0 ? openingState(plan) : stateAfter(windows[d - 1]);
      const dm = buildDispatchModel(plan, d, 1, state, options);
      expect(await agrees(dm, [yalps]), plan.dates[d]).toEqual([]);
      if ((windows[d].shortItems?.size ?? 0) > 0) lexDays++;
    }
    expect(lexDays).toBeGreaterThan(20);
  }, 120_000);
});
