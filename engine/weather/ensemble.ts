/**
 * Weather ensembles for the Monte Carlo: which seasons of weather a run may draw.
 *
 *   historical  the seasons of the shipped series itself, re-dated onto the horizon
 *   bootstrap   a matched block bootstrap of those seasons (Carlstein, Do, Hall, Hesterberg
 *               & Künsch 1998, "Matched-block bootstrap for dependent data", Bernoulli 4(3)):
 *               blocks of `blockDays` days are taken at the same position in the season
 *               (± `jitterDays`) from a random historical season, and of `candidates` such
 *               draws the one whose preceding day best matches the current end of the series
 *               is kept, so joins do not add spurious day-to-day jumps (and cold waves)
 *   synthetic   seasonal mean + AR(1) anomalies + cold waves (./synthetic.ts)
 *
 * Everything is a pure function of its inputs and the `rng` it is given, so a seeded stream
 * per run makes every ensemble member reproducible.
 */
import { addDays, type DayWeather } from './series.ts';

export type Rng = () => number;

export interface HistoricalSeason {
  /** Heating season label, e.g. `2012-13`. */
  readonly label: string;
  readonly days: readonly DayWeather[];
}

export interface BootstrapOptions {
  /** Days per block (default 10: longer than the ~3-day decorrelation time of daily anomalies). */
  readonly blockDays?: number;
  /** Largest shift of a block's source position within the season, days (default 5). */
  readonly jitterDays?: number;
  /** Draws compared at each join, the best-matched kept (default 3; 1 = plain block bootstrap). */
  readonly candidates?: number;
}

export const BOOTSTRAP_DEFAULTS: Required<BootstrapOptions> = { blockDays: 10, jitterDays: 5, candidates: 3 };

/**
 * Every stretch of `length` consecutive days that starts on the month-day of `horizonStart`
 * in some year and that the series covers completely, oldest first.
 */
export function historicalSeasons(
  series: readonly DayWeather[],
  horizonStart: string,
  length: number,
): HistoricalSeason[] {
  const byDate = new Map(series.map((d) => [d.date, d]));
  const monthDay = horizonStart.slice(5);
  if (series.length === 0) return [];
  const firstYear = Number(series[0].date.slice(0, 4));
  const lastYear = Number(series[series.length - 1].date.slice(0, 4));
  const out: HistoricalSeason[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const start = `${y}-${monthDay}`;
    if (!byDate.has(start)) continue;
    const days: DayWeather[] = [];
    for (let k = 0, date = start; k < length; k++, date = addDays(date, 1)) {
      const d = byDate.get(date);
      if (!d) break;
      days.push(d);
    }
    const end = days.at(-1)?.date ?? start;
    if (days.length === length) out.push({ label: `${y}-${end.slice(2, 4)}`, days });
  }
  return out;
}

/** The days of a season put onto the horizon's dates, day k on dates[k]. */
export function onDates(days: readonly DayWeather[], dates: readonly string[]): DayWeather[] {
  if (days.length < dates.length)
    throw new Error(`onDates: season has ${days.length} days, the horizon ${dates.length}`);
  return dates.map((date, k) => ({ date, tMeanC: days[k].tMeanC, tMinC: days[k].tMinC, tMaxC: days[k].tMaxC }));
}

/** One historical season, drawn uniformly. */
export function drawHistorical(
  seasons: readonly HistoricalSeason[],
  dates: readonly string[],
  rng: Rng,
): { label: string; days: DayWeather[] } {
  const s = seasons[Math.floor(rng() * seasons.length)];
  return { label: s.label, days: onDates(s.days, dates) };
}

/** A matched-block bootstrap season on the horizon's dates (see the module comment). */
export function bootstrapSeason(
  seasons: readonly HistoricalSeason[],
  dates: readonly string[],
  rng: Rng,
  options: BootstrapOptions = {},
): DayWeather[] {
  const { blockDays, jitterDays, candidates } = { ...BOOTSTRAP_DEFAULTS, ...options };
  if (seasons.length === 0) throw new Error('bootstrapSeason: no historical seasons to draw from');
  if (!(Number.isInteger(blockDays) && blockDays >= 1))
    throw new Error(`bootstrapSeason: blockDays must be an integer ≥ 1, got ${blockDays}`);
  const n = dates.length;
  const out: Omit<DayWeather, 'date'>[] = [];
  for (let p = 0; p < n; p += blockDays) {
    const len = Math.min(blockDays, n - p);
    let best: { s: readonly DayWeather[]; at: number; score: number } | null = null;
    for (let c = 0; c < Math.max(1, candidates); c++) {
      const s = seasons[Math.floor(rng() * seasons.length)].days;
      const shift = Math.floor(rng() * (2 * jitterDays + 1)) - jitterDays;
      const at = Math.min(Math.max(p + shift, 0), s.length - len);
      // how well the block continues the series: its own preceding day against our last day
      const prev = out.at(-1);
      const score =
        prev && at > 0 ? Math.abs(s[at - 1].tMeanC - prev.tMeanC) + Math.abs(s[at - 1].tMinC - prev.tMinC) : 0;
      if (best === null || score < best.score) best = { s, at, score };
    }
    for (let k = 0; k < len; k++) {
      const d = best!.s[best!.at + k];
      out.push({ tMeanC: d.tMeanC, tMinC: d.tMinC, tMaxC: d.tMaxC });
    }
  }
  return dates.map((date, k) => ({ date, ...out[k] }));
}
