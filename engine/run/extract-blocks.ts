/**
 * Reads the intra-day blocks of one solved day (`dispatch.blocksPerDay` > 1) into
 * `days[].blocks[]`, and each electric source's electricity over the day as the sum of its
 * blocks (its per-block efficiency or COP), and the gas storage's flows per block when it gives an
 * hourly rate. docs/design.md#intra-day-blocks.
 */
import type { Plan } from '../scenario/normalise.ts';
import type { DispatchModel } from '../dispatch/build-model.ts';
import type { BlockRecord } from './result.ts';

type Day = DispatchModel['vars']['days'][number];

/** Electricity of source si on plan day d, MWh: the sum over its blocks. */
export function blockElectricityMWh(plan: Plan, d: number, v: Day, si: number, x: (col: number) => number): number {
  const e = plan.sources[si].blocks?.electricityMWhPerMWh[d];
  if (!e) return 0;
  return v.blocks.reduce((sum, bv, bi) => sum + x(bv.heat[si]) * e[bi], 0);
}

/** Heat put into (+) or out of (−) source si's store over the day, MWh. */
export function blockNetChargeMWh(v: Day, si: number, x: (col: number) => number): number {
  return v.blocks.reduce((sum, bv) => sum + x(bv.charge[si]) - x(bv.discharge[si]), 0);
}

/** The blocks of plan day d, or undefined without blocks. */
export function blockRecords(
  plan: Plan,
  d: number,
  v: Day,
  x: (col: number) => number,
  demandMWh: (zi: number) => readonly number[],
): BlockRecord[] | undefined {
  const blocks = plan.blocks;
  if (blocks === null) return undefined;
  const demands = plan.zones.map((_, zi) => demandMWh(zi));
  return v.blocks.map((bv, bi) => {
    const heatMWh: Record<string, number> = {};
    const powerMWh: Record<string, number> = {};
    const storageMWh: Record<string, number> = {};
    const storageNetChargeMWh: Record<string, number> = {};
    let electricityMWh = 0;
    plan.sources.forEach((s, si) => {
      heatMWh[s.id] = x(bv.heat[si]);
      if (bv.power[si] >= 0) powerMWh[s.id] = x(bv.power[si]);
      else if (s.powerMWhPerMWh > 0) powerMWh[s.id] = heatMWh[s.id] * s.powerMWhPerMWh; // back-pressure: Cb × heat
      electricityMWh += heatMWh[s.id] * (s.blocks?.electricityMWhPerMWh[d][bi] ?? 0);
      if (bv.level[si] >= 0) {
        storageMWh[s.id] = x(bv.level[si]);
        storageNetChargeMWh[s.id] = x(bv.charge[si]) - x(bv.discharge[si]);
      }
    });
    const unserved = plan.zones.reduce((sum, _, zi) => sum + x(bv.unservedRes[zi]) + x(bv.unservedNonRes[zi]), 0);
    const record: BlockRecord = {
      startHour: bi * blocks.hours,
      hours: blocks.hours,
      outdoorTempC: blocks.tempC[d][bi],
      tariffBlock: blocks.tariffBlock[bi],
      electricityPriceYuanPerMWh: blocks.priceYuanPerMWh[bi],
      demandMWh: demands.reduce((sum, z) => sum + z[bi], 0),
      unservedMWh: unserved,
      dumpedMWh: plan.zones.reduce((sum, _, zi) => sum + x(bv.dump[zi]), 0),
      heatMWh,
      powerMWh,
      electricityMW: electricityMWh / blocks.hours,
      gridHeadroomMW: blocks.headroomMW?.[bi] ?? null,
      storageMWh,
      storageNetChargeMWh,
    };
    if (bv.withdraw >= 0 || bv.inject >= 0) {
      // a direction without an hourly rate delivers its day evenly (builders/gas.ts)
      const share = blocks.hours / 24;
      record.gasStorageWithdrawalM3 = bv.withdraw >= 0 ? x(bv.withdraw) : share * x(v.withdraw);
      record.gasStorageInjectionM3 = bv.inject >= 0 ? x(bv.inject) : share * x(v.inject);
    }
    return record;
  });
}
