/** `baogong heat-n1 <scenario.json>`: each zone's design-day demand with its largest source (and each source in turn) out. */
import { dirname, resolve } from 'node:path';
import { heatNMinusOne, loadScenarioFile, SOLVER_CHOICES, type HeatN1Result } from '../../index.ts';
import { choice, positionals, type Command } from '../command.ts';
import { fmt, numberFlag, pct, table } from './risk-flags.ts';

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

export const heatN1Command: Command = {
  name: 'heat-n1',
  usage: `baogong heat-n1 <scenario.json> [--temp °C] [--date YYYY-MM-DD] [--solver ${SOLVER_CHOICES.join('|')}] [--format table|json]`,
  options: {
    temp: { type: 'string' },
    date: { type: 'string' },
    solver: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, values) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json'] as const, 'table');
    const result = await heatNMinusOne(loadScenarioFile(file), {
      baseDir: dirname(resolve(file)),
      tMeanC: numberFlag(this, values, 'temp', { min: -60, max: 40 }),
      date: typeof values.date === 'string' ? values.date : undefined,
      solver: choice(this, 'solver', values.solver, SOLVER_CHOICES),
    });
    process.stdout.write(format === 'json' ? `${JSON.stringify(result)}\n` : `${formatHeatN1(result)}\n`);
  },
};
