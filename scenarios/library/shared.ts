/**
 * Small helpers every plan's checks share: copying a scenario, comparing figures, and reading
 * each source's totals and a value's place in a range off a run. No I/O and no solving;
 * imports only the public engine API.
 */
import type { RunResult, Scenario } from '../../engine/index.ts';

/** A deep, mutable copy of a scenario (validated scenarios are frozen). */
export function cloneScenario(s: Scenario): Scenario {
  return structuredClone(s) as Scenario;
}

/** (variant − base) / base in %. */
export function percentIncrease(base: number, variant: number): number {
  if (base === 0) throw new Error('percentIncrease: base is 0');
  return ((variant - base) / base) * 100;
}

/** True when `value` lies within ±fraction of `target`. */
export function withinFraction(value: number, target: number, fraction: number): boolean {
  return Math.abs(value - target) <= Math.abs(target) * fraction;
}

export interface SourceTotals {
  heatMWh: number;
  coalT: number;
  gasM3: number;
  electricityMWh: number;
}

/** Each source's heat, coal, gas and electricity over the run. */
export function sourceTotals(r: RunResult): Record<string, SourceTotals> {
  const out: Record<string, SourceTotals> = {};
  for (const d of r.days)
    for (const [id, s] of Object.entries(d.sources)) {
      const t = (out[id] ??= { heatMWh: 0, coalT: 0, gasM3: 0, electricityMWh: 0 });
      t.heatMWh += s.heatMWh;
      t.coalT += s.coalT ?? 0;
      t.gasM3 += s.gasM3 ?? 0;
      t.electricityMWh += s.electricityMWh ?? 0;
    }
  return out;
}

export interface RangePosition {
  where: 'below' | 'inside' | 'above';
  /** (value − low) / (high − low): 0 at the low end, 1 at the high end, outside 0..1 outside the range. */
  fraction: number;
}

/** Where a value falls in the range [low, high]. */
export function rangePosition(value: number, low: number, high: number): RangePosition {
  if (!(high > low)) throw new Error(`rangePosition: empty range ${low}..${high}`);
  const fraction = (value - low) / (high - low);
  return { where: value < low ? 'below' : value > high ? 'above' : 'inside', fraction };
}
