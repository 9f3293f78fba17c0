/**
 * One province season: draw the province's weather and the shared disruptions once, then run
 * every city's season (`runScenario`) with its shifted weather, the shared windows on what it
 * shares and its own draws on the rest, and keep the figures the study adds up. A pure
 * function of (setup, job): which thread or machine runs it, and when, changes nothing.
 *
 * A city FAILS in a season when it cuts homes' gas (a residential category), leaves homes
 * without heat, or lets a yard fall below its reserve floor; the day it fails is the first
 * such day. The province's figures are the sums (heat, gas) and the "any city" of the cities'.
 */
import type { RunResult } from '../run/result.ts';
import { runScenario } from '../run/run-scenario.ts';
import { exceedsNoise } from '../tolerances.ts';
import { citySeasonScenario, drawShared } from './disruptions.ts';
import type { ProvinceSetup, ProvinceSetupCity } from './setup.ts';
import { cityWeather, drawProvinceWeather, type ProvinceDraw } from './weather.ts';

export interface ProvinceJob {
  readonly index: number;
}

/** The gas categories that are homes' (as the run's `homesProtected` reads them). */
const HOMES_GAS = ['residential', 'heating-residential'] as const;

/** What a city fails by: homes' gas cut, homes' heat unserved, a yard below its floor. */
export type FailureKind = 'homes-gas' | 'homes-heat' | 'reserve';

export interface CitySeason {
  readonly unservedHeatMWh: number;
  readonly unservedResidentialHeatMWh: number;
  readonly gasCutM3: number;
  /** Of it, cut from homes' categories (residential, heating-residential), m³. */
  readonly homesGasCutM3: number;
  /** Homes' gas cut (beyond noise). */
  readonly homesGasCut: boolean;
  /** Homes' gas cut or homes' heat unserved (the run's `homesProtected` false). */
  readonly homesCut: boolean;
  readonly reserveBreach: boolean;
  readonly firstReserveBreach: string | null;
  /** The first day the city failed (homes' gas, homes' heat or a floor), null when it did not. */
  readonly firstFailure: string | null;
  /** What it failed by on that day. */
  readonly failedBy: readonly FailureKind[];
  readonly minDaysOfCover: number | null;
  readonly minTempC: number;
  /** Days with a coal disruption at some yard, shared or local, d. */
  readonly coalDisruptionDays: number;
  readonly gasDisruptionDays: number;
  readonly costYuan: number;
  readonly shortageCostYuan: number;
}

export interface ProvinceSeason {
  /** Σ cities, MWh and m³. */
  readonly unservedHeatMWh: number;
  readonly unservedResidentialHeatMWh: number;
  readonly gasCutM3: number;
  readonly homesGasCutM3: number;
  /** Some city cut homes' gas; cut homes' gas or heat; some yard breached its floor; some city failed. */
  readonly anyHomesGasCut: boolean;
  readonly anyHomesCut: boolean;
  readonly anyReserveBreach: boolean;
  readonly anyFailure: boolean;
  readonly firstFailure: string | null;
  /** The cities that failed first (on `firstFailure`; more than one on a tie), in study order. */
  readonly firstToFail: readonly string[];
}

export interface ProvinceRow {
  readonly index: number;
  /** `synthetic`, `bootstrap` or the historical season drawn. */
  readonly weather: string;
  /** Lowest daily mean of the draw (the reference city's), °C. */
  readonly minTempC: number;
  /** Days each shared item was disrupted this season, d. */
  readonly sharedDisruptionDays: {
    readonly gas: Readonly<Record<string, number>>;
    readonly coal: Readonly<Record<string, number>>;
  };
  /** By city id, in study order. */
  readonly cities: Readonly<Record<string, CitySeason>>;
  readonly province: ProvinceSeason;
}

/**
 * The first day a daily amount shows: the first beyond the report noise (REPORT_NOISE), else,
 * when only the season's sum passes it, the first that is not zero.
 */
function firstDay(r: RunResult, amount: (d: RunResult['days'][number]) => number): string | null {
  return (r.days.find((d) => exceedsNoise(amount(d))) ?? r.days.find((d) => amount(d) > 0))?.date ?? null;
}

/** The first day of each way the city failed, from its day records (only when the season's figure says it failed). */
function firstFailure(r: RunResult): { date: string | null; by: FailureKind[] } {
  const s = r.summary;
  const homesGas = (d: RunResult['days'][number]) =>
    HOMES_GAS.reduce((a, c) => a + (d.gas.categories[c]?.cutM3 ?? 0), 0);
  const homesHeat = (d: RunResult['days'][number]) =>
    Object.values(d.zones).reduce((a, z) => a + z.unservedResidentialMWh, 0);
  const firsts: Array<[FailureKind, string | null]> = [
    ['homes-gas', HOMES_GAS.some((c) => exceedsNoise(s.gasCutM3ByCategory[c] ?? 0)) ? firstDay(r, homesGas) : null],
    ['homes-heat', exceedsNoise(s.unservedResidentialHeatMWh) ? firstDay(r, homesHeat) : null],
    ['reserve', s.firstReserveBreach],
  ];
  const dates = firsts.map(([, d]) => d).filter((d): d is string => d !== null);
  if (dates.length === 0) return { date: null, by: [] };
  const date = dates.sort()[0];
  return { date, by: firsts.filter(([, d]) => d === date).map(([k]) => k) };
}

