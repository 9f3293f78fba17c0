/**
 * One weather draw per season for the whole province, so a cold wave hits every city on the
 * same days. The season is drawn once, over the province's season (the earliest city start to
 * the latest city end), from the reference city's series with the single-city sampler
 * (engine/risk/weather-sampler.ts) and the season's own stream (seed, index): the same draw
 * `baogong risk` would give the reference city for that season. Each city then gets it shifted
 * by the difference of design outdoor temperatures (GB 50736), and cut to its own horizon:
 *
 *   T_city(d) = T_draw(d) + (T_design,city − T_design,ref)      for mean, minimum and maximum, °C
 *
 * So the anomaly (the draw's departure from the reference city's climate) is the province's,
 * and the level is each city's. With `shift: none` every city gets the draw as it is.
 */
import { RUN_STREAMS, runRng } from '../random.ts';
import { SHIPPED_SCENARIOS_DIR } from '../run/run-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Study } from '../scenario/schema-study.ts';
import { drawWeather, prepareWeather, type WeatherSampler } from '../risk/weather-sampler.ts';
import { datesBetween, shiftSeries, type DayWeather } from '../weather/index.ts';
import { provinceSeason } from './checks.ts';
import type { ProvinceCity } from './load.ts';

export interface ProvinceWeather {
  readonly referenceCity: string;
  readonly shift: Study['shared']['weather']['shift'];
  /** The province's season, first and last day. */
  readonly start: string;
  readonly end: string;
  readonly sampler: WeatherSampler;
  /** Each city's shift from the draw, °C, by city id. */
  readonly shiftC: Readonly<Record<string, number>>;
}

export interface ProvinceDraw {
  readonly label: string;
  /** The reference city's temperatures over the province's season. */
  readonly days: readonly DayWeather[];
}

const designC = (s: Scenario) => s.weather.designOutdoorTempC;

/** Prepared once for a study: the sampler fitted on the reference city's series over the province's season. */
export function prepareProvinceWeather(study: Study, cities: readonly ProvinceCity[]): ProvinceWeather {
  const w = study.shared.weather;
  const ref = cities.find((c) => c.id === (w.referenceCity ?? cities[0].id))!;
  const season = provinceSeason(cities);
  // the reference city's weather over the province's season: its series (with its own shift), longer horizon
  const onSeason: Scenario = { ...ref.scenario, horizon: { ...ref.scenario.horizon, ...season } };
  const sampler = prepareWeather(onSeason, w.kind, { baseDir: ref.baseDir ?? SHIPPED_SCENARIOS_DIR });
  const shiftC = Object.fromEntries(
    cities.map((c) => [c.id, w.shift === 'none' ? 0 : designC(c.scenario) - designC(ref.scenario)]),
  );
  return { referenceCity: ref.id, shift: w.shift, ...season, sampler, shiftC };
}

/** Season `index`'s draw for the whole province (the weather stream of (seed, index), as in `baogong risk`). */
export function drawProvinceWeather(w: ProvinceWeather, seed: number, index: number): ProvinceDraw {
  const drawn = drawWeather(w.sampler, runRng(seed, index, RUN_STREAMS.weather));
  // the province's kinds always give days (no `scenario` kind: checks.ts asks for a series)
  return { label: drawn.label, days: drawn.days ?? [] };
}

/** One city's weather for the season: the draw shifted to its design temperature, on its own horizon. */
export function cityWeather(w: ProvinceWeather, draw: ProvinceDraw, city: string, s: Scenario): DayWeather[] {
  const dates = new Set(datesBetween(s.horizon.start, s.horizon.end));
  return shiftSeries(
    draw.days.filter((d) => dates.has(d.date)),
    w.shiftC[city],
  );
}
