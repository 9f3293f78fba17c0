/**
 * Gas security indicators after EU Reg. 2017/1938 (docs/design.md#gas-n-1):
 *
 *   N-1 [%] = (EP_m + P_m + S_m + LNG_m − I_m) / D_max × 100, pass at ≥ 100      (Annex II)
 *     EP_m  entry capacity: the pipelines' capacities      P_m  production points
 *     S_m   storage deliverability (maximum withdrawal)    LNG_m LNG send-out
 *     I_m   the largest single infrastructure among all of the above
 *     D_max 1-in-20 peak-day demand: every category's demand at the 1-in-20 coldest daily mean
 *           plus the gas the heat sources burn in that day's dispatch (a one-day run)
 *
 *   supply standard (Art. 6): are protected users fully supplied through
 *     (a) 7 days at the 1-in-20 coldest 7-day mean,
 *     (b) 30 days at the 1-in-20 coldest 30-day mean ("exceptionally high demand"),
 *     (c) 30 days of average winter without the largest infrastructure?
 *   Protected users are the EU's protected customers in our categories: `residential`,
 *   `heating-residential` (district heating for homes) and `public-welfare` (essential social
 *   services), and heat for homes. Each test is a run of a stress scenario from the horizon's
 *   first day (storage as it opens the season), everything else available.
 */
import type { GasCategory, Scenario } from '../scenario/schema.ts';
import { nMinusOnePercent } from '../formulas/gas.ts';
import { reserveBurnsForStudy, runScenario, SHIPPED_SCENARIOS_DIR, type RunOptions } from '../run/run-scenario.ts';
import type { RunResult } from '../run/result.ts';
import { validateScenario } from '../scenario/validate.ts';
import type { DayWeather } from '../weather/index.ts';
import { climateFromDesign, climateFromEnsemble, type DesignClimate } from './climate.ts';
import { stressScenario } from './stress-scenario.ts';
import { exceedsNoise } from '../tolerances.ts';

export const PROTECTED_GAS: readonly GasCategory[] = ['residential', 'heating-residential', 'public-welfare'];

export interface GasSecurityOptions {
  readonly baseDir?: string;
  readonly solver?: RunOptions['solver'];
  readonly mode?: RunOptions['mode'];
  /** Where the 1-in-20 temperatures come from (default ensemble when the weather is a CSV series). */
  readonly climate?: 'ensemble' | 'design';
  /** Synthetic seasons for the ensemble climate (default 1000) and their seed (default 1). */
  readonly runs?: number;
  readonly seed?: number;
  readonly weatherSeries?: readonly DayWeather[];
  /** First day of the stress tests (default the horizon's first day). */
  readonly start?: string;
}

export interface Infrastructure {
  readonly id: string;
  readonly kind: 'pipeline' | 'lng' | 'production' | 'storage';
  readonly capacityM3PerDay: number;
}

export interface NMinusOneReport {
  readonly entryM3PerDay: number;
  readonly productionM3PerDay: number;
  readonly storageM3PerDay: number;
  readonly lngM3PerDay: number;
  readonly largest: Infrastructure | null;
  readonly peakDayTempC: number;
  readonly peakDemandM3PerDay: number;
  readonly categoryDemandM3: Partial<Record<GasCategory, number>>;
  readonly heatSourcesM3: number;
  /** Null when the city has no gas demand (nothing to secure: passes). */
  readonly percent: number | null;
  readonly pass: boolean;
}

export interface SupplyStandardTest {
  readonly id: 'a-7-day-peak' | 'b-30-day-high-demand' | 'c-30-day-largest-out';
  readonly question: string;
  readonly start: string;
  readonly days: number;
  readonly tempC: number;
  readonly without: string | null;
  readonly protectedFullySupplied: boolean;
  readonly protectedCutM3: number;
  readonly unservedResidentialHeatMWh: number;
  readonly unservedHeatMWh: number;
  readonly gasCutM3ByCategory: Partial<Record<GasCategory, number>>;
  readonly storageEndM3: number | null;
}

export interface GasSecurityResult {
  readonly scenarioId: string;
  readonly climate: DesignClimate;
  readonly nMinusOne: NMinusOneReport;
  readonly supplyStandard: readonly SupplyStandardTest[];
}

export function infrastructures(s: Scenario): Infrastructure[] {
  const out: Infrastructure[] = s.gas.supplyPoints.map((p) => ({
    id: p.id,
    kind: p.kind,
    capacityM3PerDay: p.capacityM3PerDay,
  }));
  if (s.gas.storage)
    out.push({ id: 'storage', kind: 'storage', capacityM3PerDay: s.gas.storage.maxWithdrawalM3PerDay });
  return out;
}

export function largestInfrastructure(s: Scenario): Infrastructure | null {
  return infrastructures(s).reduce<Infrastructure | null>(
    (best, x) => (best === null || x.capacityM3PerDay > best.capacityM3PerDay ? x : best),
    null,
  );
}

