/**
 * Two run summaries side by side: every number with the second minus the first, every other
 * value with whether it is the same. Nested figures (gas cut by category, yards) are compared
 * key by key; a key missing on one side shows as null.
 */

export type Difference =
  | { a: number | null; b: number | null; delta: number | null }
  | { a: unknown; b: unknown; same: boolean }
  | { [key: string]: Difference };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function diffSummaries(a: unknown, b: unknown): Difference {
  if (isRecord(a) || isRecord(b)) {
    const left = isRecord(a) ? a : {};
    const right = isRecord(b) ? b : {};
    const out: Record<string, Difference> = {};
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)]))
      out[key] = diffSummaries(left[key], right[key]);
    return out;
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const x = typeof a === 'number' ? a : null;
    const y = typeof b === 'number' ? b : null;
    return { a: x, b: y, delta: x !== null && y !== null ? y - x : null };
  }
  return { a: a ?? null, b: b ?? null, same: JSON.stringify(a) === JSON.stringify(b) };
}
