/**
 * The season in figures, re-derived from the day records only (so an outside script
 * computing them from `days[]` gets the same numbers).
 */
import { GJ_PER_TCE, HOURS_PER_DAY } from '../units.ts';
import type { Plan } from '../scenario/normalise.ts';
import type { DayRecord, Summary, YardSummary } from './result.ts';
import type { ReserveFloors } from './reserve-floors.ts';
import { exceedsNoise, isBelowFloor } from '../tolerances.ts';
import type { Problem } from '../errors.ts';
import { type Message, message } from '../i18n/message.ts';

const RESIDENTIAL_GAS = ['residential', 'heating-residential'] as const;

function yardSummary(
  plan: Plan,
  days: readonly DayRecord[],
  yi: number,
  floors: ReserveFloors,
  extraT: readonly number[] | null,
): YardSummary {
  const y = plan.yards[yi];
  const floorT = floors.floorsT[yi];
  let minStockT = Infinity,
    firstBreach: string | null = null;
  for (const d of days) {
    const stock = d.yards[y.id].stockT;
    minStockT = Math.min(minStockT, stock);
    if (isBelowFloor(stock, floorT)) {
      firstBreach ??= d.date;
    }
  }
  const maxBurn = floors.maxDailyBurnT[yi];
  return {
    basis: y.basis,
    maxDailyBurnT: maxBurn,
    maxDailyBurnByBasisT: { ...floors.byBasisT[yi] },
    floorT,
    minStockT: days.length > 0 ? minStockT : y.openingStockT,
    minDaysOfCover: maxBurn > 0 ? minStockT / maxBurn : null,
    firstBreach,
    extraOpeningStockToHoldFloorT: extraT === null ? null : firstBreach ? (extraT[yi] ?? 0) : 0,
  };
}

/** `extraT`: per yard, the opening coal that holds the floor all season (reserve-floors.ts `coalToHoldFloors`); null when not computed. */
export function summarise(
  plan: Plan,
  days: readonly DayRecord[],
  floors: ReserveFloors,
  extraT: readonly number[] | null = [],
): Summary {
  const sum = (f: (d: DayRecord) => number) => days.reduce((s, d) => s + f(d), 0);
  const peak = days.reduce((best, d) => (d.demandMWh > best.demandMWh ? d : best), days[0]);
  const yards: Record<string, YardSummary> = {};
  plan.yards.forEach((y, yi) => {
    yards[y.id] = yardSummary(plan, days, yi, floors, extraT);
  });

  let minCover: number | null = null,
    minCoverDate: string | null = null;
  // yards without a reserve rule (reserve days 0, e.g. households' piles) are not firms' cover
  const ruled = plan.yards.filter((y) => y.reserveDays > 0).map((y) => y.id);
  for (const d of days)
    for (const id of ruled) {
      const cover = d.yards[id].daysOfCover;
      if (cover !== null && (minCover === null || cover < minCover)) {
        minCover = cover;
        minCoverDate = d.date;
      }
    }
  const breaches = Object.values(yards)
    .map((y) => y.firstBreach)
    .filter((b): b is string => b !== null)
    .sort();

  const gasCut: Summary['gasCutM3ByCategory'] = {};
  for (const c of plan.categories) gasCut[c.category] = sum((d) => d.gas.categories[c.category]?.cutM3 ?? 0);
  const unservedResidential = sum((d) => Object.values(d.zones).reduce((s, z) => s + z.unservedResidentialMWh, 0));
  const homesGasCut = RESIDENTIAL_GAS.some((c) => exceedsNoise(gasCut[c] ?? 0));
  const coalBurnT = sum((d) => Object.values(d.yards).reduce((s, y) => s + y.burnT, 0));
  const blocksPerDay = days[0]?.blocks?.length ?? 1;
  const coalGJ = plan.yards.reduce((s, y) => s + y.lhvGJPerT * sum((d) => d.yards[y.id].burnT), 0);

  return {
    days: days.length,
    heatDemandMWh: sum((d) => d.demandMWh),
    unservedHeatMWh: sum((d) => d.unservedMWh),
    unservedResidentialHeatMWh: unservedResidential,
    peakDemandMW: peak ? peak.demandMWh / HOURS_PER_DAY : 0,
    peakDate: peak?.date ?? '',
    designLoadMW: plan.zones.reduce((s, z) => s + z.designLoadMW, 0),
    coalBurnT,
    coalBurnTce: coalGJ / GJ_PER_TCE,
    gasSuppliedM3: sum(
      (d) => Object.values(d.gas.supplyM3).reduce((a, b) => a + b, 0) + d.gas.withdrawalM3 - d.gas.injectionM3,
    ),
    gasHeatSourcesM3: sum((d) => d.gas.heatSourcesM3),
    electricityMWh: sum((d) => d.electricityMWh),
    minDaysOfCover: minCover,
    minDaysOfCoverDate: minCoverDate,
    firstReserveBreach: breaches[0] ?? null,
    gasCutM3ByCategory: gasCut,
    homesProtected: !exceedsNoise(unservedResidential) && !homesGasCut,
    coldWaveDays: days.filter((d) => d.coldWave !== 'none').length,
    coldSpellDays: days.filter((d) => d.coldSpell).length,
    supplyCostYuan: sum((d) => d.supplyCostYuan),
    shortageCostYuan: sum((d) => d.shortageCostYuan),
    costYuan: sum((d) => d.costYuan),
    yards,
    // only with blocks, so a one-block run's summary is the same as before blocks existed
    ...(blocksPerDay > 1 ? { blocksPerDay } : {}),
  };
}

