/**
 * The scenario schema, how a run is made and read: dispatch modes and solvers, the valuation of
 * shortage, Monte-Carlo disruption rates.
 */
import { z } from 'zod';
import { fraction, nonNeg } from './schema-primitives.ts';

/** The dispatch modes (engine/run/modes.ts): the one list every other one is derived from. */
export const dispatchModeSchema = z.enum(['daily', 'season', 'rolling']);
export const DISPATCH_MODES = dispatchModeSchema.options;
export type DispatchMode = z.infer<typeof dispatchModeSchema>;

/** Equal intra-day blocks a day may be split into (docs/design.md#intra-day-blocks). */
export const BLOCKS_PER_DAY = [1, 2, 4, 6, 8, 12, 24] as const;

/** The LP solvers (engine/lp/solvers/index.ts): the one list every other one is derived from. */
export const solverNameSchema = z.enum(['highs', 'javascript-lp-solver', 'yalps', 'glpk']);
export const SOLVER_NAMES = solverNameSchema.options;
export type SolverName = z.infer<typeof solverNameSchema>;

/** A solver name or `auto` (the engine picks by model size). */
export const solverChoiceSchema = z.enum([...SOLVER_NAMES, 'auto']);
export const SOLVER_CHOICES = solverChoiceSchema.options;
export type SolverChoice = z.infer<typeof solverChoiceSchema>;

export const dispatchSchema = z
  .strictObject({
    mode: dispatchModeSchema
      .default('daily')
      .describe(
        'daily: one LP per day, myopic; season: one LP, perfect foresight; rolling: an LP over the next lookaheadDays, first day committed',
      ),
    solver: solverChoiceSchema.default('highs').describe('LP solver; auto picks by model size'),
    lookaheadDays: z.number().int().min(1).max(60).default(7).describe('days each rolling-horizon LP looks ahead, d'),
    forecastErrorSdC: z
      .number()
      .min(0)
      .max(10)
      .default(0)
      .describe('standard deviation of the temperature forecast error one day ahead, °C (grows with √lead time)'),
    forecastSeed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1)
      .describe('seed of the forecast errors'),
    heatDumpPenaltyYuanPerMWh: nonNeg('cost of dumping surplus must-run heat, ¥/MWh').default(5),
    deliveryRefusalPenaltyYuanPerT: nonNeg('cost of turning away a scheduled coal delivery (full yard), ¥/t').default(
      50,
    ),
    timeLimitS: z.number().positive().max(3600).default(60).describe('cap on one LP solve, s'),
    blocksPerDay: z
      .number()
      .int()
      .min(1)
      .max(24)
      .default(1)
      .describe(
        'equal blocks each day is split into (1, 2, 4, 6, 8, 12 or 24; each block has its own outdoor temperature, heat demand, tariff and grid headroom; 1 is the whole-day model), blocks/day',
      ),
  })
  .prefault({});

/**
 * What a shortfall is worth, for REPORTING: the result's `shortageCostYuan` (and so the total
 * `costYuan`) values unserved heat and gas cuts with these figures. The dispatch never sees
 * them: it stays lexicographic by `policy.protectOrder`, so changing a value changes no MWh,
 * m³ or tonne, only the reported cost. Each value is the gross loss of the service not
 * delivered (the supply cost already leaves out the fuel not bought), so it must exceed the
 * dearest supply cost of the unit for a worse winter never to look cheaper: heat here costs at
 * most ≈ ¥400/MWh from a gas boiler, gas at most ≈ ¥5/m³ (LNG). Coal-floor breaches are a
 * reserve risk, not a lost service, and are not valued.
 */
const heatLoss = (who: string, d: number, basis: string) =>
  z
    .number()
    .min(0)
    .max(20_000)
    .default(d)
    .describe(
      `value of one MWh of heat demand left unserved for ${who}, ¥/MWh (default ${d.toLocaleString('en-US')}: ${basis}); at most 20 000, the order of the value of lost electric load (¥10–20/kWh), which would replace it`,
    );
const gasLoss = (who: string, d: number, basis: string) =>
  z
    .number()
    .min(0)
    .max(100)
    .default(d)
    .describe(
      `value of one m³ of ${who} gas demand cut, ¥/m³ (default ${d}: ${basis}); at most 100, ≈ ¥10/kWh of gas energy, the value of lost electric load`,
    );

/**
 * The shortage valuation block. The heating gas categories are valued at the heat one m³
 * would have made (35.6 MJ/m³ in a 90 % boiler: 8.9 kWh) times the unserved-heat value.
 */
