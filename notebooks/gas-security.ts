/**
 * Notebook (c): gas N-1 (EU Reg. 2017/1938 Annex II) and the three supply-standard tests for
 * the demo city, with the 1-in-20 temperatures from the synthetic ensemble and, for
 * comparison, from the design temperature; and the heat-side N-1 table.
 * `npx tsx notebooks/gas-security.ts [--scenario FILE.json] [--runs SEASONS]` (default the demo and
 * 1000 synthetic seasons for the 1-in-20 temperatures, or BAOGONG_NOTEBOOK_SEASONS).
 */
import {
  gasSecurity,
  GAS_CATEGORIES,
  heatNMinusOne,
  nMinusOnePercent,
  PROTECTED_GAS,
  type GasSecurityResult,
  type VegaLiteSpec,
} from '../engine/index.ts';
import { frame, stackedBarSpec } from './lib/charts.ts';
import { notebookArgs } from './lib/args.ts';
import { num, pct, Report } from './lib/report.ts';

const args = notebookArgs({ defaultRuns: 1000, env: 'BAOGONG_NOTEBOOK_SEASONS' });
const demo = args.scenario;
const SEASONS = args.runs;
process.stderr.write('gas security (ensemble climate)…\n');
const ens = await gasSecurity(demo, { climate: 'ensemble', runs: SEASONS, seed: 1, baseDir: args.baseDir });
process.stderr.write('gas security (design climate)…\n');
const des = await gasSecurity(demo, { climate: 'design', baseDir: args.baseDir });
process.stderr.write('heat N-1…\n');
const heat = await heatNMinusOne(demo, { baseDir: args.baseDir });

const thousandM3 = (x: number) => num(x / 1000);
const report = new Report('gas-security', 'Gas N-1, the supply standard and heat N-1 of the demo city');
report.text(
  `Scenario \`${demo.id}\`. The indicators follow EU Regulation 2017/1938: the N-1 formula of Annex II and the supply standard of Art. 6, with our protected users = ${PROTECTED_GAS.map((c) => `\`${c}\``).join(', ')} gas and heat for homes. The 1-in-20 temperatures come from ${ens.climate.seasons} synthetic seasons (seed ${ens.climate.seed}): the 5 % quantile of each season's coldest day, 7-day and 30-day mean.`,
  `Worked check of the formula (EU 2017/1938 Annex II; docs/design.md#gas-n-1): EP 60 + P 10 + S 25 + LNG 15 − I 40 over D_max 65 = ${num(nMinusOnePercent({ entryM3PerDay: 60, productionM3PerDay: 10, storageM3PerDay: 25, lngM3PerDay: 15, largestM3PerDay: 40, peakDemandM3PerDay: 65 }), 1)} %; over 75 = ${num(nMinusOnePercent({ entryM3PerDay: 60, productionM3PerDay: 10, storageM3PerDay: 25, lngM3PerDay: 15, largestM3PerDay: 40, peakDemandM3PerDay: 75 }), 1)} %.`,
);

report.heading('N-1');
const row = (label: string, r: GasSecurityResult) => {
  const n = r.nMinusOne;
  return [
    label,
    num(n.peakDayTempC, 1),
    thousandM3(n.entryM3PerDay),
    thousandM3(n.productionM3PerDay),
    thousandM3(n.storageM3PerDay),
    thousandM3(n.lngM3PerDay),
    `${thousandM3(n.largest?.capacityM3PerDay ?? 0)} (${n.largest?.id ?? '—'})`,
    thousandM3(n.peakDemandM3PerDay),
    `${num(n.percent, 1)} %`,
    n.pass ? 'pass' : '**fail**',
  ];
};
report.table(
  [
    '1-in-20 from',
    'peak day °C',
    'EP 10³ m³/d',
    'P 10³ m³/d',
    'S 10³ m³/d',
    'LNG 10³ m³/d',
    'I 10³ m³/d',
    'D_max 10³ m³/d',
    'N-1',
    '',
  ],
  [row('synthetic ensemble', ens), row('design temperature', des)],
);
const n = ens.nMinusOne;
report.text(
  `D_max at ${num(n.peakDayTempC, 1)} °C is the demand of every category at that temperature (${thousandM3(n.peakDemandM3PerDay - n.heatSourcesM3)} 10³ m³/d) plus the gas the heat sources burn in that day's dispatch (${thousandM3(n.heatSourcesM3)} 10³ m³/d). Without the ${n.largest?.id} (${thousandM3(n.largest?.capacityM3PerDay ?? 0)} 10³ m³/d) the city can bring in ${thousandM3(n.entryM3PerDay + n.productionM3PerDay + n.storageM3PerDay + n.lngM3PerDay - (n.largest?.capacityM3PerDay ?? 0))} 10³ m³/d: the infrastructure standard (≥ 100 %) ${n.pass ? 'is met' : 'is not met'}.`,
);
const total = n.entryM3PerDay + n.productionM3PerDay + n.storageM3PerDay + n.lngM3PerDay;
const ROWS = ['all infrastructure', `without the largest (${n.largest?.id ?? '—'})`, '1-in-20 peak-day demand D_max'];
const bars = [
  ...[
    ['EP entry', n.entryM3PerDay],
    ['P production', n.productionM3PerDay],
    ['S storage', n.storageM3PerDay],
    ['LNG send-out', n.lngM3PerDay],
  ].map(([part, v]) => ({ row: ROWS[0], part, v: Number(v) / 1000 })),
  { row: ROWS[1], part: 'left after the largest is out', v: (total - (n.largest?.capacityM3PerDay ?? 0)) / 1000 },
  { row: ROWS[2], part: 'peak-day demand', v: n.peakDemandM3PerDay / 1000 },
];
await report.chart(
  'n-1',
  'The terms of the N-1 formula: capacity, capacity without the largest infrastructure, and the 1-in-20 peak-day demand.',
  {
    ...frame(
      'N-1: what is left without the largest infrastructure, against peak-day demand',
      `N-1 = ${num(n.percent, 1)} % at ${num(n.peakDayTempC, 1)} °C (1-in-20 from the synthetic ensemble); pass at ≥ 100 %`,
      200,
    ),
    data: { values: bars },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'row', type: 'nominal', title: null, sort: ROWS, axis: { labelLimit: 320 } },
      x: { field: 'v', type: 'quantitative', title: 'Gas (10³ m³/day)', stack: 'zero' },
      color: {
        field: 'part',
        type: 'nominal',
        title: 'Term',
        scale: { range: ['#1f77b4', '#ff7f0e', '#9467bd', '#17becf', '#2ca02c', '#d62728'] },
      },
    },
  } as VegaLiteSpec,
);