function nMinusOne(s: Scenario, day: RunResult, peakDayTempC: number): NMinusOneReport {
  const all = infrastructures(s);
  const total = (kind: Infrastructure['kind']) =>
    all.filter((x) => x.kind === kind).reduce((a, x) => a + x.capacityM3PerDay, 0);
  const d = day.days[0];
  const categoryDemandM3: Partial<Record<GasCategory, number>> = {};
  for (const [c, v] of Object.entries(d.gas.categories)) categoryDemandM3[c as GasCategory] = v?.demandM3 ?? 0;
  const peakDemandM3PerDay = Object.values(categoryDemandM3).reduce((a, b) => a + (b ?? 0), 0) + d.gas.heatSourcesM3;
  const largest = largestInfrastructure(s);
  const input = {
    entryM3PerDay: total('pipeline'),
    productionM3PerDay: total('production'),
    storageM3PerDay: total('storage'),
    lngM3PerDay: total('lng'),
    largestM3PerDay: largest?.capacityM3PerDay ?? 0,
    peakDemandM3PerDay,
  };
  const percent = peakDemandM3PerDay > 0 ? nMinusOnePercent(input) : null;
  return {
    entryM3PerDay: input.entryM3PerDay,
    productionM3PerDay: input.productionM3PerDay,
    storageM3PerDay: input.storageM3PerDay,
    lngM3PerDay: input.lngM3PerDay,
    largest,
    peakDayTempC,
    peakDemandM3PerDay,
    categoryDemandM3,
    heatSourcesM3: d.gas.heatSourcesM3,
    percent,
    pass: percent === null || percent >= 100,
  };
}

function verdict(
  id: SupplyStandardTest['id'],
  question: string,
  tempC: number,
  without: string | null,
  r: RunResult,
): SupplyStandardTest {
  const cuts = r.summary.gasCutM3ByCategory;
  const protectedCutM3 = PROTECTED_GAS.reduce((a, c) => a + (cuts[c] ?? 0), 0);
  return {
    id,
    question,
    start: r.days[0].date,
    days: r.days.length,
    tempC,
    without,
    protectedFullySupplied: !exceedsNoise(protectedCutM3) && !exceedsNoise(r.summary.unservedResidentialHeatMWh),
    protectedCutM3,
    unservedResidentialHeatMWh: r.summary.unservedResidentialHeatMWh,
    unservedHeatMWh: r.summary.unservedHeatMWh,
    gasCutM3ByCategory: cuts,
    storageEndM3: r.days.at(-1)?.gas.storageM3 ?? null,
  };
}

export async function gasSecurity(
  scenarioInput: unknown,
  options: GasSecurityOptions = {},
): Promise<GasSecurityResult> {
  const s = validateScenario(scenarioInput);
  const baseDir = options.baseDir ?? SHIPPED_SCENARIOS_DIR;
  const climate =
    options.climate === 'design'
      ? climateFromDesign(s, baseDir)
      : climateFromEnsemble(s, { baseDir, seasons: options.runs, seed: options.seed, series: options.weatherSeries });
  // the coal floors are the plan's, measured once on the scenario's own season, not on each stress window
  const reserveBurnsT = await reserveBurnsForStudy(s, { baseDir, solver: options.solver, mode: options.mode });
  const run = (sc: Scenario) => runScenario(sc, { baseDir, solver: options.solver, mode: options.mode, reserveBurnsT });
  const start = options.start ?? s.horizon.start;
  const peakDay = await run(stressScenario(s, { start, days: 1, tMeanC: climate.peakDayC }));
  const largest = largestInfrastructure(s);
  const out = largest
    ? { supplyPointOut: largest.kind === 'storage' ? undefined : largest.id, storageOut: largest.kind === 'storage' }
    : {};
  const supplyStandard = [
    verdict(
      'a-7-day-peak',
      'protected users fully supplied through a 7-day 1-in-20 cold peak?',
      climate.peak7DayC,
      null,
      await run(stressScenario(s, { start, days: 7, tMeanC: climate.peak7DayC })),
    ),
    verdict(
      'b-30-day-high-demand',
      'protected users fully supplied through 30 days of exceptionally high demand?',
      climate.high30DayC,
      null,
      await run(stressScenario(s, { start, days: 30, tMeanC: climate.high30DayC })),
    ),
    verdict(
      'c-30-day-largest-out',
      'protected users fully supplied through 30 average winter days without the largest infrastructure?',
      climate.averageWinterC,
      largest?.id ?? null,
      await run(stressScenario(s, { start, days: 30, tMeanC: climate.averageWinterC, ...out })),
    ),
  ];
  return { scenarioId: s.id, climate, nMinusOne: nMinusOne(s, peakDay, climate.peakDayC), supplyStandard };
}
