/**
 * What the Monte Carlo's runs add up to: probabilities with a Wilson score interval (Wilson
 * 1927, the interval that behaves at p near 0 or 1 and small n, where the normal one does not)
 * and quantiles (simple-statistics `quantileSorted`).
 */
import { quantileSorted } from 'simple-statistics';
import { GAS_CATEGORIES, type GasCategory } from '../scenario/schema.ts';
import type { RunRow } from './evaluate.ts';
import { exceedsNoise } from '../tolerances.ts';

export interface Probability {
  /** Share of runs, 0..1. */
  readonly p: number;
  readonly count: number;
  /** Wilson 95 % interval. */
  readonly low95: number;
  readonly high95: number;
}

export interface Quantiles {
  readonly mean: number;
  readonly min: number;
  readonly p1: number;
  readonly p5: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

export interface RiskDistribution {
  readonly runs: number;
  readonly probability: {
    /** The 30-day floor broken on some day at some yard. */
    readonly reserveBreach: Probability;
    /** Residential gas cut or home heat unserved. */
    readonly homesCut: Probability;
    readonly unservedHeat: Probability;
    readonly anyGasCut: Probability;
  };
  /** Low values are the risk here: read p1/p5/p10. Null when no yard burns coal at design. */
  readonly minDaysOfCover: Quantiles | null;
  readonly unservedHeatMWh: Quantiles;
  readonly gasCutM3: Quantiles;
  readonly gasCutM3ByCategory: Partial<Record<GasCategory, Quantiles>>;
  /** Total cost per season (supply + valued shortage), ¥: its upper quantiles are the bad winters. */
  readonly costYuan: Quantiles;
  /** The valued unserved heat and gas cuts in it, ¥. */
  readonly shortageCostYuan: Quantiles;
}

const Z95 = 1.959963984540054;

export function wilson(count: number, n: number): Probability {
  const p = n > 0 ? count / n : 0;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { p, count, low95: Math.max(0, centre - half), high95: Math.min(1, centre + half) };
}

export function quantiles(values: readonly number[]): Quantiles {
  const x = [...values].sort((a, b) => a - b);
  const q = (p: number) => quantileSorted(x, p);
  return {
    mean: x.reduce((a, b) => a + b, 0) / x.length,
    min: x[0],
    p1: q(0.01),
    p5: q(0.05),
    p10: q(0.1),
    p50: q(0.5),
    p90: q(0.9),
    p95: q(0.95),
    p99: q(0.99),
    max: x[x.length - 1],
  };
}

export function summariseRuns(rows: readonly RunRow[]): RiskDistribution {
  const n = rows.length;
  const share = (f: (r: RunRow) => boolean) => wilson(rows.filter(f).length, n);
  const cover = rows.map((r) => r.minDaysOfCover).filter((c): c is number => c !== null);
  const byCategory: Partial<Record<GasCategory, Quantiles>> = {};
  for (const c of GAS_CATEGORIES) {
    if (rows.some((r) => r.gasCutM3ByCategory[c] !== undefined))
      byCategory[c] = quantiles(rows.map((r) => r.gasCutM3ByCategory[c] ?? 0));
  }
  return {
    runs: n,
    probability: {
      reserveBreach: share((r) => r.reserveBreach),
      homesCut: share((r) => r.homesCut),
      unservedHeat: share((r) => exceedsNoise(r.unservedHeatMWh)),
      anyGasCut: share((r) => exceedsNoise(r.gasCutM3)),
    },
    minDaysOfCover: cover.length === n ? quantiles(cover) : null,
    unservedHeatMWh: quantiles(rows.map((r) => r.unservedHeatMWh)),
    gasCutM3: quantiles(rows.map((r) => r.gasCutM3)),
    gasCutM3ByCategory: byCategory,
    costYuan: quantiles(rows.map((r) => r.costYuan)),
    shortageCostYuan: quantiles(rows.map((r) => r.shortageCostYuan)),
  };
}
