/**
 * The design day: the scenario at its outdoor design temperature with every source and
 * supply point available. Its dispatch gives each yard's design-day burn, the default basis
 * of the 30-day reserve floor ("the yard's sources at full demand", DESIGN §2).
 */
import type { Scenario } from '../../scenarios/schema.ts';
import { normalise, type Plan } from './normalise.ts';

export function designDayPlan(s: Scenario): Plan {
  const date = s.horizon.start;
  const t = s.weather.designOutdoorTempC;
  const scenario: Scenario = {
    ...s,
    horizon: { start: date, end: date },
    coldWaves: [],
    sources: s.sources.map((src) => ({ ...src, outages: [] })),
    gas: { ...s.gas, supplyPoints: s.gas.supplyPoints.map((p) => ({ ...p, disruptions: [] })) },
  };
  return normalise(scenario, { dates: [date], days: [{ date, tMeanC: t, tMinC: t, tMaxC: t }], coldWave: ['none'] });
}
