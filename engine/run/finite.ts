/**
 * No infinite or NaN figure reaches a result: JSON would write it as `null` (a season cost of
 * `null` with status optimal), and a chart or a sum over days would silently lose it. The
 * schema's unit limits keep realistic inputs far from overflow; this is the last check.
 */
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';

/** Whether `value` holds a number that is not finite; no allocation (it runs on every result, Monte Carlo included). */
function holdsNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (holdsNonFinite(value[i])) return true;
    return false;
  }
  for (const k in value) if (holdsNonFinite((value as Record<string, unknown>)[k])) return true;
  return false;
}

/** JSON path of the first number in `value` that is not finite, or null (`null` values are allowed: "not applicable"). */
export function firstNonFinite(value: unknown, path = ''): string | null {
  if (!holdsNonFinite(value)) return null;
  if (typeof value === 'number') return path || '(root)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      if (holdsNonFinite(value[i])) return firstNonFinite(value[i], `${path}[${i}]`);
  } else {
    for (const k in value as object) {
      const v = (value as Record<string, unknown>)[k];
      if (holdsNonFinite(v)) return firstNonFinite(v, path ? `${path}.${k}` : k);
    }
  }
  return null;
}

/** Throws RESULT_NOT_FINITE naming the first figure of `parts` that is infinite or NaN. */
export function assertFinite(parts: Record<string, unknown>): void {
  const at = firstNonFinite(parts);
  if (at === null) return;
  throw new BaogongError('RESULT_NOT_FINITE', message('errors.headline.notFinite', { at }), [
    { path: at, ...message('problems.run.notFinite') },
  ]);
}
