/**
 * Random coal-delivery and gas-supply disruptions for one Monte Carlo run, as the scenario's
 * own dated windows (`yards[].deliveries.disruptions`, `gas.supplyPoints[].disruptions`):
 *   events        N ~ Poisson(eventsPerSeason × horizon days / 121)  (121 d = 15 Nov – 15 Mar)
 *   start         uniform over the horizon; length uniform on [minDays, maxDays], cut at the end
 *   depth         cutFraction uniform on [minCutFraction, maxCutFraction]
 *   coal          drawn for each yard independently
 *   gas           each event hits one supply point, drawn in proportion to its capacity
 */
import type { Scenario } from '../scenario/schema.ts';
import { withSections } from '../scenario/validate.ts';
import { addDays } from '../weather/index.ts';
import { poisson, uniform, uniformInt, type Rng } from '../random.ts';
import type { DisruptionRates } from './options.ts';

/** Length of the reference season the rates are quoted for, d. */
export const REFERENCE_SEASON_DAYS = 121;

export interface Window {
  readonly start: string;
  readonly end: string;
  readonly cutFraction: number;
}

/** Sampled windows on a horizon of `dates`. */
export function sampleWindows(rng: Rng, dates: readonly string[], rates: DisruptionRates): Window[] {
  const n = poisson(rng, (rates.eventsPerSeason * dates.length) / REFERENCE_SEASON_DAYS);
  const out: Window[] = [];
  for (let i = 0; i < n; i++) {
    const s = uniformInt(rng, 0, dates.length - 1);
    const len = uniformInt(rng, rates.minDays, rates.maxDays);
    const end = Math.min(dates.length - 1, s + len - 1);
    out.push({
      start: dates[s],
      end: dates[end],
      cutFraction: uniform(rng, rates.minCutFraction, rates.maxCutFraction),
    });
  }
  return out;
}

/** Days of the horizon with at least one window. */
export function daysCovered(windows: readonly Window[]): number {
  const days = new Set<string>();
  for (const w of windows) for (let d = w.start; d <= w.end; d = addDays(d, 1)) days.add(d);
  return days.size;
}

export interface SampledDisruptions {
  readonly scenario: Scenario;
  readonly coalDays: number;
  readonly gasDays: number;
}

/** The scenario with sampled disruptions (replacing, or added to, its own). */
export function withSampledDisruptions(
  s: Scenario,
  rng: Rng,
  dates: readonly string[],
  coal: DisruptionRates,
  gas: DisruptionRates,
  keepOwn: boolean,
): SampledDisruptions {
  let coalDays = 0;
  const yards = s.yards.map((y) => {
    const drawn = sampleWindows(rng, dates, coal);
    coalDays = Math.max(coalDays, daysCovered(drawn));
    return {
      ...y,
      deliveries: { ...y.deliveries, disruptions: [...(keepOwn ? y.deliveries.disruptions : []), ...drawn] },
    };
  });
  const points = s.gas.supplyPoints;
  const byPoint: Window[][] = points.map(() => []);
  const total = points.reduce((sum, p) => sum + p.capacityM3PerDay, 0);
  const gasWindows = points.length > 0 && total > 0 ? sampleWindows(rng, dates, gas) : [];
  for (const w of gasWindows) {
    let x = rng() * total;
    const i = points.findIndex((p) => (x -= p.capacityM3PerDay) < 0);
    byPoint[i < 0 ? points.length - 1 : i].push(w);
  }
  const supplyPoints = points.map((p, i) => ({
    ...p,
    disruptions: [...(keepOwn ? p.disruptions : []), ...byPoint[i]],
  }));
  return {
    scenario: withSections(s, { yards, gas: { ...s.gas, supplyPoints } }),
    coalDays,
    gasDays: daysCovered(gasWindows),
  };
}