/** Plain-language warnings a planner should not miss, each with its catalogue key (`problems.run.*`). */
export function warningsFor(plan: Plan, summary: Summary): Array<{ message: string; text: Message }> {
  const w: Array<{ message: string; text: Message }> = [];
  if (exceedsNoise(summary.unservedHeatMWh))
    w.push(
      message('problems.run.unserved', {
        total: summary.unservedHeatMWh.toFixed(0),
        homes: summary.unservedResidentialHeatMWh.toFixed(0),
      }),
    );
  for (const [id, y] of Object.entries(summary.yards)) {
    if (y.firstBreach) {
      const breach = { id, floor: y.floorT.toFixed(0), date: y.firstBreach };
      w.push(
        y.extraOpeningStockToHoldFloorT === null
          ? message('problems.run.yardBreach', breach)
          : message('problems.run.yardBreachExtra', { ...breach, extra: y.extraOpeningStockToHoldFloorT.toFixed(0) }),
      );
    }
    if (y.maxDailyBurnT === 0) w.push(message('problems.run.yardZeroFloor', { id, basis: y.basis }));
  }
  for (const [cat, cut] of Object.entries(summary.gasCutM3ByCategory))
    if (exceedsNoise(cut ?? 0)) w.push(message('problems.run.gasCut', { category: cat, m3: (cut ?? 0).toFixed(0) }));
  if (plan.scenario.dispatch.solver === 'javascript-lp-solver' && plan.scenario.dispatch.mode === 'season')
    w.push(message('problems.run.slowSolver'));
  return w;
}

/** A plausibility warning as a run lists it, `path: message`, with its catalogue key. */
export function pathWarning(p: Problem): { message: string; text: Message | null } {
  const message = `${p.path}: ${p.message}`;
  if (!p.text) return { message, text: null };
  return {
    message,
    text: { key: 'problems.run.atPath', params: { ...p.text.params, path: p.path, nested: p.text.key } },
  };
}

/** A result's `warnings` (English) and `warningTexts` beside them, item for item. */
export function withTexts(items: ReadonlyArray<{ message: string; text: Message | null }>): {
  warnings: string[];
  warningTexts: Array<Message | null>;
} {
  return { warnings: items.map((w) => w.message), warningTexts: items.map((w) => w.text) };
}
