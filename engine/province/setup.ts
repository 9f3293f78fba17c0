/**
 * A province study's options, normalised once into a `ProvinceSetup`: plain data (scenarios,
 * the fitted weather model, rates, each yard's reserve figures) that the main thread, every
 * worker thread and every queue worker share, so a season is a pure function of (setup,
 * index). Nothing in it names a file: a setup prepared on one machine runs on any other.
 */
import type { RunOptions } from '../run/run-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Study } from '../scenario/schema-study.ts';
import { normaliseRates, resolveRuns, resolveSeed } from '../risk/options.ts';
import { reserveBurnsForStudy } from '../run/run-scenario.ts';
import { datesBetween } from '../weather/index.ts';
import type { CityRates, SharedItems } from './disruptions.ts';
import type { ProvinceSpec } from './load.ts';
import { prepareProvinceWeather, type ProvinceWeather } from './weather.ts';

export interface ProvinceOptions {
  /** Seasons (default the study's `runs`, else 200). */
  readonly runs?: number;
  /** Seed (default the study's `seed`, else 1). */
  readonly seed?: number;
  /** Worker threads of the local pool; 0 runs in this thread (default: cores, at most runs). */
  readonly workers?: number;
  /** Overrides every city's `dispatch.mode`. */
  readonly mode?: RunOptions['mode'];
  /** LP solver (default `auto`). */
  readonly solver?: RunOptions['solver'];
  /** Called as seasons complete, in the main thread. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ProvinceSetupCity {
  readonly id: string;
  readonly names: { readonly en: string; readonly zh: string };
  readonly scenario: Scenario;
  readonly rates: CityRates;
  /** Each yard's maximum daily burn on every basis, measured once on the city's own weather (as `baogong risk`). */
  readonly reserveBurnsT?: RunOptions['reserveBurnsT'];
}

export interface ProvinceSetup {
  readonly studyId: string;
  readonly name: string;
  readonly description: string;
  /** The study's name by language (its translations, else `name`, else the id). */
  readonly names: { readonly en: string; readonly zh: string };
  readonly runs: number;
  readonly seed: number;
  readonly mode: RunOptions['mode'];
  readonly solver: RunOptions['solver'];
  readonly weather: ProvinceWeather;
  readonly cities: readonly ProvinceSetupCity[];
  readonly shared: SharedItems;
  /** The province's season, day by day (shared draws are made on it). */
  readonly dates: readonly string[];
  readonly localDisruptions: Study['localDisruptions'];
}

function sharedItems(study: Study): SharedItems {
  return {
    gas: study.shared.gasSupplyPoints.map((g) => ({
      id: g.id,
      rates: normaliseRates('gas', g.disruptions, undefined),
      scheduledCuts: g.scheduledCuts,
      members: g.cities.map((m) => ({ city: m.city, member: m.supplyPoint })),
    })),
    coal: study.shared.coalRoutes.map((r) => ({
      id: r.id,
      rates: normaliseRates('coal', r.disruptions, undefined),
      scheduledCuts: r.scheduledCuts,
      members: r.cities.map((m) => ({ city: m.city, member: m.yard })),
    })),
  };
}

/**
 * The setup of a checked study (`loadProvinceStudy` or `provinceSpec`): the weather model fitted
 * on the reference city's series and each city's reserve figures measured once (an LP each,
 * hence async). Runs and seed: the options', else the study's, else 200 and 1.
 */
export async function prepareProvince(spec: ProvinceSpec, options: ProvinceOptions = {}): Promise<ProvinceSetup> {
  const { study } = spec;
  const weather = prepareProvinceWeather(study, spec.cities);
  const solver = options.solver ?? 'auto';
  const cities: ProvinceSetupCity[] = [];
  for (const c of spec.cities) {
    const risk = c.scenario.risk;
    const reserveBurnsT = await reserveBurnsForStudy(c.scenario, { baseDir: c.baseDir, mode: options.mode, solver });
    cities.push({
      id: c.id,
      names: c.names,
      scenario: c.scenario,
      rates: {
        coal: normaliseRates('coal', risk.coalDisruptions, undefined),
        gas: normaliseRates('gas', risk.gasDisruptions, undefined),
        keepOwn: risk.keepScenarioDisruptions,
        local: study.localDisruptions === 'city-rates',
      },
      ...(reserveBurnsT ? { reserveBurnsT } : {}),
    });
  }
  return {
    studyId: study.id,
    name: study.name,
    description: study.description,
    names: {
      en: study.translations?.en?.name ?? (study.name || study.id),
      zh: study.translations?.zh?.name ?? (study.name || study.id),
    },
    runs: resolveRuns(options.runs ?? study.runs),
    seed: resolveSeed(options.seed ?? study.seed),
    mode: options.mode,
    solver,
    weather,
    cities,
    shared: sharedItems(study),
    dates: datesBetween(weather.start, weather.end),
    localDisruptions: study.localDisruptions,
  };
}
