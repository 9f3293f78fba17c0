/**
 * What a province study's seasons add up to: for the province, the probability that any city
 * cuts homes' gas or heat, that any yard breaches its floor, that any city fails, with Wilson
 * intervals, and the quantiles of the province's unserved heat and gas cut; for each city the
 * same probabilities and quantiles, and how often it fails FIRST.
 *
 * Fails first: in a season where some city fails, the city (or cities) whose first failure
 * has the earliest date. A tie of k cities gives each 1/k of the season, so the cities'
 * `failsFirst.share` add up to the province's P(any city fails); `seasons` counts the
 * seasons a city was first alone or tied. Deterministic: rows are read in index order.
 */
import { quantiles, wilson, type Probability, type Quantiles } from '../risk/distribution.ts';
import { exceedsNoise } from '../tolerances.ts';
import type { DisruptionRates } from '../risk/options.ts';
import type { ProvinceRow } from './evaluate.ts';
import type { ProvinceSetup } from './setup.ts';

export interface CityDistribution {
  readonly id: string;
  readonly names: { readonly en: string; readonly zh: string };
  readonly scenarioId: string;
  /** The city's weather: the province's draw plus this, °C. */
  readonly weatherShiftC: number;
  readonly probability: {
    readonly homesGasCut: Probability;
    readonly homesCut: Probability;
    readonly reserveBreach: Probability;
    readonly unservedHeat: Probability;
    readonly failure: Probability;
  };
  readonly unservedHeatMWh: Quantiles;
  readonly gasCutM3: Quantiles;
  readonly failsFirst: {
    /** Share of seasons it failed first (a tie of k cities counts 1/k), 0..1. */
    readonly share: number;
    /** Seasons it was first, alone or tied. */
    readonly seasons: number;
    /** Of them, tied with another city. */
    readonly tiedSeasons: number;
  };
}

export interface ProvinceDistribution {
  readonly runs: number;
  readonly probability: {
    /** Some city cut homes' gas (a residential category). */
    readonly anyHomesGasCut: Probability;
    /** Some city cut homes' gas or left homes without heat. */
    readonly anyHomesCut: Probability;
    /** Some yard fell below its reserve floor. */
    readonly anyReserveBreach: Probability;
    readonly anyUnservedHeat: Probability;
    /** Some city failed (one of the three above). */
    readonly anyFailure: Probability;
  };
  /** Σ cities per season. */
  readonly unservedHeatMWh: Quantiles;
  readonly unservedResidentialHeatMWh: Quantiles;
  readonly gasCutM3: Quantiles;
  readonly cities: readonly CityDistribution[];
}

export interface ProvinceResult {
  readonly studyId: string;
  readonly name: string;
  readonly names: { readonly en: string; readonly zh: string };
  readonly runs: number;
  readonly seed: number;
  readonly weather: {
    readonly kind: string;
    readonly referenceCity: string;
    readonly shift: string;
    readonly start: string;
    readonly end: string;
  };
  readonly localDisruptions: string;
  readonly shared: {
    readonly gasSupplyPoints: ReadonlyArray<SharedSummary>;
    readonly coalRoutes: ReadonlyArray<SharedSummary>;
  };
  readonly distribution: ProvinceDistribution;
  readonly rows: readonly ProvinceRow[];
}

export interface SharedSummary {
  readonly id: string;
  readonly rates: DisruptionRates;
  readonly scheduledCuts: number;
  readonly members: ReadonlyArray<{ readonly city: string; readonly member: string }>;
  /** Share of seasons with at least one day disrupted, 0..1. */
  readonly disruptedShare: number;
}

function cityDistribution(setup: ProvinceSetup, rows: readonly ProvinceRow[], k: number): CityDistribution {
  const c = setup.cities[k];
  const n = rows.length;
  const seasons = rows.map((r) => r.cities[c.id]);
  const share = (f: (s: (typeof seasons)[number]) => boolean) => wilson(seasons.filter(f).length, n);
  let first = 0,
    firstSeasons = 0,
    tied = 0;
  for (const r of rows) {
    const who = r.province.firstToFail;
    if (!who.includes(c.id)) continue;
    first += 1 / who.length;
    firstSeasons++;
    if (who.length > 1) tied++;
  }
  return {
    id: c.id,
    names: c.names,
    scenarioId: c.scenario.id,
    weatherShiftC: setup.weather.shiftC[c.id],
    probability: {
      homesGasCut: share((s) => s.homesGasCut),
      homesCut: share((s) => s.homesCut),
      reserveBreach: share((s) => s.reserveBreach),
      unservedHeat: share((s) => exceedsNoise(s.unservedHeatMWh)),
      failure: share((s) => s.firstFailure !== null),
    },
    unservedHeatMWh: quantiles(seasons.map((s) => s.unservedHeatMWh)),
    gasCutM3: quantiles(seasons.map((s) => s.gasCutM3)),
    failsFirst: { share: n > 0 ? first / n : 0, seasons: firstSeasons, tiedSeasons: tied },
  };
}

/** The distribution of a study's seasons (rows in index order). */
export function provinceDistribution(setup: ProvinceSetup, rows: readonly ProvinceRow[]): ProvinceDistribution {
  const n = rows.length;
  const share = (f: (r: ProvinceRow) => boolean) => wilson(rows.filter(f).length, n);
  return {
    runs: n,
    probability: {
      anyHomesGasCut: share((r) => r.province.anyHomesGasCut),
      anyHomesCut: share((r) => r.province.anyHomesCut),
      anyReserveBreach: share((r) => r.province.anyReserveBreach),
      anyUnservedHeat: share((r) => exceedsNoise(r.province.unservedHeatMWh)),
      anyFailure: share((r) => r.province.anyFailure),
    },
    unservedHeatMWh: quantiles(rows.map((r) => r.province.unservedHeatMWh)),
    unservedResidentialHeatMWh: quantiles(rows.map((r) => r.province.unservedResidentialHeatMWh)),
    gasCutM3: quantiles(rows.map((r) => r.province.gasCutM3)),
    cities: setup.cities.map((_, k) => cityDistribution(setup, rows, k)),
  };
}

/**
 * The contract's summarise: the study's result from its rows sorted by index (checked: a
 * missing or repeated season would bias every figure). No clock value in it.
 */
export function summariseProvince(setup: ProvinceSetup, rows: readonly ProvinceRow[]): ProvinceResult {
  rows.forEach((r, i) => {
    if (r.index !== i)
      throw new Error(
        `summariseProvince: rows must be seasons 0..${rows.length - 1} in order; row ${i} is season ${r.index}`,
      );
  });
  const shared = (kind: 'gas' | 'coal') =>
    setup.shared[kind].map((it) => ({
      id: it.id,
      rates: it.rates,
      scheduledCuts: it.scheduledCuts.length,
      members: it.members,
      disruptedShare:
        rows.length > 0 ? rows.filter((r) => r.sharedDisruptionDays[kind][it.id] > 0).length / rows.length : 0,
    }));
  return {
    studyId: setup.studyId,
    name: setup.name,
    names: setup.names,
    runs: rows.length,
    seed: setup.seed,
    weather: {
      kind: setup.weather.sampler.kind,
      referenceCity: setup.weather.referenceCity,
      shift: setup.weather.shift,
      start: setup.weather.start,
      end: setup.weather.end,
    },
    localDisruptions: setup.localDisruptions,
    shared: { gasSupplyPoints: shared('gas'), coalRoutes: shared('coal') },
    distribution: provinceDistribution(setup, rows),
    rows,
  };
}
