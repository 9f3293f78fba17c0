/**
 * The province study's cross-references, as small named checks whose message says how to fix
 * it (the scenario's own checks are engine/scenario/checks.ts): every city named under
 * `shared` exists, every supply point and yard exists in that city's scenario, no supply
 * point or yard hangs on two shared items, the cities' horizons lie in one heating season,
 * the reference city's weather is a series to draw from, and fixed cuts lie in that season.
 */
import type { Problem } from '../errors.ts';
import { message } from '../i18n/message.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Study } from '../scenario/schema-study.ts';
import { datesBetween } from '../weather/index.ts';

/** The longest province season, d: one heating season of a leap year. */
export const MAX_PROVINCE_DAYS = 366;

export interface CityScenario {
  readonly id: string;
  readonly scenario: Scenario;
}

type Check = (study: Study, cities: readonly CityScenario[]) => Problem[];

const problem = (path: string, key: string, params: Record<string, string>): Problem => ({
  path,
  ...message(`problems.study.${key}` as MessageKey, params),
});
const listOf = (ids: readonly string[]) => (ids.length > 0 ? ids.map((i) => `\`${i}\``).join(', ') : '—');

/** The province's season: from the earliest city start to the latest city end. */
export function provinceSeason(cities: readonly CityScenario[]): { start: string; end: string } {
  const starts = cities.map((c) => c.scenario.horizon.start).sort();
  const ends = cities.map((c) => c.scenario.horizon.end).sort();
  return { start: starts[0], end: ends[ends.length - 1] };
}

const uniqueCityIds: Check = (study) =>
  study.cities.flatMap((c, i) =>
    study.cities.findIndex((o) => o.id === c.id) < i ? [problem(`cities[${i}].id`, 'duplicateCity', { id: c.id })] : [],
  );

const uniqueSharedIds: Check = (study) => {
  const items = [
    ...study.shared.gasSupplyPoints.map((g, i) => [`shared.gasSupplyPoints[${i}].id`, g.id] as const),
    ...study.shared.coalRoutes.map((r, i) => [`shared.coalRoutes[${i}].id`, r.id] as const),
  ];
  return items.flatMap(([path, id], i) =>
    items.findIndex(([, o]) => o === id) < i ? [problem(path, 'duplicateShared', { id })] : [],
  );
};

const referenceCityExists: Check = (study) => {
  const ref = study.shared.weather.referenceCity;
  if (ref === undefined || study.cities.some((c) => c.id === ref)) return [];
  return [
    problem('shared.weather.referenceCity', 'unknownCity', { city: ref, known: listOf(study.cities.map((c) => c.id)) }),
  ];
};

const referenceWeatherIsASeries: Check = (study, cities) => {
  const ref = study.shared.weather.referenceCity ?? study.cities[0].id;
  const city = cities.find((c) => c.id === ref);
  if (!city || city.scenario.weather.kind === 'csv') return [];
  return [
    problem(study.shared.weather.referenceCity ? 'shared.weather.referenceCity' : 'cities[0]', 'referenceWeather', {
      city: ref,
      kind: city.scenario.weather.kind,
    }),
  ];
};

const oneHeatingSeason: Check = (_study, cities) => {
  const { start, end } = provinceSeason(cities);
  const days = datesBetween(start, end).length;
  if (days <= MAX_PROVINCE_DAYS) return [];
  return [
    problem('cities', 'horizonSpan', { days: String(days), from: start, to: end, max: String(MAX_PROVINCE_DAYS) }),
  ];
};

/** Members of shared items: the city exists, its supply point or yard exists, and hangs on no other shared item. */
const membersExist: Check = (study, cities) => {
  const out: Problem[] = [];
  const known = listOf(study.cities.map((c) => c.id));
  const taken = new Map<string, string>();
  const visit = (path: string, cityId: string, what: 'supplyPoint' | 'yard', memberId: string, owner: string) => {
    const city = cities.find((c) => c.id === cityId);
    if (!city) {
      out.push(problem(`${path}.city`, 'unknownCity', { city: cityId, known }));
      return;
    }
    const ids =
      what === 'yard' ? city.scenario.yards.map((y) => y.id) : city.scenario.gas.supplyPoints.map((p) => p.id);
    const key = `${what}:${cityId}:${memberId}`;
    const other = taken.get(key);
    if (!ids.includes(memberId))
      out.push(
        problem(`${path}.${what}`, what === 'yard' ? 'noYard' : 'noSupplyPoint', {
          city: cityId,
          scenario: city.scenario.id,
          id: memberId,
          known: listOf(ids),
        }),
      );
    else if (other !== undefined) out.push(problem(path, 'sharedTwice', { city: cityId, id: memberId, other, owner }));
    else taken.set(key, owner);
  };
  study.shared.gasSupplyPoints.forEach((g, i) =>
    g.cities.forEach((m, k) =>
      visit(`shared.gasSupplyPoints[${i}].cities[${k}]`, m.city, 'supplyPoint', m.supplyPoint, g.id),
    ),
  );
  study.shared.coalRoutes.forEach((r, i) =>
    r.cities.forEach((m, k) => visit(`shared.coalRoutes[${i}].cities[${k}]`, m.city, 'yard', m.yard, r.id)),
  );
  return out;
};

/** Rates read as ranges (min ≤ max) and fixed cuts inside the province's season, in order. */
const ratesAndCuts: Check = (study, cities) => {
  const out: Problem[] = [];
  const season = provinceSeason(cities);
  const items = [
    ...study.shared.gasSupplyPoints.map((g, i) => [`shared.gasSupplyPoints[${i}]`, g] as const),
    ...study.shared.coalRoutes.map((r, i) => [`shared.coalRoutes[${i}]`, r] as const),
  ];
  for (const [path, item] of items) {
    const r = item.disruptions;
    if (r.maxDays < r.minDays)
      out.push(problem(`${path}.disruptions.maxDays`, 'rateDays', { min: String(r.minDays), max: String(r.maxDays) }));
    if (r.maxCutFraction < r.minCutFraction)
      out.push(
        problem(`${path}.disruptions.maxCutFraction`, 'rateCut', {
          min: String(r.minCutFraction),
          max: String(r.maxCutFraction),
        }),
      );
    item.scheduledCuts.forEach((c, k) => {
      const at = `${path}.scheduledCuts[${k}]`;
      if (c.end < c.start) out.push(problem(`${at}.end`, 'cutOrder', { start: c.start, end: c.end }));
      else if (c.start < season.start || c.end > season.end)
        out.push(problem(at, 'cutOutside', { start: c.start, end: c.end, from: season.start, to: season.end }));
    });
  }
  return out;
};

/** Checks that need only the study file (run before any scenario is read). */
export const STUDY_FILE_CHECKS: readonly Check[] = [uniqueCityIds, uniqueSharedIds, referenceCityExists];
/** Checks that need the cities' scenarios. */
export const STUDY_CITY_CHECKS: readonly Check[] = [
  membersExist,
  referenceWeatherIsASeries,
  oneHeatingSeason,
  ratesAndCuts,
];

export function runChecks(checks: readonly Check[], study: Study, cities: readonly CityScenario[] = []): Problem[] {
  return checks.flatMap((c) => c(study, cities));
}
