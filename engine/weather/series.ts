/**
 * Daily weather series: parsing, calendar slicing and synthetic series.
 *
 * All calendar arithmetic is done on UTC midnights of ISO `YYYY-MM-DD` dates, so
 * no local time zone or daylight-saving change can shift a day.
 */
import { parse } from 'csv-parse/sync';
import { BoundedMemo } from '../memo.ts';
import { HOURLY_COLUMNS, daysFromHourlyRows } from './hourly-csv.ts';

export interface DayWeather {
  /** ISO calendar date, `YYYY-MM-DD`. */
  date: string;
  tMeanC: number;
  tMinC: number;
  tMaxC: number;
  /**
   * The day's 24 hourly readings, °C (hour h covers h:00 to h+1:00), when the weather file has
   * them (engine/weather/hourly-csv.ts); mean, minimum and maximum above are theirs. Intra-day
   * blocks take their temperature from these; without them, from the sinusoid of the day's
   * mean, minimum and maximum (engine/formulas/diurnal.ts).
   */
  hourlyC?: readonly number[];
}

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COLUMNS = ['date', 't_mean_c', 't_min_c', 't_max_c', 'hours'] as const;

/** UTC milliseconds of a `YYYY-MM-DD` date; throws on a malformed or non-existent date. */
function toUtcMs(date: string): number {
  const m = DATE_RE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    if (new Date(ms).toISOString().slice(0, 10) === date) return ms;
  }
  throw new Error(`invalid date "${date}" (expected an existing YYYY-MM-DD date)`);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` moved by `n` whole days (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`addDays: n must be an integer, got ${n}`);
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** Ranges already spelled out (Monte Carlo asks for the same horizon every run). */
const ranges = new BoundedMemo<readonly string[]>(64);

/** Every calendar date from `start` to `end`, both inclusive; empty if end < start. */
export function datesBetween(start: string, end: string): string[] {
  return ranges
    .get(`${start}|${end}`, () => {
      const out: string[] = [];
      for (let t = toUtcMs(start), b = toUtcMs(end); t <= b; t += DAY_MS) out.push(fromUtcMs(t));
      return out;
    })
    .slice();
}

/** Whether `date` is an existing `YYYY-MM-DD` date. */
function isIsoDate(date: string): boolean {
  try {
    toUtcMs(date);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses the weather CSV, daily or hourly by its header. Daily: `date,t_mean_c,t_min_c,t_max_c`,
 * optionally with `,hours`, the count of readings behind each day, checked when given. Hourly:
 * `date,hour,t_c`, all 24 hours of every day (engine/weather/hourly-csv.ts), each day's mean,
 * minimum and maximum taken from its readings, which it keeps in `hourlyC`. Errors name
 * `source`, the 1-based line and the offending column.
 */
export function parseTemperatureCsv(text: string, source: string): DayWeather[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { info: true, skip_empty_lines: true, trim: true, bom: true }) as unknown as typeof rows;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new Error(`${source}${line ? `:${line}` : ''}: malformed CSV: ${(e as Error).message}`);
  }
  if (rows.length === 0) throw new Error(`${source}: empty file, expected header ${COLUMNS.join(',')}`);
  const header = rows[0].record;
  if (header.join(',') === HOURLY_COLUMNS.join(',')) return daysFromHourlyRows(rows.slice(1), source, isIsoDate);
  const withHours = header.join(',') === COLUMNS.join(',');
  if (!withHours && header.join(',') !== COLUMNS.slice(0, 4).join(',')) {
    throw new Error(
      `${source}:${rows[0].info.lines}: header must be "${COLUMNS.slice(0, 4).join(',')}" (optionally followed by ",hours") or "${HOURLY_COLUMNS.join(',')}" for hourly readings, got "${header.join(',')}"`,
    );
  }
  const out: DayWeather[] = [];
  for (const { record, info } of rows.slice(1)) {
    const where = (col: string) => `${source}:${info.lines} column "${col}"`;
    const date = record[0];
    try {
      toUtcMs(date);
    } catch {
      throw new Error(`${where('date')}: invalid date "${date}"`);
    }
    const prev = out[out.length - 1];
    if (prev && date <= prev.date) {
      throw new Error(`${where('date')}: date ${date} is not after the previous row's ${prev.date}`);
    }
    const num = (i: number): number => {
      const raw = record[i];
      const v = raw === '' ? NaN : Number(raw);
      if (!Number.isFinite(v)) throw new Error(`${where(COLUMNS[i])}: not a number: "${raw}"`);
      return v;
    };
    const [tMeanC, tMinC, tMaxC] = [num(1), num(2), num(3)];
    const hours = withHours ? num(4) : 24;
    if (!Number.isInteger(hours) || hours < 1 || hours > 24) {
      throw new Error(`${where('hours')}: must be an integer 1..24, got ${hours}`);
    }
    if (tMinC > tMeanC) throw new Error(`${where('t_min_c')}: minimum ${tMinC} exceeds mean ${tMeanC}`);
    if (tMaxC < tMeanC) throw new Error(`${where('t_max_c')}: maximum ${tMaxC} is below mean ${tMeanC}`);
    out.push({ date, tMeanC, tMinC, tMaxC });
  }
  return out;
}

