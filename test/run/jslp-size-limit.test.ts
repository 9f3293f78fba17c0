/**
 * javascript-lp-solver honours no time limit on an LP, so a run refuses it above
 * JSLP_MAX_COLUMNS: BAD_OPTION at dispatch.solver naming the size and `highs`/`auto`, raised
 * before any LP is solved; a window at the limit is accepted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BaogongError } from '../../engine/errors.ts';
import { JSLP_MAX_COLUMNS } from '../../engine/lp/solvers/index.ts';
import { resolveSolverName, windowColumns } from '../../engine/run/solver-choice.ts';
import { runScenario } from '../../engine/index.ts';
import { normalise } from '../../engine/scenario/normalise.ts';
import { validateScenario } from '../../engine/scenario/validate.ts';
import { horizonWeather } from '../../engine/scenario/weather-input.ts';

const fixture = () => JSON.parse(readFileSync(new URL('../fixtures/one-day-coal.json', import.meta.url), 'utf8'));
const endAfter = (days: number) => new Date(Date.UTC(2013, 0, 10 + days - 1)).toISOString().slice(0, 10);

function planOf(days: number) {
  const s = validateScenario({
    ...fixture(),
    horizon: { start: '2013-01-10', end: endAfter(days) },
    dispatch: { mode: 'season', solver: 'javascript-lp-solver' },
  });
  return normalise(s, horizonWeather(s, { baseDir: '.' }));
}

/** The longest season whose one window stays within the limit. */
function daysAtLimit(): number {
  const perDay = windowColumns(planOf(1), 'season');
  return Math.floor(JSLP_MAX_COLUMNS / perDay);
}

describe('javascript-lp-solver size limit', () => {
  it('accepts a window at the limit and refuses one a day over it, naming the size and the alternatives', () => {
    const days = daysAtLimit();
    expect(windowColumns(planOf(days), 'season')).toBeLessThanOrEqual(JSLP_MAX_COLUMNS);
    expect(resolveSolverName('javascript-lp-solver', planOf(days), 'season')).toBe('javascript-lp-solver');
    const over = planOf(days + 1);
    const columns = windowColumns(over, 'season');
    expect(columns).toBeGreaterThan(JSLP_MAX_COLUMNS);
    let thrown: unknown;
    try {
      resolveSolverName('javascript-lp-solver', over, 'season');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(BaogongError);
    const err = thrown as BaogongError;
    expect(err.code).toBe('BAD_OPTION');
    expect(err.problems[0].path).toBe('dispatch.solver');
    for (const word of [String(columns), String(JSLP_MAX_COLUMNS), '"highs"', '"auto"'])
      expect(err.message).toContain(word);
    expect(resolveSolverName('highs', over, 'season')).toBe('highs');
  });

  it('runScenario refuses before solving', async () => {
    const days = daysAtLimit() + 1;
    const scenario = {
      ...fixture(),
      horizon: { start: '2013-01-10', end: endAfter(days) },
      dispatch: { mode: 'season', solver: 'javascript-lp-solver' },
    };
    await expect(runScenario(scenario)).rejects.toMatchObject({ code: 'BAD_OPTION' });
  });
});
