/**
 * Can HiGHS's built-in lexicographic solve replace the engine's stage loop at equal speed?
 * `npx tsx bench/policy.bench.ts [--time MS]`
 *
 * Every day of the demo's daily season (HiGHS, the days' models and guesses taken from one
 * daily dispatch, so both sides solve the same models) solved by
 *   (a) the engine's policy solve (engine/dispatch/policy/solve.ts): the stage loop with
 *       yesterday's guess, HiGHS through the engine's adapter;
 *   (b) one `passLinearObjectives` call per day: one objective per policy item in
 *       protectOrder, money last, `blend_multi_objectives` off (as test/support/
 *       highs-lexicographic.ts), with the adapter's options (presolve on) and with presolve
 *       off (as the test helper).
 * Prints tinybench medians of a whole season, the LPs per season (b: HiGHS solves one LP per
 * objective, items + 1 a day) and how many days' money objectives differ by more than 1e-6.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import highsLoader from 'highs';
import { Bench } from 'tinybench';
import {
  buildDispatchModel,
  type DispatchModel,
  solveWithPolicy,
  createSolver,
  toModelData,
  dispatchDaily,
  openingState,
  stateAfter,
  reserveFloors,
  SHIPPED_SCENARIOS_DIR,
  normalise,
  validateScenario,
  horizonWeather,
} from '../engine/index.ts';

const { values: args } = parseArgs({ options: { time: { type: 'string' } } });
const scenario = validateScenario(
  JSON.parse(readFileSync(new URL('../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8')),
);
const plan = normalise(scenario, horizonWeather(scenario, { baseDir: SHIPPED_SCENARIOS_DIR }));
const highs = await createSolver('highs');
const runtime = await highsLoader();
const options = { floorsT: reserveFloors(plan, highs, 'daily').floorsT, withYards: true };
const { windows } = dispatchDaily(plan, highs, options);
const days = windows.map((_, d) => ({
  dm: buildDispatchModel(plan, d, 1, d === 0 ? openingState(plan) : stateAfter(windows[d - 1]), options),
  expectShort: windows[d - 1]?.shortItems,
}));

/** One day by the built-in lexicographic solve: the money objective at HiGHS's point. */
function builtIn(dm: DispatchModel, presolve: 'on' | 'off'): number {
  const m = dm.model,
    n = m.colNames.length;
  const hm = runtime.createModel();
  try {
    hm.options.set({ output_flag: false, presolve, blend_multi_objectives: false });
    hm.passModel(toModelData(m, runtime.infinity));
    const objectives = dm.items.map((item, k) => {
      const coefficients = new Float64Array(n);
      item.cols.forEach((c, i) => {
        coefficients[c] += item.weights?.[i] ?? 1;
      });
      return {
        weight: 1,
        offset: 0,
        coefficients,
        absoluteTolerance: 1e-7,
        relativeTolerance: 1e-9,
        priority: dm.items.length - k,
      };
    });
    objectives.push({
      weight: 1,
      offset: m.objectiveOffset,
      coefficients: Float64Array.from(m.colCost),
      absoluteTolerance: 0,
      relativeTolerance: 0,
      priority: 0,
    });
    hm.passLinearObjectives(objectives);
    if (hm.run().modelStatus !== runtime.constants.modelStatus.optimal) return NaN;
    const x = hm.getSolution().colValue;
    return m.colCost.reduce((sum, c, j) => sum + c * x[j], m.objectiveOffset);
  } finally {
    hm.dispose();
  }
}

const loopSeason = () => days.map(({ dm, expectShort }) => solveWithPolicy(dm, highs, 60, { expectShort }));
const loop = loopSeason();
const loopLps = loop.reduce((sum, s) => sum + s.lpCount, 0);
const builtInLps = days.reduce((sum, { dm }) => sum + dm.items.length + 1, 0);
const differ = (presolve: 'on' | 'off') =>
  days.filter(
    ({ dm }, d) =>
      !(
        Math.abs(builtIn(dm, presolve) - loop[d].result.objective) <=
        1e-6 * Math.max(1, Math.abs(loop[d].result.objective))
      ),
  ).length;

const b = new Bench({ time: Number(args.time ?? 5_000), warmupIterations: 1 });
b.add('(a) stage loop, engine adapter', loopSeason);
b.add('(b) passLinearObjectives, presolve on', () => days.forEach(({ dm }) => builtIn(dm, 'on')));
b.add('(b) passLinearObjectives, presolve off', () => days.forEach(({ dm }) => builtIn(dm, 'off')));
await b.run();

console.log(
  `Policy solve of ${days.length} days (${plan.dates[0]}..${plan.dates.at(-1)}), ${scenario.id}, daily mode, HiGHS (npm highs), ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join('/')}\n`,
);
console.log('| solve | median ms / season | samples | LPs / season | days whose money differs from (a) by > 1e-6 |');
console.log('|---|---:|---:|---:|---:|');
for (const task of b.tasks) {
  const r = task.result as { latency?: { p50?: number }; samples?: unknown[] } | undefined;
  const name = task.name;
  const lps = name.startsWith('(a)') ? loopLps : builtInLps;
  const diff = name.startsWith('(a)') ? 0 : differ(name.endsWith('on') ? 'on' : 'off');
  console.log(
    `| ${name} | ${r?.latency?.p50?.toFixed(0) ?? '?'} | ${(r as { latency?: { samplesCount?: number } })?.latency?.samplesCount ?? r?.samples?.length ?? '?'} | ${lps} | ${diff} |`,
  );
}
