/**
 * Risk tools (docs/risk.md, docs/design.md#risk-tools): weather ensembles, Monte Carlo seasons, coal reserve sizing, gas
 * security indicators (N-1 and the supply standard) and heat N-1. Re-exported by engine/index.ts.
 */
export { runMonteCarlo, type MonteCarloResult } from './monte-carlo.ts';
export {
  DEFAULT_COAL_DISRUPTIONS,
  DEFAULT_GAS_DISRUPTIONS,
  NO_DISRUPTIONS,
  type DisruptionRates,
  type RiskOptions,
} from './options.ts';
export type { RunRow, YardRow, YardOverride } from './evaluate.ts';
export {
  summariseRuns,
  wilson,
  quantiles,
  type RiskDistribution,
  type Quantiles,
  type Probability,
} from './distribution.ts';
export { sizeReserve, type SizingOptions, type SizingAnswer, type ReserveSizingResult } from './reserve-sizing.ts';
export type { CurvePoint } from './threshold-search.ts';
export {
  gasSecurity,
  infrastructures,
  largestInfrastructure,
  PROTECTED_GAS,
  type GasSecurityOptions,
  type GasSecurityResult,
  type NMinusOneReport,
  type SupplyStandardTest,
  type Infrastructure,
} from './gas-security.ts';
export { heatNMinusOne, type HeatN1Options, type HeatN1Result, type HeatN1Row, type ZoneOutcome } from './heat-n1.ts';
export {
  climateFromEnsemble,
  climateFromDesign,
  oneInTwenty,
  coldestRunningMean,
  type DesignClimate,
} from './climate.ts';
export { stressScenario, type StressOptions } from './stress-scenario.ts';
export {
  weatherEnsemble,
  drawWeather,
  WEATHER_KINDS,
  type WeatherKind,
  type WeatherSampler,
} from './weather-sampler.ts';
export {
  seasonStats,
  compareStats,
  drawSeasons,
  SEASON_STATS,
  type SeasonStats,
  type StatComparison,
} from './ensemble-stats.ts';
export { runRng, streamSeed, RUN_STREAMS } from '../random.ts';
export { reserveCurveSpec, monteCarloHistogramSpec, type RiskMetric } from './charts.ts';
export {
  historicalSeasons,
  bootstrapSeason,
  BOOTSTRAP_DEFAULTS,
  type HistoricalSeason,
  type BootstrapOptions,
} from '../weather/ensemble.ts';
export {
  fitSyntheticModel,
  syntheticSeason,
  cycleAt,
  type SyntheticModel,
  type ObservedColdWave,
} from '../weather/synthetic.ts';
export { coldWaveEvents, type ColdWaveEvent } from '../weather/cold-wave-events.ts';
