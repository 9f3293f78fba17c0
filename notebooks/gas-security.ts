/**
 * Notebook (c): gas N-1 (EU Reg. 2017/1938 Annex II) and the three supply-standard tests for
 * the demo city, with the 1-in-20 temperatures from the synthetic ensemble and, for
 * comparison, from the design temperature; and the heat-side N-1 table.
 * `npx tsx notebooks/gas-security.ts [--scenario FILE.json] [--runs SEASONS] [--lang zh|en]` (default
 * the demo and 1000 synthetic seasons for the 1-in-20 temperatures, or BAOGONG_NOTEBOOK_SEASONS).
 * The report's words are the catalogue's `reports.gas`.
 */
import {
  gasSecurity,
  GAS_CATEGORIES,
  heatNMinusOne,
  labelOf,
  nMinusOnePercent,
  PROTECTED_GAS,
  runLabels,
  t,
  type GasSecurityResult,
  type VegaLiteSpec,
} from '../engine/index.ts';
import { frame, stackedBarSpec } from './lib/charts.ts';
import { notebookArgs } from './lib/args.ts';
import { num, pct, Report } from './lib/report.ts';
import { dateText, domainWord, gasDivisor, gasFigure, reportWords } from './lib/say.ts';

const args = notebookArgs({ defaultRuns: 1000, env: 'BAOGONG_NOTEBOOK_SEASONS' });
const demo = args.scenario;
const SEASONS = args.runs;
process.stderr.write('gas security (ensemble climate)…\n');
const ens = await gasSecurity(demo, { climate: 'ensemble', runs: SEASONS, seed: 1, baseDir: args.baseDir });
process.stderr.write('gas security (design climate)…\n');
const des = await gasSecurity(demo, { climate: 'design', baseDir: args.baseDir });
process.stderr.write('heat N-1…\n');
const heat = await heatNMinusOne(demo, { baseDir: args.baseDir });

const lang = args.lang;
const say = reportWords(lang, 'gas');
const common = reportWords(lang, 'common');
const share = (p: number | null | undefined, digits = 1) => pct(p, digits, lang);
/** A percentage figure already in %, as each language writes it. */
const percent = (x: number | null) => (lang === 'en' ? `${num(x, 1)} %` : `${num(x, 1)}%`);
const labels = { labels: runLabels(args.checked) };
/** A supply point's, zone's or source's name in Chinese; its id in English, as before. */
const nameOf = (kind: 'supplyPoints' | 'zones' | 'sources', id: string | null | undefined) =>
  id === null || id === undefined ? id : lang === 'en' ? id : labelOf(labels, kind, id);
const testName = (id: string) => (lang === 'en' ? id : t(lang, `cli.gasN1.tests.${id}` as never));
const thousandM3 = (x: number) => gasFigure(lang, x);
const report = new Report('gas-security', say('title'), lang);
report.text(
  say('intro', {
    id: demo.id,
    protected:
      lang === 'en'
        ? PROTECTED_GAS.map((c) => `\`${c}\``).join(', ')
        : PROTECTED_GAS.map((c) => domainWord(lang, 'gasCategory', c)).join('、'),
    seasons: String(ens.climate.seasons),
    seed: String(ens.climate.seed),
  }),
  say('worked', {
    a: num(
      nMinusOnePercent({
        entryM3PerDay: 60,
        productionM3PerDay: 10,
        storageM3PerDay: 25,
        lngM3PerDay: 15,
        largestM3PerDay: 40,
        peakDemandM3PerDay: 65,
      }),
      1,
    ),
    b: num(
      nMinusOnePercent({
        entryM3PerDay: 60,
        productionM3PerDay: 10,
        storageM3PerDay: 25,
        lngM3PerDay: 15,
        largestM3PerDay: 40,
        peakDemandM3PerDay: 75,
      }),
      1,
    ),
  }),
);

