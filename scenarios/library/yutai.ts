/**
 * Yutai county 2021-22: the figures its plan is checked by. The setpoint raised from 18 °C to
 * 20 °C (season heat and coal side by side, and the increase the demand formula predicts) and
 * the gas cut order 压非保民 (who is cut first, days it is broken, gas cut to homes). Pure: no
 * I/O and no solving; imports only the public engine API.
 */
import {
  loadAtMW,
  type DayRecord,
  type GasCategory,
  type PolicyItem,
  type RunResult,
  type Scenario,
} from '../../engine/index.ts';
import { cloneScenario, percentIncrease } from './shared.ts';

/** The same scenario with every zone at indoor setpoint `tC` (zone overrides dropped). */
export function withSetpoint(s: Scenario, tC: number): Scenario {
  const c = cloneScenario(s);
  c.heating.indoorSetpointC = tC;
  for (const z of c.zones) delete z.indoorSetpointC;
  return c;
}

export interface SeasonFigures {
  setpointC: number;
  heatDemandMWh: number;
  heatServedMWh: number;
  coalT: number;
}

export interface SetpointComparison {
  base: SeasonFigures;
  raised: SeasonFigures;
  heatIncreasePercent: number;
  coalIncreasePercent: number;
}

function seasonFigures(setpointC: number, r: RunResult): SeasonFigures {
  const s = r.summary;
  return {
    setpointC,
    heatDemandMWh: s.heatDemandMWh,
    heatServedMWh: s.heatDemandMWh - s.unservedHeatMWh,
    coalT: s.coalBurnT,
  };
}

/** The season's heat demand and coal at two setpoints, side by side, with the increase in %. */
export function compareSetpoints(
  baseSetpointC: number,
  base: RunResult,
  raisedSetpointC: number,
  raised: RunResult,
): SetpointComparison {
  const b = seasonFigures(baseSetpointC, base),
    r = seasonFigures(raisedSetpointC, raised);
  return {
    base: b,
    raised: r,
    heatIncreasePercent: percentIncrease(b.heatDemandMWh, r.heatDemandMWh),
    coalIncreasePercent: percentIncrease(b.coalT, r.coalT),
  };
}

/**
 * The increase in season heat demand that the demand formula (CJJ 34 degree-ratio scaling,
 * `loadAtMW`) predicts for a setpoint change, from the days' outdoor temperatures, %.
 * Network loss and design load cancel in the ratio.
 */
export function expectedSetpointIncreasePercent(
  days: readonly Pick<DayRecord, 'outdoorTempC'>[],
  designOutdoorC: number,
  baseC: number,
  raisedC: number,
  heatIndexIndoorC = 18,
): number {
  const season = (tIn: number) =>
    days.reduce((sum, d) => sum + loadAtMW(1, tIn, d.outdoorTempC, designOutdoorC, heatIndexIndoorC), 0);
  return percentIncrease(season(baseC), season(raisedC));
}

/** Gas categories in the order they are cut (first cut first): the reverse of their place in protectOrder. */
export function gasCutOrder(protectOrder: readonly PolicyItem[]): GasCategory[] {
  return protectOrder
    .filter((i) => i.startsWith('gas-'))
    .map((i) => i.slice('gas-'.length) as GasCategory)
    .reverse();
}

export interface CutOrderViolation {
  date: string;
  /** A category that was cut … */
  cut: GasCategory;
  cutM3: number;
  /** … while this earlier-cut category still got gas. */
  stillServed: GasCategory;
  servedM3: number;
}

/**
 * Days on which the strict 压非保民 order is broken: a category is cut while a category that
 * comes earlier in the cut order still gets gas. Amounts under `tolM3` count as zero.
 */
export function cutOrderViolations(
  days: readonly DayRecord[],
  cutOrder: readonly GasCategory[],
  tolM3 = 1,
): CutOrderViolation[] {
  const out: CutOrderViolation[] = [];
  for (const d of days) {
    cutOrder.forEach((later, j) => {
      const cutM3 = d.gas.categories[later]?.cutM3 ?? 0;
      if (cutM3 <= tolM3) return;
      for (const earlier of cutOrder.slice(0, j)) {
        const servedM3 = d.gas.categories[earlier]?.servedM3 ?? 0;
        if (servedM3 > tolM3) out.push({ date: d.date, cut: later, cutM3, stillServed: earlier, servedM3 });
      }
    });
  }
  return out;
}

export interface GasCutDay {
  date: string;
  coldWave: DayRecord['coldWave'];
  /** Share of each category's demand that was cut, 0..1, for the categories cut at all. */
  cutShare: Partial<Record<GasCategory, number>>;
  /** The last category in the cut order that lost gas that day (the deepest tier reached). */
  deepest: GasCategory;
}

/** The days on which any gas was cut, with who lost how much. */
export function gasCutDays(days: readonly DayRecord[], cutOrder: readonly GasCategory[], tolM3 = 1): GasCutDay[] {
  const out: GasCutDay[] = [];
  for (const d of days) {
    const cutShare: GasCutDay['cutShare'] = {};
    let deepest: GasCategory | null = null;
    for (const c of cutOrder) {
      const cat = d.gas.categories[c];
      if (!cat || cat.cutM3 <= tolM3) continue;
      cutShare[c] = cat.demandM3 > 0 ? cat.cutM3 / cat.demandM3 : 0;
      deepest = c;
    }
    if (deepest) out.push({ date: d.date, coldWave: d.coldWave, cutShare, deepest });
  }
  return out;
}

/** Gas cut to the home categories (`residential`, `heating-residential`) over the days, m³. */
export function homeGasCutM3(days: readonly DayRecord[]): number {
  return days.reduce(
    (s, d) => s + (d.gas.categories.residential?.cutM3 ?? 0) + (d.gas.categories['heating-residential']?.cutM3 ?? 0),
    0,
  );
}
