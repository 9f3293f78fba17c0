/**
 * `withSections` (Monte Carlo's per-run disruption windows) must accept and reject exactly
 * what `validateScenario` does on the same scenario, naming the same paths.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withSections } from '../../engine/scenario/validate.ts';
import { BaogongError, validateScenario, type Scenario } from '../../engine/index.ts';

const demo: Scenario = validateScenario(
  JSON.parse(readFileSync(new URL('../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8')),
);

function outcome(f: () => Scenario): { ok: true; json: string } | { ok: false; code: string; paths: string[] } {
  try {
    return { ok: true, json: JSON.stringify(f()) };
  } catch (err) {
    if (!(err instanceof BaogongError)) throw err;
    return { ok: false, code: err.code, paths: err.problems.map((p) => p.path).sort() };
  }
}

const withWindows = (windows: unknown[]) =>
  ({
    yards: demo.yards.map((y) => ({ ...y, deliveries: { ...y.deliveries, disruptions: windows } })),
  }) as Pick<Scenario, 'yards'>;

describe('withSections agrees with validateScenario', () => {
  const cases: Array<[string, unknown[]]> = [
    ['valid windows', [{ start: '2013-01-05', end: '2013-01-09', cutFraction: 0.4 }]],
    ['a cut above 1 (schema)', [{ start: '2013-01-05', end: '2013-01-09', cutFraction: 1.4 }]],
    ['a date that is not a date (schema)', [{ start: '2013-02-30', end: '2013-03-02', cutFraction: 0.4 }]],
    ['an end before its start (named check)', [{ start: '2013-01-09', end: '2013-01-05', cutFraction: 0.4 }]],
  ];
  it.each(cases)('%s', (_, windows) => {
    const sections = withWindows(windows);
    const viaSections = outcome(() => withSections(demo, sections));
    const viaWhole = outcome(() => validateScenario({ ...demo, ...sections }));
    expect(viaSections).toEqual(viaWhole);
    expect(viaWhole.ok).toBe(windows === cases[0][1]); // the bad cases really are bad
  });

  it('returns a frozen scenario that runScenario trusts, leaving the base untouched', () => {
    const s = withSections(demo, withWindows([]));
    expect(Object.isFrozen(s.yards[0].deliveries)).toBe(true);
    expect(validateScenario(s)).toBe(s);
    expect(demo.yards[0].deliveries.disruptions.length).toBeGreaterThan(0);
  });
});
