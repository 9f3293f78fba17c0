/**
 * The public engine API. The server, the CLI, notebooks and benchmarks import only from here.
 */
export { reserveBurnsForStudy, runScenario, SHIPPED_SCENARIOS_DIR, type RunOptions } from './run/run-scenario.ts';
export type { BurnByBasisT } from './run/reserve-floors.ts';
export { designDayScenario } from './scenario/design-day.ts';
export type { ReserveBasis } from './scenario/normalise.ts';
export type {
  RunResult,
  DayRecord,
  Summary,
  SolverStats,
  ZoneDay,
  SourceDay,
  YardDay,
  GasCategoryDay,
  YardSummary,
} from './run/result.ts';
export { labelOf, runLabels, scenarioDescription, scenarioTitle, type RunLabels } from './run/labels.ts';
export {
  validateScenario,
  checkScenario,
  parseScenarioJson,
  loadScenarioFile,
  type ValidationOutcome,
} from './scenario/validate.ts';
/** zod's wording of an issue as a catalogue key (the server's own request schemas say their problems with it). */
export { zodIssueText } from './scenario/zod-messages.ts';
export { checkPlausibility, USUAL_HEAT_INDEX_W_PER_M2, OVERSIZED_SOURCE_RATIO } from './scenario/plausibility.ts';
export {
  scenarioJsonSchema,
  scenarioJsonSchemaText,
  isScenarioFileName,
  SCENARIO_SCHEMA_FILE,
  studyJsonSchema,
  studyJsonSchemaText,
  STUDIES_FOLDER,
  STUDY_SCHEMA_FILE,
} from './scenario/json-schema.ts';
export { studySchema, type Study, type StudyInput } from './scenario/schema-study.ts';
export { scenarioReferenceMarkdown, SECTION_EXAMPLES, EXAMPLE_BASE } from './scenario/reference-doc.ts';
export { BaogongError, ERROR_CODES, type ErrorCode, type Problem } from './errors.ts';
export { ENGINE_VERSION } from './version.ts';
export {
  scenarioSchema,
  coldWaveInjectionSchema,
  DEFAULT_PROTECT_ORDER,
  GAS_CATEGORIES,
  type Scenario,
  type ScenarioInput,
  type GasCategory,
  type PolicyItem,
  type ShortageValuation,
} from './scenario/schema.ts';
export { designLoadMW, loadAtMW, suppliedDailyMWh } from './formulas/demand.ts';
export { coalTPerMWh, gasM3PerMWh, heatPumpCop } from './formulas/fuel.ts';
export { reserveFloorT, daysOfCover, daysAtCurrentBurn } from './formulas/reserve.ts';
export { isBelowFloor } from './tolerances.ts';
export { gasCategoryDemandM3, nMinusOnePercent, type NMinusOneInput } from './formulas/gas.ts';
export {
  detectColdWaves,
  injectColdWave,
  parseTemperatureCsv,
  datesBetween,
  type ColdWaveGrade,
  type DayWeather,
} from './weather/index.ts';
export { createSolver } from './lp/solvers/index.ts';
export {
  DISPATCH_MODES,
  SOLVER_NAMES,
  SOLVER_CHOICES,
  type DispatchMode,
  type SolverName,
  type SolverChoice,
} from './scenario/schema.ts';
export type { LpModel, LpSolver, SolveResult, SolveStatus } from './lp/model.ts';
export { toCplexLp } from './lp/lp-format.ts';
export { daysToCsv } from './run/days-csv.ts';
export { scenarioToXlsx, scenarioFromXlsx, resultToXlsx } from './xlsx/index.ts';
export {
  chartSpec,
  compareSpec,
  renderChartSvg,
  CJK_WEB_FONT_FILE,
  ZH_FONT,
  renderChartPng,
  isChartName,
  CHART_NAMES,
  BLOCK_CHART_NAMES,
  blockChartSpec,
  isBlockChartName,
  CHART_DAY_NOT_IN_RUN,
  DEFAULT_CHART_DAY,
  type BlockChartName,
  type BlockChartOptions,
  type ChartDay,
  COMPARE_METRICS,
  LONG_RUN_DAYS,
  servedSpec,
  weeklySpec,
  type ChartName,
  type CompareMetric,
  type VegaLiteSpec,
  type RenderOptions,
} from './charts/index.ts';
export * from './risk/index.ts';
export * from './province/index.ts';
export { exportLps, type ExportOptions, type ExportedLps } from './run/export-model.ts';
export { toMps } from './lp/mps-format.ts';
export { checkPoint } from './lp/lp-format.ts';

/*
 * The dispatch one window at a time, for benchmarks and studies of single days' LPs
 * (bench/policy.bench.ts): a plan from a scenario, the model of a window, the policy solve,
 * the daily dispatch and the state it carries, and HiGHS's model data.
 */
export { normalise, type Plan } from './scenario/normalise.ts';
export { horizonWeather, type HorizonWeather } from './scenario/weather-input.ts';
export { buildDispatchModel, type DispatchModel } from './dispatch/build-model.ts';
export { solveWithPolicy } from './dispatch/policy/solve.ts';
export { dispatchDaily, openingState, stateAfter } from './run/modes.ts';
export { reserveFloors } from './run/reserve-floors.ts';
export { toModelData } from './lp/solvers/highs.ts';

/* Languages (zh, en), the one catalogue of user-facing text, and figures as each language writes them. */
export * from './i18n/index.ts';

/* Studies on a BullMQ queue in Redis: many machines, one result (docs/distributed.md). */
export * from './queue/index.ts';
