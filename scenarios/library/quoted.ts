/**
 * Figures the scenarios' `meta.assumptions` quote from the engine's own results, each with the
 * way to compute it again from a run. A text that quotes an engine result goes stale silently
 * when the engine, the scenario or its weather changes; test/library/quoted.test.ts checks every
 * entry here against a fresh run, within the rounding of the number as written.
 *
 * An entry names the scenario, says what the figure is (with its unit), gives a regular
 * expression whose first capture group is the number as quoted (it must match exactly one
 * assumption, exactly once) and a function that computes the same figure from the engine. The
 * allowed difference is half a unit in the last digit quoted (10.8 → ±0.05), unless the entry
 * states a coarser rounding (64,700 homes, rounded to hundreds → ±50).
 *
 * Inputs restated in the text (areas, prices, capacities) are not listed: they are the
 * scenario's own numbers, not results.
 */
import type { RunResult, Scenario } from '../../engine/index.ts';
import type { ScatteredCoalRange } from './jincheng.ts';
import { JINCHENG, ORDOS, YUTAI, type LibraryId } from './plans.ts';
import { designDayRun, ordosHostedHomes, scatteredCoalStudy, setpointStudy } from './studies.ts';
import { dailyModelValleyDrawMW } from './ordos.ts';
import { withSetpoint } from './yutai.ts';
import type { QuotedContext, QuotedFigure } from './quoted-check.ts';

export {
  checkQuoted,
  findQuoted,
  parseQuoted,
  quotedContext,
  type QuotedCheck,
  type QuotedContext,
  type QuotedFigure,
} from './quoted-check.ts';

/* ----------------------------------------------------------------- helpers */

const zoneOf = (s: Scenario, id: string) => {
  const z = s.zones.find((x) => x.id === id);
  if (!z) throw new Error(`quoted: no zone ${id}`);
  return z;
};
const minOutdoorC = async (c: QuotedContext) => Math.min(...(await c.season()).days.map((d) => d.outdoorTempC));
/** Heat the zone must be fed on the design day, MW (network loss included), from the engine's design-day run. */
const designSuppliedMW = async (c: QuotedContext, zone: string) =>
  (await c.designDay()).days[0].zones[zone].demandMWh / 24;
/** The same without the network loss: the buildings' design load, MW. */
const designLoadMW = async (c: QuotedContext, zone: string) =>
  (await designSuppliedMW(c, zone)) * (1 - zoneOf(c.scenario, zone).networkLossFraction);
/** Own capacity of a zone's sources minus its design-day supplied heat, MW. */
const spareMW = async (c: QuotedContext, zone: string) =>
  c.scenario.sources.filter((x) => x.zone === zone).reduce((a, x) => a + x.capacityMW, 0) -
  (await designSuppliedMW(c, zone));
const zhangjiakouZones = ['main_network', 'district_70', 'district_63'];

const jinchengCoal = (c: QuotedContext) =>
  c.memo<ScatteredCoalRange>('jincheng-coal', () =>
    scatteredCoalStudy(c.scenario, {
      stoveSource: JINCHENG.stoveSource,
      referenceHomes: JINCHENG.referenceHomes,
      homes: JINCHENG.convertedHomes,
      planT: JINCHENG.coalCutT,
      stoveEfficiencyRange: JINCHENG.stoveEfficiencyRange,
      heatIndexRangeWPerM2: JINCHENG.heatIndexRangeWPerM2,
    }),
  );

/** Design-day electricity of one Ordos electric-heated home, MW (daily average). */
const ordosHomeMW = async (c: QuotedContext) =>
  ((await c.designDay()).days[0].sources[ORDOS.electricHome.source].electricityMWh ?? 0) /
  24 /
  ORDOS.electricHome.homes;

/** The Ordos heaters' valley-hour draw on each day of the whole-day run, MW (docs/design.md#the-ordos-plan-hour-by-hour). */
const ordosValleyDrawsMW = async (c: QuotedContext) => {
  const heaters = c.scenario.sources.find((x) => x.id === ORDOS.electricHome.source);
  if (heaters?.kind !== 'electric-boiler') throw new Error('quoted: the Ordos heaters are not electric boilers');
  const valleyHours = c.scenario.electricity.tariff.find((b) => b.block === 'valley')?.hours ?? 0;
  return (await c.season()).days.map((d) =>
    dailyModelValleyDrawMW(d.sources[heaters.id].heatMWh, {
      storageMWh: heaters.storageMWh,
      capacityMW: heaters.capacityMW,
      efficiencyFraction: heaters.efficiencyFraction,
      valleyHours,
    }),
  );
};

