/**
 * Notebook (b): how much coal must the demo's yard hold on 15 November? The smallest opening
 * stock (and, second, the smallest steady delivery rate) that keeps the 30-day floor every day
 * in 95 % of Monte Carlo seasons, with the curve behind it; and the closed-form check.
 * `npx tsx notebooks/reserve-sizing.ts [--scenario FILE.json] [--runs SEASONS]` (default the demo
 * and 40 seasons, or BAOGONG_NOTEBOOK_RUNS)
 */
import { readFileSync } from 'node:fs';
import {
  monteCarloHistogramSpec,
  NO_DISRUPTIONS,
  reserveCurveSpec,
  runMonteCarlo,
  sizeReserve,
  type SizingAnswer,
} from '../engine/index.ts';
import { notebookArgs } from './lib/args.ts';
import { num, pct, Report } from './lib/report.ts';

const args = notebookArgs({ defaultRuns: 40, env: 'BAOGONG_NOTEBOOK_RUNS' });
const RUNS = args.runs;
const SEED = 1;
const TARGET = 0.95;
const demo = args.scenario;
const baseDir = args.baseDir;
const bar = (label: string) => (done: number, total: number) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${label} ${done}/${total}   `);
};

process.stderr.write(`Monte Carlo at the scenario's stock, ${RUNS} seasons…\n`);
const mc = await runMonteCarlo(demo, { runs: RUNS, seed: SEED, baseDir, onProgress: bar('seasons') });
process.stderr.write(`\nsizing, ${RUNS} seasons…\n`);
const sized = await sizeReserve(demo, { runs: RUNS, seed: SEED, target: TARGET, baseDir, onProgress: bar('seasons') });
process.stderr.write('\nclosed-form check…\n');
/** The closed-form case (scenarios/examples/closed-form-reserve.json), shared by the reserve-sizing test and notebook. */
const closedForm = JSON.parse(
  readFileSync(new URL('../scenarios/examples/closed-form-reserve.json', import.meta.url), 'utf8'),
);
const check = await sizeReserve(closedForm, {
  runs: 2,
  seed: 1,
  workers: 0,
  target: TARGET,
  coalDisruptions: NO_DISRUPTIONS,
  gasDisruptions: NO_DISRUPTIONS,
});

const report = new Report('reserve-sizing', `Coal reserve sizing: the demo yard \u2018${sized.yard}\u2019`);
const d = mc.distribution;
report.text(
  `Rule (the heating plans: 储备量不得少于30天的日最大耗煤量): the yard must hold floor = 30 × the maximum daily burn, here ${num(sized.maxDailyBurnT)} t/day (the larger of its design-day burn and its largest daily burn in a floor-free run of the season; the demo CHP yard runs flat out on both), so ${num(sized.floorT)} t. Question: what opening stock on ${args.checked.horizon.start} keeps the stock at or above the floor on every day of the season in at least ${pct(TARGET, 0)} of seasons?`,
  `Seasons: ${RUNS} Monte Carlo seasons (seed ${SEED}) of ${mc.weather.kind} weather × random coal-delivery disruptions (${mc.coalDisruptions.eventsPerSeason} a season, ${mc.coalDisruptions.minDays}–${mc.coalDisruptions.maxDays} days, ${pct(mc.coalDisruptions.minCutFraction, 0)}–${pct(mc.coalDisruptions.maxCutFraction, 0)} of deliveries lost) and gas-supply disruptions (${mc.gasDisruptions.eventsPerSeason} a season), each dispatched day by day (${mc.mode} mode). The scenario's own dated what-if disruptions are replaced by the sampled ones.`,
);
report.heading('At the scenario\u2019s own opening stock');
report.list([
  `opening stock ${num(args.checked.yards[0].openingStockT)} t, deliveries ${num(args.checked.yards[0].deliveries.baseTPerDay)} t/day`,
  `the floor is broken in ${pct(d.probability.reserveBreach.p)} of seasons (95 % interval ${pct(d.probability.reserveBreach.low95)}–${pct(d.probability.reserveBreach.high95)})`,
  `lowest days of cover in a season: P50 ${num(d.minDaysOfCover?.p50, 1)} d, P10 ${num(d.minDaysOfCover?.p10, 1)} d, P1 ${num(d.minDaysOfCover?.p1, 1)} d`,
  `any cut to homes in ${pct(d.probability.homesCut.p)} of seasons; unserved heat P95 ${num(d.unservedHeatMWh.p95)} MWh`,
]);
await report.chart(
  'min-days-of-cover',
  'Lowest days of coal cover in each Monte Carlo season at the scenario\u2019s opening stock (30 d = the floor).',
  monteCarloHistogramSpec(mc, 'minDaysOfCover'),
);

report.heading('The answers');
const line = (a: SizingAnswer, unit: string) =>
  a.answer === null
    ? `not reached up to ${num(a.upperLimit)} ${unit}`
    : `**${num(a.answer)} ${unit}** (at most ${num(a.tolerance, a.tolerance < 10 ? 1 : 0)} ${unit} above the exact threshold of these seasons); the floor then holds in ${pct(a.probabilityAtAnswer)} of seasons, against ${pct(a.probabilityAtScenarioValue)} at the scenario's ${num(a.scenarioValue)} ${unit}; ${a.evaluations} seasons solved`;
report.list([
  `smallest opening stock: ${line(sized.openingStock, 't')}`,
  ...(sized.deliveryRate
    ? [
        `smallest steady delivery rate with the scenario's opening stock (schedule windows replaced by one steady rate): ${line(sized.deliveryRate, 't/day')}`,
      ]
    : []),
]);
report.text(
  'Method: bracketing and bisection over the same seasons for every candidate value (common random numbers), assuming a season that holds at some stock also holds at any larger stock; each season is solved again only where that does not already decide it. The first guess is each season\u2019s linear estimate (stock plus the extra coal that would just have held the floor if the dispatch did not react) at the target quantile; the runs then correct it, because the daily dispatch does react: below the floor it may burn gas instead of coal, since the default policy ranks the coal floor above commercial, vehicle, industrial and interruptible gas.',
);
await report.chart(
  'curve-stock',
  'Share of seasons whose floor holds all season against the opening stock; every value the search tried.',
  reserveCurveSpec(sized, 'openingStock'),
);
if (sized.deliveryRate)
  await report.chart(
    'curve-rate',
    'Share of seasons whose floor holds all season against a steady delivery rate.',
    reserveCurveSpec(sized, 'deliveryRate'),
  );
report.table(
  ['opening stock t', 'floor held all season'],
  sized.openingStock.curve.map((p) => [num(p.value), pct(p.probability)]),
);

report.heading('Closed-form check');
report.text(
  `One coal boiler, 1 Mm² of homes at 50 W/m², constant −3 °C (design −10 °C), η 0.8, 20 GJ/t, deliveries 100 t/day, 30 days: burn b = 900 MWh × 3.6 / (0.8 × 20) = 202.5 t/day, floor F = 30 × 270 = 8 100 t; the end-of-day stock on day n is S0 + n(r − b), so the floor holds all season iff S0 ≥ F + N(b − r) = 11 175 t, or, with S0 = 10 000 t, r ≥ b − (S0 − F)/N = 139.17 t/day. The search finds ${num(check.openingStock.answer, 1)} t (tolerance ${num(check.openingStock.tolerance, 1)} t) and ${num(check.deliveryRate?.answer, 2)} t/day (tolerance ${num(check.deliveryRate?.tolerance, 2)} t/day).`,
);
report.write();
