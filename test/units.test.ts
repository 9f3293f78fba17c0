/**
 * The engine's unit factors (engine/units.ts) are mathjs's: each is evaluated here with mathjs
 * units, after defining the engine's custom units, and must agree to the last bit but one.
 */
import { createUnit, unit } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { CUSTOM_UNITS, UNIT_FACTORS } from '../engine/units.ts';

describe('unit factors', () => {
  for (const u of CUSTOM_UNITS) createUnit(u.name, u.definition, { override: true });
  it.each(Object.entries(UNIT_FACTORS))('%s equals mathjs', (_, f) => {
    const viaMathjs = unit(1, f.from).toNumber(f.to);
    expect(Math.abs(f.value - viaMathjs)).toBeLessThanOrEqual(1e-15 * Math.abs(viaMathjs));
  });
  it('a kcal/kg in GJ/t is 4.1868 kJ/kg (the International Table calorie)', () => {
    expect(unit(5000, 'kcalIT/kg').toNumber('GJ/tonne')).toBeCloseTo(20.934, 12);
  });
});
