/**
 * The golden form of a run: what a regression test pins. The season summary and the policy
 * stages (not the solve time, not the day records), every number rounded to 6 significant
 * figures and solver noise (|x| < 1e-6) snapped to 0, so that the same engine on another
 * machine writes the same file.
 */
import type { RunResult } from '../../engine/index.ts';

export const GOLDEN_DIGITS = 6;
/** Below this a number is solver noise and is stored as 0. */
export const GOLDEN_NOISE = 1e-6;

/** x rounded to `digits` significant figures (0, ±Infinity and NaN pass through). */
export function roundSignificant(x: number, digits = GOLDEN_DIGITS): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (Math.abs(x) < GOLDEN_NOISE) return 0;
  const r = Number(x.toPrecision(digits));
  return Object.is(r, -0) ? 0 : r;
}

/** A deep copy with every number rounded; object keys kept in their order. */
export function roundDeep<T>(value: T, digits = GOLDEN_DIGITS): T {
  if (typeof value === 'number') return roundSignificant(value, digits) as T;
  if (Array.isArray(value)) return value.map((v) => roundDeep(v, digits)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v, digits)])) as T;
  return value;
}

export interface Golden {
  scenarioId: string;
  mode: RunResult['solver']['mode'];
  solver: string;
  summary: RunResult['summary'];
  stages: RunResult['solver']['stages'];
}

export function goldenOf(r: RunResult): Golden {
  return roundDeep({
    scenarioId: r.scenarioId,
    mode: r.solver.mode,
    solver: r.solver.name,
    summary: r.summary,
    stages: r.solver.stages,
  });
}

/** Paths (JSON paths) where two goldens differ, for the failure message. */
export function goldenDiff(a: unknown, b: unknown, path = ''): string[] {
  if (Object.is(a, b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) =>
      goldenDiff(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k,
      ),
    );
  }
  return [`${path || '(root)'}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`];
}
