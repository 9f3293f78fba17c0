/**
 * Coal reserve sizing (`baogong size-reserve`): the smallest opening stock — and, as a second
 * answer, the smallest steady delivery rate — such that a yard's 30-day floor
 * (floor = reserveDays × maxDailyBurn, the plans' 储备量不得少于30天的日最大耗煤量; docs/design.md#reserve-floor)
 * holds on every day of the season in at least `target` of the Monte Carlo seasons.
 *
 * Both are searched by bracketing and bisection over the same seasons (threshold-search.ts)
 * to a stated tolerance: by default 0.2 % of the floor for the stock (t) and 0.2 % of the
 * maximum daily burn for the rate (t/day). The first guess is the target quantile of each
 * season's linear estimate (the scenario's value plus the extra stock or rate that would just
 * have held the floor if the dispatch did not react), which the runs then correct. The curve
 * "value → share of seasons that hold" is every value tried, plus a few points across the
 * seasons' estimates.
 */
import { quantileSorted } from 'simple-statistics';
import { validateScenario } from '../scenario/validate.ts';
import type { Job, RunRow } from './evaluate.ts';
import { defaultWorkers } from './batch-executor.ts';
import { createExecutor, type Executor } from './executor.ts';
import { prepareRisk, resolveRuns, withReserveBurns, type RiskOptions } from './options.ts';
import { ThresholdSearch, type CurvePoint } from './threshold-search.ts';
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';

export interface SizingOptions extends RiskOptions {
  /** Share of seasons in which the floor must hold all season (default 0.95). */
  readonly target?: number;
  /** Yard to size (default the scenario's first). */
  readonly yard?: string;
  readonly toleranceT?: number;
  readonly toleranceTPerDay?: number;
  /** Extra points on each curve (default 6). */
  readonly curvePoints?: number;
  /** Also size the steady delivery rate (default true). */
  readonly deliveryRate?: boolean;
}

export interface SizingAnswer {
  readonly parameter: 'openingStockT' | 'steadyDeliveryTPerDay';
  /** The scenario's own value (for the rate: its base rate). */
  readonly scenarioValue: number;
  /** Smallest value meeting the target, within `tolerance` above the true threshold; null when even `upperLimit` does not. */
  readonly answer: number | null;
  readonly tolerance: number;
  readonly upperLimit: number;
  readonly probabilityAtAnswer: number | null;
  /** Share of seasons that hold at the scenario's own value. */
  readonly probabilityAtScenarioValue: number;
  readonly curve: readonly CurvePoint[];
  /** Seasons solved for this answer. */
  readonly evaluations: number;
}

export interface ReserveSizingResult {
  readonly scenarioId: string;
  readonly yard: string;
  readonly target: number;
  readonly runs: number;
  readonly seed: number;
  readonly mode: string;
  readonly weather: string;
  readonly floorT: number;
  readonly maxDailyBurnT: number;
  readonly openingStock: SizingAnswer;
  readonly deliveryRate: SizingAnswer | null;
  readonly timing: { readonly workers: number; readonly wallMs: number };
}

const holdsFor = (yard: string) => (r: RunRow) => r.yards[yard].firstBreach === null;

function spreadPoints(estimates: number[], answer: number | null, upper: number, k: number): number[] {
  if (k <= 0 || estimates.length === 0) return [];
  const x = [...estimates].sort((a, b) => a - b);
  const a = Math.max(0, Math.min(quantileSorted(x, 0.02), answer ?? Infinity));
  const b = Math.min(upper, Math.max(quantileSorted(x, 0.995), answer ?? -Infinity));
  if (!(b > a)) return [];
  return Array.from({ length: k }, (_, i) => Math.round(a + ((b - a) * i) / (k - 1 || 1)));
}

