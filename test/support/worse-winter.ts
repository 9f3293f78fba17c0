/** Worse winters made from a scenario: an extreme cold wave in its coldest week, a season-long gas cut. */
import type { RunResult, Scenario } from '../../engine/index.ts';

export const COLD_WAVE_DAYS = 7;
export const GAS_CUT_FRACTION = 0.3;

/** First day of the coldest run of `n` days (lowest mean of the daily mean temperature). */
export function coldestWindowStart(r: RunResult, n: number): string {
  let best = 0,
    bestMean = Infinity;
  for (let i = 0; i + n <= r.days.length; i++) {
    const mean = r.days.slice(i, i + n).reduce((s, d) => s + d.outdoorTempC, 0) / n;
    if (mean < bestMean) {
      bestMean = mean;
      best = i;
    }
  }
  return r.days[best].date;
}

export const withExtremeColdWave = (s: Scenario, start: string, days = COLD_WAVE_DAYS): Scenario => ({
  ...s,
  coldWaves: [...s.coldWaves, { start, grade: 'extreme', days, recoveryDays: 3 }],
});

/** The supply point with the largest daily capacity: the scenario's main gas supply. */
export const mainGasPoint = (s: Scenario) =>
  [...s.gas.supplyPoints].sort((a, b) => b.capacityM3PerDay - a.capacityM3PerDay)[0];

export function withSeasonGasCut(s: Scenario, fraction: number): Scenario {
  const main = mainGasPoint(s);
  const cut = { start: s.horizon.start, end: s.horizon.end, cutFraction: fraction };
  return {
    ...s,
    gas: {
      ...s.gas,
      supplyPoints: s.gas.supplyPoints.map((p) =>
        p.id === main.id ? { ...p, disruptions: [...p.disruptions, cut] } : p,
      ),
    },
  };
}