export const shortageValuationSchema = z
  .strictObject({
    unservedHeatYuanPerMWh: z
      .strictObject({
        residential: heatLoss(
          'homes',
          3000,
          'the ¥1 000/MWh of replacement heat below plus a welfare premium of ¥2 000/MWh for cold homes — health of the old and the young, frozen pipes; a home of 80 m² at 45 W/m² without heat on a design day ≈ ¥260',
        ),
        nonResidential: heatLoss(
          'other buildings',
          1000,
          'the dearest alternative heat, electric resistance heaters (COP 1) on the daytime commercial tariff, ≈ ¥0.65–1.10/kWh flat to peak, plus heater hire',
        ),
      })
      .prefault({})
      .describe('unserved heat, per MWh, homes and other buildings'),
    gasCutYuanPerM3: z
      .strictObject({
        interruptible: gasLoss(
          'interruptible',
          8,
          'their contracts expect cuts and they keep a second fuel: diesel ≈ ¥7.5 and LPG ≈ ¥6 per m³ of gas equivalent, plus switch-over',
        ),
        industrial: gasLoss(
          'industrial',
          15,
          'value added forgone: ≈ ¥1.4 of industrial value added per kWh of final energy (China 2021: ≈ ¥37 trillion over ≈ 3.3 Gtce) × 9.9 kWh/m³, as a reading for gas-fired industry',
        ),
        'cng-vehicles': gasLoss(
          'CNG-vehicle',
          10,
          '1 m³ of CNG drives as far as ≈ 1.1 L of petrol at ≈ ¥8/L, plus queues and lost trips',
        ),
        commercial: gasLoss(
          'commercial',
          20,
          'value added per m³ in catering and services is above that of industry; LPG bottles and electric cooking cap it',
        ),
        'heating-nonresidential': gasLoss(
          'non-residential heating',
          9,
          'the heat it would have made, 8.9 kWh/m³ (35.6 MJ/m³, 90 % boiler), at the ¥1 000/MWh of unserved non-residential heat',
        ),
        'public-welfare': gasLoss(
          'public-welfare (hospitals, schools, care homes)',
          30,
          'as homes: care and cooking that cannot stop, protected ahead of other buildings',
        ),
        'heating-residential': gasLoss(
          'residential heating',
          27,
          'the heat it would have made, 8.9 kWh/m³, at the ¥3 000/MWh of unserved heat for homes',
        ),
        residential: gasLoss(
          'residential (cooking, hot water, wall-hung boilers)',
          30,
          'the heating-residential figure, rounded up for cooking and hot water: homes come first in the policy',
        ),
      })
      .prefault({})
      .describe('gas cut, per m³, by consumer category'),
  })
  .prefault({})
  .describe(
    'value of shortfalls, for reporting only (shortageCostYuan; never a dispatch weight): the gross loss of the heat or gas not delivered',
  );

/** How often a Monte-Carlo season draws a disruption, how long it lasts and how deep it cuts. */
export const disruptionRates = (
  what: string,
  d: { events: number; minDays: number; maxDays: number; minCut: number; maxCut: number },
) =>
  z
    .strictObject({
      eventsPerSeason: z
        .number()
        .min(0)
        .max(100)
        .default(d.events)
        .describe(`expected ${what} events a season (Poisson mean), 1/season; 0 switches them off`),
      minDays: z.number().int().min(1).max(365).default(d.minDays).describe('shortest event, d'),
      maxDays: z.number().int().min(1).max(365).default(d.maxDays).describe('longest event, d'),
      minCutFraction: fraction('smallest share of capacity lost').default(d.minCut),
      maxCutFraction: fraction('largest share of capacity lost').default(d.maxCut),
    })
    .prefault({})
    .describe(`${what} events drawn in each Monte-Carlo season`);

export const riskSchema = z
  .strictObject({
    coalDisruptions: disruptionRates('coal-delivery disruption (per yard)', {
      events: 1,
      minDays: 3,
      maxDays: 10,
      minCut: 0.3,
      maxCut: 0.8,
    }),
    gasDisruptions: disruptionRates('gas-supply disruption (city-wide, on one supply point)', {
      events: 0.5,
      minDays: 2,
      maxDays: 7,
      minCut: 0.1,
      maxCut: 0.4,
    }),
    coldWavesPerSeason: z
      .number()
      .min(0)
      .max(20)
      .optional()
      .describe('cold waves injected into synthetic seasons, 1/season (default: as observed in the series)'),
    keepScenarioDisruptions: z
      .boolean()
      .default(false)
      .describe("keep the scenario's own dated disruptions in Monte-Carlo seasons, as well as the sampled ones"),
  })
  .prefault({})
  .describe('Monte-Carlo sampling of bad winters (baogong risk, size-reserve); command-line flags override it');