report.heading('Supply standard');
const standardRows = (label: string, r: GasSecurityResult) =>
  r.supplyStandard.map((t) => [
    label,
    t.id,
    String(t.days),
    num(t.tempC, 1),
    t.without ?? '—',
    t.protectedFullySupplied ? 'yes' : '**no**',
    thousandM3(t.protectedCutM3),
    num(t.unservedResidentialHeatMWh),
    thousandM3(Object.values(t.gasCutM3ByCategory).reduce((a: number, b) => a + (b ?? 0), 0) - t.protectedCutM3),
    t.storageEndM3 === null ? '—' : thousandM3(t.storageEndM3),
  ]);
report.table(
  [
    'temperatures',
    'test',
    'days',
    'T °C',
    'without',
    'protected fully supplied',
    'protected gas cut 10³ m³',
    'homes unserved MWh',
    'other gas cut 10³ m³',
    'storage at end 10³ m³',
  ],
  [...standardRows('ensemble 1-in-20', ens), ...standardRows('design', des)],
);
report.text(
  `Each test is a run of the scenario from ${ens.supplyStandard[0].start} (storage as it opens the season) at a constant temperature, everything else available; "without" names the infrastructure taken out for the whole test. The answer is the engine's own dispatch (the scenario's mode; the demo's is daily, an operator who sees one day at a time) with its priority order: a test fails when that dispatch, cutting every less-protected category first, still has to cut protected users.`,
);
const order = [...GAS_CATEGORIES];
await report.chart(
  'supply-standard',
  'Gas cut by category in each supply-standard test (ensemble temperatures).',
  stackedBarSpec(
    ens.supplyStandard.flatMap((t) =>
      order.map((c) => ({ run: t.id, category: c, v: (t.gasCutM3ByCategory[c] ?? 0) / 1000 })),
    ),
    'Supply-standard tests: gas cut by category',
    '(a) 7-day 1-in-20 peak, (b) 30 days of high demand, (c) 30 average days without the largest infrastructure',
    'Gas cut over the test (10³ m³)',
    ens.supplyStandard.map((t) => t.id),
    order,
  ),
);

report.heading('Heat N-1 (事故备用)');
report.text(
  `One day at the design temperature ${num(heat.tMeanC, 1)} °C; for each zone, its design-day demand with its largest source out, counting link imports (the engine dispatches the whole network, so imports are limited by the neighbour's spare capacity and the link). ${heat.pass ? 'Every zone is met.' : 'Not every zone is met.'}`,
);
report.table(
  [
    'zone',
    'design demand MW',
    'own capacity MW',
    'largest source',
    'link import MW',
    'capacity margin MW',
    'served with largest out',
    'homes unserved MW',
    'worst single outage',
  ],
  heat.rows.map((z) => [
    z.zone,
    num(z.designDemandMW),
    num(z.ownCapacityMW),
    `${z.largestSource} (${num(z.largestCapacityMW)} MW)`,
    num(z.importCapacityMW),
    num(z.capacityMarginMW),
    pct(z.largestOut?.servedShare),
    num(z.largestOut?.unservedResidentialMW, 1),
    `${z.worst?.source} (${pct(z.worst?.outcome.servedShare)})`,
  ]),
);
const sources = Object.keys(heat.rows[0]?.servedShareBySourceOut ?? {});
report.table(
  ['zone', ...sources.map((s) => `${s} out`)],
  heat.rows.map((z) => [z.zone, ...sources.map((s) => pct(z.servedShareBySourceOut[s]))]),
);
report.write();
