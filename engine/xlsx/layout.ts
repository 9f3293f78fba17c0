/**
 * The scenario workbook's layout: which sheet holds which field, in which column, and the
 * order in which a scenario's keys are written back to JSON. One table (`FIELDS`) in the
 * scenario's own key order is the single source of truth: a table sheet's columns are its
 * fields in that order, the `scenario` sheet's rows likewise, and an imported scenario's
 * keys are sorted by it (so a scenario written in this order comes back byte for byte).
 *
 * Sheet kinds:
 * - `settings` (`scenario`): one row per scalar setting: field (JSON path), value, unit,
 *   default, description.
 * - `table`: one row per element of an array (`rows`), one column per field; a child table
 *   (`parent`) names its parent row by id in its first column (`buildings.zone` → `zones.id`);
 *   `single` tables hold one object (gas storage: one row or none).
 * - `list`: one row per element of an array of scalars (the policy order, monthly normals),
 *   with a numbering column written for the reader and ignored on import.
 * - `texts`: the two lists of `meta` in one sheet, a `list` column saying which.
 */
import { GAS_CATEGORIES } from '../scenario/schema.ts';

export interface TableSheet {
  readonly kind: 'table';
  readonly name: string;
  /** Path pattern of the array (or object, when `single`) the rows are: `zones[].buildings`. */
  readonly rows: string;
  readonly parent?: { readonly column: string; readonly sheet: string };
  readonly single?: boolean;
  /** Written only when the scenario has the array (weather days). */
  readonly onlyWhenPresent?: boolean;
}
export interface SettingsSheet {
  readonly kind: 'settings';
  readonly name: string;
}
export interface ListSheet {
  readonly kind: 'list';
  readonly name: string;
  readonly rows: string;
  readonly label: string;
  readonly column: string;
  readonly onlyWhenPresent?: boolean;
  /** Label of the first row (default 1; clock hours start at 0). */
  readonly labelFrom?: number;
}
export interface TextsSheet {
  readonly kind: 'texts';
  readonly name: string;
  readonly lists: readonly string[];
}
export type SheetSpec = SettingsSheet | TableSheet | ListSheet | TextsSheet;

/** Sheets in workbook order. */
export const SHEETS: readonly SheetSpec[] = [
  { kind: 'settings', name: 'scenario' },
  { kind: 'table', name: 'zones', rows: 'zones' },
  { kind: 'table', name: 'buildings', rows: 'zones[].buildings', parent: { column: 'zone', sheet: 'zones' } },
  { kind: 'table', name: 'links', rows: 'links' },
  { kind: 'table', name: 'sources', rows: 'sources' },
  { kind: 'table', name: 'outages', rows: 'sources[].outages', parent: { column: 'source', sheet: 'sources' } },
  { kind: 'table', name: 'yards', rows: 'yards' },
  {
    kind: 'table',
    name: 'deliveries',
    rows: 'yards[].deliveries.schedule',
    parent: { column: 'yard', sheet: 'yards' },
  },
  {
    kind: 'table',
    name: 'yard-disruptions',
    rows: 'yards[].deliveries.disruptions',
    parent: { column: 'yard', sheet: 'yards' },
  },
  { kind: 'table', name: 'gas-supply', rows: 'gas.supplyPoints' },
  {
    kind: 'table',
    name: 'gas-disruptions',
    rows: 'gas.supplyPoints[].disruptions',
    parent: { column: 'point', sheet: 'gas-supply' },
  },
  { kind: 'table', name: 'gas-storage', rows: 'gas.storage', single: true },
  { kind: 'table', name: 'gas-categories', rows: 'gas.categories' },
  { kind: 'list', name: 'policy', rows: 'policy.protectOrder', label: 'rank', column: 'item' },
  { kind: 'table', name: 'tariff', rows: 'electricity.tariff' },
  { kind: 'table', name: 'sell-tariff', rows: 'electricity.sellTariff', onlyWhenPresent: true },
  {
    kind: 'list',
    name: 'tariff-hours',
    rows: 'electricity.hourlyBlocks',
    label: 'hour',
    column: 'block',
    onlyWhenPresent: true,
    labelFrom: 0,
  },
  {
    kind: 'list',
    name: 'headroom-hours',
    rows: 'electricity.gridHeadroomHourlyMW',
    label: 'hour',
    column: 'headroomMW',
    onlyWhenPresent: true,
    labelFrom: 0,
  },
  { kind: 'table', name: 'cold-waves', rows: 'coldWaves' },
  { kind: 'table', name: 'weather-days', rows: 'weather.days', onlyWhenPresent: true },
  {
    kind: 'list',
    name: 'weather-months',
    rows: 'weather.tMeanCByMonth',
    label: 'month',
    column: 'tMeanC',
    onlyWhenPresent: true,
  },
  { kind: 'texts', name: 'meta', lists: ['meta.sources', 'meta.assumptions'] },
];

