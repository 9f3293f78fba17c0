/**
 * The least-squares fits behind the synthetic weather model (synthetic.ts): a small linear
 * system for the annual harmonics, and AR(1) processes fitted with simple-statistics'
 * `linearRegression` of each day's value on the day before's (the least-squares AR(1)
 * estimate, Box & Jenkins), over runs of consecutive days so that no pair straddles a gap.
 */
import { linearRegression, mean, standardDeviation } from 'simple-statistics';

export interface Ar1 {
  /** Mean of the process, °C. */
  readonly meanC: number;
  /** Lag-1 coefficient. */
  readonly phi: number;
  /** Standard deviation of the innovations, °C. */
  readonly sigmaC: number;
}

export interface GapModel {
  /** Change of the gap per °C of the day's mean anomaly. */
  readonly beta: number;
  /** The gap left after β·anomaly, as an AR(1), °C. */
  readonly residual: Ar1;
}

/** Least squares by the normal equations (a 7 × 7 system), Gaussian elimination with pivoting. */
export function leastSquares(rows: number[][], y: number[]): number[] {
  const p = rows[0].length;
  const a = Array.from({ length: p }, (_, i) => [
    ...Array.from({ length: p }, (_, j) => rows.reduce((s, r) => s + r[i] * r[j], 0)),
    rows.reduce((s, r, k) => s + r[i] * y[k], 0),
  ]);
  for (let c = 0; c < p; c++) {
    const piv = a.slice(c).reduce((best, r, k) => (Math.abs(r[c]) > Math.abs(a[best][c]) ? c + k : best), c);
    [a[c], a[piv]] = [a[piv], a[c]];
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let k = c; k <= p; k++) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((r, i) => r[p] / r[i]);
}

/** AR(1) fit on runs of consecutive values (pairs never straddle a gap between runs). */
export function fitAr1(runs: number[][]): Ar1 {
  const all = runs.flat();
  const mu = mean(all);
  const pairs = runs.flatMap((r) => r.slice(1).map((x, i) => [r[i] - mu, x - mu]));
  const { m, b } = linearRegression(pairs);
  const residuals = pairs.map(([x, y]) => y - (m * x + b));
  return { meanC: mu, phi: m, sigmaC: standardDeviation(residuals) };
}

/** A gap regressed on the anomaly, its residual fitted as an AR(1). */
export function fitGap(gapRuns: number[][], anomalyRuns: number[][], anomalyMeanC: number): GapModel {
  const { m: beta } = linearRegression(
    gapRuns.flatMap((r, i) => r.map((g, k) => [anomalyRuns[i][k] - anomalyMeanC, g])),
  );
  return {
    beta,
    residual: fitAr1(gapRuns.map((r, i) => r.map((g, k) => g - beta * (anomalyRuns[i][k] - anomalyMeanC)))),
  };
}
