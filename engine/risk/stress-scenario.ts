/**
 * Short stress scenarios cut from a full one: a window of `days` days at a constant outdoor
 * temperature, everything available unless named (no outages, no disruptions, no injected
 * cold waves), so a test answers one question. Used by the gas supply-standard tests and the
 * heat N-1 table. Delivery schedule windows are clipped to the new horizon.
 */
import type { Scenario } from '../scenario/schema.ts';
import { addDays } from '../weather/index.ts';

export interface StressOptions {
  readonly start: string;
  readonly days: number;
  /** Daily mean outdoor temperature every day, °C. */
  readonly tMeanC: number;
  /** Source taken fully out for the whole window. */
  readonly sourceOut?: string;
  /** Gas supply point taken fully out for the whole window. */
  readonly supplyPointOut?: string;
  /** Storage withdrawal set to 0. */
  readonly storageOut?: boolean;
}

const clip = <W extends { start: string; end: string }>(ws: readonly W[], start: string, end: string): W[] =>
  ws
    .filter((w) => w.end >= start && w.start <= end)
    .map((w) => ({ ...w, start: w.start < start ? start : w.start, end: w.end > end ? end : w.end }));

export function stressScenario(s: Scenario, o: StressOptions): Scenario {
  const end = addDays(o.start, o.days - 1);
  return {
    ...s,
    horizon: { start: o.start, end },
    weather: { kind: 'constant', tMeanC: o.tMeanC, dailyRangeC: 8, designOutdoorTempC: s.weather.designOutdoorTempC },
    coldWaves: [],
    sources: s.sources.map((src) => ({
      ...src,
      outages: src.id === o.sourceOut ? [{ start: o.start, end, availableFraction: 0 }] : [],
    })),
    yards: s.yards.map((y) => ({
      ...y,
      deliveries: { ...y.deliveries, schedule: clip(y.deliveries.schedule, o.start, end), disruptions: [] },
    })),
    gas: {
      ...s.gas,
      supplyPoints: s.gas.supplyPoints.map((p) => ({
        ...p,
        disruptions: p.id === o.supplyPointOut ? [{ start: o.start, end, cutFraction: 1 }] : [],
      })),
      storage: s.gas.storage && o.storageOut ? { ...s.gas.storage, maxWithdrawalM3PerDay: 0 } : s.gas.storage,
    },
  };
}