/** Hidden sheets: the enum lists the drop-downs read, and the containers written empty. */
export const LISTS_SHEET = 'lists';
export const EMPTY_SHEET = 'written-empty';

const on = (sheet: string, ...paths: string[]) => paths.map((path) => ({ sheet, path }));

/**
 * Every scalar field of the scenario, in the order its keys are written (the shipped
 * scenarios' order; a source's kind-specific fields in the order the kinds use them), with
 * the sheet that holds it. A test checks that every leaf of the schema is here.
 */
export const FIELDS: ReadonlyArray<{ readonly sheet: string; readonly path: string }> = [
  ...on(
    'scenario',
    '$schema',
    'id',
    'name',
    'description',
    'translations.zh.name',
    'translations.zh.description',
    'translations.en.name',
    'translations.en.description',
  ),
  ...on('meta', 'meta.sources[]', 'meta.assumptions[]'),
  ...on('scenario', 'horizon.start', 'horizon.end', 'weather.kind', 'weather.file', 'weather.shiftC', 'weather.tMeanC'),
  ...on('weather-months', 'weather.tMeanCByMonth[]'),
  ...on('scenario', 'weather.dailyRangeC'),
  ...on('weather-days', 'weather.days[].date', 'weather.days[].tMeanC', 'weather.days[].tMinC', 'weather.days[].tMaxC'),
  ...on('scenario', 'weather.designOutdoorTempC'),
  ...on(
    'cold-waves',
    'coldWaves[].start',
    'coldWaves[].grade',
    'coldWaves[].dropC',
    'coldWaves[].days',
    'coldWaves[].recoveryDays',
  ),
  ...on('scenario', 'heating.indoorSetpointC', 'heating.heatIndexIndoorC'),
  ...on('zones', 'zones[].id', 'zones[].name', 'zones[].indoorSetpointC', 'zones[].networkLossFraction'),
  ...on('buildings', 'zones[].buildings[].type', 'zones[].buildings[].areaM2', 'zones[].buildings[].heatIndexWPerM2'),
  ...on('links', 'links[].id', 'links[].from', 'links[].to', 'links[].capacityMW', 'links[].lossFraction'),
  ...on(
    'sources',
    'sources[].id',
    'sources[].name',
    'sources[].kind',
    'sources[].zone',
    'sources[].yard',
    'sources[].capacityMW',
    'sources[].minOutputMW',
    'sources[].heatEfficiencyFraction',
    'sources[].powerToHeatMWhPerMWh',
    'sources[].powerPriceYuanPerMWh',
    'sources[].efficiencyFraction',
    'sources[].storageMWh',
    'sources[].copQualityFraction',
    'sources[].sinkTempC',
    'sources[].sourceTempC',
    'sources[].heatPriceYuanPerMWh',
    'sources[].omCostYuanPerMWh',
    'sources[].type',
    'sources[].maxPowerMW',
    'sources[].minPowerMW',
    'sources[].powerLossPerHeatMWhPerMWh',
    'sources[].electricEfficiencyFraction',
    'sources[].mustRunPowerMW',
    'sources[].storageChargeMW',
    'sources[].storageDischargeMW',
    'sources[].storageLossPercentPerHour',
  ),
  ...on('outages', 'sources[].outages[].start', 'sources[].outages[].end', 'sources[].outages[].availableFraction'),
  ...on(
    'yards',
    'yards[].id',
    'yards[].name',
    'yards[].openingStockT',
    'yards[].maxStockT',
    'yards[].heatingValueGJPerT',
    'yards[].heatingValueKcalPerKg',
    'yards[].coalPriceYuanPerT',
    'yards[].deliveries.baseTPerDay',
  ),
  ...on(
    'deliveries',
    'yards[].deliveries.schedule[].start',
    'yards[].deliveries.schedule[].end',
    'yards[].deliveries.schedule[].tPerDay',
  ),
  ...on(
    'yard-disruptions',
    'yards[].deliveries.disruptions[].start',
    'yards[].deliveries.disruptions[].end',
    'yards[].deliveries.disruptions[].cutFraction',
  ),
  ...on('yards', 'yards[].reserve.days', 'yards[].reserve.basis'),
  ...on(
    'gas-supply',
    'gas.supplyPoints[].id',
    'gas.supplyPoints[].name',
    'gas.supplyPoints[].kind',
    'gas.supplyPoints[].capacityM3PerDay',
    'gas.supplyPoints[].contractM3PerDay',
    'gas.supplyPoints[].maxM3PerHour',
    'gas.supplyPoints[].priceYuanPerM3',
    'gas.supplyPoints[].overContractPriceYuanPerM3',
  ),
  ...on(
    'gas-disruptions',
    'gas.supplyPoints[].disruptions[].start',
    'gas.supplyPoints[].disruptions[].end',
    'gas.supplyPoints[].disruptions[].cutFraction',
  ),
  ...on(
    'gas-storage',
    'gas.storage.openingInventoryM3',
    'gas.storage.maxInventoryM3',
    'gas.storage.minInventoryM3',
    'gas.storage.maxWithdrawalM3PerDay',
    'gas.storage.maxInjectionM3PerDay',
    'gas.storage.maxWithdrawalM3PerHour',
    'gas.storage.maxInjectionM3PerHour',
    'gas.storage.withdrawalCostYuanPerM3',
    'gas.storage.injectionCostYuanPerM3',
    'gas.storage.heldValueYuanPerM3',
  ),
  ...on('scenario', 'gas.heatingSourceHeatValueMJPerM3'),
  ...on(
    'gas-categories',
    'gas.categories[].category',
    'gas.categories[].baseM3PerDay',
    'gas.categories[].perDegreeDayM3',
  ),
  ...on('tariff', 'electricity.tariff[].block', 'electricity.tariff[].hours', 'electricity.tariff[].priceYuanPerMWh'),
  ...on('scenario', 'electricity.gridHeadroomMW'),
  ...on('sell-tariff', 'electricity.sellTariff[].block', 'electricity.sellTariff[].priceYuanPerMWh'),
  ...on('tariff-hours', 'electricity.hourlyBlocks[]'),
  ...on('headroom-hours', 'electricity.gridHeadroomHourlyMW[]'),
  ...on('policy', 'policy.protectOrder[]'),
  ...on(
    'scenario',
    'policy.gasCurtailment',
    'dispatch.mode',
    'dispatch.solver',
    'dispatch.lookaheadDays',
    'dispatch.forecastErrorSdC',
    'dispatch.forecastSeed',
    'dispatch.heatDumpPenaltyYuanPerMWh',
    'dispatch.deliveryRefusalPenaltyYuanPerT',
    'dispatch.timeLimitS',
    'dispatch.blocksPerDay',
    ...['coalDisruptions', 'gasDisruptions'].flatMap((d) =>
      ['eventsPerSeason', 'minDays', 'maxDays', 'minCutFraction', 'maxCutFraction'].map((f) => `risk.${d}.${f}`),
    ),
    'risk.coldWavesPerSeason',
    'risk.keepScenarioDisruptions',
    'shortageValuation.unservedHeatYuanPerMWh.residential',
    'shortageValuation.unservedHeatYuanPerMWh.nonResidential',
    ...GAS_CATEGORIES.map((c) => `shortageValuation.gasCutYuanPerM3.${c}`),
  ),
];

