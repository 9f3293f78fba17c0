/**
 * Invariants re-derived from outputs, over the demo season and 200 generated scenarios:
 * heat balances close, stocks follow opening + deliveries − burn and never go negative,
 * gas served + cut = demand, the 压非保民 order (or pro-rata shares) holds, and the same
 * input gives the same output.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioInput } from '../../engine/index.ts';
import { scenarioArb } from '../support/gen-scenario.ts';
import { checkInvariants, withoutTimings } from '../support/invariants.ts';

const demo: ScenarioInput = JSON.parse(
  readFileSync(new URL('../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'),
);

describe('demo season', () => {
  it.each(['daily', 'season'] as const)('keeps every invariant in %s mode', async (mode) => {
    const r = await runScenario(demo, { mode });
    expect(r.days).toHaveLength(121);
    expect(checkInvariants(r, demo)).toEqual([]);
    // the demo is built to strain gas: the order must actually have been exercised
    expect(Object.values(r.summary.gasCutM3ByCategory).some((c) => (c ?? 0) > 1000)).toBe(true);
    expect(r.summary.homesProtected).toBe(true);
  });

  it('gives identical output for identical input (solve times aside)', async () => {
    const a = await runScenario(demo);
    const b = await runScenario(structuredClone(demo));
    expect(JSON.stringify(withoutTimings(a))).toBe(JSON.stringify(withoutTimings(b)));
  });
});

describe('generated scenarios (fast-check, seed 2026)', () => {
  it('keep every invariant and are deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const r = await runScenario(scenario);
        const problems = checkInvariants(r, scenario);
        if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'));
        const again = await runScenario(scenario);
        expect(JSON.stringify(withoutTimings(again))).toBe(JSON.stringify(withoutTimings(r)));
      }),
      { seed: 2026, numRuns: 200 },
    );
  });
});
