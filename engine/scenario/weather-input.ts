/**
 * Turns the scenario's weather block into one record per day of the horizon, with the
 * scenario's cold waves injected and every day labelled by GB/T 21987 grade.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { BaogongError } from '../errors.ts';
import type { Scenario } from '../../scenarios/schema.ts';
import { BoundedMemo } from '../memo.ts';
import {
  constantSeries, datesBetween, detectColdWaves, injectColdWave, monthlyNormalsSeries, parseTemperatureCsv, shiftSeries, sliceHorizon,
  type ColdWaveGrade, type DayWeather,
} from '../weather/index.ts';

export interface HorizonWeather {
  readonly dates: readonly string[];
  readonly days: readonly DayWeather[];
  readonly coldWave: readonly ColdWaveGrade[];
}

export interface WeatherOptions {
  /** Folder that relative weather files are read from. */
  readonly baseDir: string;
  /** A ready series that replaces the scenario's weather (Monte Carlo, tests). */
  readonly series?: readonly DayWeather[];
}

/**
 * Parsed weather files, keyed by their text. Parsing the shipped 1 826-row series costs about
 * 10 ms, a fifth of a daily-mode season; the file is still read on every run, so an edited file
 * is parsed afresh, and a result never depends on what ran before. Rows are frozen; at most
 * a few files are kept.
 */
const parsedFiles = new BoundedMemo<readonly DayWeather[]>(8);

function parseOnce(text: string, source: string): DayWeather[] {
  return [...parsedFiles.get(text, () => Object.freeze(parseTemperatureCsv(text, source).map((d) => Object.freeze(d))))];
}

function baseSeries(s: Scenario, dates: string[], opts: WeatherOptions): DayWeather[] {
  const w = s.weather;
  switch (w.kind) {
    case 'csv': {
      const file = isAbsolute(w.file) ? w.file : resolve(opts.baseDir, w.file);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new BaogongError('SCENARIO_FILE', `weather file ${w.file} not found (looked in ${opts.baseDir})`, [{ path: 'weather.file', message: `cannot read ${file}; give a path relative to the scenario file` }]);
      }
      return shiftSeries(sliceHorizon(parseOnce(text, w.file), dates[0], dates[dates.length - 1], w.file), w.shiftC);
    }
    case 'constant':
      return constantSeries(dates, w.tMeanC, w.dailyRangeC);
    case 'monthly-normals':
      return monthlyNormalsSeries(dates, w.tMeanCByMonth, w.dailyRangeC);
    case 'inline':
      return sliceHorizon(w.days.map((d) => ({ ...d })), dates[0], dates[dates.length - 1], 'weather.days');
  }
}

/** The horizon's weather after cold-wave injection, with GB/T 21987 labels. */
export function horizonWeather(s: Scenario, opts: WeatherOptions): HorizonWeather {
  const dates = datesBetween(s.horizon.start, s.horizon.end);
  let days: DayWeather[];
  try {
    days = opts.series ? sliceHorizon([...opts.series], dates[0], dates[dates.length - 1], 'weather series') : baseSeries(s, dates, opts);
    for (const wave of s.coldWaves) days = injectColdWave(days, wave);
  } catch (err) {
    if (err instanceof BaogongError) throw err;
    throw new BaogongError('WEATHER_DATA', (err as Error).message, [{ path: 'weather', message: (err as Error).message }]);
  }
  return { dates, days, coldWave: detectColdWaves(days) };
}
