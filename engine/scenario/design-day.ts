/**
 * The design day: the scenario at its outdoor design temperature with every source and
 * supply point available. Its dispatch gives each yard's design-day burn, the default basis
 * of the 30-day reserve floor (docs/design.md#reserve-floor).
 */
import type { Scenario } from './schema.ts';
import { normalise, type Plan } from './normalise.ts';

/**
 * The scenario of the design day: one day (the horizon's first) at the outdoor design
 * temperature (constant, no daily range), no cold waves, outages or disruptions. It runs as it
 * is (`runScenario`): the scenario library reads the design day's dispatch from it.
 */
export function designDayScenario(s: Scenario): Scenario {
  const date = s.horizon.start;
  const t = s.weather.designOutdoorTempC;
  return {
    ...s,
    horizon: { start: date, end: date },
    weather: { kind: 'constant', tMeanC: t, dailyRangeC: 0, designOutdoorTempC: t },
    coldWaves: [],
    sources: s.sources.map((src) => ({ ...src, outages: [] })),
    yards: s.yards.map((y) => ({ ...y, deliveries: { ...y.deliveries, disruptions: [] } })),
    gas: { ...s.gas, supplyPoints: s.gas.supplyPoints.map((p) => ({ ...p, disruptions: [] })) },
  };
}

/** The design day's plan, from its scenario (`designDayScenario`). */
export function designDayPlan(design: Scenario): Plan {
  const date = design.horizon.start;
  const t = design.weather.designOutdoorTempC;
  return normalise(design, {
    dates: [date],
    days: [{ date, tMeanC: t, tMinC: t, tMaxC: t }],
    coldWave: ['none'],
    coldSpell: [false],
  });
}
