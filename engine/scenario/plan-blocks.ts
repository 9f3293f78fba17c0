/**
 * The intra-day blocks of a Plan (`dispatch.blocksPerDay` > 1): each block's outdoor
 * temperature (the weather's hourly readings when it has them, else the diurnal sinusoid),
 * electricity price, tariff period and grid headroom, and what an electric source needs per
 * block (electricity per MWh of heat, its heat store). Blocks are equal, the first starting at
 * 00:00; tariff-aligned blocks are not built. docs/design.md#intra-day-blocks.
 */
import { blockTempsC, hourlyBlockTempsC } from '../formulas/diurnal.ts';
import { heatPumpCop } from '../formulas/fuel.ts';
import { HOURS_PER_DAY } from '../units.ts';
import type { Scenario, Source } from './schema.ts';
import type { HorizonWeather } from './weather-input.ts';

export type TariffBlock = Scenario['electricity']['tariff'][number]['block'];

export interface PlanBlocks {
  /** Blocks per day. */
  readonly count: number;
  /** Hours in each block, h. */
  readonly hours: number;
  /**
   * Mean outdoor temperature of each block of each day, [day][block], °C: the mean of the block's
   * hourly readings when the weather file has them, else of the sinusoid (engine/formulas/diurnal.ts).
   */
  readonly tempC: ReadonlyArray<readonly number[]>;
  /** Mean electricity price over each block's hours, ¥/MWh. */
  readonly priceYuanPerMWh: readonly number[];
  /** The tariff period of each block; `mixed` when its hours fall in more than one. */
  readonly tariffBlock: ReadonlyArray<TariffBlock | 'mixed'>;
  /** Grid room for all electric heat in each block, MW (the smallest of its hours); null for no limit. */
  readonly headroomMW: readonly number[] | null;
  /** What CHPs earn for power in each block (mean over its hours of `sellTariff`), ¥/MWh; null: their own flat price. */
  readonly sellPriceYuanPerMWh: readonly number[] | null;
}

/** An electric boiler's heat store under blocks. */
export interface PlanHeatStore {
  readonly capacityMWh: number;
  /** Most heat put in / taken out in one block, MWh. */
  readonly chargeMWhPerBlock: number;
  readonly dischargeMWhPerBlock: number;
  /** Share of the content still there after one block: (1 − loss per hour)^hours. */
  readonly keepPerBlock: number;
}

/** What an electric source needs per block. */
export interface PlanSourceBlocks {
  /** Electricity per MWh of heat, [day][block] (1/η, or 1/COP of the block's temperature). */
  readonly electricityMWhPerMWh: ReadonlyArray<readonly number[]>;
  readonly store: PlanHeatStore | null;
}

const hoursOf = (b: number, hours: number) => Array.from({ length: hours }, (_, i) => b * hours + i);

/** The Plan's blocks, or null for the whole-day model. */
export function planBlocks(s: Scenario, weather: HorizonWeather): PlanBlocks | null {
  const count = s.dispatch.blocksPerDay;
  if (count === 1) return null;
  const hours = HOURS_PER_DAY / count;
  const e = s.electricity;
  const priceOf = (name: TariffBlock) => e.tariff.find((t) => t.block === name)?.priceYuanPerMWh ?? 0;
  const average = e.tariff.reduce((sum, t) => sum + t.hours * t.priceYuanPerMWh, 0) / HOURS_PER_DAY;
  const hourly = e.hourlyBlocks;
  const flatHeadroom = e.gridHeadroomMW ?? Infinity;
  const hourlyHeadroom = (h: number) => Math.min(flatHeadroom, e.gridHeadroomHourlyMW?.[h] ?? Infinity);
  const blocks = Array.from({ length: count }, (_, b) => hoursOf(b, hours));
  return {
    count,
    hours,
    tempC: weather.days.map((d) =>
      d.hourlyC ? hourlyBlockTempsC(d.hourlyC, count) : blockTempsC(d.tMeanC, d.tMinC, d.tMaxC, count),
    ),
    priceYuanPerMWh: blocks.map((hs) =>
      hourly ? hs.reduce((sum, h) => sum + priceOf(hourly[h]), 0) / hours : average,
    ),
    tariffBlock: blocks.map((hs) => {
      if (!hourly) return 'mixed';
      const names = new Set(hs.map((h) => hourly[h]));
      return names.size === 1 ? hourly[hs[0]] : 'mixed';
    }),
    sellPriceYuanPerMWh:
      e.sellTariff && hourly
        ? blocks.map(
            (hs) =>
              hs.reduce((sum, h) => sum + (e.sellTariff?.find((t) => t.block === hourly[h])?.priceYuanPerMWh ?? 0), 0) /
              hours,
          )
        : null,
    headroomMW:
      e.gridHeadroomMW === undefined && e.gridHeadroomHourlyMW === undefined
        ? null
        : blocks.map((hs) => Math.min(...hs.map(hourlyHeadroom))),
  };
}

/** An electric source's per-block figures, or null (no blocks, or not an electric source). */
export function planSourceBlocks(src: Source, blocks: PlanBlocks | null): PlanSourceBlocks | null {
  if (blocks === null) return null;
  switch (src.kind) {
    case 'electric-boiler': {
      const e = 1 / src.efficiencyFraction;
      const h = blocks.hours;
      return {
        electricityMWhPerMWh: blocks.tempC.map((day) => day.map(() => e)),
        store:
          src.storageMWh > 0
            ? {
                capacityMWh: src.storageMWh,
                chargeMWhPerBlock: (src.storageChargeMW ?? src.capacityMW) * h,
                dischargeMWhPerBlock: (src.storageDischargeMW ?? src.capacityMW) * h,
                keepPerBlock: (1 - src.storageLossPercentPerHour / 100) ** h,
              }
            : null,
      };
    }
    case 'heat-pump':
      return {
        electricityMWhPerMWh: blocks.tempC.map((day) =>
          day.map((t) => 1 / heatPumpCop(src.copQualityFraction, src.sinkTempC, src.sourceTempC ?? t)),
        ),
        store: null,
      };
    default:
      return null;
  }
}
