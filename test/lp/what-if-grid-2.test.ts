/**
 * A valid scenario never fails in the solver (see no-false-infeasible.test.ts), on the grid a
 * bureau analyst runs: every shipped scenario × a cold wave of each grade starting every 7
 * days × {no cut, 30 % gas cut, 50 % coal-delivery cut}, daily mode, the default solver
 * (HiGHS). Without the presolve check in engine/lp/solvers/highs.ts, 10 of its 1 080 runs
 * failed. Split in two files (scenarios 4–6 of 6 here) so the two halves run side by side.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/index.ts';
import { shippedScenarios, whatIfGrid } from '../support/what-if-grid.ts';

describe('shipped scenarios × cold wave of each grade every 7 days × {none, gas −30 %, coal −50 %}: no solver failure (HiGHS, daily)', () => {
  const scenarios = shippedScenarios();
  it('the library has the six scenarios the two halves cover', () => expect(scenarios.length).toBe(6));
  for (const { file, scenario } of scenarios.slice(3, 6)) {
    it(file, async () => {
      const failures: string[] = [];
      const grid = whatIfGrid(scenario);
      for (const w of grid) {
        try {
          const r = await runScenario(w.scenario, { solver: 'highs' });
          if (r.solver.status !== 'optimal') failures.push(`${w.label}: ${r.solver.status}`);
        } catch (err) {
          failures.push(`${w.label}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      expect(grid.length).toBeGreaterThan(100);
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
