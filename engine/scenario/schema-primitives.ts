/**
 * The scenario schema's building blocks: dates, ids, shares, and numbers bounded by their unit's
 * realistic limit (read from the end of each field's description).
 */
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a calendar date',
  );
export const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'ids start with a letter and use letters, digits and _ (at most 40)');
/** A name for people, in any script (多热源联网, Zhucheng CHP): at most 200 characters. */
export const personName = z.string().max(200);
export const fraction = (what: string) => z.number().min(0).max(1).describe(what);
/**
 * The largest value a field in each unit may take: each is beyond any real city, so a
 * mistyped or absurd number (a capacity of 1e308 MW, a price of 1e308 ¥) is refused at the
 * edge with its path, and the solver never sees it (a 1e308 power price made a season's cost
 * overflow to Infinity). The unit is read from the end of the field's description.
 */
export const UNIT_LIMITS: Readonly<Record<string, { readonly max: number; readonly why: string }>> = {
  '°C': { max: 60, why: 'a daily temperature range' },
  'm²': { max: 1e10, why: '10 000 km² of heated floor, ten times a capital city' },
  MW: { max: 1e5, why: '100 GW, more than the heat or grid capacity of any city' },
  MWh: { max: 1e7, why: '10 TWh of heat storage' },
  'MWh/MWh': { max: 10, why: 'a CHP plant co-produces at most a few MWh of power per MWh of heat' },
  '¥/MWh': { max: 1e5, why: 'a hundred times the peak power price' },
  t: { max: 1e8, why: '100 Mt of coal, more than any port stockpile' },
  '¥/t': { max: 1e5, why: 'a hundred times the price of thermal coal' },
  't/day': { max: 1e6, why: 'a million tonnes a day, the throughput of several coal ports' },
  'm³/day': { max: 1e9, why: 'a billion m³ a day, the winter gas use of a whole country' },
  'm³/h': { max: 5e7, why: 'fifty million m³ an hour, more than a whole country draws at its winter peak' },
  'm³': { max: 1e11, why: '100 bcm, more working gas than a country stores' },
  '¥/m³': { max: 1e3, why: 'a hundred times the price of gas' },
  'm³/K/day': { max: 1e8, why: 'a tenth of the gas of a whole country per degree-day' },
};

/** The unit at the end of a description: `heated floor area, m²` → `m²` (a trailing `(…)` note skipped). */
export function unitOf(what: string): string {
  const unit = what.slice(what.lastIndexOf(', ') + 2).replace(/\s*\(.*\)\s*$/, '');
  if (!(unit in UNIT_LIMITS))
    throw new Error(`schema: no realistic limit for unit "${unit}" (field described "${what}"); add it to UNIT_LIMITS`);
  return unit;
}

/** A number ≥ 0 and at most its unit's realistic limit (UNIT_LIMITS). */
export const nonNeg = (what: string) => {
  const unit = unitOf(what);
  return z
    .number()
    .min(0)
    .max(
      UNIT_LIMITS[unit].max,
      `at most ${UNIT_LIMITS[unit].max.toExponential(0)} ${unit} (${UNIT_LIMITS[unit].why}); check the number and its unit`,
    )
    .describe(what);
};

/** A window of days, both ends inclusive. */
export const window = {
  start: isoDate.describe('first day of the window (inclusive)'),
  end: isoDate.describe('last day of the window (inclusive)'),
};
