/**
 * A valid scenario never fails in the solver (see no-false-infeasible.test.ts), on the grid a
 * bureau analyst runs: every shipped scenario × a cold wave of each grade starting every 7
 * days × {no cut, 30 % gas cut, 50 % coal-delivery cut}, daily mode, the default solver
 * (HiGHS). Without the presolve check in engine/lp/solvers/highs.ts, 10 of its 1 080 runs
 * failed. Split in two files (scenarios 4–6 of 6 here) so the two halves run side by side.
 */
import { describe, expect, it } from 'vitest';
import { gridFailures, shippedScenarios } from '../support/what-if-grid.ts';

describe('shipped scenarios × cold wave of each grade every 7 days × {none, gas −30 %, coal −50 %}: no solver failure (HiGHS, daily)', () => {
  const scenarios = shippedScenarios();
  it('the library has the six scenarios the two halves cover', () => expect(scenarios.length).toBe(6));
  for (const { file, scenario } of scenarios.slice(3, 6)) {
    it(file, async () => {
      const { runs, failures } = await gridFailures(scenario);
      expect(runs).toBeGreaterThan(100);
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