/** Homes the Ordos headroom hosts on the design days at 24 blocks (the library's bisection). */
const ordosHourlyHosted = (
  c: QuotedContext,
  o: { storageKWhPerHome: number; valleyOnly?: boolean; heaterKWPerHome?: number },
) =>
  c.memo(`ordos-hourly-${JSON.stringify(o)}`, () =>
    ordosHostedHomes(c.scenario, ORDOS.electricHome.zone, ORDOS.electricHome.source, {
      areaM2: ORDOS.electricHome.areaM2,
      blocksPerDay: 24,
      maxHomes: ORDOS.homesRange[1],
      ...o,
    }),
  );

/** A yard's opening stock in days of its design-day burn (the engine's floor over the reserve days). */
const openingDaysOfDesignBurn = async (c: QuotedContext, yard: string) => {
  const y = c.scenario.yards.find((x) => x.id === yard);
  if (!y) throw new Error(`quoted: no yard ${yard}`);
  const designBurnT = (await c.season()).summary.yards[yard].maxDailyBurnByBasisT['design-day'];
  return y.openingStockT / designBurnT;
};

/** A yard's opening stock in days of the maximum daily burn its floor is set on (the yard's basis). */
const openingDaysOfMaxBurn = async (c: QuotedContext, yard: string) => {
  const y = c.scenario.yards.find((x) => x.id === yard);
  if (!y) throw new Error(`quoted: no yard ${yard}`);
  return y.openingStockT / (await c.season()).summary.yards[yard].maxDailyBurnT;
};

/* ----------------------------------------------------------------- the registry */

