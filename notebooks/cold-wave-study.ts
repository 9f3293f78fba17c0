/**
 * Notebook (a): what an extreme cold wave does to the demo city, and what it does when gas
 * supply is cut by 30 % at the same time. Three daily-mode runs of the demo scenario:
 *   baseline                 the demo as shipped (its January rail and pipeline what-ifs included)
 *   extreme cold wave        + a GB/T 21987 extreme cold wave from 15 Jan, held 6 days, 3 to recover
 *   … and 30 % gas cut       + every gas supply point losing 30 % of its capacity 15–23 Jan
 * `npx tsx notebooks/cold-wave-study.ts [--scenario FILE.json] [--lang zh|en]` (default the demo;
 * for another scenario whose horizon misses 15 Jan 2013 the wave and the cut start on the
 * horizon's middle day). The report's words are the catalogue's `reports.coldWave`.
 */
import { chartSpec, GAS_CATEGORIES, runScenario, type RunResult, type ScenarioInput } from '../engine/index.ts';
import { runsLineSpec, stackedBarSpec } from './lib/charts.ts';
import { notebookArgs } from './lib/args.ts';
import { num, Report } from './lib/report.ts';
import { dateText, domainWord, gasDivisor, gasFigure, moneyFigure, reportWords } from './lib/say.ts';

const args = notebookArgs();
const lang = args.lang;
const say = reportWords(lang, 'coldWave');
const common = reportWords(lang, 'common');
const demo: ScenarioInput = args.scenario;
const day = (iso: string, plus: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);
/** 15 Jan 2013 when the horizon holds it (the demo), else the horizon's middle day. */
function waveStart(): string {
  const { start, end } = demo.horizon as { start: string; end: string };
  if (start <= '2013-01-15' && '2013-01-15' <= end) return '2013-01-15';
  return day(start, Math.floor((Date.parse(end) - Date.parse(start)) / 86_400_000 / 2));
}
const START = waveStart();
const WAVE = { start: START, grade: 'extreme' as const, days: 6, recoveryDays: 3 };
const CUT = { start: START, end: day(START, 8), cutFraction: 0.3 };

const extreme: ScenarioInput = { ...demo, id: 'demo_extreme_wave', coldWaves: [WAVE] };
const extremeCut: ScenarioInput = {
  ...extreme,
  id: 'demo_extreme_wave_gas_cut',
  gas: {
    ...demo.gas,
    supplyPoints: (demo.gas?.supplyPoints ?? []).map((p) => ({ ...p, disruptions: [...(p.disruptions ?? []), CUT] })),
  },
};
const cases: Array<{ label: string; result: RunResult }> = [];
for (const [key, s] of [
  ['baseline', demo],
  ['extreme', extreme],
  ['extremeCut', extremeCut],
] as const) {
  const label = say(`cases.${key}`);
  process.stderr.write(`${say('running', { label })}\n`);
  cases.push({ label, result: await runScenario(s, { mode: 'daily', baseDir: args.baseDir }) });
}

const report = new Report('cold-wave-study', say('title'), lang);
report.text(
  say('intro', {
    id: demo.id,
    name: (lang === 'en' ? undefined : demo.translations?.[lang]?.name) ?? String(demo.name),
    days: cases[0].result.days.length,
    start: dateText(lang, WAVE.start),
    waveDays: WAVE.days,
    recoveryDays: WAVE.recoveryDays,
    cutPercent: CUT.cutFraction * 100,
    cutStart: dateText(lang, CUT.start),
    cutEnd: dateText(lang, CUT.end),
  }),
);

const cut = (r: RunResult, cats?: readonly string[]) =>
  Object.entries(r.summary.gasCutM3ByCategory)
    .filter(([c]) => !cats || cats.includes(c))
    .reduce((a, [, v]) => a + (v ?? 0), 0);
