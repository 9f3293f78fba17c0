/**
 * Monte Carlo options, normalised once against module-level defaults into a `RiskSetup`:
 * plain data that the main thread and every worker share, so a run is a pure function of
 * (setup, run index).
 *
 * Disruption rates come from the scenario's `risk` block (engine/scenario/schema.ts, whose defaults
 * are illustrative, of the size of the demo's what-if events: a rail disruption losing 60 % of
 * coal deliveries for 8 days, a pipeline losing 30 % for 7 days); options override them.
 */
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { reserveBurnsForStudy, SHIPPED_SCENARIOS_DIR, type RunOptions } from '../run/run-scenario.ts';
import { riskSchema, type Scenario } from '../scenario/schema.ts';
import type { BootstrapOptions } from '../weather/ensemble.ts';
import type { DayWeather } from '../weather/index.ts';
import { prepareWeather, type WeatherKind, type WeatherSampler } from './weather-sampler.ts';

export interface DisruptionRates {
  /** Expected number of events a season (Poisson mean); 0 switches them off. */
  readonly eventsPerSeason: number;
  /** Shortest and longest event, days (uniform, inclusive). */
  readonly minDays: number;
  readonly maxDays: number;
  /** Share of the delivery or supply capacity lost, uniform on [min, max]. */
  readonly minCutFraction: number;
  readonly maxCutFraction: number;
}

const SCHEMA_DEFAULTS = riskSchema.parse({});
/** Coal deliveries: each yard, independently (the schema's defaults). */
export const DEFAULT_COAL_DISRUPTIONS: DisruptionRates = SCHEMA_DEFAULTS.coalDisruptions;
/** Gas supply: events a season for the whole city, each on one supply point drawn in proportion to its capacity. */
export const DEFAULT_GAS_DISRUPTIONS: DisruptionRates = SCHEMA_DEFAULTS.gasDisruptions;
export const NO_DISRUPTIONS: DisruptionRates = {
  eventsPerSeason: 0,
  minDays: 1,
  maxDays: 1,
  minCutFraction: 0,
  maxCutFraction: 0,
};

export interface RiskOptions {
  /** Seasons to simulate (default 200). */
  readonly runs?: number;
  /** Seed of the whole experiment (default 1). */
  readonly seed?: number;
  /** Worker threads; 0 runs in this thread (default: available cores, at most runs). */
  readonly workers?: number;
  readonly mode?: RunOptions['mode'];
  /** LP solver (default `auto`: the engine picks by model size). */
  readonly solver?: RunOptions['solver'];
  readonly baseDir?: string;
  /** Weather ensemble (default synthetic for CSV weather, else scenario). */
  readonly weather?: WeatherKind;
  /** A daily series the ensemble is built from instead of the scenario's CSV. */
  readonly weatherSeries?: readonly DayWeather[];
  readonly bootstrap?: BootstrapOptions;
  /** Cold-wave frequency of synthetic seasons, events a season (default: the observed one). */
  readonly coldWavesPerSeason?: number;
  readonly coalDisruptions?: Partial<DisruptionRates>;
  readonly gasDisruptions?: Partial<DisruptionRates>;
  /** Keep the scenario's own dated disruptions as well as the sampled ones (default false: replaced). */
  readonly keepScenarioDisruptions?: boolean;
  /** Called as runs complete, in the main thread. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RiskSetup {
  readonly scenario: Scenario;
  readonly baseDir: string | undefined;
  readonly mode: RunOptions['mode'];
  readonly solver: RunOptions['solver'];
  readonly seed: number;
  readonly weather: WeatherSampler;
  readonly coal: DisruptionRates;
  readonly gas: DisruptionRates;
  readonly keepScenarioDisruptions: boolean;
  /**
   * Each yard's maximum daily burn on every basis, measured once on the scenario as written
   * (`withReserveBurns`) and given to every run: the floor is the plan's, not the sampled
   * season's, and no run pays for a floor-free dispatch. Absent when no basis needs it.
   */
  readonly reserveBurnsT?: RunOptions['reserveBurnsT'];
}

function badOption(said: ReturnType<typeof message>): never {
  throw new BaogongError('BAD_OPTION', said);
}

export function normaliseRates(
  what: string,
  base: DisruptionRates,
  given: Partial<DisruptionRates> | undefined,
): DisruptionRates {
  const r = { ...base, ...given };
  if (!(r.eventsPerSeason >= 0 && Number.isFinite(r.eventsPerSeason)))
    badOption(message('errors.option.eventsPerSeason', { what, got: String(r.eventsPerSeason) }));
  if (!(Number.isInteger(r.minDays) && r.minDays >= 1 && Number.isInteger(r.maxDays) && r.maxDays >= r.minDays))
    badOption(message('errors.option.disruptionDays', { what, min: String(r.minDays), max: String(r.maxDays) }));
  if (!(r.minCutFraction >= 0 && r.maxCutFraction <= 1 && r.minCutFraction <= r.maxCutFraction))
    badOption(
      message('errors.option.cutFractions', { what, min: String(r.minCutFraction), max: String(r.maxCutFraction) }),
    );
  return r;
}

export function resolveRuns(runs: number | undefined): number {
  const n = runs ?? 200;
  if (!(Number.isInteger(n) && n >= 1 && n <= 1_000_000)) badOption(message('errors.option.runs', { got: String(n) }));
  return n;
}

export function resolveSeed(seed: number | undefined): number {
  const s = seed ?? 1;
  if (!(Number.isInteger(s) && s >= 0 && s <= 0xffffffff)) badOption(message('errors.option.seed', { got: String(s) }));
  return s;
}

export function prepareRisk(scenario: Scenario, options: RiskOptions): RiskSetup {
  const kind = options.weather ?? (scenario.weather.kind === 'csv' || options.weatherSeries ? 'synthetic' : 'scenario');
  const baseDir = options.baseDir;
  return {
    scenario,
    baseDir,
    mode: options.mode,
    solver: options.solver ?? 'auto',
    seed: resolveSeed(options.seed),
    weather: prepareWeather(scenario, kind, {
      baseDir: baseDir ?? SHIPPED_SCENARIOS_DIR,
      series: options.weatherSeries,
      coldWavesPerSeason: options.coldWavesPerSeason ?? scenario.risk.coldWavesPerSeason,
      bootstrap: options.bootstrap,
    }),
    coal: normaliseRates('coal', scenario.risk.coalDisruptions, options.coalDisruptions),
    gas: normaliseRates('gas', scenario.risk.gasDisruptions, options.gasDisruptions),
    keepScenarioDisruptions: options.keepScenarioDisruptions ?? scenario.risk.keepScenarioDisruptions,
  };
}

/**
 * The setup with the plan's reserve figures measured once (one floor-free dispatch of the
 * scenario's own season, with the study's mode and solver) when a yard's basis needs them.
 */
export async function withReserveBurns(setup: RiskSetup): Promise<RiskSetup> {
  const reserveBurnsT = await reserveBurnsForStudy(setup.scenario, {
    baseDir: setup.baseDir,
    mode: setup.mode,
    solver: setup.solver,
  });
  return reserveBurnsT ? { ...setup, reserveBurnsT } : setup;
}
