/**
 * The season's disruptions, shared and local, written into each city's scenario as its own
 * dated windows (as `baogong risk` does, engine/risk/disruptions.ts, whose `sampleWindows`
 * draws them: N ~ Poisson(events × days / 121), start uniform, length and depth uniform).
 *
 *   shared   one draw a season for each shared gas supply point and coal route, over the
 *            province's season, plus its fixed cuts; every member (a city's supply point or
 *            yard) gets the same windows, cut to its city's horizon
 *   local    each city's own rates (its scenario's `risk` block) on what no shared item covers:
 *            each yard independently; gas events for the city thinned to its unshared supply
 *            points (Poisson mean × their share of the city's capacity, each event on one of
 *            them in proportion to capacity): the city's own process, restricted to them
 *
 * Streams: each shared item draws from (seed, season, `shared`, its id), each city's local
 * events from (seed, season, `local`, the city's id). So adding a city or a shared item to a
 * study changes no other item's draws.
 */
import { mulberry32, splitmix32, streamSeed, type Rng } from '../random.ts';
import type { Scenario } from '../scenario/schema.ts';
import { withSections } from '../scenario/validate.ts';
import { daysCovered, sampleWindows, type Window } from '../risk/disruptions.ts';
import type { DisruptionRates } from '../risk/options.ts';
import { datesBetween } from '../weather/index.ts';

/** The province study's own streams of season i (the weather keeps `RUN_STREAMS.weather`). */
export const PROVINCE_STREAMS = { shared: 11, local: 12 } as const;

export interface SharedItem {
  readonly id: string;
  readonly rates: DisruptionRates;
  readonly scheduledCuts: readonly Window[];
  /** (city, supply point or yard) pairs it feeds. */
  readonly members: ReadonlyArray<{ readonly city: string; readonly member: string }>;
}

export interface SharedItems {
  readonly gas: readonly SharedItem[];
  readonly coal: readonly SharedItem[];
}

/** Each shared item's windows this season, by id. */
export interface SharedDraw {
  readonly gas: Readonly<Record<string, readonly Window[]>>;
  readonly coal: Readonly<Record<string, readonly Window[]>>;
}

/** FNV-1a, 32 bits: a stable number for an id, to name a sub-stream. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The stream of one named item in season `index`. */
export function itemRng(seed: number, index: number, stream: number, id: string): Rng {
  return mulberry32(splitmix32(streamSeed(seed, index, stream) ^ fnv1a(id)));
}

/** One draw a season per shared item, over the province's season, with its fixed cuts. */
export function drawShared(items: SharedItems, dates: readonly string[], seed: number, index: number): SharedDraw {
  const draw = (kind: 'gas' | 'coal') =>
    Object.fromEntries(
      items[kind].map((it) => [
        it.id,
        [
          ...it.scheduledCuts,
          ...sampleWindows(itemRng(seed, index, PROVINCE_STREAMS.shared, `${kind}:${it.id}`), dates, it.rates),
        ],
      ]),
    );
  return { gas: draw('gas'), coal: draw('coal') };
}

/** Windows cut to a horizon (those wholly outside dropped). */
export function clip(windows: readonly Window[], start: string, end: string): Window[] {
  return windows
    .filter((w) => w.end >= start && w.start <= end)
    .map((w) => ({
      start: w.start < start ? start : w.start,
      end: w.end > end ? end : w.end,
      cutFraction: w.cutFraction,
    }));
}

export interface CityRates {
  readonly coal: DisruptionRates;
  readonly gas: DisruptionRates;
  /** Keep the scenario's own dated disruptions (its `risk.keepScenarioDisruptions`). */
  readonly keepOwn: boolean;
  /** Draw local disruptions at all (the study's `localDisruptions`). */
  readonly local: boolean;
}

export interface CitySeasonScenario {
  readonly scenario: Scenario;
  /** Days with any coal disruption on some yard (shared or local), and likewise for gas, d. */
  readonly coalDisruptionDays: number;
  readonly gasDisruptionDays: number;
}

/** Which shared item feeds a member, if any. */
function sharedOf(items: readonly SharedItem[], city: string, member: string): SharedItem | undefined {
  return items.find((it) => it.members.some((m) => m.city === city && m.member === member));
}

/** The city's scenario for one season: shared windows on shared members, its own draws on the rest. */
export function citySeasonScenario(
  cityId: string,
  s: Scenario,
  rates: CityRates,
  items: SharedItems,
  shared: SharedDraw,
  seed: number,
  index: number,
): CitySeasonScenario {
  const { start, end } = s.horizon;
  const dates = datesBetween(start, end);
  const rng = itemRng(seed, index, PROVINCE_STREAMS.local, cityId);
  let coalDays = 0;
  const yards = s.yards.map((y) => {
    const route = sharedOf(items.coal, cityId, y.id);
    const drawn = route
      ? clip(shared.coal[route.id], start, end)
      : rates.local
        ? sampleWindows(rng, dates, rates.coal)
        : [];
    coalDays = Math.max(coalDays, daysCovered(drawn));
    const own = rates.keepOwn ? y.deliveries.disruptions : [];
    return { ...y, deliveries: { ...y.deliveries, disruptions: [...own, ...drawn] } };
  });
  const points = s.gas.supplyPoints;
  const byPoint: Window[][] = points.map((p) => {
    const item = sharedOf(items.gas, cityId, p.id);
    return item ? clip(shared.gas[item.id], start, end) : [];
  });
  const local = points.map((p, i) => (sharedOf(items.gas, cityId, p.id) ? -1 : i)).filter((i) => i >= 0);
  const total = points.reduce((a, p) => a + p.capacityM3PerDay, 0);
  const localCap = local.reduce((a, i) => a + points[i].capacityM3PerDay, 0);
  if (rates.local && localCap > 0) {
    // the city's events, thinned to its unshared points: Poisson(λ × their share of capacity)
    const thinned = { ...rates.gas, eventsPerSeason: (rates.gas.eventsPerSeason * localCap) / total };
    for (const w of sampleWindows(rng, dates, thinned)) {
      let x = rng() * localCap;
      const k = local.find((i) => (x -= points[i].capacityM3PerDay) < 0) ?? local[local.length - 1];
      byPoint[k].push(w);
    }
  }
  const supplyPoints = points.map((p, i) => ({
    ...p,
    disruptions: [...(rates.keepOwn ? p.disruptions : []), ...byPoint[i]],
  }));
  return {
    scenario: withSections(s, { yards, gas: { ...s.gas, supplyPoints } }),
    coalDisruptionDays: coalDays,
    gasDisruptionDays: daysCovered(byPoint.flat()),
  };
}
