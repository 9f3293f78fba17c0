/**
 * Normalisation: a validated scenario and its weather become a `Plan` — every scalar turned
 * into a per-day series once (capacity after outages, demand, COP, delivery schedule, gas
 * demand), every unit converted once. The model builders read only the Plan.
 */
import type { GasCategory, PolicyItem, Scenario, Source } from './schema.ts';
import { designLoadMW, loadAtMW, suppliedDailyMWh } from '../formulas/demand.ts';
import { coalTPerMWh, gasM3PerMWh, heatPumpCop } from '../formulas/fuel.ts';
import { gasCategoryDemandM3 } from '../formulas/gas.ts';
import { DEFAULT_COAL_LHV_GJ_PER_T, GJ_PER_T_PER_KCAL_PER_KG, HOURS_PER_DAY } from '../units.ts';
import type { HorizonWeather } from './weather-input.ts';
import { planBlocks, planSourceBlocks, type PlanBlocks, type PlanSourceBlocks } from './plan-blocks.ts';

export interface PlanZone {
  readonly id: string;
  readonly designLoadMW: number;
  readonly indoorC: number;
  readonly referenceIndoorC: number;
  readonly designOutdoorC: number;
  readonly networkLossFraction: number;
  readonly residentialShare: number;
  /** Heat to feed into the zone's network, per day, MWh. */
  readonly demandMWh: readonly number[];
}

export interface PlanSource {
  readonly id: string;
  readonly kind: Source['kind'];
  readonly zone: number;
  readonly yard: number | null;
  /** Most heat per day after outages, MWh. */
  readonly maxMWh: readonly number[];
  /** Must-run heat per day after outages, MWh. */
  readonly minMWh: readonly number[];
  readonly coalTPerMWh: number;
  readonly gasM3PerMWh: number;
  /** Electricity per MWh of heat, per day (1/η, or 1/COP(t)). */
  readonly electricityMWhPerMWh: readonly number[];
  /**
   * Cost per MWh of heat other than fuel bought through a yard or a gas point, ¥/MWh, per day
   * (a back-pressure CHP's less its power at the flat price, unless blocks sell power per block).
   */
  readonly heatCostYuanPerMWh: readonly number[];
  /** Electricity co-produced per MWh of heat (CHP), MWh. */
  readonly powerMWhPerMWh: number;
  /** Valley-shift limits of an electric boiler with storage, or null. */
  readonly valley: null | {
    readonly maxShiftMWh: number;
    readonly valleyHoursFraction: number;
    readonly savingYuanPerMWh: number;
  };
  /** The P–Q region of an extraction CHP, or null (every other source, and back-pressure CHP). */
  readonly extraction: PlanExtraction | null;
  /** Per-block electricity and heat store of an electric source when the day has blocks, else null. */
  readonly blocks: PlanSourceBlocks | null;
}

/**
 * An extraction-condensing CHP's P–Q region per day, in MW (docs/design.md#extraction-chp):
 *   P + Cv·Q ≤ a·P_max,  P + Cv·Q ≥ a·P_min,  P ≥ Cb·Q,  P ≥ mustRun,  0 ≤ Q ≤ a·Q_max
 * (a = the day's available share); coal = (P + Cv·Q) × coalTPerPowerMWh.
 */
export interface PlanExtraction {
  readonly maxPowerMW: readonly number[];
  readonly minPowerMW: readonly number[];
  readonly mustRunPowerMW: readonly number[];
  /** Power lost per MWh of heat extracted, MWh/MWh. */
  readonly cv: number;
  /** The back-pressure line: least power per MWh of heat, MWh/MWh. */
  readonly cb: number;
  /** Coal per MWh of condensing-equivalent power P + Cv·Q, t/MWh: 3.6 / (η_electric × LHV). */
  readonly coalTPerPowerMWh: number;
  readonly powerPriceYuanPerMWh: number;
}

export interface PlanYard {
  readonly id: string;
  readonly openingStockT: number;
  readonly maxStockT: number;
  readonly lhvGJPerT: number;
  readonly priceYuanPerT: number;
  readonly scheduledT: readonly number[];
  readonly reserveDays: number;
  /** `season-forecast` (the older name) arrives here as `season-max`. */
  readonly basis: ReserveBasis;
}

/** What counts as a yard's maximum daily burn (engine/run/reserve-floors.ts). */
export type ReserveBasis = 'max-of-design-and-season' | 'design-day' | 'season-max' | 'capacity';

export interface PlanGasPoint {
  readonly id: string;
  readonly capacityM3: readonly number[];
  readonly contractM3: readonly number[];
  /** The hourly cap after disruptions, m³/h; null without `maxM3PerHour` (a daily limit only). */
  readonly maxM3PerHour: readonly number[] | null;
  readonly priceYuanPerM3: number;
  readonly overPriceYuanPerM3: number;
}

