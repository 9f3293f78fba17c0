/**
 * The hourly weather CSV: header `date,hour,t_c`, one row per hour, `hour` the whole clock hour
 * 0..23 the reading stands for (hour h covers h:00 to h+1:00 of the local clock; a station's
 * reading on the hour h:00 is taken for that hour), `t_c` the outdoor temperature, °C.
 *
 * Every day needs all 24 hours, 0 to 23, in order; days go forward (a whole day may be left
 * out, as in the daily file: the horizon's coverage is checked later). Each day becomes one
 * `DayWeather` row: mean, minimum and maximum of its 24 readings, and the readings themselves
 * in `hourlyC`. A row with too few or too many values is a malformed CSV (csv-parse). Errors name the source, the 1-based line and the column. docs/design.md#intra-day-blocks.
 */
import { HOURS_PER_DAY } from '../units.ts';
import type { DayWeather } from './series.ts';

/** The hourly file's header. */
export const HOURLY_COLUMNS = ['date', 'hour', 't_c'] as const;

interface Row {
  readonly record: string[];
  readonly info: { lines: number };
}

/** One complete day of 24 readings. */
function dayOf(date: string, hourlyC: number[]): DayWeather {
  return {
    date,
    tMeanC: hourlyC.reduce((a, t) => a + t, 0) / HOURS_PER_DAY,
    tMinC: Math.min(...hourlyC),
    tMaxC: Math.max(...hourlyC),
    hourlyC,
  };
}

/**
 * The days of an hourly file's rows (header already checked and left out). `dateOk` says
 * whether a text is an existing `YYYY-MM-DD` date.
 */
export function daysFromHourlyRows(rows: readonly Row[], source: string, dateOk: (s: string) => boolean): DayWeather[] {
  const out: DayWeather[] = [];
  let date: string | null = null;
  let hours: number[] = [];
  const missing = (where: string) =>
    `${where}: hour ${hours.length} of ${date} is missing; an hourly file needs all 24 hours (0..23) of every day, in order`;
  for (const { record, info } of rows) {
    const where = (col: string) => `${source}:${info.lines} column "${col}"`;
    const [d, rawHour, rawT] = record;
    if (!dateOk(d)) throw new Error(`${where('date')}: invalid date "${d}"`);
    if (d !== date) {
      if (date !== null && d < date)
        throw new Error(`${where('date')}: date ${d} is not after the previous row's ${date}`);
      if (date !== null && hours.length < HOURS_PER_DAY) throw new Error(missing(where('date')));
      if (date !== null) out.push(dayOf(date, hours));
      date = d;
      hours = [];
    }
    const hour = rawHour === '' ? NaN : Number(rawHour);
    if (!Number.isInteger(hour) || hour < 0 || hour >= HOURS_PER_DAY) {
      throw new Error(`${where('hour')}: must be a whole hour 0..23, got "${rawHour}"`);
    }
    if (hour < hours.length) {
      throw new Error(
        hour === hours.length - 1
          ? `${where('hour')}: hour ${hour} of ${d} appears more than once`
          : `${where('hour')}: hour ${hour} of ${d} comes after hour ${hours.length - 1}; give each day's hours in order 0..23`,
      );
    }
    if (hour > hours.length) throw new Error(missing(where('hour')));
    const t = rawT === '' ? NaN : Number(rawT);
    if (!Number.isFinite(t)) throw new Error(`${where('t_c')}: not a number: "${rawT}"`);
    hours.push(t);
  }
  if (date !== null) {
    if (hours.length < HOURS_PER_DAY) {
      const last = rows[rows.length - 1];
      throw new Error(missing(`${source}:${last.info.lines} column "hour"`));
    }
    out.push(dayOf(date, hours));
  }
  return out;
}