/**
 * Exactly one record per calendar day from `startDate` to `endDate` (inclusive),
 * in date order. Throws naming the first missing (or duplicated) date.
 */
export function sliceHorizon(series: DayWeather[], startDate: string, endDate: string, source: string): DayWeather[] {
  const dates = datesBetween(startDate, endDate);
  if (dates.length === 0) throw new Error(`${source}: horizon end ${endDate} is before start ${startDate}`);
  const byDate = new Map<string, DayWeather>();
  for (const d of series) {
    if (d.date < startDate || d.date > endDate) continue;
    if (byDate.has(d.date)) throw new Error(`${source}: date ${d.date} appears more than once`);
    byDate.set(d.date, d);
  }
  return dates.map((date) => {
    const day = byDate.get(date);
    if (!day) {
      throw new Error(
        `${source}: weather series does not cover the horizon ${startDate}..${endDate}; first missing date is ${date}`,
      );
    }
    return { ...day };
  });
}

/**
 * The records of up to `n` consecutive days just before `startDate` that `series` holds, in
 * date order; the lead-in stops at the first day missing going back (so it may be empty).
 * Used to grade the first days of a horizon on the drops from the days before it.
 */
export function leadInDays(series: readonly DayWeather[], startDate: string, n: number, source: string): DayWeather[] {
  const byDate = new Map<string, DayWeather>();
  const first = addDays(startDate, -n);
  for (const d of series) {
    if (d.date < first || d.date >= startDate) continue;
    if (byDate.has(d.date)) throw new Error(`${source}: date ${d.date} appears more than once`);
    byDate.set(d.date, d);
  }
  const out: DayWeather[] = [];
  for (let k = 1; k <= n; k++) {
    const day = byDate.get(addDays(startDate, -k));
    if (!day) break;
    out.unshift({ ...day });
  }
  return out;
}

function band(date: string, tMeanC: number, dailyRangeC: number): DayWeather {
  return { date, tMeanC, tMinC: tMeanC - dailyRangeC / 2, tMaxC: tMeanC + dailyRangeC / 2 };
}

/** Same mean every day; min/max = mean ∓ range/2. */
export function constantSeries(dates: string[], tMeanC: number, dailyRangeC = 8): DayWeather[] {
  return dates.map((d) => band(d, tMeanC, dailyRangeC));
}

/**
 * Smooth series from 12 monthly normals (Jan..Dec means). Each normal is pinned at
 * the middle of its month (day 1 + days-in-month/2) and daily values are linearly
 * interpolated between neighbouring mid-months, wrapping Dec → Jan across years.
 */
export function monthlyNormalsSeries(dates: string[], normalsC: readonly number[], dailyRangeC = 8): DayWeather[] {
  if (normalsC.length !== 12 || !normalsC.every(Number.isFinite)) {
    throw new Error(`monthlyNormalsSeries: need 12 finite monthly normals (Jan..Dec), got ${normalsC.length}`);
  }
  const mid = (y: number, m: number): number => {
    const first = Date.UTC(y, m, 1);
    return first + (Date.UTC(y, m + 1, 1) - first) / 2;
  };
  const normal = (m: number) => normalsC[((m % 12) + 12) % 12];
  return dates.map((date) => {
    const t = toUtcMs(date) + DAY_MS / 2; // noon of the day
    const d = new Date(t);
    const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
    const m0 = t >= mid(y, m) ? m : m - 1;
    const [a, b] = [mid(y, m0), mid(y, m0 + 1)];
    const w = (t - a) / (b - a);
    return band(date, normal(m0) + w * (normal(m0 + 1) - normal(m0)), dailyRangeC);
  });
}

/**
 * The day with `deltaC` added to its mean, minimum, maximum and every hourly reading, so that
 * mean, minimum and maximum stay those of its hours.
 */
export function shiftDay(d: DayWeather, deltaC: number): DayWeather {
  const out: DayWeather = { ...d, tMeanC: d.tMeanC + deltaC, tMinC: d.tMinC + deltaC, tMaxC: d.tMaxC + deltaC };
  if (d.hourlyC) out.hourlyC = d.hourlyC.map((t) => t + deltaC);
  return out;
}

/** New series with `shiftC` added to mean, min and max (and the hourly readings) of every day. */
export function shiftSeries(series: readonly DayWeather[], shiftC: number): DayWeather[] {
  return series.map((d) => shiftDay(d, shiftC));
}
