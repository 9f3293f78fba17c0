/**
 * Which weather a Monte Carlo run gets. Prepared once in the main thread (the series read,
 * the synthetic model fitted), then sent to the workers as plain data; `drawWeather` is a
 * pure function of that data and the run's own random stream.
 *
 *   synthetic   seasonal mean + AR(1) + cold waves (engine/weather/synthetic.ts), the default
 *               when the scenario's weather is a CSV series
 *   bootstrap   matched block bootstrap of the historical seasons (engine/weather/ensemble.ts)
 *   historical  one of the series' own seasons, drawn uniformly
 *   scenario    the scenario's own weather every run (only disruptions vary); the default for
 *               constant, monthly-normals and inline weather
 * The scenario's `coldWaves` are injected on top of whichever is drawn (runScenario does it).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { weatherErrorText } from '../scenario/weather-errors.ts';
import { SHIPPED_SCENARIOS_DIR } from '../run/run-scenario.ts';
import { validateScenario } from '../scenario/validate.ts';
import type { Scenario } from '../scenario/schema.ts';
import { datesBetween, parseTemperatureCsv, shiftSeries, type DayWeather } from '../weather/index.ts';
import {
  bootstrapSeason,
  drawHistorical,
  historicalSeasons,
  type BootstrapOptions,
  type HistoricalSeason,
} from '../weather/ensemble.ts';
import { fitSyntheticModel, syntheticSeason, type SyntheticModel } from '../weather/synthetic.ts';
import type { Rng } from '../random.ts';

export const WEATHER_KINDS = ['synthetic', 'bootstrap', 'historical', 'scenario'] as const;
export type WeatherKind = (typeof WEATHER_KINDS)[number];

export interface WeatherSampler {
  readonly kind: WeatherKind;
  readonly dates: readonly string[];
  readonly seasons: readonly HistoricalSeason[];
  readonly model: SyntheticModel | null;
  readonly bootstrap: BootstrapOptions;
}

export interface WeatherSamplerOptions {
  /** Folder the scenario's weather file is read from. */
  readonly baseDir: string;
  /** A daily series to build the ensemble from instead of the scenario's CSV. */
  readonly series?: readonly DayWeather[];
  /** Target cold-wave frequency of synthetic seasons, events a season (default: the observed one). */
  readonly coldWavesPerSeason?: number;
  readonly bootstrap?: BootstrapOptions;
}

/** The scenario's CSV series (with its °C shift), or null when its weather is not a CSV. */
export function scenarioSeries(s: Scenario, baseDir: string): DayWeather[] | null {
  const w = s.weather;
  if (w.kind !== 'csv') return null;
  const file = isAbsolute(w.file) ? w.file : resolve(baseDir, w.file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new BaogongError(
      'SCENARIO_FILE',
      message('errors.headline.weatherFileMissing', { file: w.file, dir: baseDir }),
      [{ path: 'weather.file', ...message('problems.weather.cannotRead', { file }) }],
    );
  }
  try {
    return shiftSeries(parseTemperatureCsv(text, w.file), w.shiftC);
  } catch (err) {
    const said = weatherErrorText((err as Error).message);
    throw new BaogongError('WEATHER_DATA', said, [{ path: 'weather.file', ...said }]);
  }
}

/** Sets the injected cold-wave rate so that base + injected = the requested frequency. */
function withColdWaveRate(model: SyntheticModel, perSeason: number | undefined): SyntheticModel {
  if (perSeason === undefined) return model;
  const injectedPerSeason = Math.max(0, perSeason - model.coldWaves.basePerSeason);
  const events =
    model.coldWaves.events.length > 0
      ? model.coldWaves.events
      : [{ start: '', grade: 'cold-wave' as const, dropC: 9, days: 3 }];
  return { ...model, coldWaves: { ...model.coldWaves, injectedPerSeason, events } };
}

export function prepareWeather(s: Scenario, kind: WeatherKind, options: WeatherSamplerOptions): WeatherSampler {
  const dates = datesBetween(s.horizon.start, s.horizon.end);
  const empty = { kind, dates, seasons: [], model: null, bootstrap: options.bootstrap ?? {} };
  if (kind === 'scenario') return empty;
  const series = options.series ? [...options.series] : scenarioSeries(s, options.baseDir);
  if (!series) {
    throw new BaogongError(
      'WEATHER_DATA',
      message('errors.headline.ensembleNeedsSeries', { kind, weather: s.weather.kind }),
      [{ path: 'weather.kind', ...message('problems.weather.useScenarioWeather') }],
    );
  }
  const seasons = historicalSeasons(series, s.horizon.start, dates.length);
  if (kind !== 'synthetic' && seasons.length === 0) {
    throw new BaogongError(
      'WEATHER_DATA',
      message('errors.headline.noCompleteSeason', { days: String(dates.length), from: s.horizon.start.slice(5) }),
      [{ path: 'weather.file', ...message('problems.weather.longerSeries') }],
    );
  }
  const model =
    kind === 'synthetic'
      ? withColdWaveRate(fitSyntheticModel(series, s.horizon.start, dates.length), options.coldWavesPerSeason)
      : null;
  return { ...empty, seasons: kind === 'synthetic' ? [] : seasons, model };
}

/** `prepareWeather` for a scenario as written (validated here), e.g. for notebooks and tests. */
export function weatherEnsemble(
  scenarioInput: unknown,
  kind: WeatherKind,
  options: Partial<WeatherSamplerOptions> = {},
): WeatherSampler {
  return prepareWeather(validateScenario(scenarioInput), kind, {
    ...options,
    baseDir: options.baseDir ?? SHIPPED_SCENARIOS_DIR,
  });
}

/** One season of weather for a run: its label and days (undefined: the scenario's own weather). */
export function drawWeather(sampler: WeatherSampler, rng: Rng): { label: string; days: DayWeather[] | undefined } {
  switch (sampler.kind) {
    case 'scenario':
      return { label: 'scenario', days: undefined };
    case 'historical':
      return drawHistorical(sampler.seasons, sampler.dates, rng);
    case 'bootstrap':
      return { label: 'bootstrap', days: bootstrapSeason(sampler.seasons, sampler.dates, rng, sampler.bootstrap) };
    case 'synthetic':
      return { label: 'synthetic', days: syntheticSeason(sampler.model!, sampler.dates, rng) };
    default:
      throw new Error(
        `unknown weather kind "${String(sampler.kind satisfies never)}"; known: ${WEATHER_KINDS.join(', ')}`,
      );
  }
}
