/** `baogong heat-n1 <scenario.json>`: each zone's design-day demand with its largest source (and each source in turn) out. */
import { dirname, resolve } from 'node:path';
import { heatNMinusOne, loadScenarioFile, SOLVER_CHOICES, type HeatN1Result } from '../../index.ts';
import { choice, positionals, type Command, writeResult } from '../command.ts';
import { fmt, numberFlag, pct, table, toCsv } from './risk-flags.ts';

export function formatHeatN1(r: HeatN1Result): string {
  const sources = Object.keys(r.rows[0]?.servedShareBySourceOut ?? {});
  return [
    `Heat N-1 of ${r.scenarioId}: one day at ${fmt(r.tMeanC, 1)} °C (${r.date}), links counted; ${r.pass ? 'every zone is met with its largest source out' : 'NOT every zone is met with its largest source out'}`,
    '',
    table(
      [
        'zone',
        'design MW',
        'own MW',
        'largest',
        'largest MW',
        'import MW',
        'margin MW',
        'largest out: served',
        'unserved MW',
        'homes unserved MW',
        'met',
      ],
      r.rows.map((z) => [
        z.zone,
        fmt(z.designDemandMW),
        fmt(z.ownCapacityMW),
        z.largestSource ?? '—',
        fmt(z.largestCapacityMW),
        fmt(z.importCapacityMW),
        fmt(z.capacityMarginMW),
        pct(z.largestOut?.servedShare),
        fmt(z.largestOut?.unservedMW, 1),
        fmt(z.largestOut?.unservedResidentialMW, 1),
        z.largestOut ? (z.largestOut.met ? 'yes' : 'NO') : '—',
      ]),
    ),
    '',
    'Served share of each zone with one source out:',
    table(
      ['zone', ...sources.map((s) => `${s} out`), 'worst'],
      r.rows.map((z) => [z.zone, ...sources.map((s) => pct(z.servedShareBySourceOut[s])), z.worst?.source ?? '—']),
    ),
  ].join('\n');
}

/** `--format csv`: one row per zone, with the served share for each source out. */
export function heatN1ToCsv(r: HeatN1Result): string {
  const sources = Object.keys(r.rows[0]?.servedShareBySourceOut ?? {});
  return toCsv(
    [
      'zone',
      'design_demand_MW',
      'own_capacity_MW',
      'largest_source',
      'largest_capacity_MW',
      'import_capacity_MW',
      'capacity_margin_MW',
      'largest_out_served_fraction',
      'largest_out_unserved_MW',
      'largest_out_unserved_residential_MW',
      'largest_out_met',
      'worst_source',
      ...sources.map((s) => `served_fraction_${s}_out`),
    ],
    r.rows.map((z) => [
      z.zone,
      z.designDemandMW,
      z.ownCapacityMW,
      z.largestSource,
      z.largestCapacityMW,
      z.importCapacityMW,
      z.capacityMarginMW,
      z.largestOut?.servedShare,
      z.largestOut?.unservedMW,
      z.largestOut?.unservedResidentialMW,
      z.largestOut?.met,
      z.worst?.source,
      ...sources.map((s) => z.servedShareBySourceOut[s]),
    ]),
  );
}

export const heatN1Command: Command = {
  name: 'heat-n1',
  usage: `baogong heat-n1 <scenario.json> [--temp °C] [--date YYYY-MM-DD] [--solver ${SOLVER_CHOICES.join('|')}] [--format table|json|csv]`,
  description:
    'Heat N-1: one design day per outage, links counted. For each zone, its design demand (MW) against its own and imported capacity, whether it is still met with its largest source out, and the share of its demand served with each source in turn out. --format csv prints one row per zone.',
  optionHelp: {
    temp: "outdoor daily mean of the day, °C, -60..40 (default the scenario's design temperature)",
    date: "date of the one-day runs, YYYY-MM-DD (default the horizon's first day)",
    solver: `LP solver: ${SOLVER_CHOICES.join(', ')} (default the scenario's dispatch.solver)`,
    format: 'table, json (the whole result) or csv (one row per zone) (default table)',
  },
  example:
    'baogong heat-n1 scenarios/demo-beijing-2012.json --temp -12\nbaogong heat-n1 scenarios/demo-beijing-2012.json --format csv > zones.csv',
  options: {
    temp: { type: 'string' },
    date: { type: 'string' },
    solver: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, values) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json', 'csv'] as const, 'table');
    const result = await heatNMinusOne(loadScenarioFile(file), {
      baseDir: dirname(resolve(file)),
      tMeanC: numberFlag(this, values, 'temp', { min: -60, max: 40 }),
      date: typeof values.date === 'string' ? values.date : undefined,
      solver: choice(this, 'solver', values.solver, SOLVER_CHOICES),
    });
    writeResult(format, result, heatN1ToCsv, formatHeatN1);
  },
};
