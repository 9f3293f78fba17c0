/**
 * Notebook: a province study. The shipped fictional province of the five plan cities (or
 * `--study FILE.json`): the chance that some city cuts homes' gas, that some yard breaches its
 * floor, the province's unserved heat and gas cut per season, and which cities fail first,
 * with the two charts. `npx tsx notebooks/province-study.ts [--study FILE.json] [--runs SEASONS]
 * [--lang zh|en]` (default the shipped study and 20 seasons, or BAOGONG_NOTEBOOK_RUNS). The
 * report's words are the catalogue's `reports.province`.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  BaogongError,
  LANGS,
  langFromEnv,
  loadProvinceStudy,
  provinceFailureSpec,
  provinceUnservedHeatSpec,
  runProvinceStudy,
  t,
  type Lang,
} from '../engine/index.ts';
import { num, pct, Report } from './lib/report.ts';
import { gasDivisor, reportWords } from './lib/say.ts';

const SHIPPED_STUDY = fileURLToPath(new URL('../scenarios/studies/plan-province.json', import.meta.url));

function usage(message: string): never {
  throw new BaogongError(
    'CLI_USAGE',
    `${message}\nusage: npx tsx notebooks/province-study.ts [--study FILE.json] [--runs N] [--lang zh|en]`,
  );
}

let values: { study?: string; runs?: string; lang?: string };
try {
  values = parseArgs({
    options: { study: { type: 'string' }, runs: { type: 'string' }, lang: { type: 'string' } },
    strict: true,
  }).values;
} catch (err) {
  usage((err as Error).message);
}
const lang: Lang =
  values.lang === undefined
    ? langFromEnv(process.env)
    : (LANGS as readonly string[]).includes(values.lang)
      ? (values.lang as Lang)
      : usage(`--lang must be ${LANGS.join(' or ')}; got ${values.lang}`);
const rawRuns = values.runs ?? process.env.BAOGONG_NOTEBOOK_RUNS ?? '20';
const RUNS = Number(rawRuns);
if (!(Number.isInteger(RUNS) && RUNS >= 1)) usage(`--runs must be a whole number ≥ 1; got ${rawRuns}`);
const SEED = 1;

const say = reportWords(lang, 'province');
const share = (p: number | null | undefined, digits = 1) => pct(p, digits, lang);
const spec = loadProvinceStudy(values.study ?? SHIPPED_STUDY);
process.stderr.write(`province study, ${RUNS} seasons…\n`);
const r = await runProvinceStudy(spec, {
  runs: RUNS,
  seed: SEED,
  onProgress: (done, total) => {
    if (process.stderr.isTTY) process.stderr.write(`\rseasons ${done}/${total}   `);
  },
});

const study = spec.study;
const words = study.translations?.[lang];
const d = r.distribution;
const p = d.probability;
const report = new Report('province-study', say('title', { name: words?.name ?? (study.name || study.id) }), lang);
const reference = d.cities.find((c) => c.id === r.weather.referenceCity)!;
report.text(
  say('intro', {
    description: words?.description ?? study.description,
    runs: r.runs,
    seed: r.seed,
    weather: lang === 'en' ? r.weather.kind : t(lang, `cli.weather.${r.weather.kind}` as never),
    reference: lang === 'zh' ? reference.names.zh : reference.names.en,
  }),
);

report.heading(say('provinceHeading'));
const gasUnit = lang === 'en' ? '10³ m³' : '万 m³';
report.list([
  say('anyHomesGasCut', {
    share: share(p.anyHomesGasCut.p),
    low: share(p.anyHomesGasCut.low95),
    high: share(p.anyHomesGasCut.high95),
  }),
  say('anyHomesCut', { share: share(p.anyHomesCut.p) }),
  say('anyReserveBreach', { share: share(p.anyReserveBreach.p) }),
  say('anyFailure', { share: share(p.anyFailure.p) }),
  say('unserved', {
    p50: num(d.unservedHeatMWh.p50),
    p90: num(d.unservedHeatMWh.p90),
    p99: num(d.unservedHeatMWh.p99),
  }),
  say('gasCut', {
    p50: num(d.gasCutM3.p50 / gasDivisor(lang), 1),
    p90: num(d.gasCutM3.p90 / gasDivisor(lang), 1),
    p99: num(d.gasCutM3.p99 / gasDivisor(lang), 1),
    unit: gasUnit,
  }),
]);
await report.chart('unserved-heat', say('unservedCaption'), provinceUnservedHeatSpec(r, lang));

report.heading(say('citiesHeading'));
report.table(
  [
    say('colCity'),
    say('colShift'),
    say('colHomesGas'),
    say('colFloor'),
    say('colFails'),
    say('colFirst'),
    say('colUnserved'),
  ],
  d.cities.map((c) => [
    lang === 'zh' ? c.names.zh : c.names.en,
    num(c.weatherShiftC, 1),
    share(c.probability.homesGasCut.p),
    share(c.probability.reserveBreach.p),
    share(c.probability.failure.p),
    share(c.failsFirst.share),
    num(c.unservedHeatMWh.p90),
  ]),
);
report.text(say('failsFirstHow'));
await report.chart('cities-fail', say('failureCaption'), provinceFailureSpec(r, lang));

report.heading(say('sharedHeading'));
report.list(
  [...r.shared.gasSupplyPoints, ...r.shared.coalRoutes].map((s) =>
    say('shared', {
      id: s.id,
      members: s.members.map((m) => `${m.city}.${m.member}`).join(', '),
      events: s.rates.eventsPerSeason,
      share: share(s.disruptedShare, 0),
    }),
  ),
);
report.text(say('timing', { runs: r.runs, workers: r.timing.workers, seconds: (r.timing.wallMs / 1000).toFixed(1) }));
report.write();