report.heading(say('nMinusOne'));
const row = (label: string, r: GasSecurityResult) => {
  const n = r.nMinusOne;
  return [
    label,
    num(n.peakDayTempC, 1),
    thousandM3(n.entryM3PerDay),
    thousandM3(n.productionM3PerDay),
    thousandM3(n.storageM3PerDay),
    thousandM3(n.lngM3PerDay),
    `${thousandM3(n.largest?.capacityM3PerDay ?? 0)} (${nameOf('supplyPoints', n.largest?.id) ?? '—'})`,
    thousandM3(n.peakDemandM3PerDay),
    percent(n.percent),
    common(n.pass ? 'pass' : 'fail'),
  ];
};
const unit = { unit: say('rateUnit') };
report.table(
  [
    say('table.from'),
    say('table.peakDay'),
    say('table.entry', unit),
    say('table.production', unit),
    say('table.storage', unit),
    say('table.lng', unit),
    say('table.largest', unit),
    say('table.dmax', unit),
    'N-1',
    '',
  ],
  [row(say('ensemble'), ens), row(say('design'), des)],
);
const n = ens.nMinusOne;
report.text(
  say('dmaxText', {
    temp: num(n.peakDayTempC, 1),
    categories: thousandM3(n.peakDemandM3PerDay - n.heatSourcesM3),
    unit: say('rateUnit'),
    heat: thousandM3(n.heatSourcesM3),
    largest: String(nameOf('supplyPoints', n.largest?.id)),
    largestCap: thousandM3(n.largest?.capacityM3PerDay ?? 0),
    left: thousandM3(
      n.entryM3PerDay + n.productionM3PerDay + n.storageM3PerDay + n.lngM3PerDay - (n.largest?.capacityM3PerDay ?? 0),
    ),
    verdict: say(n.pass ? 'met' : 'notMet'),
  }),
);
const total = n.entryM3PerDay + n.productionM3PerDay + n.storageM3PerDay + n.lngM3PerDay;
const ROWS = [
  say('chart.all'),
  say('chart.without', { largest: nameOf('supplyPoints', n.largest?.id) ?? '—' }),
  say('chart.demand'),
];
const g = gasDivisor(lang);
const bars = [
  ...[
    [say('chart.entry'), n.entryM3PerDay],
    [say('chart.production'), n.productionM3PerDay],
    [say('chart.storage'), n.storageM3PerDay],
    [say('chart.lng'), n.lngM3PerDay],
  ].map(([part, v]) => ({ row: ROWS[0], part, v: Number(v) / g })),
  { row: ROWS[1], part: say('chart.left'), v: (total - (n.largest?.capacityM3PerDay ?? 0)) / g },
  { row: ROWS[2], part: say('chart.peak'), v: n.peakDemandM3PerDay / g },
];
await report.chart('n-1', say('chart.caption'), {
  ...frame(
    say('chart.title'),
    say('chart.subtitle', { percent: num(n.percent, 1), temp: num(n.peakDayTempC, 1) }),
    200,
  ),
  data: { values: bars },
  mark: { type: 'bar' },
  encoding: {
    y: { field: 'row', type: 'nominal', title: null, sort: ROWS, axis: { labelLimit: 320 } },
    x: { field: 'v', type: 'quantitative', title: say('chart.axis'), stack: 'zero' },
    color: {
      field: 'part',
      type: 'nominal',
      title: say('chart.term'),
      scale: { range: ['#1f77b4', '#ff7f0e', '#9467bd', '#17becf', '#2ca02c', '#d62728'] },
    },
  },
} as VegaLiteSpec);

report.heading(say('standardHeading'));
const standardRows = (label: string, r: GasSecurityResult) =>
  r.supplyStandard.map((x) => [
    label,
    testName(x.id),
    String(x.days),
    num(x.tempC, 1),
    nameOf('supplyPoints', x.without) ?? '—',
    common(x.protectedFullySupplied ? 'yes' : 'no'),
    thousandM3(x.protectedCutM3),
    num(x.unservedResidentialHeatMWh),
    thousandM3(Object.values(x.gasCutM3ByCategory).reduce((a: number, b) => a + (b ?? 0), 0) - x.protectedCutM3),
    x.storageEndM3 === null ? '—' : thousandM3(x.storageEndM3),
  ]);
const gasUnit = { unit: say('gasUnit') };
report.table(
  [
    say('standard.temperatures'),
    say('standard.test'),
    say('standard.days'),
    say('standard.temp'),
    say('standard.without'),
    say('standard.protectedSupplied'),
    say('standard.protectedCut', gasUnit),
    say('standard.homesUnserved'),
    say('standard.otherCut', gasUnit),
    say('standard.storageEnd', gasUnit),
  ],
  [...standardRows(say('ensembleShort'), ens), ...standardRows(say('designShort'), des)],
);
report.text(say('standardText', { start: dateText(lang, ens.supplyStandard[0].start) }));
const order = GAS_CATEGORIES.map((c) => domainWord(lang, 'gasCategory', c));
await report.chart(
  'supply-standard',
  say('standardChart.caption'),
  stackedBarSpec(
    ens.supplyStandard.flatMap((x) =>
      GAS_CATEGORIES.map((c) => ({
        run: testName(x.id),
        category: domainWord(lang, 'gasCategory', c),
        v: (x.gasCutM3ByCategory[c] ?? 0) / g,
      })),
    ),
    say('standardChart.title'),
    say('standardChart.subtitle'),
    say('standardChart.axis', gasUnit),
    ens.supplyStandard.map((x) => testName(x.id)),
    order,
    lang,
  ),
);

report.heading(say('heatHeading'));
report.text(say('heatText', { temp: num(heat.tMeanC, 1), verdict: say(heat.pass ? 'heatMet' : 'heatNotMet') }));
report.table(
  [
    say('heat.zone'),
    say('heat.design'),
    say('heat.own'),
    say('heat.largest'),
    say('heat.import'),
    say('heat.margin'),
    say('heat.served'),
    say('heat.homesUnserved'),
    say('heat.worst'),
  ],
  heat.rows.map((z) => [
    String(nameOf('zones', z.zone)),
    num(z.designDemandMW),
    num(z.ownCapacityMW),
    `${nameOf('sources', z.largestSource)} (${num(z.largestCapacityMW)} MW)`,
    num(z.importCapacityMW),
    num(z.capacityMarginMW),
    share(z.largestOut?.servedShare),
    num(z.largestOut?.unservedResidentialMW, 1),
    `${nameOf('sources', z.worst?.source)} (${share(z.worst?.outcome.servedShare)})`,
  ]),
);
const sources = Object.keys(heat.rows[0]?.servedShareBySourceOut ?? {});
report.table(
  [say('heat.zone'), ...sources.map((s) => say('heat.sourceOut', { name: String(nameOf('sources', s)) }))],
  heat.rows.map((z) => [String(nameOf('zones', z.zone)), ...sources.map((s) => share(z.servedShareBySourceOut[s]))]),
);
report.write();