export const QUOTED_FIGURES: readonly QuotedFigure[] = [
  // Yutai: what the plan's 20 °C does to the heat
  {
    scenario: 'yutai_2021',
    figure: 'design-day heat at 20 °C over 18 °C, %',
    pattern: /the design day's by \(20 \+ 5\.3\)\/\(18 \+ 5\.3\), i\.e\. \+([\d.]+) %/,
    compute: async (c) => {
      const day = async (tC: number) => c.memo(`design-day-${tC}`, () => designDayRun(withSetpoint(c.scenario, tC)));
      const heat = (r: RunResult) => Object.values(r.days[0].zones).reduce((a, z) => a + z.demandMWh, 0);
      return (heat(await day(YUTAI.planSetpointC)) / heat(await day(YUTAI.nationalFloorSetpointC)) - 1) * 100;
    },
  },
  {
    scenario: 'yutai_2021',
    figure: 'season heat demand at 20 °C over 18 °C, %',
    pattern: /raises the season's heat demand by \+([\d.]+) % over 18 °C/,
    compute: async (c) =>
      (await c.memo('setpoints', () => setpointStudy(c.scenario, YUTAI.nationalFloorSetpointC, YUTAI.planSetpointC)))
        .comparison.heatIncreasePercent,
  },

  // Jincheng: the scattered-coal home and its range against the plan
  {
    scenario: 'jincheng_2017',
    figure: 'design load of the reference home, kW',
    pattern: /80 m² at 64 W\/m² = ([\d.]+) kW at the design temperature/,
    compute: async (c) => ((await designLoadMW(c, JINCHENG.referenceZone)) * 1000) / JINCHENG.referenceHomes,
  },
  {
    scenario: 'jincheng_2017',
    figure: 'heating coal per home at the low end, t a season',
    pattern: /gives ([\d.]+)-[\d.]+ t of heating coal per home a season/,
    compute: async (c) => (await jinchengCoal(c)).low.perHomeT,
  },
  {
    scenario: 'jincheng_2017',
    figure: 'heating coal per home at the high end, t a season',
    pattern: /gives [\d.]+-([\d.]+) t of heating coal per home a season/,
    compute: async (c) => (await jinchengCoal(c)).high.perHomeT,
  },
  {
    scenario: 'jincheng_2017',
    figure: 'heating coal of the 100 000 homes at the low end, kt',
    pattern: /([\d.]+)-[\d.]+ kt for the 100 000 homes/,
    compute: async (c) => (await jinchengCoal(c)).low.totalT / 1000,
  },
  {
    scenario: 'jincheng_2017',
    figure: 'heating coal of the 100 000 homes at the high end, kt',
    pattern: /[\d.]+-([\d.]+) kt for the 100 000 homes/,
    compute: async (c) => (await jinchengCoal(c)).high.totalT / 1000,
  },
  {
    scenario: 'jincheng_2017',
    figure: 'heating coal per home as written, t a season',
    pattern: /\(([\d.]+) t per home, [\d.]+ kt, as written/,
    compute: async (c) => (await jinchengCoal(c)).asWritten.perHomeT,
  },
  {
    scenario: 'jincheng_2017',
    figure: 'heating coal of the 100 000 homes as written, kt',
    pattern: /t per home, ([\d.]+) kt, as written/,
    compute: async (c) => (await jinchengCoal(c)).asWritten.totalT / 1000,
  },
  {
    scenario: 'jincheng_2017',
    figure: "the plan's 420 kt in the heating-only range, % of its width above the low end",
    pattern: /inside this heating-only range, ([\d.]+) % of its width above the low end/,
    compute: async (c) => {
      const r = await jinchengCoal(c);
      if (r.plan.where !== 'inside')
        throw new Error(`the plan's figure is ${r.plan.where} the range, the text says inside`);
      return r.plan.fraction * 100;
    },
  },
  {
    scenario: 'jincheng_2017',
    figure: "cooking coal the plan's figure leaves room for, kg per home a year",
    pattern: /leaving room for only ([\d.]+) kg of cooking coal per home a year/,
    compute: async (c) => (await jinchengCoal(c)).cookingRoomTPerHome * 1000,
  },
  {
    scenario: 'jincheng_2017',
    figure: "the reference home's season coal at the high end, against its 6 t pile, t",
    pattern: /The 6 t pile lasts the season even at the high end \(([\d.]+) t\)/,
    compute: async (c) => {
      const r = await jinchengCoal(c);
      if (r.high.unservedMWh > 1e-3) throw new Error('the pile or the stove ran short at the high end');
      return r.high.perHomeT * JINCHENG.referenceHomes;
    },
  },

  // Ordos: the electric-heated home and the 460 MW of grid room
  {
    scenario: 'ordos',
    figure: 'design-day electricity of one electric-heated home, kW',
    pattern: /efficiency 0\.99: ([\d.]+) kW of electricity on the design day/,
    compute: async (c) => (await ordosHomeMW(c)) * 1000,
  },
  {
    scenario: 'ordos',
    figure: 'homes the 460 MW of grid room hosts, homes (rounded to hundreds)',
    pattern: /so 460 MW hosts ([\d,]+) homes/,
    rounding: 50,
    compute: async (c) => Math.floor(ORDOS.headroomMW / (await ordosHomeMW(c))),
  },
  {
    scenario: 'ordos',
    figure: "the heaters' valley-hour draw in the whole-day model, MW (largest day)",
    pattern: /buy their day in the valley at up to ([\d.]+) MW/,
    compute: async (c) => Math.max(...(await ordosValleyDrawsMW(c))),
  },
  {
    scenario: 'ordos',
    figure: 'days the whole-day valley draw passes the 460 MW, days',
    pattern: /above 460 MW on (\d+) of 183 days/,
    compute: async (c) => (await ordosValleyDrawsMW(c)).filter((mw) => mw > ORDOS.headroomMW + 1e-6).length,
  },
  {
    scenario: 'ordos',
    figure: 'homes 460 MW hosts in every hour with the 40 kWh store, homes (bisection to 100)',
    pattern: /hosts (\d[\d ]*) homes on the design day with the 40 kWh store/,
    rounding: 100,
    compute: (c) => ordosHourlyHosted(c, { storageKWhPerHome: 40 }),
  },
  {
    scenario: 'ordos',
    figure: 'homes 460 MW hosts in every hour without a store, homes (bisection to 100)',
    pattern: /(\d[\d ]*) without a store/,
    rounding: 100,
    compute: (c) => ordosHourlyHosted(c, { storageKWhPerHome: 0 }),
  },
  {
    scenario: 'ordos',
    figure: 'homes 460 MW hosts with the heaters drawing only in the valley, homes (bisection to 100)',
    pattern: /a third \((\d[\d ]*)\) were the heaters to charge only/,
    rounding: 100,
    compute: (c) => ordosHourlyHosted(c, { storageKWhPerHome: 120, valleyOnly: true, heaterKWPerHome: 25 }),
  },
  {
    scenario: 'ordos',
    figure: 'coldest day of the shifted series, °C',
    pattern: /the shifted series reaches (-?[\d.]+) °C/,
    compute: minOutdoorC,
  },
  {
    scenario: 'ordos',
    figure: "the 55,000 homes' electricity on the coldest day, MW (daily average)",
    pattern: /when 55,000 homes draw ([\d.]+) MW/,
    compute: async (c) => {
      const s = c.scenario,
        days = (await c.season()).days;
      const cold = days.reduce((a, d) => (d.outdoorTempC < a.outdoorTempC ? d : a));
      const heaters = s.sources.find((x) => x.id === ORDOS.electricHome.source)!;
      if (heaters.kind !== 'electric-boiler') throw new Error('unexpected heater kind');
      return cold.zones[ORDOS.electricHome.zone].demandMWh / 24 / heaters.efficiencyFraction;
    },
  },

  // Zhangjiakou: design loads and the spare capacity the areas were sized for
  {
    scenario: 'zhangjiakou',
    figure: 'main network design load, MW',
    pattern: /\((\d+) MW at design, \d+ MW with its 6 % loss\)/,
    compute: (c) => designLoadMW(c, 'main_network'),
  },
  {
    scenario: 'zhangjiakou',
    figure: 'main network design load with its loss, MW',
    pattern: /MW at design, (\d+) MW with its 6 % loss/,
    compute: (c) => designSuppliedMW(c, 'main_network'),
  },
  {
    scenario: 'zhangjiakou',
    figure: 'district_70 design load, MW',
    pattern: /district_70 [\d.]+ Mm² \+ [\d.]+ Mm² \(([\d.]+) MW,/,
    compute: (c) => designLoadMW(c, 'district_70'),
  },
  {
    scenario: 'zhangjiakou',
    figure: 'district_70 design load with its loss, MW',
    pattern: /\([\d.]+ MW, (\d+) MW with 5 % loss\)/,
    compute: (c) => designSuppliedMW(c, 'district_70'),
  },
  {
    scenario: 'zhangjiakou',
    figure: 'district_63 design load, MW',
    pattern: /district_63 [\d.]+ Mm² \+ [\d.]+ Mm² \(([\d.]+) MW,/,
    compute: (c) => designLoadMW(c, 'district_63'),
  },
  {
    scenario: 'zhangjiakou',
    figure: 'district_63 design load with its loss, MW',
    pattern: /district_63 [\d.]+ Mm² \+ [\d.]+ Mm² \([\d.]+ MW, (\d+) MW\)/,
    compute: (c) => designSuppliedMW(c, 'district_63'),
  },
  {
    scenario: 'zhangjiakou',
    figure: 'least spare own capacity of a zone on the design day, MW',
    pattern: /on the design day with (\d+)-\d+ MW to spare/,
    compute: async (c) => Math.min(...(await Promise.all(zhangjiakouZones.map((z) => spareMW(c, z))))),
  },
  {
    scenario: 'zhangjiakou',
    figure: 'most spare own capacity of a zone on the design day, MW',
    pattern: /on the design day with \d+-(\d+) MW to spare/,
    compute: async (c) => Math.max(...(await Promise.all(zhangjiakouZones.map((z) => spareMW(c, z))))),
  },
  {
    scenario: 'zhangjiakou',
    figure: 'coldest day of the shifted series, °C',
    pattern: /the coldest day of the shifted series \((-?[\d.]+) °C\)/,
    compute: minOutdoorC,
  },

  // Zhucheng: opening stocks in days of design-day burn
  {
    scenario: 'zhucheng',
    figure: "CHP yard's opening stock, days of its design-day burn",
    pattern: /opening stock 130 000 t \(([\d.]+) days of its design-day burn/,
    compute: (c) => openingDaysOfDesignBurn(c, 'chp_yard'),
  },
  {
    scenario: 'zhucheng',
    figure: "boiler yard's opening stock, days of its design-day burn",
    pattern: /opening stock 28 000 t \(([\d.]+) days of its design-day burn/,
    compute: (c) => openingDaysOfDesignBurn(c, 'boiler_yard'),
  },
  {
    scenario: 'zhucheng',
    figure: "boiler yard's opening stock, days of its maximum daily burn",
    pattern: /opening stock 28 000 t \([\d.]+ days of its design-day burn, ([\d.]+) days of its maximum daily burn/,
    compute: (c) => openingDaysOfMaxBurn(c, 'boiler_yard'),
  },
];

/** The scenarios the registry covers. */
export const QUOTED_SCENARIOS: readonly LibraryId[] = [...new Set(QUOTED_FIGURES.map((f) => f.scenario))];
