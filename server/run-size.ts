/**
 * How big a run will be, estimated from the validated scenario before any solve, and the
 * server's limits on it (RUN_TOO_LARGE). Two measures:
 * - day-table cells: days × the quantities of one day (sources, zones, links, yards, gas
 *   supply points and categories), which is what the stored result and its CSV grow with;
 * - LP columns of the largest window: the columns of one day (variables.ts: three a source,
 *   three a zone, two a link, three a yard, two a gas supply point, one a gas category, two for
 *   storage) times the days of a window (all of them in season mode, `lookaheadDays` in
 *   rolling mode, one in daily mode), which is what the solver's time and memory grow with.
 */
import type { Scenario } from '../engine/index.ts';
import { ApiError } from './errors.ts';

export interface RunSize {
  readonly days: number;
  readonly dayCells: number;
  readonly lpColumns: number;
}

export interface RunSizeLimits {
  /** Most day-table cells of one run; default 250 000 (about a 10 MB stored result). */
  readonly maxDayCells: number;
  /** Most LP columns in one window; default 100 000. */
  readonly maxLpColumns: number;
}

export const RUN_SIZE_DEFAULTS: RunSizeLimits = { maxDayCells: 250_000, maxLpColumns: 100_000 };

const DAY_MS = 86_400_000;

export function estimateRunSize(s: Scenario): RunSize {
  const days = Math.round((Date.parse(s.horizon.end) - Date.parse(s.horizon.start)) / DAY_MS) + 1;
  const points = s.gas.supplyPoints.length;
  const categories = s.gas.categories.length;
  const perDay = s.sources.length + s.zones.length + s.links.length + 5 * s.yards.length + points + 2 * categories;
  const columnsPerDay =
    3 * s.sources.length +
    3 * s.zones.length +
    2 * s.links.length +
    3 * s.yards.length +
    2 * points +
    categories +
    (s.gas.storage ? 2 : 0);
  const window =
    s.dispatch.mode === 'season' ? days : s.dispatch.mode === 'rolling' ? Math.min(days, s.dispatch.lookaheadDays) : 1;
  return { days, dayCells: days * perDay, lpColumns: window * columnsPerDay };
}

/** Refuses a run over the limits, naming its estimate, the limit and what to do. */
export function checkRunSize(s: Scenario, limits: RunSizeLimits): RunSize {
  const size = estimateRunSize(s);
  const fmt = (n: number) => n.toLocaleString('en-US');
  if (size.dayCells > limits.maxDayCells)
    throw new ApiError('RUN_TOO_LARGE', {
      path: 'horizon',
      message: `the run's day table would hold about ${fmt(size.dayCells)} values (${fmt(size.days)} days × its sources, zones, links, yards and gas), over the server's limit of ${fmt(limits.maxDayCells)}; shorten the horizon, split the network, or run it with the CLI`,
    });
  if (size.lpColumns > limits.maxLpColumns)
    throw new ApiError('RUN_TOO_LARGE', {
      path: 'dispatch.mode',
      message: `one LP of the run would have about ${fmt(size.lpColumns)} columns (dispatch.mode "${s.dispatch.mode}" over ${fmt(size.days)} days), over the server's limit of ${fmt(limits.maxLpColumns)}; shorten the horizon, use dispatch.mode "daily" or "rolling", or run it with the CLI`,
    });
  return size;
}
