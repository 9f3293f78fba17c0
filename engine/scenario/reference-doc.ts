/**
 * docs/scenario-reference.md, generated from the scenario's JSON Schema (itself generated from
 * the zod schema, engine/scenario/schema.ts): every field of every section with its unit,
 * default, allowed range and meaning, and a short example per section. The examples are
 * written here by hand; test/scenario/generated-files.test.ts validates each of them in a
 * scenario and fails when the committed file differs from what this writes (`npm run schema`).
 */
import { scenarioJsonSchema } from './json-schema.ts';
import { UNIT_LIMITS } from './schema.ts';

interface Node {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Node>>;
  readonly required?: readonly string[];
  readonly items?: Node;
  readonly anyOf?: readonly Node[];
  readonly oneOf?: readonly Node[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly default?: unknown;
}

/** The units a description may end in (after ", "): UNIT_LIMITS' and those of bounded fields. */
const UNITS = [...Object.keys(UNIT_LIMITS), 'W/m²', 'GJ/t', 'kcal/kg', 'MJ/m³', '1/season', 'd', 's', 'h'].sort(
  (a, b) => b.length - a.length,
);
const UNIT_RE = new RegExp(
  `, (${UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?=$|[\\s(;,])`,
);

/** A field's unit: from its description, or `0–1` for a share (`…Fraction`). */
export function unitOfField(name: string, node: Node): string {
  const m = node.description ? UNIT_RE.exec(node.description) : null;
  if (m) return m[1];
  if (/Fraction$/.test(name)) return '0–1';
  return '';
}

/** A minimal scenario the section examples are set into (its ids are the ones they name). */
export const EXAMPLE_BASE = {
  id: 'example',
  weather: { kind: 'constant', tMeanC: -2, designOutdoorTempC: -10 },
  zones: [{ id: 'town', buildings: [{ type: 'residential', areaM2: 1_000_000, heatIndexWPerM2: 45 }] }],
  sources: [{ id: 'boiler', kind: 'gas-boiler', zone: 'town', capacityMW: 60 }],
} as const;

/** One example per top-level section, as it would be written in a scenario. */
export const SECTION_EXAMPLES: Readonly<Record<string, unknown>> = {
  horizon: { start: '2012-11-15', end: '2013-03-15' },
  weather: { kind: 'csv', file: 'weather.csv', shiftC: 0, designOutdoorTempC: -7.6 },
  coldWaves: [{ start: '2013-01-20', grade: 'strong', days: 5, recoveryDays: 3 }],
  heating: { indoorSetpointC: 18, heatIndexIndoorC: 18 },
  zones: [
    {
      id: 'town',
      name: 'County town',
      networkLossFraction: 0.06,
      buildings: [
        { type: 'residential', areaM2: 3_000_000, heatIndexWPerM2: 45 },
        { type: 'school-office', areaM2: 800_000, heatIndexWPerM2: 60 },
      ],
    },
    { id: 'east', buildings: [{ type: 'residential', areaM2: 1_200_000, heatIndexWPerM2: 45 }] },
  ],
  links: [{ id: 'town_east', from: 'town', to: 'east', capacityMW: 30, lossFraction: 0.02 }],
  sources: [
    {
      id: 'chp',
      kind: 'coal-chp',
      zone: 'town',
      yard: 'yard',
      capacityMW: 150,
      minOutputMW: 40,
      heatEfficiencyFraction: 0.45,
      powerToHeatMWhPerMWh: 0.6,
    },
    {
      id: 'boiler',
      kind: 'coal-boiler',
      zone: 'town',
      yard: 'yard',
      capacityMW: 58,
      outages: [{ start: '2013-01-05', end: '2013-01-07', availableFraction: 0.5 }],
    },
    { id: 'peak', kind: 'gas-boiler', zone: 'town', capacityMW: 70, efficiencyFraction: 0.92 },
    { id: 'eboiler', kind: 'electric-boiler', zone: 'town', capacityMW: 20, storageMWh: 100 },
    {
      id: 'hp',
      kind: 'heat-pump',
      zone: 'town',
      capacityMW: 10,
      copQualityFraction: 0.5,
      sourceTempC: 20,
      sinkTempC: 60,
    },
    { id: 'waste', kind: 'waste-heat', zone: 'town', capacityMW: 15, heatPriceYuanPerMWh: 20 },
  ],
  yards: [
    {
      id: 'yard',
      openingStockT: 80_000,
      maxStockT: 100_000,
      heatingValueKcalPerKg: 5000,
      coalPriceYuanPerT: 900,
      deliveries: { baseTPerDay: 1400, disruptions: [{ start: '2013-01-20', end: '2013-01-26', cutFraction: 0.5 }] },
      reserve: { days: 30, basis: 'max-of-design-and-season' },
    },
  ],
  gas: {
    supplyPoints: [
      {
        id: 'city_gate',
        kind: 'pipeline',
        capacityM3PerDay: 400_000,
        contractM3PerDay: 250_000,
        priceYuanPerM3: 2.5,
        overContractPriceYuanPerM3: 4,
      },
    ],
    storage: { openingInventoryM3: 2_000_000, maxInventoryM3: 3_000_000, maxWithdrawalM3PerDay: 200_000 },
    categories: [
      { category: 'residential', baseM3PerDay: 30_000, perDegreeDayM3: 500 },
      { category: 'industrial', baseM3PerDay: 80_000 },
    ],
  },
  electricity: {
    tariff: [
      { block: 'peak', hours: 8, priceYuanPerMWh: 1100 },
      { block: 'flat', hours: 8, priceYuanPerMWh: 650 },
      { block: 'valley', hours: 8, priceYuanPerMWh: 300 },
    ],
    gridHeadroomMW: 50,
  },
  policy: { gasCurtailment: 'priority' },
  dispatch: { mode: 'daily', solver: 'auto' },
  risk: { coalDisruptions: { eventsPerSeason: 1, minDays: 3, maxDays: 10 }, gasDisruptions: { eventsPerSeason: 0.5 } },
  shortageValuation: {
    unservedHeatYuanPerMWh: { residential: 3000, nonResidential: 1000 },
    gasCutYuanPerM3: { industrial: 15 },
  },
};

/** The top-level keys written as one table under "The document" rather than a section of their own. */
const DOCUMENT_KEYS = ['$schema', 'id', 'name', 'description', 'translations', 'meta'];

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (v: unknown) => `\`${JSON.stringify(v)}\``;

function range(node: Node): string {
  if (node.enum) return node.enum.map((e) => `\`${String(e)}\``).join(', ');
  if (node.const !== undefined) return code(node.const);
  if (node.type === 'number' || node.type === 'integer') {
    const lo = node.minimum ?? (node.exclusiveMinimum !== undefined ? `> ${node.exclusiveMinimum}` : undefined);
    const whole = node.type === 'integer' ? ' (whole)' : '';
    if (lo !== undefined && node.maximum !== undefined) return `${lo} … ${node.maximum}${whole}`;
    if (lo !== undefined) return `≥ ${lo}${whole}`;
    return node.type === 'integer' ? 'whole number' : 'number';
  }
  if (node.type === 'string')
    return node.pattern === '^\\d{4}-\\d{2}-\\d{2}$'
      ? 'date YYYY-MM-DD'
      : node.pattern
        ? 'id: a letter, then letters, digits, _ (≤ 40)'
        : 'text';
  if (node.type === 'boolean') return '`true`, `false`';
  if (node.type === 'array') {
    const n =
      node.minItems !== undefined && node.maxItems !== undefined
        ? node.minItems === node.maxItems
          ? `${node.minItems} `
          : `${node.minItems}–${node.maxItems} `
        : node.maxItems !== undefined
          ? `≤ ${node.maxItems} `
          : '';
    const of = node.items?.enum
      ? `of ${node.items.enum.map((e) => `\`${String(e)}\``).join(', ')}`
      : node.items?.type === 'number'
        ? 'numbers'
        : node.items?.type === 'string'
          ? 'texts'
          : node.items?.type === 'object'
            ? 'entries (below)'
            : 'items';
    return `list of ${n}${of}`;
  }
  return node.type ?? '';
}

interface Row {
  readonly field: string;
  readonly node: Node;
  readonly required: boolean;
}

/** The fields under a node, depth first: objects are opened (`a.b`), lists of objects too (`a[].b`). */
function rows(node: Node, prefix: string, out: Row[] = [], skip: readonly string[] = []): Row[] {
  const required = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (skip.includes(key)) continue;
    const field = prefix ? `${prefix}.${key}` : key;
    out.push({ field, node: child, required: required.has(key) && child.default === undefined });
    if (child.type === 'object' && child.properties) rows(child, field, out);
    else if (child.type === 'array' && child.items?.type === 'object' && child.items.properties)
      rows(child.items, `${field}[]`, out);
  }
  return out;
}

function table(list: readonly Row[]): string {
  const head = '| field | unit | default | allowed | meaning |\n|---|---|---|---|---|';
  const body = list.map(({ field, node, required }) => {
    const name = field.split('.').at(-1)!.replace('[]', '');
    const dflt = required ? '**required**' : node.default !== undefined ? code(node.default) : '—';
    return `| \`${field}\` | ${unitOfField(name, node)} | ${cell(dflt)} | ${cell(range(node))} | ${cell(node.description ?? '')} |`;
  });
  return [head, ...body].join('\n');
}

