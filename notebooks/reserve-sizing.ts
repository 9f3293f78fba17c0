/**
 * Notebook (b): how much coal must the demo's yard hold on 15 November? The smallest opening
 * stock (and, second, the smallest steady delivery rate) that keeps the 30-day floor every day
 * in 95 % of Monte Carlo seasons, with the curve behind it; and the closed-form check.
 * `npx tsx notebooks/reserve-sizing.ts [--scenario FILE.json] [--runs SEASONS] [--lang zh|en]`
 * (default the demo and 40 seasons, or BAOGONG_NOTEBOOK_RUNS). The report's words are the
 * catalogue's `reports.reserve`.
 */
import { readFileSync } from 'node:fs';
import {
  monteCarloHistogramSpec,
  NO_DISRUPTIONS,
  reserveCurveSpec,
  labelOf,
  runLabels,
  runMonteCarlo,
  sizeReserve,
  t,
  type SizingAnswer,
} from '../engine/index.ts';
import { notebookArgs } from './lib/args.ts';
import { num, pct, Report } from './lib/report.ts';
import { dateText, domainWord, reportWords } from './lib/say.ts';

const args = notebookArgs({ defaultRuns: 40, env: 'BAOGONG_NOTEBOOK_RUNS' });
const RUNS = args.runs;
const SEED = 1;
const TARGET = 0.95;
const demo = args.scenario;
const baseDir = args.baseDir;
const lang = args.lang;
const say = reportWords(lang, 'reserve');
const share = (p: number | null | undefined, digits = 1) => pct(p, digits, lang);
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

const yardName = lang === 'en' ? sized.yard : labelOf({ labels: runLabels(args.checked) }, 'yards', sized.yard);
const report = new Report('reserve-sizing', say('title', { yard: yardName }), lang);
const d = mc.distribution;
report.text(
  say('rule', {
    maxDaily: num(sized.maxDailyBurnT),
    floor: num(sized.floorT),
    start: dateText(lang, args.checked.horizon.start),
    target: share(TARGET, 0),
  }),
  say('seasons', {
    runs: RUNS,
    seed: SEED,
    weather: lang === 'en' ? mc.weather.kind : t(lang, `cli.weather.${mc.weather.kind}` as never),
    events: mc.coalDisruptions.eventsPerSeason,
    minDays: mc.coalDisruptions.minDays,
    maxDays: mc.coalDisruptions.maxDays,
    minCut: share(mc.coalDisruptions.minCutFraction, 0),
    maxCut: share(mc.coalDisruptions.maxCutFraction, 0),
    gasEvents: mc.gasDisruptions.eventsPerSeason,
    mode: domainWord(lang, 'dispatchMode', mc.mode),
  }),
);
report.heading(say('atScenario'));
report.list([
  say('openingStock', {
    stock: num(args.checked.yards[0].openingStockT),
    deliveries: num(args.checked.yards[0].deliveries.baseTPerDay),
  }),
  say('floorBroken', {
    share: share(d.probability.reserveBreach.p),
    low: share(d.probability.reserveBreach.low95),
    high: share(d.probability.reserveBreach.high95),
  }),
  say('lowestCover', {
    p50: num(d.minDaysOfCover?.p50, 1),
    p10: num(d.minDaysOfCover?.p10, 1),
    p1: num(d.minDaysOfCover?.p1, 1),
  }),
  say('homesCut', { share: share(d.probability.homesCut.p), p95: num(d.unservedHeatMWh.p95) }),
]);
await report.chart('min-days-of-cover', say('histogramCaption'), monteCarloHistogramSpec(mc, 'minDaysOfCover', lang));

report.heading(say('answers'));
const line = (a: SizingAnswer, unit: string) =>
  a.answer === null
    ? say('notReached', { upper: num(a.upperLimit), unit })
    : say('answer', {
        answer: num(a.answer),
        unit,
        tol: num(a.tolerance, a.tolerance < 10 ? 1 : 0),
        atAnswer: share(a.probabilityAtAnswer),
        atScenario: share(a.probabilityAtScenarioValue),
        value: num(a.scenarioValue),
        evaluations: a.evaluations,
      });
report.list([
  say('smallestStock', { line: line(sized.openingStock, say('unitT')) }),
  ...(sized.deliveryRate ? [say('smallestRate', { line: line(sized.deliveryRate, say('unitTPerDay')) })] : []),
]);
report.text(say('method'));
await report.chart('curve-stock', say('curveStockCaption'), reserveCurveSpec(sized, 'openingStock', lang));
if (sized.deliveryRate)
  await report.chart('curve-rate', say('curveRateCaption'), reserveCurveSpec(sized, 'deliveryRate', lang));
report.table(
  [say('curveStock'), say('curveHeld')],
  sized.openingStock.curve.map((p) => [num(p.value), share(p.probability)]),
);

report.heading(say('closedFormHeading'));
report.text(
  say('closedForm', {
    stock: num(check.openingStock.answer, 1),
    stockTol: num(check.openingStock.tolerance, 1),
    rate: num(check.deliveryRate?.answer, 2),
    rateTol: num(check.deliveryRate?.tolerance, 2),
  }),
);
report.write();