/**
 * The gas storage, its daily rates held to 24 of its hourly ones (`maxWithdrawalM3PerHour`,
 * `maxInjectionM3PerHour`), which stay here for the per-block rows (null: a daily limit only).
 */
export type PlanStorage = NonNullable<Scenario['gas']['storage']> & {
  readonly withdrawalM3PerHour: number | null;
  readonly injectionM3PerHour: number | null;
};

export interface Plan {
  readonly scenario: Scenario;
  readonly dates: readonly string[];
  readonly weather: HorizonWeather;
  readonly zones: readonly PlanZone[];
  readonly links: Scenario['links'];
  readonly sources: readonly PlanSource[];
  readonly yards: readonly PlanYard[];
  readonly gasPoints: readonly PlanGasPoint[];
  readonly storage: PlanStorage | undefined;
  readonly categories: ReadonlyArray<{ readonly category: GasCategory; readonly demandM3: readonly number[] }>;
  readonly gridHeadroomMWhPerDay: number | null;
  /** The day's intra-day blocks, or null for the whole-day model (`blocksPerDay` 1). */
  readonly blocks: PlanBlocks | null;
  readonly protectOrder: readonly PolicyItem[];
  readonly gasCurtailment: 'priority' | 'pro-rata';
}

/** Per-day multiplier from windows like outages and disruptions (last window wins). */
function windowSeries(
  dates: readonly string[],
  windows: ReadonlyArray<{ start: string; end: string }>,
  value: (w: never) => number,
  base = 1,
): number[] {
  return dates.map((d) => {
    let v = base;
    for (const w of windows) if (d >= w.start && d <= w.end) v = value(w as never);
    return v;
  });
}

function tariffPrices(s: Scenario) {
  const blocks = s.electricity.tariff;
  const cost = (bs: typeof blocks) => bs.reduce((sum, b) => sum + b.hours * b.priceYuanPerMWh, 0);
  const hours = (bs: typeof blocks) => bs.reduce((sum, b) => sum + b.hours, 0);
  const isValley = (b: (typeof blocks)[number]) => b.block === 'valley' || b.block === 'deep-valley';
  const valley = blocks.filter(isValley);
  const rest = blocks.filter((b) => !isValley(b));
  const valleyHours = hours(valley);
  return {
    averageYuanPerMWh: cost(blocks) / HOURS_PER_DAY,
    valleyYuanPerMWh: valleyHours > 0 ? cost(valley) / valleyHours : 0,
    nonValleyYuanPerMWh: hours(rest) > 0 ? cost(rest) / hours(rest) : 0,
    valleyHours,
  };
}

function yardLhv(y: Scenario['yards'][number]): number {
  if (y.heatingValueGJPerT !== undefined) return y.heatingValueGJPerT;
  if (y.heatingValueKcalPerKg !== undefined) return y.heatingValueKcalPerKg * GJ_PER_T_PER_KCAL_PER_KG;
  return DEFAULT_COAL_LHV_GJ_PER_T;
}

function planZones(s: Scenario, weather: HorizonWeather): PlanZone[] {
  const tDesign = s.weather.designOutdoorTempC;
  return s.zones.map((z) => {
    const design = designLoadMW(z.buildings);
    const residential = designLoadMW(z.buildings.filter((b) => b.type === 'residential'));
    const tIn = z.indoorSetpointC ?? s.heating.indoorSetpointC;
    return {
      id: z.id,
      designLoadMW: design,
      indoorC: tIn,
      referenceIndoorC: s.heating.heatIndexIndoorC,
      designOutdoorC: tDesign,
      networkLossFraction: z.networkLossFraction,
      residentialShare: design > 0 ? residential / design : 0,
      demandMWh: weather.days.map((d) =>
        suppliedDailyMWh(loadAtMW(design, tIn, d.tMeanC, tDesign, s.heating.heatIndexIndoorC), z.networkLossFraction),
      ),
    };
  });
}

function planSource(s: Scenario, src: Source, weather: HorizonWeather, blocks: PlanBlocks | null): PlanSource {
  const perBlock = planSourceBlocks(src, blocks);
  const daily = planDailySource(s, src, weather);
  const om = weather.dates.map(() => src.omCostYuanPerMWh);
  // with blocks and a sell tariff, a back-pressure CHP's power earns each block's price (objective.ts)
  if (blocks?.sellPriceYuanPerMWh && daily.powerMWhPerMWh > 0 && daily.extraction === null)
    return { ...daily, heatCostYuanPerMWh: om, blocks: null };
  // with blocks, electricity is priced per block (objective.ts) and storage is modelled per block
  if (perBlock === null) return { ...daily, blocks: null };
  return { ...daily, valley: null, heatCostYuanPerMWh: om, blocks: perBlock };
}