/** JSON with every object or list that fits in 160 characters on one line. */
export function compactJson(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value, null, 1)
    .replace(/\n\s*/g, ' ')
    .replace(/([[{]) /g, '$1')
    .replace(/ ([\]}])/g, '$1');
  if (flat.length + indent.length <= 160 || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${compactJson(v, inner)}`).join(',\n')}\n${indent}]`;
  return `{\n${Object.entries(value)
    .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`)
    .join(',\n')}\n${indent}}`;
}

function example(key: string): string {
  return `\`\`\`json\n${compactJson({ [key]: SECTION_EXAMPLES[key] })}\n\`\`\``;
}

/** What each section is for, in a sentence (the schema's own description follows when it has one). */
const SECTION_INTROS: Readonly<Record<string, string>> = {
  horizon: 'The days simulated, both ends inclusive: usually one heating season.',
  weather:
    'The outdoor temperature of each day, and the design temperature the heat indices and design load refer to. A CSV series (`date,t_mean_c,t_min_c,t_max_c`, °C, path relative to the scenario file) is the usual choice. An hourly series (`date,hour,t_c`: one row per clock hour 0..23, all 24 hours of every day) is read by its header: each day is the mean, minimum and maximum of its hours, and intra-day blocks take the mean of their own hours instead of the sinusoid.',
  coldWaves: 'Cold waves injected into the weather, to test a bad week on a known winter (GB/T 21987 grades).',
  heating: 'The indoor temperature the network heats to, and the one the heat indices were set for.',
  zones:
    'Network zones, each with its heated building stock: floor area × design heat index gives its design load (CJJ 34).',
  links: 'Pipes between zones that carry heat either way, up to a capacity.',
  sources:
    'Heat sources, each feeding one zone. Coal sources burn from a yard; gas boilers draw on the gas supply; electric boilers and heat pumps on the grid.',
  yards: 'Coal yards: opening stock, deliveries, and the reserve floor of days of maximum burn.',
  gas: "The city's gas: supply points, storage, and the consumer categories outside the modelled heat sources, cut in the policy order when gas runs short.",
  electricity: 'The power tariff electric heat pays, and the grid room for it.',
  policy:
    'What is protected first when heat, gas or coal run short (压非保民: non-residential users cut first, homes last).',
  dispatch: 'How the season is solved: one LP a day, one for the season, or rolling; the solver.',
};

