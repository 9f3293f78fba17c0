/**
 * The policy solve skips LPs: it guesses which items fall short and proves the other zeros
 * with each feasible LP, and falls back to a candidate point when the guess fails. It must
 * give what the plain lexicographic sequence gives, which solves every stage in protectOrder
 * and then the money LP. The plain sequence is written out here on the neutral model and
 * compared stage by stage on the same solver (solvers are compared with each other
 * elsewhere): on generated scenarios, one-day and whole-window models, guessing none, all,
 * the right items and a random subset; and on every day of the demo season.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDispatchModel, type DispatchModel } from '../../../engine/dispatch/build-model.ts';
import { solveWithPolicy } from '../../../engine/dispatch/policy/solve.ts';
import { withObjective, withRows, type LpModel, type LpSolver } from '../../../engine/lp/model.ts';
import { createSolver } from '../../../engine/lp/solvers/index.ts';
import { dispatch, openingState } from '../../../engine/run/modes.ts';
import { reserveFloors } from '../../../engine/run/reserve-floors.ts';
import { stateAfter } from '../../../engine/run/modes.ts';
import { normalise, type Plan } from '../../../engine/scenario/normalise.ts';
import { validateScenario } from '../../../engine/scenario/validate.ts';
import { horizonWeather } from '../../../engine/scenario/weather-input.ts';
import { SHIPPED_SCENARIOS_DIR } from '../../../engine/run/run-scenario.ts';
import type { ScenarioInput } from '../../../engine/index.ts';
import { scenarioArb } from '../../support/gen-scenario.ts';

interface Plain { stages: number[]; money: number; status: string }

/** Every stage solved, in order, each optimum held as the engine holds it; then the money LP. */
function plainLexicographic(dm: DispatchModel, solver: LpSolver): Plain {
  let held: LpModel = dm.model;
  const stages: number[] = [];
  for (const item of dm.items) {
    const cost = new Array<number>(held.colCost.length).fill(0);
    item.cols.forEach((c, i) => { cost[c] = item.weights?.[i] ?? 1; });
    const r = solver.solve(withObjective(held, cost, 0));
    if (r.status !== 'optimal') return { stages, money: NaN, status: r.status };
    const opt = Math.max(0, r.objective);
    stages.push(opt);
    if (item.cols.every((c) => r.values[c] <= 1e-7)) {
      const colUpper = [...held.colUpper];
      for (const c of item.cols) colUpper[c] = 0;
      held = { ...held, colUpper };
    } else {
      held = withRows(held, [{ name: `plain-${item.item}`, lower: -Infinity, upper: opt * (1 + 1e-9) + 1e-9 + (solver.valueTolerance ?? 0) * item.cols.reduce((sum, _, i) => sum + (item.weights?.[i] ?? 1), 0), terms: item.cols.map((c, i) => [c, item.weights?.[i] ?? 1] as const) }]);
    }
  }
  const r = solver.solve(held);
  return { stages, money: r.objective, status: r.status };
}

const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

/** Guesses of the items that fall short: none (the fast path), all, the right ones, and a seeded subset. */
function guesses(dm: DispatchModel, plain: Plain, pick: number): Array<Set<string>> {
  const all = dm.items.map((i) => i.item as string);
  const right = all.filter((_, k) => (plain.stages[k] ?? 0) > 1e-6);
  return [new Set(), new Set(all), new Set(right), new Set(all.filter((_, k) => ((pick >> k) & 1) === 1))];
}

function agrees(dm: DispatchModel, solver: LpSolver, pick = 0b1010_0110_101): string[] {
  const plain = plainLexicographic(dm, solver);
  const problems: string[] = [];
  for (const expectShort of guesses(dm, plain, pick)) {
    const expectShortfall = [...expectShort].join(',') || 'none';
    const got = solveWithPolicy(dm, solver, 60, { expectShort });
    if (got.result.status !== plain.status) { problems.push(`status ${got.result.status} vs ${plain.status}`); continue; }
    if (plain.status !== 'optimal') continue;
    // an earlier hold's slack (1e-9 of its optimum) can leak into a later stage of the plain
    // sequence, so a stage agrees within 1e-6 of the largest optimum up to it
    let scale = 1;
    got.stages.forEach((s, k) => {
      scale = Math.max(scale, Math.abs(plain.stages[k]));
      if (Math.abs(s.objective - plain.stages[k]) > 1e-6 * scale) problems.push(`${s.item}: ${s.objective} vs ${plain.stages[k]} (guess ${expectShortfall})`);
    });
    if (!close(got.result.objective, plain.money, 1e-6)) problems.push(`money ${got.result.objective} vs ${plain.money} (guess ${expectShortfall})`);
    if (got.fastPath !== plain.stages.every((s) => s <= 1e-6)) problems.push(`fastPath ${got.fastPath} with stages ${plain.stages}`);
  }
  return problems;
}

function planOf(input: unknown): Plan {
  const scenario = validateScenario(input);
  return normalise(scenario, horizonWeather(scenario, { baseDir: SHIPPED_SCENARIOS_DIR }));
}

describe('the policy solve with its skips equals the plain lexicographic sequence', () => {
  it('on 100 generated scenarios, the first day and the whole window, on YALPS and on HiGHS', async () => {
    const highs = await createSolver('highs');
    const yalps = await createSolver('yalps');
    let withShortfall = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, fc.nat(2047), async (s: ScenarioInput, pick: number) => {
        const plan = planOf(s);
        const floors = reserveFloors(plan, highs, 'daily');
        const options = { floorsT: floors.floorsT, withYards: true };
        for (const count of [1, plan.dates.length]) {
          const dm = buildDispatchModel(plan, 0, count, openingState(plan), options);
          for (const solver of [highs, yalps]) expect(agrees(dm, solver, pick), `${solver.name}, ${count} days, ${JSON.stringify(s)}`).toEqual([]);
          if (plainLexicographic(dm, highs).stages.some((x) => x > 1e-6)) withShortfall++;
        }
      }),
      { numRuns: 100, seed: 2026 },
    );
    expect(withShortfall).toBeGreaterThan(20); // the skips were exercised, not only the fast path
  }, 120_000);

  it('on every day of the demo season (daily mode, YALPS), carried stock and all', async () => {
    const demo = JSON.parse(readFileSync(new URL('../../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'));
    const plan = planOf(demo);
    const yalps = await createSolver('yalps');
    const floors = reserveFloors(plan, yalps, 'daily');
    const options = { floorsT: floors.floorsT, withYards: true };
    const { windows } = dispatch(plan, yalps, 'daily', options);
    let lexDays = 0;
    windows.forEach((w, d) => {
      const state = d === 0 ? openingState(plan) : stateAfter(windows[d - 1]);
      const dm = buildDispatchModel(plan, d, 1, state, options);
      expect(agrees(dm, yalps), plan.dates[d]).toEqual([]);
      if ((w.shortItems?.size ?? 0) > 0) lexDays++;
    });
    expect(lexDays).toBeGreaterThan(20);
  }, 120_000);
});
