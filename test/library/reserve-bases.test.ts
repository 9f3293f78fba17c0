/**
 * The reserve floor on every shipped scenario, re-derived from the summary's own figures: each
 * yard is on the default basis, whose maximum daily burn is the larger of its design-day and
 * season-max figures, and the floor is reserve days × that; every unit at full output
 * (capacity) is never below either.
 */
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile, runScenario, type RunResult, type Scenario } from '../../engine/index.ts';
import { scenarioFiles } from '../../scenarios/library/studies.ts';

const runs: Array<{ file: string; s: Scenario; r: RunResult }> = [];

beforeAll(async () => {
  for (const file of scenarioFiles()) {
    const s = loadScenarioFile(file);
    runs.push({ file: basename(file), s, r: await runScenario(s) });
  }
}, 120_000);

describe('reserve bases on the shipped scenarios', () => {
  it('every yard is on the default, max(design-day, season-max), and its floor is reserve days × that', () => {
    expect(runs.length).toBeGreaterThanOrEqual(6);
    for (const { file, s, r } of runs)
      for (const y of s.yards) {
        const ys = r.summary.yards[y.id];
        const b = ys.maxDailyBurnByBasisT;
        expect(ys.basis, `${file} ${y.id}`).toBe('max-of-design-and-season');
        expect(b['season-max'], `${file} ${y.id}`).not.toBeNull();
        expect(ys.maxDailyBurnT, `${file} ${y.id}`).toBe(Math.max(b['design-day'], b['season-max']!));
        expect(ys.floorT, `${file} ${y.id}`).toBeCloseTo(y.reserve.days * ys.maxDailyBurnT, 6);
        // and no day of the run itself burns more than every unit of the yard at full output
        for (const d of r.days) expect(d.yards[y.id].burnT).toBeLessThanOrEqual(b.capacity * (1 + 1e-9) + 1e-6);
      }
  });

  it('capacity is never below design-day or season-max', () => {
    for (const { file, s, r } of runs)
      for (const y of s.yards) {
        const b = r.summary.yards[y.id].maxDailyBurnByBasisT;
        expect(b.capacity, `${file} ${y.id}`).toBeGreaterThanOrEqual(b['design-day'] * (1 - 1e-9) - 1e-6);
        expect(b.capacity, `${file} ${y.id}`).toBeGreaterThanOrEqual(b['season-max']! * (1 - 1e-9) - 1e-6);
      }
  });
});