function section(key: string, node: Node, required: boolean): string {
  const parts = [`## ${key}`, ''];
  const what = node.description ?? (node.type === 'array' ? node.items?.description : undefined);
  const intro = SECTION_INTROS[key] ?? '';
  const more = what && (!intro || what.length > 60) ? `${what[0].toUpperCase()}${what.slice(1)}.` : '';
  parts.push([required ? 'Required.' : 'Optional.', intro, more].filter(Boolean).join(' '), '');
  const members = node.anyOf ?? node.oneOf ?? node.items?.anyOf ?? node.items?.oneOf;
  if (members) {
    const base = node.type === 'array' ? `${key}[]` : key;
    const kinds = members.map((m) => `\`${String(m.properties?.kind?.const)}\``);
    // the fields every kind has alike, once; then each kind's own
    const same = (k: string) =>
      members.every(
        (m) =>
          JSON.stringify(m.properties?.[k]) === JSON.stringify(members[0].properties?.[k]) &&
          m.required?.includes(k) === members[0].required?.includes(k),
      );
    const common = Object.keys(members[0].properties ?? {}).filter((k) => k !== 'kind' && same(k));
    parts.push(
      `${node.type === 'array' ? 'Each entry is' : 'It is'} one of ${members.length} kinds, chosen by \`kind\`: ${kinds.join(', ')}.`,
      '',
    );
    if (common.length > 0)
      parts.push(
        `### ${key}: fields of every kind`,
        '',
        table(
          rows(
            {
              properties: Object.fromEntries(common.map((k) => [k, members[0].properties![k]])),
              required: members[0].required,
            },
            base,
          ),
        ),
        '',
      );
    for (const m of members) {
      const own = rows(m, base, [], ['kind', ...common]);
      parts.push(
        `### ${key}: kind \`${String(m.properties?.kind?.const)}\``,
        '',
        own.length > 0 ? table(own) : 'No fields of its own.',
        '',
      );
    }
  } else if (node.type === 'array' && node.items?.properties) {
    parts.push(table(rows(node.items, `${key}[]`)), '');
  } else {
    parts.push(table(rows(node, key)), '');
  }
  if (key in SECTION_EXAMPLES) parts.push('Example:', '', example(key), '');
  return parts.join('\n');
}

