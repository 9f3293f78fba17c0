/**
 * Notebook (e): do synthetic weather seasons look like the record? Historical Beijing seasons
 * (15 Nov – 15 Mar, 2010–2014) against 500 synthetic seasons (seasonal mean + AR(1) + cold waves)
 * and 500 matched-block bootstrap seasons: mean, spread, lag-1 autocorrelation, cold-wave
 * frequency. `npx tsx notebooks/ensemble-validation.ts [--scenario FILE.json] [--runs SEASONS] [--lang zh|en]`
 * (default the demo and 500 seasons, or BAOGONG_NOTEBOOK_SEASONS). The report's words are the
 * catalogue's `reports.ensemble`.
 */
import {
  compareStats,
  cycleAt,
  drawSeasons,
  seasonStats,
  weatherEnsemble,
  type SeasonStats,
  type VegaLiteSpec,
} from '../engine/index.ts';
import { notebookArgs } from './lib/args.ts';
import { num, Report } from './lib/report.ts';
import { dateText, domainWord, reportWords } from './lib/say.ts';

const args = notebookArgs({ defaultRuns: 500, env: 'BAOGONG_NOTEBOOK_SEASONS' });
const N = args.runs;
const SEED = 2012;
const demo = args.scenario;
const lang = args.lang;
const say = reportWords(lang, 'ensemble');
const common = reportWords(lang, 'common');

const synthetic = weatherEnsemble(demo, 'synthetic', { baseDir: args.baseDir });
const bootstrap = weatherEnsemble(demo, 'bootstrap', { baseDir: args.baseDir });
const historical = weatherEnsemble(demo, 'historical', { baseDir: args.baseDir }).seasons;
const m = synthetic.model!;
const synSeasons = drawSeasons(synthetic, N, SEED);
const bootSeasons = drawSeasons(bootstrap, N, SEED);
const histStats = historical.map((s) => seasonStats(s.days));
const synStats = synSeasons.map(seasonStats);
const bootStats = bootSeasons.map(seasonStats);
const synCmp = compareStats(histStats, synStats);
const bootCmp = compareStats(histStats, bootStats);

const LABEL = Object.fromEntries(
  (['meanC', 'sdC', 'lag1', 'coldWaveEvents', 'coldWaveDays', 'coldSpellDays', 'coldestDayC'] as const).map((k) => [
    k,
    say(`label.${k}`),
  ]),
) as Record<keyof SeasonStats, string>;

const report = new Report('ensemble-validation', say('title'), lang);
report.text(
  say('intro', {
    n: historical.length,
    labels: historical.map((s) => s.label).join(lang === 'en' ? ', ' : '、'),
    runs: N,
    seed: SEED,
  }),
);
report.heading(say('modelHeading'));
report.list([
  say('cycle', {
    first: dateText(lang, m.fittedOn.first),
    last: dateText(lang, m.fittedOn.last),
    annualMean: num(m.cycle[0], 2),
    jan15: num(cycleAt(m, '2013-01-15'), 2),
    mu: num(m.anomaly.meanC, 2),
  }),
  say('anomalies', {
    phi: num(m.anomaly.phi, 3),
    sigma: num(m.anomaly.sigmaC, 2),
    windowDays: m.fittedOn.windowDays,
  }),
  say('offset', { s: num(m.seasonOffsetSdC, 2) }),
  say('gaps', {
    gapMean: num(m.minGap.residual.meanC, 2),
    beta: num(m.minGap.beta, 3),
    gapPhi: num(m.minGap.residual.phi, 3),
    gapSigma: num(m.minGap.residual.sigmaC, 2),
    maxGap: num(m.maxGap.residual.meanC, 2),
  }),
  say('coldWaves', {
    count: m.coldWaves.events.length,
    events: m.coldWaves.events
      .map((e) =>
        say('coldWaveEvent', {
          start: dateText(lang, e.start),
          grade: domainWord(lang, 'coldWaveGrade', e.grade),
          drop: num(e.dropC, 0),
          days: e.days,
        }),
      )
      .join(lang === 'en' ? '; ' : '；'),
    observed: num(m.coldWaves.observedPerSeason, 2),
    base: num(m.coldWaves.basePerSeason, 2),
    injected: num(m.coldWaves.injectedPerSeason, 2),
    note: say(m.coldWaves.injectedPerSeason === 0 ? 'noneInjected' : 'copies'),
  }),
]);

report.heading(say('statsHeading'));
const band = (c: (typeof synCmp)[number], digits: number) =>
  `${num(c.drawnMean, digits)} (${num(c.drawnP5, digits)} … ${num(c.drawnP95, digits)})`;
