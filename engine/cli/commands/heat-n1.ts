/** `baogong heat-n1 <scenario.json>`: each zone's design-day demand with its largest source (and each source in turn) out. */
import { dirname, resolve } from 'node:path';
import {
  displayUnit,
  formatDate,
  heatNMinusOne,
  loadScenarioFile,
  SOLVER_CHOICES,
  t,
  type HeatN1Result,
  type Lang,
} from '../../index.ts';
import { choice, positionals, type Command, writeResult } from '../command.ts';
import { fmt, namesFor, type Names, numberFlag, pct, table, toCsv } from './risk-flags.ts';

/** Heat N-1 as a person reads it (Chinese: zones and sources by their names). */
export function formatHeatN1(r: HeatN1Result, lang: Lang = 'en', names?: Names): string {
  const sources = Object.keys(r.rows[0]?.servedShareBySourceOut ?? {});
  const say = (key: string, params?: Record<string, string | number>) => t(lang, `cli.heatN1.${key}` as never, params);
  const mw = { unit: displayUnit(lang, 'power').label };
  const zone = (id: string) => names?.of('zones', id) ?? id;
  const source = (id: string | null | undefined) => (id ? (names?.of('sources', id) ?? id) : '—');
  return [
    say('header', {
      id: names?.title ?? r.scenarioId,
      temp: fmt(r.tMeanC, 1),
      date: formatDate(lang, r.date),
      verdict: say(r.pass ? 'pass' : 'fail'),
    }),
    '',
    table(
      [
        say('zone'),
        say('design', mw),
        say('own', mw),
        say('largest'),
        say('largestMW', mw),
        say('import', mw),
        say('margin', mw),
        say('served'),
        say('unserved', mw),
        say('homesUnserved', mw),
        say('met'),
      ],
      r.rows.map((z) => [
        zone(z.zone),
        fmt(z.designDemandMW),
        fmt(z.ownCapacityMW),
        source(z.largestSource),
        fmt(z.largestCapacityMW),
        fmt(z.importCapacityMW),
        fmt(z.capacityMarginMW),
        pct(z.largestOut?.servedShare, 1, lang),
        fmt(z.largestOut?.unservedMW, 1),
        fmt(z.largestOut?.unservedResidentialMW, 1),
        z.largestOut ? t(lang, z.largestOut.met ? 'cli.common.yes' : 'cli.common.NO') : '—',
      ]),
    ),
    '',
    say('sharesTitle'),
    table(
      [say('zone'), ...sources.map((s) => say('sourceOut', { name: source(s) })), say('worst')],
      r.rows.map((z) => [
        zone(z.zone),
        ...sources.map((s) => pct(z.servedShareBySourceOut[s], 1, lang)),
        source(z.worst?.source),
      ]),
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
  description: t('en', 'cli.help.heat-n1.description'),
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
  async run(args, values, { lang }) {
    const [file] = positionals(this, args, ['a scenario file']);
    const format = choice(this, 'format', values.format, ['table', 'json', 'csv'] as const, 'table');
    const scenario = loadScenarioFile(file);
    const result = await heatNMinusOne(scenario, {
      baseDir: dirname(resolve(file)),
      tMeanC: numberFlag(this, values, 'temp', { min: -60, max: 40 }),
      date: typeof values.date === 'string' ? values.date : undefined,
      solver: choice(this, 'solver', values.solver, SOLVER_CHOICES),
    });
    const names = namesFor(scenario, lang);
    writeResult(format, result, heatN1ToCsv, (r) => formatHeatN1(r, lang, names));
  },
};
