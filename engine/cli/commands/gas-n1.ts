/** `baogong gas-n1 <scenario.json>`: the gas N-1 indicator and the three supply-standard tests (EU Reg. 2017/1938). */
import { dirname, resolve } from 'node:path';
import {
  displayUnit,
  formatDate,
  formatNumber,
  gasSecurity,
  loadScenarioFile,
  SOLVER_CHOICES,
  t,
  type GasSecurityResult,
  type Lang,
} from '../../index.ts';
import { choice, positionals, type Command, writeResult } from '../command.ts';
import { fmt, namesFor, type Names, numberFlag, pct, table, toCsv } from './risk-flags.ts';

/** The gas security study as a person reads it (Chinese: 万 m³/日, supply points by their names). */
export function formatGasSecurity(r: GasSecurityResult, lang: Lang = 'en', names?: Names): string {
  const n = r.nMinusOne;
  const c = r.climate;
  const say = (key: string, params?: Record<string, string | number>) => t(lang, `cli.gasN1.${key}` as never, params);
  const climate =
    c.source === 'ensemble' ? say('ensemble', { seasons: String(c.seasons), seed: String(c.seed) }) : say('design');
  const gas = displayUnit(lang, 'gas');
  const gasDigits = lang === 'en' ? 0 : 1;
  const rate = (x: number) => say('rate', { value: formatNumber(lang, x / gas.divisor, gasDigits) });
  const gasFigure = (x: number) => formatNumber(lang, x / gas.divisor, gasDigits);
  const item = (id: string) => names?.of('supplyPoints', id) ?? id;
  return [
    say('header', { id: names?.title ?? r.scenarioId, climate }),
    say('temperatures', {
      peak: fmt(c.peakDayC, 1),
      week: fmt(c.peak7DayC, 1),
      month: fmt(c.high30DayC, 1),
      winter: fmt(c.averageWinterC, 1),
    }),
    '',
    say('formula', {
      ep: rate(n.entryM3PerDay),
      p: rate(n.productionM3PerDay),
      s: rate(n.storageM3PerDay),
      liquefied: rate(n.lngM3PerDay),
      i: rate(n.largest?.capacityM3PerDay ?? 0),
      largest: n.largest ? item(n.largest.id) : t(lang, 'cli.common.none'),
      dmax: rate(n.peakDemandM3PerDay),
    }),
    say('result', { percent: fmt(n.percent, 1), verdict: say(n.pass ? 'pass' : 'fail') }),
    say('dmax', {
      temp: fmt(n.peakDayTempC, 1),
      categories: rate(n.peakDemandM3PerDay - n.heatSourcesM3),
      heat: rate(n.heatSourcesM3),
    }),
    '',
    table(
      [
        say('test'),
        say('days'),
        say('temp', { unit: displayUnit(lang, 'temperature').label }),
        say('without'),
        say('protectedSupplied'),
        say('protectedCut', { unit: gas.label }),
        say('homesUnserved', { unit: displayUnit(lang, 'heat').label }),
        say('otherCut', { unit: gas.label }),
      ],
      r.supplyStandard.map((x) => {
        const other = Object.values(x.gasCutM3ByCategory).reduce((a: number, b) => a + (b ?? 0), 0) - x.protectedCutM3;
        return [
          say(`tests.${x.id}`),
          String(x.days),
          fmt(x.tempC, 1),
          x.without === null ? '—' : item(x.without),
          t(lang, x.protectedFullySupplied ? 'cli.common.yes' : 'cli.common.NO'),
          gasFigure(x.protectedCutM3),
          fmt(x.unservedResidentialHeatMWh),
          gasFigure(other),
        ];
      }),
    ),
    say('protectedUsers', { start: formatDate(lang, r.supplyStandard[0]?.start) }),
    say('passing', {
      share: pct(
        r.supplyStandard.filter((x) => x.protectedFullySupplied).length / Math.max(1, r.supplyStandard.length),
        0,
        lang,
      ),
    }),
  ].join('\n');
}

/** `--format csv`: one row per supply-standard test, gas cuts by category (the N-1 figure is in the JSON and the table). */
export function gasSecurityToCsv(r: GasSecurityResult): string {
  const cats = [...new Set(r.supplyStandard.flatMap((t) => Object.keys(t.gasCutM3ByCategory)))] as Array<
    keyof GasSecurityResult['supplyStandard'][number]['gasCutM3ByCategory']
  >;
  return toCsv(
    [
      'test',
      'start_date',
      'days_d',
      'temp_C',
      'without',
      'protected_fully_supplied',
      'protected_cut_m3',
      'unserved_residential_heat_MWh',
      'unserved_heat_MWh',
      ...cats.map((c) => `gas_cut_${c}_m3`),
      'storage_end_m3',
    ],
    r.supplyStandard.map((t) => [
      t.id,
      t.start,
      t.days,
      t.tempC,
      t.without,
      t.protectedFullySupplied,
      t.protectedCutM3,
      t.unservedResidentialHeatMWh,
      t.unservedHeatMWh,
      ...cats.map((c) => t.gasCutM3ByCategory[c] ?? 0),
      t.storageEndM3,
    ]),
  );
}

export const gasN1Command: Command = {
  name: 'gas-n1',
  usage: `baogong gas-n1 <scenario.json> [--climate ensemble|design] [--runs SEASONS] [--seed S] [--start DATE] [--solver ${SOLVER_CHOICES.join('|')}] [--format table|json|csv]`,
  description: t('en', 'cli.help.gas-n1.description'),
  optionHelp: {
    climate:
      'where the 1-in-20 temperatures come from: ensemble (synthetic seasons from the weather series) or design (the GB 50736 outdoor design temperature) (default ensemble when the weather is a CSV series, else design)',
    runs: 'synthetic seasons for the ensemble climate, a whole number ≥ 20 (default 1000)',
    seed: 'seed of the synthetic seasons, a whole number 0..4294967295 (default 1)',
    start: "first day of the stress tests, YYYY-MM-DD (default the horizon's first day)",
    solver: `LP solver: ${SOLVER_CHOICES.join(', ')} (default the scenario's dispatch.solver)`,
    format: 'table, json (the whole result) or csv (one row per supply-standard test) (default table)',
  },
  example:
    'baogong gas-n1 scenarios/demo-beijing-2012.json\nbaogong gas-n1 scenarios/demo-beijing-2012.json --climate design --format csv > gas-tests.csv',
  options: {
    climate: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    start: { type: 'string' },
    solver: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, values, { lang }) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json', 'csv'] as const, 'table');
    const scenario = loadScenarioFile(file);
    const result = await gasSecurity(scenario, {
      baseDir: dirname(resolve(file)),
      climate: choice(this, 'climate', values.climate, ['ensemble', 'design'] as const),
      runs: numberFlag(this, values, 'runs', { integer: true, min: 20, max: 1_000_000 }),
      seed: numberFlag(this, values, 'seed', { integer: true, min: 0, max: 0xffffffff }),
      start: typeof values.start === 'string' ? values.start : undefined,
      solver: choice(this, 'solver', values.solver, SOLVER_CHOICES),
    });
    const names = namesFor(scenario, lang);
    writeResult(format, result, gasSecurityToCsv, (r) => formatGasSecurity(r, lang, names));
  },
};