const HOMES = ['residential', 'heating-residential'];
const gas = (m3: number) => gasFigure(lang, m3);
report.heading(say('casesHeading'));
report.table(
  [
    'case',
    'coldestDay',
    'coldWaveDays',
    'coldSpellDays',
    'peak',
    'unserved',
    'coal',
    'minCover',
    'breach',
    'gasCut',
    'homes',
    'cost',
  ].map((k) => say(`table.${k}`)),
  cases.map(({ label, result: r }) => {
    const s = r.summary;
    return [
      label,
      num(Math.min(...r.days.map((d) => d.outdoorTempC)), 1),
      String(s.coldWaveDays),
      String(s.coldSpellDays),
      num(s.peakDemandMW),
      `${num(s.unservedHeatMWh)} (${num(s.unservedResidentialHeatMWh)})`,
      num(s.coalBurnT),
      num(s.minDaysOfCover, 1),
      s.firstReserveBreach ? dateText(lang, s.firstReserveBreach) : common('none'),
      `${gas(cut(r))} (${gas(cut(r, HOMES))})`,
      common(s.homesProtected ? 'yes' : 'no'),
      moneyFigure(lang, s.costYuan),
    ];
  }),
);
const [b, e, ec] = cases.map((c) => c.result.summary);
report.list([
  say('peakLine', {
    from: num(b.peakDemandMW),
    to: num(e.peakDemandMW),
    coal:
      Math.abs(e.coalBurnT - b.coalBurnT) < 1
        ? say('coalSame')
        : say('coalChanges', { tonnes: num(e.coalBurnT - b.coalBurnT) }),
    coverFrom: num(b.minDaysOfCover, 1),
    coverTo: num(e.minDaysOfCover, 1),
  }),
  say('gasLine', {
    base: gas(cut(cases[0].result)),
    wave: gas(cut(cases[1].result)),
    both: gas(cut(cases[2].result)),
    homes: gas(cut(cases[2].result, HOMES)),
  }),
  say('unservedLine', {
    base: num(b.unservedHeatMWh),
    wave: num(e.unservedHeatMWh),
    both: num(ec.unservedHeatMWh),
    homesBase: num(b.unservedResidentialHeatMWh),
    homesWave: num(e.unservedResidentialHeatMWh),
    homesBoth: num(ec.unservedResidentialHeatMWh),
  }),
]);

await report.chart('temperature', say('charts.temperature'), chartSpec('temperature', cases[1].result, { lang }));
await report.chart(
  'coal-stock',
  say('charts.coalStockCaption'),
  runsLineSpec(
    cases,
    say('charts.coalStockTitle'),
    say('charts.coalStockSubtitle'),
    say('charts.coalStockAxis'),
    (d) => Object.values(d.yards).reduce((a, y) => a + y.stockT, 0),
    { label: say('charts.floor'), value: (d) => Object.values(d.yards).reduce((a, y) => a + y.floorT, 0) },
    lang,
  ),
);
await report.chart(
  'gas-cut-daily',
  say('charts.gasDailyCaption'),
  runsLineSpec(
    cases,
    say('charts.gasDailyTitle'),
    say('charts.gasDailySubtitle'),
    say('charts.gasDailyAxis'),
    (d) => Object.values(d.gas.categories).reduce((a, c) => a + (c?.cutM3 ?? 0), 0),
    undefined,
    lang,
  ),
);
const order = GAS_CATEGORIES.map((c) => domainWord(lang, 'gasCategory', c));
await report.chart(
  'gas-cut-by-category',
  say('charts.gasCategoryCaption'),
  stackedBarSpec(
    cases.flatMap(({ label, result }) =>
      GAS_CATEGORIES.map((c) => ({
        run: label,
        category: domainWord(lang, 'gasCategory', c),
        v: (result.summary.gasCutM3ByCategory[c] ?? 0) / gasDivisor(lang),
      })),
    ),
    say('charts.gasCategoryTitle'),
    say('charts.gasCategorySubtitle'),
    say('charts.gasCategoryAxis'),
    cases.map((c) => c.label),
    order,
    lang,
  ),
);
await report.chart(
  'unserved-daily',
  say('charts.unservedCaption'),
  runsLineSpec(
    cases,
    say('charts.unservedTitle'),
    say('charts.unservedSubtitle'),
    say('charts.unservedAxis'),
    (d) => d.unservedMWh,
    undefined,
    lang,
  ),
);
report.write();