function citySeason(r: RunResult, coalDays: number, gasDays: number): CitySeason {
  const s = r.summary;
  const cuts = s.gasCutM3ByCategory;
  const fail = firstFailure(r);
  return {
    unservedHeatMWh: s.unservedHeatMWh,
    unservedResidentialHeatMWh: s.unservedResidentialHeatMWh,
    gasCutM3: Object.values(cuts).reduce((a: number, b) => a + (b ?? 0), 0),
    homesGasCutM3: HOMES_GAS.reduce((a, c) => a + (cuts[c] ?? 0), 0),
    homesGasCut: HOMES_GAS.some((c) => exceedsNoise(cuts[c] ?? 0)),
    homesCut: !s.homesProtected,
    reserveBreach: s.firstReserveBreach !== null,
    firstReserveBreach: s.firstReserveBreach,
    firstFailure: fail.date,
    failedBy: fail.by,
    minDaysOfCover: s.minDaysOfCover,
    minTempC: Math.min(...r.days.map((d) => d.outdoorTempC)),
    coalDisruptionDays: coalDays,
    gasDisruptionDays: gasDays,
    costYuan: s.costYuan,
    shortageCostYuan: s.shortageCostYuan,
  };
}

/** The province's figures of a season, re-derived from its cities' (sums and "any"). */
export function provinceSeason(cities: Readonly<Record<string, CitySeason>>): ProvinceSeason {
  const all = Object.entries(cities);
  const sum = (f: (c: CitySeason) => number) => all.reduce((a, [, c]) => a + f(c), 0);
  const failures = all.filter(([, c]) => c.firstFailure !== null).map(([id, c]) => [id, c.firstFailure!] as const);
  const first = failures.length > 0 ? failures.map(([, d]) => d).sort()[0] : null;
  return {
    unservedHeatMWh: sum((c) => c.unservedHeatMWh),
    unservedResidentialHeatMWh: sum((c) => c.unservedResidentialHeatMWh),
    gasCutM3: sum((c) => c.gasCutM3),
    homesGasCutM3: sum((c) => c.homesGasCutM3),
    anyHomesGasCut: all.some(([, c]) => c.homesGasCut),
    anyHomesCut: all.some(([, c]) => c.homesCut),
    anyReserveBreach: all.some(([, c]) => c.reserveBreach),
    anyFailure: first !== null,
    firstFailure: first,
    firstToFail: failures.filter(([, d]) => d === first).map(([id]) => id),
  };
}

async function runCity(
  setup: ProvinceSetup,
  c: ProvinceSetupCity,
  draw: ProvinceDraw,
  index: number,
  shared: ReturnType<typeof drawShared>,
) {
  const season = citySeasonScenario(c.id, c.scenario, c.rates, setup.shared, shared, setup.seed, index);
  const result = await runScenario(season.scenario, {
    mode: setup.mode,
    solver: setup.solver,
    weatherSeries: cityWeather(setup.weather, draw, c.id, c.scenario),
    reserveBurnsT: c.reserveBurnsT,
  });
  return citySeason(result, season.coalDisruptionDays, season.gasDisruptionDays);
}

export async function evaluateProvinceJob(setup: ProvinceSetup, job: ProvinceJob): Promise<ProvinceRow> {
  const draw = drawProvinceWeather(setup.weather, setup.seed, job.index);
  const shared = drawShared(setup.shared, setup.dates, setup.seed, job.index);
  const cities: Record<string, CitySeason> = {};
  for (const c of setup.cities) cities[c.id] = await runCity(setup, c, draw, job.index, shared);
  const covered = (windows: Readonly<Record<string, readonly { start: string; end: string }[]>>) =>
    Object.fromEntries(
      Object.entries(windows).map(([id, ws]) => [
        id,
        setup.dates.filter((d) => ws.some((w) => w.start <= d && d <= w.end)).length,
      ]),
    );
  return {
    index: job.index,
    weather: draw.label,
    minTempC: Math.min(...draw.days.map((d) => d.tMeanC)),
    sharedDisruptionDays: { gas: covered(shared.gas), coal: covered(shared.coal) },
    cities,
    province: provinceSeason(cities),
  };
}

/** The contract's evaluate: rows in the jobs' order, each carrying its index. */
export async function evaluateProvinceJobs(setup: ProvinceSetup, jobs: readonly ProvinceJob[]): Promise<ProvinceRow[]> {
  const out: ProvinceRow[] = [];
  for (const job of jobs) out.push(await evaluateProvinceJob(setup, job));
  return out;
}
