/**
 * A solver never sees an absurd number, no result holds a non-finite one, and a solver that
 * still fails is reported in a heat engineer's words: the day, the policy step, the inputs to
 * check — never a model status code or an array name.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { BaogongError, runScenario, scenarioSchema, validateScenario } from '../../engine/index.ts';
import { dispatchDaily } from '../../engine/run/modes.ts';
import type { LpSolver } from '../../engine/lp/model.ts';
import { assertFinite, firstNonFinite } from '../../engine/run/finite.ts';
import { stepWords } from '../../engine/run/solver-failure.ts';
import { normalise } from '../../engine/scenario/normalise.ts';
import { horizonWeather } from '../../engine/scenario/weather-input.ts';
import { UNIT_LIMITS } from '../../engine/scenario/schema.ts';

const oneDay = () => JSON.parse(readFileSync(new URL('../fixtures/one-day-coal.json', import.meta.url), 'utf8'));

function schemaError(input: unknown): BaogongError {
  try {
    validateScenario(input);
  } catch (err) {
    if (err instanceof BaogongError) return err;
    throw err;
  }
  throw new Error('the scenario was accepted');
}

describe('realistic upper bounds in the schema', () => {
  it('every number of the scenario format has a finite maximum (read from the JSON Schema zod writes)', () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (
        (n.type === 'number' || n.type === 'integer') &&
        !Number.isFinite(n.maximum) &&
        !Number.isFinite(n.exclusiveMaximum)
      )
        unbounded.push(path);
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
    };
    const json = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' });
    walk(json, '');
    expect(JSON.stringify(json)).toContain('"maximum"');
    expect(unbounded).toEqual([]);
  });

  it('a capacity of 1e308 MW is refused by path with the limit and its reason', () => {
    const s = oneDay();
    s.sources[0].capacityMW = 1e308;
    const err = schemaError(s);
    expect(err.code).toBe('SCENARIO_SCHEMA');
    expect(err.problems[0].path).toBe('sources[0].capacityMW');
    expect(err.problems[0].message).toContain(`${UNIT_LIMITS.MW.max.toExponential(0)} MW`);
  });

  it('a CHP power price of 1e308 ¥/MWh is refused instead of giving costYuan null with status optimal', () => {
    const s = oneDay();
    s.sources = [{ id: 'chp', kind: 'coal-chp', zone: 'z', yard: 'y', capacityMW: 100, powerPriceYuanPerMWh: 1e308 }];
    const err = schemaError(s);
    expect(err.problems.map((p) => p.path)).toEqual(['sources[0].powerPriceYuanPerMWh']);
  });

  it('a limit is refused just above it and accepted at it (coal price, ¥/t)', () => {
    const s = oneDay();
    s.yards[0].coalPriceYuanPerT = UNIT_LIMITS['¥/t'].max;
    expect(() => validateScenario(s)).not.toThrow();
    s.yards[0].coalPriceYuanPerT = UNIT_LIMITS['¥/t'].max * 1.0001;
    expect(schemaError(s).problems[0].path).toBe('yards[0].coalPriceYuanPerT');
  });

  it('every shipped scenario is within the limits', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = new URL('../../scenarios/', import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && !x.endsWith('.schema.json'))) {
      expect(() => validateScenario(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))), f).not.toThrow();
    }
  });
});

describe('no non-finite number reaches a result', () => {
  it('firstNonFinite names the first Infinity or NaN by JSON path, and lets null through', () => {
    expect(firstNonFinite({ a: 1, b: [0, null, { c: 2 }] })).toBeNull();
    expect(firstNonFinite({ a: 1, b: [0, { c: Infinity }] })).toBe('b[1].c');
    expect(firstNonFinite({ summary: { costYuan: NaN } })).toBe('summary.costYuan');
  });

  it('assertFinite throws RESULT_NOT_FINITE with the path', () => {
    expect(() => assertFinite({ summary: { costYuan: -Infinity } })).toThrowError(
      expect.objectContaining({
        code: 'RESULT_NOT_FINITE',
        problems: [expect.objectContaining({ path: 'summary.costYuan', message: 'not a finite number' })],
      }),
    );
  });

  it('the largest prices and capacities the schema allows still give a finite result', async () => {
    const s = oneDay();
    s.sources = [
      {
        id: 'chp',
        kind: 'coal-chp',
        zone: 'z',
        yard: 'y',
        capacityMW: UNIT_LIMITS.MW.max,
        powerPriceYuanPerMWh: UNIT_LIMITS['¥/MWh'].max,
        omCostYuanPerMWh: UNIT_LIMITS['¥/MWh'].max,
      },
    ];
    s.yards[0].coalPriceYuanPerT = UNIT_LIMITS['¥/t'].max;
    const r = await runScenario(s);
    expect(firstNonFinite(JSON.parse(JSON.stringify(r)))).toBeNull();
    expect(Number.isFinite(r.summary.costYuan)).toBe(true);
  });
});

describe('a solver failure in words a heat engineer understands', () => {
  const failing = (status: 'infeasible' | 'error' | 'time-limit' | 'unbounded', after: number): LpSolver => {
    let n = 0;
    return {
      name: 'stub',
      solve: (model) => {
        n++;
        if (n <= after) return { status: 'optimal', objective: 0, values: model.colLower.map(() => 0), solveMs: 0 };
        return {
          status,
          objective: NaN,
          values: [],
          solveMs: 0,
          message: 'model status 15; colUpper[1] must be a number',
        };
      },
    };
  };

  it('names the day, the policy step and the inputs to check; the solver internals go to the cause', () => {
    const scenario = validateScenario(oneDay());
    const plan = normalise(scenario, horizonWeather(scenario, { baseDir: '.' }));
    for (const status of ['infeasible', 'error', 'time-limit', 'unbounded'] as const) {
      let err: unknown;
      try {
        dispatchDaily(plan, failing(status, 0), { floorsT: [0], withYards: true });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(BaogongError);
      const e = err as BaogongError;
      expect(e.code).toBe('SOLVER_FAILED');
      expect(e.message).toContain('2013-01-10');
      expect(e.message).toMatch(/first try|minimising|least-cost|starting point/);
      expect(e.message).toContain('Check ');
      expect(e.message).not.toMatch(/model status|colUpper|\[\d\]/);
      expect(JSON.stringify(e)).not.toContain('colUpper');
      expect(e.cause).toContain('model status 15');
    }
  });

  it('words each step of the policy solve', () => {
    expect(stepWords('stage:heat-residential')).toBe('minimising unserved heat for homes');
    expect(stepWords('stage:gas-commercial+gas-industrial')).toBe(
      'minimising the gas cut to commercial and the gas cut to industrial',
    );
    expect(stepWords('stage:coal-reserve-floor')).toBe('minimising coal below the reserve floor');
    expect(stepWords('money')).toBe('the least-cost dispatch with every shortfall held at its least');
  });
});
