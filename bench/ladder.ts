/**
 * The benchmark's size ladder: realistic district-heating scenarios generated at a given
 * number of periods, sources and zones, from the shipped Beijing weather. Capacities are
 * twice the design load and gas is ample, so each season is one LP (the policy's fast path)
 * and the ladder measures the LP itself, not the policy sequence.
 */
import { readFileSync } from 'node:fs';
import { parseTemperatureCsv, SHIPPED_SCENARIOS_DIR, type DayWeather, type ScenarioInput } from '../engine/index.ts';

export interface Rung {
  readonly name: string;
  readonly periods: number;
  readonly sources: number;
  readonly zones: number;
}

export const LADDER: readonly Rung[] = [
  { name: 'day 30×5', periods: 1, sources: 30, zones: 5 },
  { name: 'week 30×5', periods: 7, sources: 30, zones: 5 },
  { name: 'month 30×5', periods: 30, sources: 30, zones: 5 },
  { name: 'season 8×1', periods: 151, sources: 8, zones: 1 },
  { name: 'season 30×5', periods: 151, sources: 30, zones: 5 },
  { name: 'season 100×10', periods: 151, sources: 100, zones: 10 },
  { name: 'hourly-sized season 8×1', periods: 3624, sources: 8, zones: 1 },
];

const KINDS = [
  'coal-chp',
  'coal-boiler',
  'gas-boiler',
  'coal-boiler',
  'electric-boiler',
  'gas-boiler',
  'heat-pump',
  'waste-heat',
] as const;

function weather(periods: number): DayWeather[] {
  const all = parseTemperatureCsv(
    readFileSync(`${SHIPPED_SCENARIOS_DIR}/data/beijing-daily-temperature-2010-2014.csv`, 'utf8'),
    'beijing',
  );
  const season = all.filter((d) => d.date >= '2012-11-01' && d.date <= '2013-03-31');
  const start = Date.parse('2012-11-01T00:00:00Z');
  return Array.from({ length: periods }, (_, k) => ({
    ...season[k % season.length],
    date: new Date(start + k * 86_400_000).toISOString().slice(0, 10),
  }));
}

export function ladderScenario(r: Rung): ScenarioInput {
  const zones = Array.from({ length: r.zones }, (_, i) => ({
    id: `z${i}`,
    buildings: [
      { type: 'residential' as const, areaM2: 4e6 + 5e5 * i, heatIndexWPerM2: 45 },
      { type: 'school-office' as const, areaM2: 8e5, heatIndexWPerM2: 60 },
      { type: 'shop' as const, areaM2: 4e5, heatIndexWPerM2: 60 },
    ],
  }));
  const zoneMW = zones.map((z) => z.buildings.reduce((s, b) => s + (b.areaM2 * b.heatIndexWPerM2) / 1e6, 0));
  const yards = Math.max(1, Math.ceil(r.sources / 10));
  const sources = Array.from({ length: r.sources }, (_, i) => {
    const zone = i % r.zones;
    const perZone = Math.ceil(r.sources / r.zones);
    const common = {
      id: `s${i}`,
      zone: `z${zone}`,
      capacityMW: Math.round((2 * zoneMW[zone]) / perZone),
      omCostYuanPerMWh: 10 + (i % 7),
    };
    const kind = KINDS[i % KINDS.length];
    switch (kind) {
      case 'coal-chp':
        return { ...common, kind, yard: `y${i % yards}`, minOutputMW: common.capacityMW * 0.2 };
      case 'coal-boiler':
        return { ...common, kind, yard: `y${i % yards}`, efficiencyFraction: 0.8 + (i % 5) / 100 };
      case 'gas-boiler':
        return { ...common, kind, efficiencyFraction: 0.9 + (i % 5) / 100 };
      case 'electric-boiler':
        return { ...common, kind, storageMWh: 200 };
      case 'heat-pump':
        return { ...common, kind, copQualityFraction: 0.45, sourceTempC: i % 2 ? 15 : undefined };
      case 'waste-heat':
        return { ...common, kind };
    }
  });
  return {
    id: `ladder_${r.periods}_${r.sources}_${r.zones}`,
    horizon: { start: '2012-11-01', end: weather(r.periods).at(-1)!.date },
    weather: { kind: 'inline', designOutdoorTempC: -7.6, days: weather(r.periods) },
    zones,
    links: zones.slice(1).map((z, i) => ({ id: `l${i}`, from: `z${i}`, to: z.id, capacityMW: 80 })),
    sources,
    yards: Array.from({ length: yards }, (_, i) => ({
      id: `y${i}`,
      openingStockT: 5e6,
      maxStockT: 1e7,
      deliveries: { baseTPerDay: 4000 },
    })),
    gas: {
      supplyPoints: [
        { id: 'pipe', capacityM3PerDay: 5e7, contractM3PerDay: 2e7 },
        { id: 'lng', kind: 'lng', capacityM3PerDay: 1e7, priceYuanPerM3: 4.5 },
      ],
      storage: {
        openingInventoryM3: 5e7,
        maxInventoryM3: 8e7,
        maxWithdrawalM3PerDay: 3e6,
        maxInjectionM3PerDay: 1e6,
        heldValueYuanPerM3: 3,
      },
      categories: [
        { category: 'residential', baseM3PerDay: 4e5, perDegreeDayM3: 1.5e4 },
        { category: 'heating-residential', baseM3PerDay: 0, perDegreeDayM3: 5e4 },
        { category: 'public-welfare', baseM3PerDay: 5e4, perDegreeDayM3: 8e3 },
        { category: 'heating-nonresidential', baseM3PerDay: 0, perDegreeDayM3: 3e4 },
        { category: 'commercial', baseM3PerDay: 2e5, perDegreeDayM3: 5e3 },
        { category: 'cng-vehicles', baseM3PerDay: 1.5e5 },
        { category: 'industrial', baseM3PerDay: 5e5 },
        { category: 'interruptible', baseM3PerDay: 3e5 },
      ],
    },
    electricity: { gridHeadroomMW: 10_000 },
    policy: {},
    dispatch: { mode: 'season' },
  };
}
