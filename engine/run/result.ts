/**
 * The `RunResult` contract (docs/architecture.md#the-pipeline). The page, charts, notebooks, risk tools and outside
 * scripts rely on these names; add freely, rename none without a reason. Units are in the
 * names; every number is JSON-serialisable (null, never NaN or Infinity).
 */
import type { ColdWaveGrade } from '../weather/index.ts';
import type { DispatchMode, GasCategory } from '../scenario/schema.ts';
import type { ReserveBasis } from '../scenario/normalise.ts';
import type { BurnByBasisT } from './reserve-floors.ts';
import type { RunLabels } from './labels.ts';
import type { Message } from '../i18n/message.ts';

export interface ZoneDay {
  /** Heat to be fed into the zone's network (loss included), MWh. */
  demandMWh: number;
  /** Of it, the homes' share, MWh. */
  residentialDemandMWh: number;
  unservedMWh: number;
  unservedResidentialMWh: number;
  /** Surplus must-run heat dumped, MWh. */
  dumpedMWh: number;
  /** Net heat received over links (negative: sent), MWh. */
  netImportMWh: number;
  /** Cost of one more MWh of demand in the zone that day (dual of zone-heat-balance), ¥/MWh; null if the solver gives no duals. */
  marginalCostYuanPerMWh: number | null;
}

export interface SourceDay {
  heatMWh: number;
  coalT?: number;
  gasM3?: number;
  electricityMWh?: number;
  /** Power co-produced by a CHP plant, MWh. */
  powerMWh?: number;
  /**
   * Heat put into (+) or taken out of (−) the source's store over the day, MWh: the zone got
   * `heatMWh` − this. Electric boilers with a store, `blocksPerDay` > 1 only.
   */
  storageNetChargeMWh?: number;
}

export interface YardDay {
  burnT: number;
  scheduledT: number;
  deliveredT: number;
  /** Stock at the end of the day, t. */
  stockT: number;
  floorT: number;
  /** Stock over the maximum daily burn of the reserve basis, d (null if it burns nothing at design). */
  daysOfCover: number | null;
  /** Stock over the mean burn of the last 7 days, d (null when nothing burned). */
  daysAtCurrentBurn: number | null;
  /** What one more tonne in the yard that day is worth (−dual of yard-stock-balance), ¥/t; null without duals. */
  marginalValueYuanPerT: number | null;
}

export interface GasCategoryDay {
  demandM3: number;
  servedM3: number;
  cutM3: number;
}

export interface DayRecord {
  date: string;
  outdoorTempC: number;
  outdoorMinTempC: number;
  /** GB/T 21987 grade of the day: its own drop of the daily minimum (24/48/72 h) AND its minimum meet the grade; 'none' otherwise. */
  coldWave: ColdWaveGrade;
  /**
   * The day lies in a cold spell: a graded day and the following days (at most 7 in all) while
   * the minimum stays within 2 °C of the graded day's. The project's own rule, not GB/T 21987;
   * it never changes `coldWave`.
   */
  coldSpell: boolean;
  /** Total heat demand of all zones, MWh. */
  demandMWh: number;
  unservedMWh: number;
  zones: Record<string, ZoneDay>;
  sources: Record<string, SourceDay>;
  /** Heat sent over each link, MWh: positive from → to, negative to → from. */
  links: Record<string, { flowMWh: number; lossMWh: number }>;
  yards: Record<string, YardDay>;
  gas: {
    supplyM3: Record<string, number>;
    /** Working gas in storage at the end of the day, m³. */
    storageM3: number | null;
    withdrawalM3: number;
    injectionM3: number;
    /** Gas burned by the modelled heat sources, m³. */
    heatSourcesM3: number;
    categories: Partial<Record<GasCategory, GasCategoryDay>>;
    /** Cost of serving one more m³ of gas demand that day (dual of gas-balance), ¥/m³; null without duals. */
    marginalCostYuanPerM3: number | null;
  };
  electricityMWh: number;
  /**
   * What was bought and run that day: fuel, O&M, electricity, gas, storage withdrawal and
   * injection, less CHP power revenue, ¥. LP penalties and the held value of stored gas are
   * not money and are left out.
   */
  supplyCostYuan: number;
  /**
   * Value of the day's shortfalls, ¥: Σ zones (unserved residential MWh × the residential
   * value + other unserved MWh × the non-residential value) + Σ categories cut m³ × the
   * category's value, values from the scenario's `shortageValuation`. Reporting only: the
   * dispatch never weighs it (it is lexicographic by the policy).
   */
  shortageCostYuan: number;
  /** Total cost of the day, ¥ = `supplyCostYuan` + `shortageCostYuan`. The same definition in every mode. */
  costYuan: number;
  /** The day's intra-day blocks in clock order, only when `dispatch.blocksPerDay` > 1; the day's figures are their sums. */
  blocks?: BlockRecord[];
}