async function size(
  exec: Executor,
  runs: number,
  yard: string,
  target: number,
  parameter: SizingAnswer['parameter'],
  scenarioValue: number,
  tolerance: number,
  upper: number,
  curvePoints: number,
  onProgress?: (done: number, total: number) => void,
): Promise<SizingAnswer> {
  const override = (v: number) =>
    parameter === 'openingStockT' ? { yard, openingStockT: v } : { yard, steadyDeliveryTPerDay: v };
  const search = new ThresholdSearch({
    runs,
    target,
    tolerance,
    upper,
    job: (index, value): Job => ({ index, override: override(value) }),
    holds: holdsFor(yard),
    solve: (jobs) => exec.run(jobs, onProgress),
  });
  const start = Math.min(scenarioValue, upper);
  const first = await search.probability(start);
  const estimates = first.rows.map(
    (r) =>
      start + (parameter === 'openingStockT' ? r.yards[yard].extraStockToHoldT : r.yards[yard].extraRateToHoldTPerDay),
  );
  const guess =
    estimates.length > 0
      ? quantileSorted(
          [...estimates].sort((a, b) => a - b),
          target,
        )
      : start;
  const outcome = await search.search(guess);
  for (const v of spreadPoints(estimates, outcome.answer, upper, curvePoints)) await search.probability(v);
  return {
    parameter,
    scenarioValue,
    answer: outcome.answer,
    tolerance,
    upperLimit: upper,
    probabilityAtAnswer: outcome.probabilityAtAnswer,
    probabilityAtScenarioValue: first.probability,
    curve: search.curve(),
    evaluations: search.evaluations,
  };
}

export async function sizeReserve(scenarioInput: unknown, options: SizingOptions = {}): Promise<ReserveSizingResult> {
  const scenario = validateScenario(scenarioInput);
  const target = options.target ?? 0.95;
  if (!(target > 0 && target <= 1))
    throw new BaogongError('BAD_OPTION', message('errors.option.target', { got: String(target) }));
  const yardDef = options.yard ? scenario.yards.find((y) => y.id === options.yard) : scenario.yards[0];
  if (!yardDef) {
    throw new BaogongError(
      'BAD_OPTION',
      !options.yard
        ? message('errors.option.noYard')
        : scenario.yards.length > 0
          ? message('errors.option.noSuchYard', {
              yard: options.yard,
              yards: scenario.yards.map((y) => y.id).join(', '),
            })
          : message('errors.option.noSuchYardNone', { yard: options.yard }),
    );
  }
  const runs = resolveRuns(options.runs ?? 100);
  const setup = await withReserveBurns(prepareRisk(scenario, options));
  const workers = options.workers ?? defaultWorkers(runs);
  const exec = createExecutor(setup, workers);
  const t0 = performance.now();
  try {
    const probe = (await exec.run([{ index: 0 }]))[0].yards[yardDef.id];
    const floorT = probe.floorT;
    const maxDailyBurnT = yardDef.reserve.days > 0 ? floorT / yardDef.reserve.days : 0;
    if (!(floorT > 0)) throw new BaogongError('BAD_OPTION', message('errors.option.zeroFloor', { yard: yardDef.id }));
    const points = options.curvePoints ?? 6;
    const openingStock = await size(
      exec,
      runs,
      yardDef.id,
      target,
      'openingStockT',
      yardDef.openingStockT,
      options.toleranceT ?? Math.max(10, 0.002 * floorT),
      yardDef.maxStockT,
      points,
      options.onProgress,
    );
    const deliveryRate =
      options.deliveryRate === false
        ? null
        : await size(
            exec,
            runs,
            yardDef.id,
            target,
            'steadyDeliveryTPerDay',
            yardDef.deliveries.baseTPerDay,
            options.toleranceTPerDay ?? Math.max(0.5, 0.002 * maxDailyBurnT),
            5 * maxDailyBurnT,
            points,
            options.onProgress,
          );
    return {
      scenarioId: scenario.id,
      yard: yardDef.id,
      target,
      runs,
      seed: setup.seed,
      mode: setup.mode ?? scenario.dispatch.mode,
      weather: setup.weather.kind,
      floorT,
      maxDailyBurnT,
      openingStock,
      deliveryRate,
      timing: { workers, wallMs: performance.now() - t0 },
    };
  } finally {
    await exec.close();
  }
}
