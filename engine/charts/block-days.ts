/**
 * The day a block chart shows, and a day's blocks as the charts read them. `day` is `design`
 * (the day of the run's peak heat demand, `summary.peakDate`: the nearest the run comes to
 * design conditions), `coldest` (the day of the lowest daily mean outdoor temperature, the
 * first of equals; the default), `typical-cold` (a typical cold day: the day at the 10th
 * percentile of daily mean temperature, ranked coldest first, the earlier of equals) or an ISO
 * date of the run. A run of one block a day
 * (`blocksPerDay: 1`, no `days[].blocks`) is charted as one 24 h block of the day's own
 * figures, its power the day's MWh ÷ 24 h, without a per-block headroom; the subtitle says so.
 */
import type { BlockRecord, DayRecord, RunResult } from '../run/result.ts';
import type { chartText } from './text.ts';

/** Which day a block chart shows. */
export type ChartDay = 'design' | 'coldest' | 'typical-cold' | (string & {});

/** The share of the run's days colder than (or as cold as) a typical cold day. */
export const TYPICAL_COLD_QUANTILE = 0.1;

/** The default day of the day-blocks chart. */
export const DEFAULT_CHART_DAY = 'coldest';

/**
 * Starts the message of the error thrown for a day the run does not have; the server finds it
 * in the message (the chart is built in a worker thread, where an error keeps only its message).
 */
export const CHART_DAY_NOT_IN_RUN = 'no such day in the run:';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The record of the chosen day; throws (message starting `CHART_DAY_NOT_IN_RUN`) for a day the run lacks. */
export function chosenDay(r: RunResult, day: ChartDay = DEFAULT_CHART_DAY): DayRecord {
  if (r.days.length === 0) throw new Error(`${CHART_DAY_NOT_IN_RUN} the run has no days`);
  if (day === 'coldest') return r.days.reduce((best, d) => (d.outdoorTempC < best.outdoorTempC ? d : best), r.days[0]);
  if (day === 'typical-cold') {
    const ranked = r.days.map((d, i) => ({ d, i })).sort((a, b) => a.d.outdoorTempC - b.d.outdoorTempC || a.i - b.i);
    return ranked[Math.floor(TYPICAL_COLD_QUANTILE * (ranked.length - 1))].d;
  }
  const date = day === 'design' ? r.summary.peakDate : day;
  const found = r.days.find((d) => d.date === date);
  if (!found)
    throw new Error(
      `${CHART_DAY_NOT_IN_RUN} \`${String(day).slice(0, 40)}\`; use design, coldest, typical-cold or a date from ${r.days[0].date} to ${r.days[r.days.length - 1].date}`,
    );
  return found;
}

/** True when the run has intra-day blocks (`blocksPerDay` > 1). */
export function hasBlocks(r: RunResult): boolean {
  return r.days.some((d) => (d.blocks?.length ?? 0) > 0);
}

/** The day's blocks; a day without blocks is one 24 h block of its daily figures. */
export function blocksOf(d: DayRecord): BlockRecord[] {
  if (d.blocks && d.blocks.length > 0) return d.blocks;
  const heat: Record<string, number> = {};
  for (const [id, s] of Object.entries(d.sources)) heat[id] = s.heatMWh;
  return [
    {
      startHour: 0,
      hours: 24,
      outdoorTempC: d.outdoorTempC,
      tariffBlock: 'day',
      electricityPriceYuanPerMWh: Number.NaN,
      demandMWh: d.demandMWh,
      unservedMWh: d.unservedMWh,
      dumpedMWh: 0,
      heatMWh: heat,
      powerMWh: {},
      electricityMW: d.electricityMWh / 24,
      gridHeadroomMW: null,
      storageMWh: {},
      storageNetChargeMWh: {},
    },
  ];
}

/** The block with the highest electricity of a day (the first of equals). */
export function peakBlock(d: DayRecord): BlockRecord {
  const blocks = blocksOf(d);
  return blocks.reduce((best, b) => (b.electricityMW > best.electricityMW ? b : best), blocks[0]);
}

/** `06:00` for hour 6. */
export function clock(hour: number): string {
  const h = Math.floor(hour);
  const m = Math.round((hour - h) * 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const TARIFF_NAMES = ['peak', 'flat', 'valley', 'deep-valley', 'mixed', 'day'] as const;

/** A block's tariff period in the chart's language (`mixed`: its hours fall in more than one). */
export function tariffName(L: ReturnType<typeof chartText>, tariffBlock: string): string {
  const known = (TARIFF_NAMES as readonly string[]).includes(tariffBlock);
  return known ? L.text(`blocks.tariffName.${tariffBlock as (typeof TARIFF_NAMES)[number]}`) : tariffBlock;
}