/** The text of docs/scenario-reference.md. */
export function scenarioReferenceMarkdown(): string {
  const root = scenarioJsonSchema() as Node;
  const required = new Set(root.required ?? []);
  const props = root.properties ?? {};
  const documentRows = rows(
    { properties: Object.fromEntries(DOCUMENT_KEYS.map((k) => [k, props[k]])), required: root.required },
    '',
  );
  const sections = Object.keys(props).filter((k) => !DOCUMENT_KEYS.includes(k));
  return `${[
    '# Scenario reference',
    '',
    '<!-- Generated by `npm run schema` from engine/scenario/schema.ts; do not edit by hand (a test compares). -->',
    '',
    'Every field of a scenario file, section by section: its unit, its default (a field with a',
    'default may be left out), the values allowed and what it means. Numbers name their unit in',
    'the field name (`capacityMW`, `openingStockT`, `baseM3PerDay`) and at the end of the meaning;',
    '`0–1` is a share. Beyond the ranges here, the cross-field checks of `baogong validate` ask that',
    'ids exist and are unique, dated windows lie inside the horizon, a yard opens with no more than it',
    'holds, tariff hours add up to 24 and `policy.protectOrder` names every item once; its',
    "plausibility warnings flag a source over 3 × its zone's design load, capacity below the design",
    'load and a heat index outside the usual range of its building type.',
    '',
    'Editors check all of this as you type when the file names the JSON Schema:',
    '`"$schema": "./scenario.schema.json"` (`baogong init` writes a copy beside the scenario;',
    '[scenarios/scenario.schema.json](../scenarios/scenario.schema.json) is the shipped one). A',
    'tutorial that builds a county from nothing: [your-city.md](your-city.md).',
    '',
    `Sections: ${['the document', ...sections].map((s) => `[${s}](#${s === 'the document' ? 'the-document' : s.toLowerCase()})`).join(', ')}.`,
    '',
    '## The document',
    '',
    `Required at the top: ${[...required].map((r) => `\`${r}\``).join(', ')}.`,
    '',
    table(documentRows),
    '',
    ...sections.map((k) => section(k, props[k], required.has(k))),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
