/**
 * Ordos clean-heating plan: how many homes on electric heating the idle winter irrigation load
 * hosts, and the share of heat from clean sources. Pure: no I/O and no solving; imports only
 * the public engine API.
 */
import { designLoadMW, type RunResult, type Scenario } from '../../engine/index.ts';
import { sourceTotals } from './shared.ts';

type Source = Scenario['sources'][number];

export interface HomeHeating {
  areaM2: number;
  heatIndexWPerM2: number;
  /** Electricity to heat of a direct electric heater (≈ 0.99). */
  efficiencyFraction?: number;
  /** Or a heat pump: its COP at the design temperature. */
  cop?: number;
}

/** Design-day electric load of one home, MW: area × heat index / (efficiency or COP at t_design). */
export function electricLoadPerHomeMW(home: HomeHeating): number {
  const perUnit = home.cop ?? home.efficiencyFraction;
  if (perUnit === undefined || perUnit <= 0) throw new Error('electricLoadPerHomeMW: give an efficiency or a COP');
  return designLoadMW([home]) / perUnit;
}

/** Electric-heating hosting capacity: homes = headroom / design-day electric load per home, whole homes. */
export function hostingCapacityHomes(headroomMW: number, home: HomeHeating): number {
  return Math.floor(headroomMW / electricLoadPerHomeMW(home) + 1e-9);
}

/** Source kinds that count as clean heating (北方地区冬季清洁取暖规划 2017-2021: ultra-low-emission CHP, gas, electricity, heat pumps, waste heat). */
export const CLEAN_SOURCE_KINDS: ReadonlyArray<Source['kind']> = [
  'coal-chp',
  'gas-boiler',
  'electric-boiler',
  'heat-pump',
  'waste-heat',
];

export interface CleanShare {
  cleanMWh: number;
  totalMWh: number;
  share: number;
  bySource: Record<string, { heatMWh: number; clean: boolean }>;
}

/** Share of the heat supplied by clean sources over the run. */
export function cleanHeatingShare(
  s: Scenario,
  r: RunResult,
  isClean: (src: Source) => boolean = (src) => CLEAN_SOURCE_KINDS.includes(src.kind),
): CleanShare {
  const totals = sourceTotals(r);
  const bySource: CleanShare['bySource'] = {};
  let cleanMWh = 0,
    totalMWh = 0;
  for (const src of s.sources) {
    const heatMWh = totals[src.id]?.heatMWh ?? 0;
    const clean = isClean(src);
    bySource[src.id] = { heatMWh, clean };
    totalMWh += heatMWh;
    if (clean) cleanMWh += heatMWh;
  }
  return { cleanMWh, totalMWh, share: totalMWh > 0 ? cleanMWh / totalMWh : 0, bySource };
}

/**
 * Clock hours of the Ordos tariff's periods, 24 names from 00:00 (the scenario's
 * meta.assumptions: valley 23:00-07:00, peak 08:00-11:00 and 17:00-22:00, flat the other
 * 8 hours). The plan gives no hours; this is the usual northern-grid pattern of 8 + 8 + 8 h.
 */
export const ORDOS_TARIFF_HOURS: ReadonlyArray<'peak' | 'flat' | 'valley'> = Array.from({ length: 24 }, (_, h) =>
  h >= 23 || h < 7 ? 'valley' : (h >= 8 && h < 11) || (h >= 17 && h < 22) ? 'peak' : 'flat',
);

export interface ElectricHomesAlone {
  /** Electric-heated homes to place. */
  homes: number;
  /** Heated area of one home, m². */
  areaM2: number;
  /** Heat store per home, kWh (0: none). */
  storageKWhPerHome: number;
  /** Intra-day blocks (1…24; 1 is the whole-day model, its headroom a daily average). */
  blocksPerDay: number;
  /**
   * Design days: this many days at a constant mean of the design temperature, daily range
   * `dailyRangeC`; omit for the scenario's own weather and horizon.
   */
  designDays?: { days: number; dailyRangeC: number };
  /** Heater capacity per home, kW of heat (default: the scenario's heaters' share per home). */
  heaterKWPerHome?: number;
  /** Grid room only in the valley hours (heaters that charge only at night), 0 MW in the others. */
  valleyOnly?: boolean;
}

