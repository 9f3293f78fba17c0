/**
 * Plausibility: numbers that are allowed but rarely meant. Each check returns warnings, by
 * JSON path, in plain words; they never stop a run (`baogong validate` prints them, and a
 * run's `warnings` list them first). The checks read the design load of each zone: the heat
 * its buildings need at the outdoor design temperature and the indoor setpoint, fed into the
 * network (network loss grossed up), by the area-heat-index method of CJJ 34
 * (engine/formulas/demand.ts).
 *
 * Opening coal stock above a yard's capacity is not here: the named check `checkYards`
 * (engine/scenario/checks.ts) refuses it.
 */
import type { Problem } from '../errors.ts';
import { message } from '../i18n/message.ts';
import { designLoadMW, loadAtMW } from '../formulas/demand.ts';
import type { Scenario, Zone } from './schema.ts';

/** A source larger than this many times its zone's design load is flagged, 1. */
export const OVERSIZED_SOURCE_RATIO = 3;

/**
 * The usual design heat index of each building type, W/m². From CJJ 34-2010 (城镇供热管网
 * 设计规范) table 3.1.2-1, which gives each type a range for buildings with and without
 * energy-saving measures: residential 40–45 and 58–64, offices and schools 50–70 and 60–80,
 * hospitals and nurseries 55–70 and 65–80, shops 55–70 and 65–80, hotels 50–60 and 60–70,
 * canteens 100–130 and 115–140, theatres 80–105 and 95–115, sports halls 100–150 and 115–165.
 * The usual range runs from below the energy-saving low end (newer low-energy homes go down
 * to ≈ 30 W/m²) to a little above the high end of old stock; `other` spans hotels to sports
 * halls. Outside it the number is allowed but is likely a typo or another unit (W/m² vs
 * kW/m², a load in MW typed as an index).
 */
export const USUAL_HEAT_INDEX_W_PER_M2: Readonly<Record<Zone['buildings'][number]['type'], readonly [number, number]>> =
  {
    residential: [30, 70],
    'school-office': [40, 90],
    hospital: [45, 90],
    shop: [45, 90],
    other: [30, 170],
  };

/** Heat a zone's network must be fed at the design temperature, MW. */
export function zoneDesignLoadMW(s: Scenario, z: Zone): number {
  const tIn = z.indoorSetpointC ?? s.heating.indoorSetpointC;
  const t = s.weather.designOutdoorTempC;
  return loadAtMW(designLoadMW(z.buildings), tIn, t, t, s.heating.heatIndexIndoorC) / (1 - z.networkLossFraction);
}

const mw = (x: number) => `${Number(x.toFixed(x < 100 ? 1 : 0))} MW`;

function oversizedSources(s: Scenario, loads: ReadonlyMap<string, number>): Problem[] {
  const out: Problem[] = [];
  s.sources.forEach((src, i) => {
    const load = loads.get(src.zone);
    if (load !== undefined && src.capacityMW > OVERSIZED_SOURCE_RATIO * load)
      out.push({
        path: `sources[${i}].capacityMW`,
        ...message('problems.plausibility.oversized', {
          id: src.id,
          capacity: mw(src.capacityMW),
          ratio: (src.capacityMW / load).toFixed(1),
          load: mw(load),
          zone: src.zone,
        }),
      });
  });
  return out;
}

function shortCapacity(s: Scenario, loads: ReadonlyMap<string, number>): Problem[] {
  const out: Problem[] = [];
  const own = new Map<string, number>();
  for (const src of s.sources) own.set(src.zone, (own.get(src.zone) ?? 0) + src.capacityMW);
  const total = [...own.values()].reduce((a, b) => a + b, 0);
  const totalLoad = [...loads.values()].reduce((a, b) => a + b, 0);
  if (total < totalLoad)
    out.push({
      path: 'sources',
      ...message('problems.plausibility.shortTotal', { total: mw(total), load: mw(totalLoad) }),
    });
  s.zones.forEach((z, i) => {
    const load = loads.get(z.id)!;
    const inflow = s.links
      .filter((l) => l.from === z.id || l.to === z.id)
      .reduce((sum, l) => sum + l.capacityMW * (1 - l.lossFraction), 0);
    const have = (own.get(z.id) ?? 0) + inflow;
    if (have < load)
      out.push({
        path: `zones[${i}]`,
        ...message('problems.plausibility.shortZone', {
          id: z.id,
          have: mw(have),
          own: mw(own.get(z.id) ?? 0),
          links: mw(inflow),
          load: mw(load),
        }),
      });
  });
  return out;
}

function unusualHeatIndex(s: Scenario): Problem[] {
  const out: Problem[] = [];
  s.zones.forEach((z, i) =>
    z.buildings.forEach((b, k) => {
      const [lo, hi] = USUAL_HEAT_INDEX_W_PER_M2[b.type];
      if (b.heatIndexWPerM2 < lo || b.heatIndexWPerM2 > hi)
        out.push({
          path: `zones[${i}].buildings[${k}].heatIndexWPerM2`,
          ...message('problems.plausibility.heatIndex', {
            type: b.type,
            value: String(b.heatIndexWPerM2),
            lo: String(lo),
            hi: String(hi),
          }),
        });
    }),
  );
  return out;
}

/**
 * A gas storage with an hourly rate while no supply point has one, with blocks: the points then
 * deliver their day flat over its hours (docs/design.md#intra-day-blocks), so only the storage
 * follows demand within the day, and a warm block's flat gas may be burnt for nothing.
 */
function flatPipelinesBesideStorageRate(s: Scenario): Problem[] {
  const st = s.gas.storage;
  if (s.dispatch.blocksPerDay === 1 || !st) return [];
  if (st.maxWithdrawalM3PerHour === undefined && st.maxInjectionM3PerHour === undefined) return [];
  if (s.gas.supplyPoints.length === 0 || s.gas.supplyPoints.some((p) => p.maxM3PerHour !== undefined)) return [];
  const field = st.maxWithdrawalM3PerHour !== undefined ? 'maxWithdrawalM3PerHour' : 'maxInjectionM3PerHour';
  return [{ path: `gas.storage.${field}`, ...message('problems.plausibility.flatPipelines', { field }) }];
}

/** Every plausibility warning of a validated scenario, by JSON path. */
export function checkPlausibility(s: Scenario): Problem[] {
  const loads = new Map(s.zones.map((z) => [z.id, zoneDesignLoadMW(s, z)]));
  return [
    ...oversizedSources(s, loads),
    ...shortCapacity(s, loads),
    ...unusualHeatIndex(s),
    ...flatPipelinesBesideStorageRate(s),
  ];
}
