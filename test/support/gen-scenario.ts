/**
 * fast-check arbitrary for small but complete scenarios: 1–3 zones in a chain of links,
 * sources of every kind, 0–2 yards with deliveries and disruptions, gas supply points,
 * storage, a random subset of consumer categories, a random policy order and curtailment
 * mode, 2–6 days of inline weather. Sized so that 200 cases run in seconds.
 */
import fc from 'fast-check';
import { DEFAULT_PROTECT_ORDER, GAS_CATEGORIES, type ScenarioInput } from '../../engine/index.ts';

const START = '2013-01-01';
const date = (k: number) => new Date(Date.parse(`${START}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);
const kinds = ['coal-chp', 'coal-boiler', 'gas-boiler', 'electric-boiler', 'heat-pump', 'waste-heat'] as const;

export const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    days: fc.integer({ min: 2, max: 6 }),
    zones: fc.integer({ min: 1, max: 3 }),
    yards: fc.integer({ min: 0, max: 2 }),
    temps: fc.array(fc.integer({ min: -25, max: 10 }), { minLength: 6, maxLength: 6 }),
    areas: fc.array(
      fc.record({ res: fc.integer({ min: 0, max: 3_000_000 }), other: fc.integer({ min: 1, max: 1_000_000 }) }),
      { minLength: 3, maxLength: 3 },
    ),
    sources: fc.array(
      fc.record({
        kind: fc.constantFrom(...kinds),
        zone: fc.nat(2),
        yard: fc.nat(1),
        cap: fc.integer({ min: 0, max: 200 }),
        minShare: fc.constantFrom(0, 0, 0.3),
        out: fc.boolean(),
        storage: fc.constantFrom(0, 0, 300),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    linkCap: fc.integer({ min: 0, max: 80 }),
    stocks: fc.array(
      fc.record({
        open: fc.integer({ min: 0, max: 40_000 }),
        delivery: fc.integer({ min: 0, max: 3_000 }),
        cut: fc.boolean(),
      }),
      { minLength: 2, maxLength: 2 },
    ),
    points: fc.array(fc.record({ cap: fc.integer({ min: 0, max: 3_000_000 }), disrupted: fc.boolean() }), {
      minLength: 0,
      maxLength: 2,
    }),
    storage: fc.option(
      fc.record({ inv: fc.integer({ min: 0, max: 5_000_000 }), rate: fc.integer({ min: 0, max: 800_000 }) }),
      { nil: undefined },
    ),
    categories: fc.subarray([...GAS_CATEGORIES], { minLength: 0 }),
    catBase: fc.integer({ min: 0, max: 600_000 }),
    order: fc.shuffledSubarray(DEFAULT_PROTECT_ORDER, {
      minLength: DEFAULT_PROTECT_ORDER.length,
      maxLength: DEFAULT_PROTECT_ORDER.length,
    }),
    proRata: fc.boolean(),
    headroom: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  })
  .map((g): ScenarioInput => {
    const zoneIds = Array.from({ length: g.zones }, (_, i) => `z${i}`);
    const yardIds = Array.from({ length: g.yards }, (_, i) => `y${i}`);
    const end = date(g.days - 1);
    const sources = g.sources
      .map((s, i) => ({ ...s, id: `s${i}`, zone: zoneIds[s.zone % g.zones] }))
      .filter((s) => g.yards > 0 || !s.kind.startsWith('coal'))
      .map((s) => {
        const common = {
          id: s.id,
          zone: s.zone,
          capacityMW: s.cap,
          minOutputMW: s.cap * s.minShare,
          outages: s.out ? [{ start: date(1), end: date(1), availableFraction: 0.5 }] : [],
        };
        switch (s.kind) {
          case 'coal-chp':
            return { ...common, kind: s.kind, yard: yardIds[s.yard % g.yards] };
          case 'coal-boiler':
            return { ...common, kind: s.kind, yard: yardIds[s.yard % g.yards] };
          case 'electric-boiler':
            return { ...common, kind: s.kind, storageMWh: s.storage };
          case 'heat-pump':
            return { ...common, kind: s.kind };
          case 'gas-boiler':
            return { ...common, kind: s.kind };
          case 'waste-heat':
            return { ...common, kind: s.kind };
        }
      });
    return {
      id: 'generated',
      horizon: { start: START, end },
      weather: {
        kind: 'inline',
        designOutdoorTempC: -10,
        days: Array.from({ length: g.days }, (_, k) => ({
          date: date(k),
          tMeanC: g.temps[k],
          tMinC: g.temps[k] - 4,
          tMaxC: g.temps[k] + 4,
        })),
      },
      zones: zoneIds.map((id, i) => ({
        id,
        buildings: [
          { type: 'residential', areaM2: g.areas[i].res, heatIndexWPerM2: 45 },
          { type: 'shop', areaM2: g.areas[i].other, heatIndexWPerM2: 60 },
        ],
      })),
      links: zoneIds.slice(1).map((id, i) => ({ id: `l${i}`, from: zoneIds[i], to: id, capacityMW: g.linkCap })),
      sources: sources.length > 0 ? sources : [{ id: 'gb', kind: 'gas-boiler', zone: 'z0', capacityMW: 10 }],
      yards: yardIds.map((id, i) => ({
        id,
        openingStockT: g.stocks[i].open,
        deliveries: {
          baseTPerDay: g.stocks[i].delivery,
          disruptions: g.stocks[i].cut ? [{ start: date(0), end: date(0), cutFraction: 1 }] : [],
        },
      })),
      gas: {
        supplyPoints: g.points.map((p, i) => ({
          id: `p${i}`,
          capacityM3PerDay: p.cap,
          contractM3PerDay: p.cap / 2,
          disruptions: p.disrupted ? [{ start: date(1), end: end, cutFraction: 0.5 }] : [],
        })),
        storage: g.storage && {
          openingInventoryM3: g.storage.inv,
          maxInventoryM3: g.storage.inv * 2,
          maxWithdrawalM3PerDay: g.storage.rate,
          maxInjectionM3PerDay: g.storage.rate / 2,
        },
        categories: g.categories.map((category, i) => ({
          category,
          baseM3PerDay: g.catBase / (i + 1),
          perDegreeDayM3: 2000 * i,
        })),
      },
      electricity: { gridHeadroomMW: g.headroom },
      policy: { protectOrder: g.order, gasCurtailment: g.proRata ? 'pro-rata' : 'priority' },
      dispatch: { mode: 'daily' },
    };
  });
