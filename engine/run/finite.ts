/**
 * No infinite or NaN figure reaches a result: JSON would write it as `null` (a season cost of
 * `null` with status optimal), and a chart or a sum over days would silently lose it. The
 * schema's unit limits keep realistic inputs far from overflow; this is the last check.
 */
import { BaogongError } from '../errors.ts';

/** JSON path of the first number in `value` that is not finite, or null (`null` values are allowed: "not applicable"). */
export function firstNonFinite(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path || '(root)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = firstNonFinite(value[i], `${path}[${i}]`);
      if (p !== null) return p;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = firstNonFinite(v, path ? `${path}.${k}` : k);
      if (p !== null) return p;
    }
  }
  return null;
}

/** Throws RESULT_NOT_FINITE naming the first figure of `parts` that is infinite or NaN. */
export function assertFinite(parts: Record<string, unknown>): void {
  const at = firstNonFinite(parts);
  if (at === null) return;
  throw new BaogongError('RESULT_NOT_FINITE', `${at} came out infinite or not a number; check the prices, capacities and efficiencies behind it (a price or capacity near the largest number a computer holds overflows when multiplied)`, [{ path: at, message: 'not a finite number' }]);
}
