/**
 * One Monte Carlo run: draw its weather and disruptions from its own stream (seed, index),
 * apply any sizing override, run the season and keep the figures the risk tools need.
 * A pure function of (setup, job): which worker runs it, and when, changes nothing.
 */
import type { GasCategory, Scenario } from '../scenario/schema.ts';
import { runScenario } from '../run/run-scenario.ts';
import type { RunResult } from '../run/result.ts';
import { withSampledDisruptions } from './disruptions.ts';
import type { RiskSetup } from './options.ts';
import { RUN_STREAMS as STREAM, runRng } from '../random.ts';
import { drawWeather } from './weather-sampler.ts';

/** Changes to one yard that the sizing searches over. */
export interface YardOverride {
  readonly yard: string;
  /** Replaces `openingStockT`, t. */
  readonly openingStockT?: number;
  /** Replaces the deliveries by this steady rate every day (schedule windows dropped), t/day. */
  readonly steadyDeliveryTPerDay?: number;
}

export interface Job {
  readonly index: number;
  readonly override?: YardOverride;
}

export interface YardRow {
  readonly firstBreach: string | null;
  readonly floorT: number;
  readonly minStockT: number;
  /** Opening stock that added would just have held the floor every day (negative: to spare), t. */
  readonly extraStockToHoldT: number;
  /** Steady delivery rate that added would just have held it: max over days d of (floor − stock_d)/(d + 1), t/day. */
  readonly extraRateToHoldTPerDay: number;
}

export interface RunRow {
  readonly index: number;
  /** `synthetic`, `bootstrap`, `scenario` or the historical season drawn (`2012-13`). */
  readonly weather: string;
  readonly minTempC: number;
  /** Days with a GB/T 21987 grade. */
  readonly coldWaveDays: number;
  /** Days in a cold spell (project rule; graded days included). */
  readonly coldSpellDays: number;
  readonly coalDisruptionDays: number;
  readonly gasDisruptionDays: number;
  readonly minDaysOfCover: number | null;
  readonly firstReserveBreach: string | null;
  readonly reserveBreach: boolean;
  readonly unservedHeatMWh: number;
  readonly unservedResidentialHeatMWh: number;
  /** Any residential gas category cut or any home left without heat (not `homesProtected`). */
  readonly homesCut: boolean;
  readonly gasCutM3: number;
  readonly gasCutM3ByCategory: Partial<Record<GasCategory, number>>;
  /** What was bought and run over the season, ¥ (the run's `summary.supplyCostYuan`). */
  readonly supplyCostYuan: number;
  /** Unserved heat and gas cuts valued by the scenario's `shortageValuation`, ¥. */
  readonly shortageCostYuan: number;
  /** Total cost of the season, ¥ = supply + shortage (the run's `summary.costYuan`): a worse season never comes out cheaper. */
  readonly costYuan: number;
  readonly yards: Record<string, YardRow>;
  readonly lpCount: number;
}

function applyOverride(s: Scenario, o: YardOverride | undefined): Scenario {
  if (!o) return s;
  if (!s.yards.some((y) => y.id === o.yard))
    throw new Error(`no yard \`${o.yard}\` in scenario ${s.id}; known: ${s.yards.map((y) => y.id).join(', ')}`);
  const yards = s.yards.map((y) => {
    if (y.id !== o.yard) return y;
    const deliveries =
      o.steadyDeliveryTPerDay === undefined
        ? y.deliveries
        : { ...y.deliveries, baseTPerDay: o.steadyDeliveryTPerDay, schedule: [] };
    return { ...y, openingStockT: o.openingStockT ?? y.openingStockT, deliveries };
  });
  return { ...s, yards };
}

function yardRows(r: RunResult): Record<string, YardRow> {
  const out: Record<string, YardRow> = {};
  for (const [id, y] of Object.entries(r.summary.yards)) {
    let extraStock = -Infinity,
      extraRate = -Infinity;
    r.days.forEach((d, k) => {
      const gap = y.floorT - d.yards[id].stockT;
      extraStock = Math.max(extraStock, gap);
      extraRate = Math.max(extraRate, gap / (k + 1));
    });
    out[id] = {
      firstBreach: y.firstBreach,
      floorT: y.floorT,
      minStockT: y.minStockT,
      extraStockToHoldT: extraStock,
      extraRateToHoldTPerDay: extraRate,
    };
  }
  return out;
}

export function toRow(index: number, weather: string, coalDays: number, gasDays: number, r: RunResult): RunRow {
  const s = r.summary;
  const cuts = s.gasCutM3ByCategory;
  return {
    index,
    weather,
    minTempC: Math.min(...r.days.map((d) => d.outdoorTempC)),
    coldWaveDays: s.coldWaveDays,
    coldSpellDays: s.coldSpellDays,
    coalDisruptionDays: coalDays,
    gasDisruptionDays: gasDays,
    minDaysOfCover: s.minDaysOfCover,
    firstReserveBreach: s.firstReserveBreach,
    reserveBreach: s.firstReserveBreach !== null,
    unservedHeatMWh: s.unservedHeatMWh,
    unservedResidentialHeatMWh: s.unservedResidentialHeatMWh,
    homesCut: !s.homesProtected,
    gasCutM3: Object.values(cuts).reduce((a: number, b) => a + (b ?? 0), 0),
    gasCutM3ByCategory: cuts,
    supplyCostYuan: s.supplyCostYuan,
    shortageCostYuan: s.shortageCostYuan,
    costYuan: s.costYuan,
    yards: yardRows(r),
    lpCount: r.solver.lpCount,
  };
}

export async function evaluateJob(setup: RiskSetup, job: Job): Promise<RunRow> {
  const weather = drawWeather(setup.weather, runRng(setup.seed, job.index, STREAM.weather));
  const sampled = withSampledDisruptions(
    setup.scenario,
    runRng(setup.seed, job.index, STREAM.disruptions),
    setup.weather.dates,
    setup.coal,
    setup.gas,
    setup.keepScenarioDisruptions,
  );
  const scenario = applyOverride(sampled.scenario, job.override);
  const result = await runScenario(scenario, {
    baseDir: setup.baseDir,
    mode: setup.mode,
    solver: setup.solver,
    weatherSeries: weather.days,
    reserveBurnsT: setup.reserveBurnsT,
  });
  return toRow(job.index, weather.label, sampled.coalDays, sampled.gasDays, result);
}

export async function evaluateJobs(setup: RiskSetup, jobs: readonly Job[]): Promise<RunRow[]> {
  const out: RunRow[] = [];
  for (const job of jobs) out.push(await evaluateJob(setup, job));
  return out;
}
