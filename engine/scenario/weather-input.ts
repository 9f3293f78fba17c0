/**
 * Turns the scenario's weather block into one record per day of the horizon, with the
 * scenario's cold waves injected, every day graded by GB/T 21987 and marked when it lies in
 * a cold spell (the project's own rule, `detectColdSpells`).
 *
 * Grades and spells are worked out on the horizon plus a lead-in of up to `LEAD_IN_DAYS` (9)
 * days before it, taken from the weather when it has them: a day's grade needs the minima of
 * the 3 days before it (the 72 h drop), and a spell can begin up to 6 days before a day it
 * covers. The lead-in stops at the first day the weather lacks (a CSV or inline series that
 * begins on the horizon's first day has none); constant and monthly-normal weather is
 * defined on any date. Cold waves are injected into the series with its lead-in, so a wave
 * on the horizon's first day drops from the day before it. Only horizon days are returned.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { weatherErrorText } from './weather-errors.ts';
import type { Scenario } from './schema.ts';
import { BoundedMemo } from '../memo.ts';
import {
  LEAD_IN_DAYS,
  addDays,
  constantSeries,
  datesBetween,
  gradeWithLeadIn,
  injectColdWave,
  leadInDays,
  monthlyNormalsSeries,
  parseTemperatureCsv,
  shiftSeries,
  sliceHorizon,
  type ColdWaveGrade,
  type DayWeather,
} from '../weather/index.ts';

export interface HorizonWeather {
  readonly dates: readonly string[];
  readonly days: readonly DayWeather[];
  /** GB/T 21987 grade of each horizon day (that day's own criterion, lead-in days used for the drops). */
  readonly coldWave: readonly ColdWaveGrade[];
  /** Whether each horizon day lies in a cold spell (project rule, not the standard; see `detectColdSpells`). */
  readonly coldSpell: readonly boolean[];
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
 * a few files are kept. An hourly file's readings (`hourlyC`) are frozen with their day: the
 * horizon's days share them, and every change to a day (°C shift, cold wave) makes new ones.
 */
const parsedFiles = new BoundedMemo<readonly DayWeather[]>(8);

function parseOnce(text: string, source: string): DayWeather[] {
  return [
    ...parsedFiles.get(text, () =>
      Object.freeze(
        parseTemperatureCsv(text, source).map((d) =>
          Object.freeze(d.hourlyC ? { ...d, hourlyC: Object.freeze([...d.hourlyC]) } : d),
        ),
      ),
    ),
  ];
}

/** A finite series' lead-in and horizon days (the horizon must be covered in full). */
function withLeadIn(
  series: readonly DayWeather[],
  dates: string[],
  source: string,
): { lead: DayWeather[]; days: DayWeather[] } {
  const [start, end] = [dates[0], dates[dates.length - 1]];
  return { lead: leadInDays(series, start, LEAD_IN_DAYS, source), days: sliceHorizon([...series], start, end, source) };
}

/** Lead-in days (possibly none) and horizon days of the scenario's own weather. */
function baseSeries(s: Scenario, dates: string[], opts: WeatherOptions): { lead: DayWeather[]; days: DayWeather[] } {
  const w = s.weather;
  const leadDates = datesBetween(addDays(dates[0], -LEAD_IN_DAYS), addDays(dates[0], -1));
  const split = (all: DayWeather[]) => ({ lead: all.slice(0, LEAD_IN_DAYS), days: all.slice(LEAD_IN_DAYS) });
  switch (w.kind) {
    case 'csv': {
      const file = isAbsolute(w.file) ? w.file : resolve(opts.baseDir, w.file);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new BaogongError(
          'SCENARIO_FILE',
          message('errors.headline.weatherFileMissing', { file: w.file, dir: opts.baseDir }),
          [{ path: 'weather.file', ...message('problems.weather.cannotReadRelative', { file }) }],
        );
      }
      const { lead, days } = withLeadIn(parseOnce(text, w.file), dates, w.file);
      return { lead: shiftSeries(lead, w.shiftC), days: shiftSeries(days, w.shiftC) };
    }
    case 'constant':
      return split(constantSeries([...leadDates, ...dates], w.tMeanC, w.dailyRangeC));
    case 'monthly-normals':
      return split(monthlyNormalsSeries([...leadDates, ...dates], w.tMeanCByMonth, w.dailyRangeC));
    case 'inline':
      return withLeadIn(
        w.days.map((d) => ({ ...d })),
        dates,
        'weather.days',
      );
  }
}

/** The horizon's weather after cold-wave injection, with GB/T 21987 grades and cold spells. */
export function horizonWeather(s: Scenario, opts: WeatherOptions): HorizonWeather {
  const dates = datesBetween(s.horizon.start, s.horizon.end);
  let all: DayWeather[];
  let leadDays: number;
  try {
    const { lead, days } = opts.series ? withLeadIn(opts.series, dates, 'weather series') : baseSeries(s, dates, opts);
    all = [...lead, ...days];
    leadDays = lead.length;
    for (const wave of s.coldWaves) all = injectColdWave(all, wave);
  } catch (err) {
    if (err instanceof BaogongError) throw err;
    const said = weatherErrorText((err as Error).message);
    throw new BaogongError('WEATHER_DATA', said, [{ path: 'weather', ...said }]);
  }
  const { coldWave, coldSpell } = gradeWithLeadIn(all, leadDays);
  return { dates, days: all.slice(leadDays), coldWave, coldSpell };
}