function planDailySource(s: Scenario, src: Source, weather: HorizonWeather): Omit<PlanSource, 'blocks'> {
  const dates = weather.dates;
  const available = windowSeries(dates, src.outages, (w: { availableFraction: number }) => w.availableFraction);
  const maxMWh = available.map((a) => a * src.capacityMW * HOURS_PER_DAY);
  const minMWh = maxMWh.map((max) => Math.min(src.minOutputMW * HOURS_PER_DAY, max));
  const zone = s.zones.findIndex((z) => z.id === src.zone);
  const tariff = tariffPrices(s);
  const base = {
    id: src.id,
    kind: src.kind,
    zone,
    maxMWh,
    minMWh,
    yard: null,
    coalTPerMWh: 0,
    gasM3PerMWh: 0,
    powerMWhPerMWh: 0,
    valley: null,
    extraction: null,
  };
  const om = dates.map(() => src.omCostYuanPerMWh);
  const zeros = dates.map(() => 0);
  switch (src.kind) {
    case 'coal-chp': {
      const y = s.yards.findIndex((yy) => yy.id === src.yard);
      if (src.type === 'extraction') {
        const perPower = coalTPerMWh(src.electricEfficiencyFraction, yardLhv(s.yards[y]));
        const maxPower = src.maxPowerMW ?? 0;
        return {
          ...base,
          yard: y,
          // the heat's share of the burn, Cv × coal per MWh of power; the power's share is on the power column
          coalTPerMWh: src.powerLossPerHeatMWhPerMWh * perPower,
          electricityMWhPerMWh: zeros,
          heatCostYuanPerMWh: om,
          extraction: {
            maxPowerMW: available.map((a) => a * maxPower),
            minPowerMW: available.map((a) => a * src.minPowerMW),
            mustRunPowerMW: available.map((a) => Math.min(src.mustRunPowerMW, a * maxPower)),
            cv: src.powerLossPerHeatMWhPerMWh,
            cb: src.powerToHeatMWhPerMWh,
            coalTPerPowerMWh: perPower,
            powerPriceYuanPerMWh: src.powerPriceYuanPerMWh,
          },
        };
      }
      return {
        ...base,
        yard: y,
        coalTPerMWh: coalTPerMWh(src.heatEfficiencyFraction, yardLhv(s.yards[y])),
        electricityMWhPerMWh: zeros,
        powerMWhPerMWh: src.powerToHeatMWhPerMWh,
        heatCostYuanPerMWh: om.map((c) => c - src.powerToHeatMWhPerMWh * src.powerPriceYuanPerMWh),
      };
    }
    case 'coal-boiler': {
      const y = s.yards.findIndex((yy) => yy.id === src.yard);
      return {
        ...base,
        yard: y,
        coalTPerMWh: coalTPerMWh(src.efficiencyFraction, yardLhv(s.yards[y])),
        electricityMWhPerMWh: zeros,
        heatCostYuanPerMWh: om,
      };
    }
    case 'gas-boiler':
      return {
        ...base,
        gasM3PerMWh: gasM3PerMWh(src.efficiencyFraction, s.gas.heatingSourceHeatValueMJPerM3),
        electricityMWhPerMWh: zeros,
        heatCostYuanPerMWh: om,
      };
    case 'electric-boiler': {
      const e = 1 / src.efficiencyFraction;
      const valley =
        src.storageMWh > 0 && tariff.valleyHours > 0
          ? {
              maxShiftMWh: src.storageMWh,
              valleyHoursFraction: tariff.valleyHours / HOURS_PER_DAY,
              savingYuanPerMWh: (tariff.nonValleyYuanPerMWh - tariff.valleyYuanPerMWh) * e,
            }
          : null;
      return {
        ...base,
        valley,
        electricityMWhPerMWh: dates.map(() => e),
        heatCostYuanPerMWh: om.map((c) => c + tariff.averageYuanPerMWh * e),
      };
    }
    case 'heat-pump': {
      const perMWh = weather.days.map(
        (d) => 1 / heatPumpCop(src.copQualityFraction, src.sinkTempC, src.sourceTempC ?? d.tMeanC),
      );
      return {
        ...base,
        electricityMWhPerMWh: perMWh,
        heatCostYuanPerMWh: om.map((c, i) => c + tariff.averageYuanPerMWh * perMWh[i]),
      };
    }
    case 'waste-heat':
      return { ...base, electricityMWhPerMWh: zeros, heatCostYuanPerMWh: om.map((c) => c + src.heatPriceYuanPerMWh) };
  }
}

