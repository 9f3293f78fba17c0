/** `baogong gas-n1 <scenario.json>`: the gas N-1 indicator and the three supply-standard tests (EU Reg. 2017/1938). */
import { dirname, resolve } from 'node:path';
import { gasSecurity, loadScenarioFile, SOLVER_CHOICES, type GasSecurityResult } from '../../index.ts';
import { choice, positionals, type Command } from '../command.ts';
import { fmt, numberFlag, pct, table } from './risk-flags.ts';

export function formatGasSecurity(r: GasSecurityResult): string {
  const n = r.nMinusOne;
  const c = r.climate;
  const climate =
    c.source === 'ensemble'
      ? `1-in-20 temperatures from ${c.seasons} synthetic seasons (seed ${c.seed})`
      : 'the outdoor design temperature (GB 50736) for the peak day, 7 and 30 days';
  const km3 = (x: number) => `${fmt(x / 1000)} km³/d`;
  return [
    `Gas security of ${r.scenarioId} (EU Reg. 2017/1938); ${climate}`,
    `  peak day ${fmt(c.peakDayC, 1)} °C, coldest 7 days ${fmt(c.peak7DayC, 1)} °C, coldest 30 days ${fmt(c.high30DayC, 1)} °C, average winter ${fmt(c.averageWinterC, 1)} °C`,
    '',
    `N-1 = (EP ${km3(n.entryM3PerDay)} + P ${km3(n.productionM3PerDay)} + S ${km3(n.storageM3PerDay)} + LNG ${km3(n.lngM3PerDay)} − I ${km3(n.largest?.capacityM3PerDay ?? 0)} [${n.largest?.id ?? 'none'}]) / D_max ${km3(n.peakDemandM3PerDay)}`,
    `    = ${fmt(n.percent, 1)} %  → ${n.pass ? 'PASS (≥ 100 %)' : 'FAIL (< 100 %)'}`,
    `  D_max at ${fmt(n.peakDayTempC, 1)} °C: categories ${km3(n.peakDemandM3PerDay - n.heatSourcesM3)} + heat sources ${km3(n.heatSourcesM3)}`,
    '',
    table(
      [
        'supply-standard test',
        'days',
        'T °C',
        'without',
        'protected supplied',
        'protected cut km³',
        'homes unserved MWh',
        'other gas cut km³',
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

export const gasN1Command: Command = {
  name: 'gas-n1',
  usage: `baogong gas-n1 <scenario.json> [--climate ensemble|design] [--runs SEASONS] [--seed S] [--start DATE] [--solver ${SOLVER_CHOICES.join('|')}] [--format table|json]`,
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
    const format = choice(this, 'format', values.format, ['table', 'json'] as const, 'table');
    const result = await gasSecurity(loadScenarioFile(file), {
      baseDir: dirname(resolve(file)),
      climate: choice(this, 'climate', values.climate, ['ensemble', 'design'] as const),
      runs: numberFlag(this, values, 'runs', { integer: true, min: 20, max: 1_000_000 }),
      seed: numberFlag(this, values, 'seed', { integer: true, min: 0, max: 0xffffffff }),
      start: typeof values.start === 'string' ? values.start : undefined,
      solver: choice(this, 'solver', values.solver, SOLVER_CHOICES),
    });
    process.stdout.write(format === 'json' ? `${JSON.stringify(result)}\n` : `${formatGasSecurity(result)}\n`);
  },
};