/** One intra-day block of a day (docs/design.md#intra-day-blocks). */
export interface BlockRecord {
  /** Clock hour the block starts at, h (00:00 = 0). */
  startHour: number;
  hours: number;
  /**
   * Mean outdoor temperature over the block, °C: the mean of its hours' readings when the weather
   * file is hourly, else of the diurnal sinusoid from the day's mean, minimum and maximum.
   */
  outdoorTempC: number;
  /** Tariff period of the block's hours, or `mixed`. */
  tariffBlock: string;
  /** Mean electricity price over the block, ¥/MWh. */
  electricityPriceYuanPerMWh: number;
  demandMWh: number;
  unservedMWh: number;
  /** Surplus must-run heat dumped in the block, MWh. */
  dumpedMWh: number;
  /** Heat each source produced in the block, MWh. */
  heatMWh: Record<string, number>;
  /** Power of each CHP in the block, MWh (a back-pressure unit's is Cb × its heat). */
  powerMWh: Record<string, number>;
  /** Average electric power of all electric heat in the block, MW. */
  electricityMW: number;
  /** Grid room for electric heat in the block, MW; null for no limit. */
  gridHeadroomMW: number | null;
  /** Heat in each electric boiler's store at the block's end, MWh (boilers with a store only). */
  storageMWh: Record<string, number>;
  /** Heat put into (+) or taken out of (−) each store in the block, MWh. */
  storageNetChargeMWh: Record<string, number>;
  /**
   * Gas taken out of / put into the gas storage in the block, m³, only when the storage gives
   * `maxWithdrawalM3PerHour` or `maxInjectionM3PerHour` (a direction without its hourly rate is
   * the day's spread evenly over the hours); they sum to the day's `gas.withdrawalM3` and `gas.injectionM3`.
   */
  gasStorageWithdrawalM3?: number;
  gasStorageInjectionM3?: number;
}

export interface YardSummary {
  /** What counts as the maximum daily burn (`season-forecast` in the scenario is reported as `season-max`). */
  basis: ReserveBasis;
  /** Maximum daily burn on the basis, t/day: the floor is reserve days × this. */
  maxDailyBurnT: number;
  /**
   * The maximum daily burn on every basis side by side, t/day (max-of-design-and-season is the
   * larger of the first two). season-max is null when the run did not dispatch the season
   * without floors (no yard's basis needs it and the coal to hold the floor was not asked for).
   */
  maxDailyBurnByBasisT: BurnByBasisT;
  floorT: number;
  minStockT: number;
  minDaysOfCover: number | null;
  firstBreach: string | null;
  /**
   * Coal that, added to the opening stock, keeps the floor all season, t (0 without a breach):
   * the deepest fall below the floor in a run that ignores the floor. It is enough: that run's
   * dispatch plus this stock never breaches, so the floor stage then finds no shortfall.
   * null unless the run asked for it (`RunOptions.coalToHoldFloor`: a second dispatch).
   */
  extraOpeningStockToHoldFloorT: number | null;
}

export interface Summary {
  days: number;
  heatDemandMWh: number;
  unservedHeatMWh: number;
  unservedResidentialHeatMWh: number;
  /** Highest daily mean heat demand of all zones, MW. */
  peakDemandMW: number;
  peakDate: string;
  /** Design load of all zones at the design outdoor temperature, MW (before network loss). */
  designLoadMW: number;
  coalBurnT: number;
  /** The same coal in tonnes of standard coal (29.3076 GJ/t), tce. */
  coalBurnTce: number;
  gasSuppliedM3: number;
  gasHeatSourcesM3: number;
  electricityMWh: number;
  minDaysOfCover: number | null;
  minDaysOfCoverDate: string | null;
  firstReserveBreach: string | null;
  gasCutM3ByCategory: Partial<Record<GasCategory, number>>;
  /** True when no residential gas category was cut and no home went without heat. */
  homesProtected: boolean;
  /** Days with a GB/T 21987 grade (`coldWave` not 'none'). */
  coldWaveDays: number;
  /** Days in a cold spell (`coldSpell`; the project's rule, graded days included). */
  coldSpellDays: number;
  /** Σ days' `supplyCostYuan`: what was bought and run over the horizon, ¥. */
  supplyCostYuan: number;
  /** Σ days' `shortageCostYuan`: the valued unserved heat and gas cuts, ¥. */
  shortageCostYuan: number;
  /**
   * Total cost over the horizon, ¥ = `supplyCostYuan` + `shortageCostYuan` (Σ days' `costYuan`),
   * in every mode. So a worse winter never looks cheaper: shortfalls cost more than the fuel
   * they save. It is not `solver.objective`.
   */
  costYuan: number;
  yards: Record<string, YardSummary>;
  /**
   * Intra-day blocks of every day (`dispatch.blocksPerDay`), only when > 1: absent, each day is
   * one block. The page reads it to show the block charts without fetching the days.
   */
  blocksPerDay?: number;
}

export interface SolverStats {
  name: string;
  mode: DispatchMode;
  /** `optimal` when every LP was; otherwise the first other status met. */
  status: string;
  /**
   * The solver's internal figure, ¥: the money objective summed over the LPs solved. It
   * includes the LP penalties (dumped heat, refused deliveries, broken must-run), the credit
   * for gas left in storage at each window's end (`heldValueYuanPerM3`) and for heat left in
   * heat stores there (their next-day refill value, with blocks) and, in rolling mode,
   * every LP's whole look-ahead window (each day counted up to `lookaheadDays` times, on
   * forecast temperatures); it leaves out the shortage valuation. It is comparable neither
   * across modes nor with `summary.costYuan`, which is the one cost figure to read.
   */
  objective: number;
  /** Policy stages in protectOrder, each with its total shortfall (MWh, m³ or t). */
  stages: Array<{ item: string; objective: number }>;
  solveMs: number;
  lpCount: number;
  /** LPs that needed the full lexicographic sequence (a shortfall somewhere). */
  lexicographicSolves: number;
  columns: number;
  rows: number;
}

export interface RunResult {
  scenarioId: string;
  scenarioName: string;
  /** Names for people (run/labels.ts); absent in runs stored before they were kept. */
  labels?: RunLabels;
  inputHash: string;
  engineVersion: string;
  days: DayRecord[];
  summary: Summary;
  solver: SolverStats;
  warnings: string[];
  /** The warnings as catalogue keys, item for item (null where a warning has none), so a front end can say them in Chinese. */
  warningTexts?: Array<Message | null>;
}