function planYards(s: Scenario, dates: readonly string[]): PlanYard[] {
  return s.yards.map((y) => {
    const scheduled = windowSeries(
      dates,
      y.deliveries.schedule,
      (w: { tPerDay: number }) => w.tPerDay,
      y.deliveries.baseTPerDay,
    );
    const kept = windowSeries(dates, y.deliveries.disruptions, (w: { cutFraction: number }) => 1 - w.cutFraction);
    return {
      id: y.id,
      openingStockT: y.openingStockT,
      maxStockT: y.maxStockT,
      lhvGJPerT: yardLhv(y),
      priceYuanPerT: y.coalPriceYuanPerT,
      scheduledT: scheduled.map((t, i) => t * kept[i]),
      reserveDays: y.reserve.days,
      basis: y.reserve.basis === 'season-forecast' ? 'season-max' : y.reserve.basis,
    };
  });
}

function planGasPoints(s: Scenario, dates: readonly string[]): PlanGasPoint[] {
  return s.gas.supplyPoints.map((p) => {
    const kept = windowSeries(dates, p.disruptions, (w: { cutFraction: number }) => 1 - w.cutFraction);
    const hourly = p.maxM3PerHour;
    const maxM3PerHour = hourly === undefined ? null : kept.map((k) => k * hourly);
    // an hourly cap also caps the day at 24 of its hours
    const capacityM3 = kept.map((k, d) =>
      Math.min(k * p.capacityM3PerDay, maxM3PerHour ? 24 * maxM3PerHour[d] : Infinity),
    );
    const contract = p.contractM3PerDay ?? p.capacityM3PerDay;
    return {
      id: p.id,
      capacityM3,
      maxM3PerHour,
      contractM3: capacityM3.map((c) => Math.min(c, contract)),
      priceYuanPerM3: p.priceYuanPerM3,
      overPriceYuanPerM3: p.overContractPriceYuanPerM3,
    };
  });
}

function planStorage(s: Scenario): PlanStorage | undefined {
  const st = s.gas.storage;
  if (!st) return undefined;
  const withdrawalM3PerHour = st.maxWithdrawalM3PerHour ?? null;
  const injectionM3PerHour = st.maxInjectionM3PerHour ?? null;
  // an hourly rate also caps the day at 24 of its hours
  return {
    ...st,
    maxWithdrawalM3PerDay: Math.min(st.maxWithdrawalM3PerDay, 24 * (withdrawalM3PerHour ?? Infinity)),
    maxInjectionM3PerDay: Math.min(st.maxInjectionM3PerDay, 24 * (injectionM3PerHour ?? Infinity)),
    withdrawalM3PerHour,
    injectionM3PerHour,
  };
}

export function normalise(s: Scenario, weather: HorizonWeather): Plan {
  const blocks = planBlocks(s, weather);
  return {
    scenario: s,
    dates: weather.dates,
    weather,
    zones: planZones(s, weather),
    links: s.links,
    sources: s.sources.map((src) => planSource(s, src, weather, blocks)),
    yards: planYards(s, weather.dates),
    gasPoints: planGasPoints(s, weather.dates),
    storage: planStorage(s),
    categories: s.gas.categories.map((c) => ({
      category: c.category,
      demandM3: weather.days.map((d) => gasCategoryDemandM3(c.baseM3PerDay, c.perDegreeDayM3, d.tMeanC)),
    })),
    gridHeadroomMWhPerDay: dailyHeadroomMWh(s),
    blocks,
    protectOrder: s.policy.protectOrder,
    gasCurtailment: s.policy.gasCurtailment,
  };
}

/** Grid room for electric heat over a whole day, MWh (the smaller of the flat figure × 24 and the hourly profile's sum); null for no limit. */
function dailyHeadroomMWh(s: Scenario): number | null {
  const { gridHeadroomMW, gridHeadroomHourlyMW } = s.electricity;
  if (gridHeadroomMW === undefined && gridHeadroomHourlyMW === undefined) return null;
  const flat = gridHeadroomMW === undefined ? Infinity : gridHeadroomMW * HOURS_PER_DAY;
  return Math.min(flat, gridHeadroomHourlyMW?.reduce((a, b) => a + b, 0) ?? Infinity);
}

/** Heat a zone must be fed on a day at `tMeanC`, MWh (the same formula as `demandMWh`, for forecasts). */
export function zoneDemandAtMWh(z: PlanZone, tMeanC: number): number {
  return suppliedDailyMWh(
    loadAtMW(z.designLoadMW, z.indoorC, tMeanC, z.designOutdoorC, z.referenceIndoorC),
    z.networkLossFraction,
  );
}