report.table(
  [
    say('statistic'),
    say('record', { n: historical.length }),
    say('synthetic', { runs: N }),
    say('bootstrap', { runs: N }),
  ],
  synCmp.map((c, i) => {
    const d = c.statistic === 'lag1' ? 3 : 2;
    return [
      LABEL[c.statistic],
      `${num(c.historicalMean, d)} (${num(c.historicalMin, d)} … ${num(c.historicalMax, d)})`,
      band(c, d),
      band(bootCmp[i], d),
    ];
  }),
);
const cmp = Object.fromEntries(synCmp.map((c) => [c.statistic, c]));
const ok = (b: boolean) => common(b ? 'yes' : 'no');
report.list([
  say('meanCheck', {
    ok: ok(Math.abs(cmp.meanC.drawnMean - cmp.meanC.historicalMean) < 1),
    diff: num(cmp.meanC.drawnMean - cmp.meanC.historicalMean, 2),
  }),
  say('spreadCheck', {
    ok: ok(Math.abs(cmp.sdC.drawnMean / cmp.sdC.historicalMean - 1) < 0.2),
    diff: num((cmp.sdC.drawnMean / cmp.sdC.historicalMean - 1) * 100, 1),
  }),
  say('lagCheck', {
    ok: ok(Math.abs(cmp.lag1.drawnMean - cmp.lag1.historicalMean) < 0.06),
    diff: num(cmp.lag1.drawnMean - cmp.lag1.historicalMean, 3),
  }),
  say('bandCheck', {
    ok: ok(histStats.every((h) => h.meanC > cmp.meanC.drawnP5 && h.meanC < cmp.meanC.drawnP95)),
  }),
  say('frequencyCheck', {
    drawn: num(cmp.coldWaveEvents.drawnMean, 2),
    observed: num(m.coldWaves.observedPerSeason, 2),
    low: num((0.62 / m.fittedOn.windowDays) * 121, 2),
    high: num((8.77 / m.fittedOn.windowDays) * 121, 2),
  }),
]);

const base = (title: string, subtitle: string) => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: { text: title, subtitle },
  width: 900,
  height: 300,
  config: {
    background: 'white',
    font: 'sans-serif',
    axis: { titleFontSize: 13, labelFontSize: 11 },
    title: { fontSize: 16, anchor: 'start' as const },
  },
});

// 1. climatology band by day of season
const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const bandRows = synthetic.dates.map((_, k) => {
  const v = synSeasons.map((s) => s[k].tMeanC);
  return { day: k, p5: q(v, 0.05), p50: q(v, 0.5), p95: q(v, 0.95) };
});
const histRows = historical.flatMap((s) => s.days.map((d, k) => ({ day: k, season: s.label, t: d.tMeanC })));
await report.chart('climatology', say('climatologyCaption'), {
  ...base(say('climatologyTitle'), say('climatologySubtitle', { runs: N })),
  layer: [
    {
      data: { values: bandRows },
      mark: { type: 'area', opacity: 0.25, color: '#1f77b4' },
      encoding: {
        x: { field: 'day', type: 'quantitative', title: say('dayOfSeason') },
        y: { field: 'p5', type: 'quantitative', title: say('dailyMean') },
        y2: { field: 'p95' },
      },
    },
    {
      data: { values: bandRows },
      mark: { type: 'line', color: '#1f77b4', strokeWidth: 2 },
      encoding: { x: { field: 'day', type: 'quantitative' }, y: { field: 'p50', type: 'quantitative' } },
    },
    {
      data: { values: histRows },
      mark: { type: 'line', strokeWidth: 1 },
      encoding: {
        x: { field: 'day', type: 'quantitative' },
        y: { field: 't', type: 'quantitative' },
        color: { field: 'season', type: 'nominal', title: say('recordedSeason') },
      },
    },
  ],
} as VegaLiteSpec);

// 2. distributions of season statistics against the record
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A statistic's label without its unit, as a chart title. */
const titleOf = (label: string) => (lang === 'en' ? cap(label.replace(/ \(.*/, '')) : label.replace(/（.*/, ''));
const SYN = say('syntheticName');
const BOOT = say('bootstrapName');
const distribution = (stat: keyof SeasonStats, id: string, caption: string) =>
  report.chart(id, caption, {
    ...base(titleOf(LABEL[stat]), say('distributionSubtitle', { runs: N })),
    height: 240,
    layer: [
      {
        data: {
          values: [
            ...synStats.map((s) => ({ v: s[stat], ensemble: SYN })),
            ...bootStats.map((s) => ({ v: s[stat], ensemble: BOOT })),
          ],
        },
        mark: { type: 'bar', opacity: 0.6 },
        encoding: {
          x: { field: 'v', type: 'quantitative', bin: { maxbins: 30 }, title: LABEL[stat] },
          y: { aggregate: 'count', type: 'quantitative', title: say('seasons'), stack: null },
          color: {
            field: 'ensemble',
            type: 'nominal',
            title: say('ensemble'),
            scale: { domain: [SYN, BOOT], range: ['#1f77b4', '#ff7f0e'] },
          },
        },
      },
      {
        data: { values: histStats.map((s) => ({ v: s[stat] })) },
        mark: { type: 'rule', color: '#d62728', strokeWidth: 2 },
        encoding: { x: { field: 'v', type: 'quantitative' } },
      },
    ],
  } as VegaLiteSpec);
await distribution('meanC', 'season-mean', say('meanCaption'));
await distribution('sdC', 'season-spread', say('spreadCaption'));
await distribution('lag1', 'lag1', say('lagCaption'));
await distribution('coldWaveEvents', 'cold-waves', say('coldWaveCaption'));

report.heading(say('readingHeading'));
report.text(say('reading'));
report.write();
