/** `baogong gas-n1 <scenario.json>`: the gas N-1 indicator and the three supply-standard tests (EU Reg. 2017/1938). */
import { dirname, resolve } from 'node:path';
import { gasSecurity, loadScenarioFile, SOLVER_CHOICES, type GasSecurityResult } from '../../index.ts';
import { choice, positionals, type Command, writeResult } from '../command.ts';
import { fmt, numberFlag, pct, table, toCsv } from './risk-flags.ts';

export function formatGasSecurity(r: GasSecurityResult): string {
  const n = r.nMinusOne;
  const c = r.climate;
  const climate =
    c.source === 'ensemble'
      ? `1-in-20 temperatures from ${c.seasons} synthetic seasons (seed ${c.seed})`
      : 'the outdoor design temperature (GB 50736) for the peak day, 7 and 30 days';
  const thousandM3 = (x: number) => `${fmt(x / 1000)} 10³ m³/d`;
  return [
    `Gas security of ${r.scenarioId} (EU Reg. 2017/1938); ${climate}`,
    `  peak day ${fmt(c.peakDayC, 1)} °C, coldest 7 days ${fmt(c.peak7DayC, 1)} °C, coldest 30 days ${fmt(c.high30DayC, 1)} °C, average winter ${fmt(c.averageWinterC, 1)} °C`,
    '',
    `N-1 = (EP ${thousandM3(n.entryM3PerDay)} + P ${thousandM3(n.productionM3PerDay)} + S ${thousandM3(n.storageM3PerDay)} + LNG ${thousandM3(n.lngM3PerDay)} − I ${thousandM3(n.largest?.capacityM3PerDay ?? 0)} [${n.largest?.id ?? 'none'}]) / D_max ${thousandM3(n.peakDemandM3PerDay)}`,
    `    = ${fmt(n.percent, 1)} %  → ${n.pass ? 'PASS (≥ 100 %)' : 'FAIL (< 100 %)'}`,
    `  D_max at ${fmt(n.peakDayTempC, 1)} °C: categories ${thousandM3(n.peakDemandM3PerDay - n.heatSourcesM3)} + heat sources ${thousandM3(n.heatSourcesM3)}`,
    '',
    table(
      [
        'supply-standard test',
        'days',
        'T °C',
        'without',
        'protected supplied',
        'protected cut 10³ m³',
        'homes unserved MWh',
        'other gas cut 10³ m³',
      ],
      r.supplyStandard.map((t) => {
        const other = Object.values(t.gasCutM3ByCategory).reduce((a: number, b) => a + (b ?? 0), 0) - t.protectedCutM3;
        return [
          t.id,
          String(t.days),
          fmt(t.tempC, 1),
          t.without ?? '—',
          t.protectedFullySupplied ? 'yes' : 'NO',
          fmt(t.protectedCutM3 / 1000),
          fmt(t.unservedResidentialHeatMWh),
          fmt(other / 1000),
        ];
      }),
    ),
    `  protected users: residential, heating-residential and public-welfare gas, and heat for homes; start ${r.supplyStandard[0]?.start ?? '—'}`,
    `  ${pct(r.supplyStandard.filter((t) => t.protectedFullySupplied).length / Math.max(1, r.supplyStandard.length), 0)} of the tests pass`,
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
  description:
    "Gas security after EU Regulation 2017/1938: the N-1 infrastructure indicator (the city's gas entry, production, storage and LNG with its largest supply point out, against the peak day's demand, in %; ≥ 100 % passes) and the three supply-standard tests (a 7-day peak, 30 days of high demand, 30 days with the largest point out), each asking whether homes and other protected users keep their gas and heat. --format csv prints one row per test.",
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
  async run(args, values) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json', 'csv'] as const, 'table');
    const result = await gasSecurity(loadScenarioFile(file), {
      baseDir: dirname(resolve(file)),
      climate: choice(this, 'climate', values.climate, ['ensemble', 'design'] as const),
      runs: numberFlag(this, values, 'runs', { integer: true, min: 20, max: 1_000_000 }),
      seed: numberFlag(this, values, 'seed', { integer: true, min: 0, max: 0xffffffff }),
      start: typeof values.start === 'string' ? values.start : undefined,
      solver: choice(this, 'solver', values.solver, SOLVER_CHOICES),
    });
    writeResult(format, result, gasSecurityToCsv, formatGasSecurity);
  },
};