/** A table's column: the field's path below a row (`deliveries.baseTPerDay`) and its full pattern. */
export interface Column {
  readonly name: string;
  readonly pattern: string;
}

/** The columns of a table or list sheet, parent reference first. */
export function columnsOf(sheet: TableSheet): Column[] {
  const prefix = sheet.single ? `${sheet.rows}.` : `${sheet.rows}[].`;
  const own = FIELDS.filter((f) => f.sheet === sheet.name).map((f) => ({
    name: f.path.slice(prefix.length),
    pattern: f.path,
  }));
  return sheet.parent ? [{ name: sheet.parent.column, pattern: `${parentSheet(sheet).rows}[].id` }, ...own] : own;
}

export function sheetByName(name: string): SheetSpec | undefined {
  return SHEETS.find((s) => s.name === name);
}

export function parentSheet(sheet: TableSheet): TableSheet {
  return sheetByName(sheet.parent!.sheet) as TableSheet;
}

/** The settings rows of the `scenario` sheet, in order. */
export const SETTINGS: readonly string[] = FIELDS.filter((f) => f.sheet === 'scenario').map((f) => f.path);

/** Key order for every object: the position of each path pattern's first appearance in FIELDS. */
const KEY_RANK = new Map<string, number>();
FIELDS.forEach(({ path }, i) => {
  const parts = path.split('.');
  for (let k = 1; k <= parts.length; k++) {
    const prefix = parts.slice(0, k).join('.').replace(/\[\]$/, '');
    if (!KEY_RANK.has(prefix)) KEY_RANK.set(prefix, i);
  }
});

/** Sorts every object's keys into the layout's order (unknown keys last, as they came). */
export function sortKeys(value: unknown, pattern = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, `${pattern}[]`));
  if (value === null || typeof value !== 'object') return value;
  const rank = (k: string) => KEY_RANK.get(pattern === '' ? k : `${pattern}.${k}`) ?? Number.MAX_SAFE_INTEGER;
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(
    keys.map((k) => [k, sortKeys((value as Record<string, unknown>)[k], pattern === '' ? k : `${pattern}.${k}`)]),
  );
}