/**
 * The scenario's electric homes alone, `homes` of them, in one season-mode LP (a store carries
 * across midnight) at `blocksPerDay` blocks with the tariff's clock hours: the heaters scale
 * with the homes (capacity at the scenario's share per home unless given, store per home as
 * given) and the headroom holds in every block (a daily average with one block). Pure: returns
 * a new scenario.
 */
export function electricHomesAlone(s: Scenario, zoneId: string, sourceId: string, o: ElectricHomesAlone): Scenario {
  const zone = s.zones.find((z) => z.id === zoneId);
  const src = s.sources.find((x) => x.id === sourceId);
  if (!zone || !src || src.kind !== 'electric-boiler')
    throw new Error(`electricHomesAlone: no zone ${zoneId} with electric boiler ${sourceId}`);
  const scale = (o.homes * o.areaM2) / zone.buildings.reduce((a, b) => a + b.areaM2, 0);
  const design = o.designDays;
  const start = s.horizon.start;
  const headroomMW = s.electricity.gridHeadroomMW ?? 0;
  return {
    ...s,
    ...(design
      ? {
          horizon: {
            ...s.horizon,
            start,
            end: new Date(Date.parse(`${start}T00:00:00Z`) + (design.days - 1) * 86_400_000).toISOString().slice(0, 10),
          },
          weather: {
            kind: 'constant',
            tMeanC: s.weather.designOutdoorTempC,
            dailyRangeC: design.dailyRangeC,
            designOutdoorTempC: s.weather.designOutdoorTempC,
          },
        }
      : {}),
    zones: [{ ...zone, buildings: zone.buildings.map((b) => ({ ...b, areaM2: b.areaM2 * scale })) }],
    sources: [
      {
        ...src,
        capacityMW: o.heaterKWPerHome === undefined ? src.capacityMW * scale : (o.homes * o.heaterKWPerHome) / 1000,
        storageMWh: (o.homes * o.storageKWhPerHome) / 1000,
      },
    ],
    links: [],
    yards: [],
    electricity: {
      ...s.electricity,
      hourlyBlocks: [...ORDOS_TARIFF_HOURS],
      ...(o.valleyOnly
        ? { gridHeadroomHourlyMW: ORDOS_TARIFF_HOURS.map((p) => (p === 'valley' ? headroomMW : 0)) }
        : {}),
    },
    dispatch: { ...s.dispatch, mode: 'season', blocksPerDay: o.blocksPerDay },
  } as Scenario;
}

/**
 * Largest whole number in [lo, hi] for which `fits` holds (fits monotone), by bisection to within
 * `step`: 2 + log2((hi − lo)/step) calls. Returns the last n that fit; lo − 1 when none does.
 */
export async function bisectLargest(
  lo: number,
  hi: number,
  step: number,
  fits: (n: number) => Promise<boolean>,
): Promise<number> {
  if (!(await fits(lo))) return lo - 1;
  if (await fits(hi)) return hi;
  let good = lo;
  let bad = hi;
  while (bad - good > step) {
    const mid = Math.floor((good + bad) / 2);
    if (await fits(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

/**
 * Valley-hour electric draw of a storage boiler in the whole-day model, MW
 * (docs/design.md#sources-and-fuel): the valley buys its share of the day's heat, heat × f, plus
 * the shifted heat, which the LP takes as large as its three bounds allow since each shifted
 * MWh saves money: shift = min(storage, heat × (1 − f), capacity × valley hours − heat × f).
 */
export function dailyModelValleyDrawMW(
  heatMWh: number,
  o: { storageMWh: number; capacityMW: number; efficiencyFraction: number; valleyHours: number },
): number {
  const f = o.valleyHours / 24;
  const shift = Math.max(0, Math.min(o.storageMWh, heatMWh * (1 - f), o.capacityMW * o.valleyHours - heatMWh * f));
  return (heatMWh * f + shift) / o.efficiencyFraction / o.valleyHours;
}
