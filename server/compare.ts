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

/** The figures the comparison leads with, each with its unit: coal, gas, unserved heat and the cost parts. */
export const HEADLINE_FIGURES = [
  { key: 'coalBurnT', label: 'Coal burned', unit: 't' },
  { key: 'minDaysOfCover', label: 'Minimum days of coal cover', unit: 'd' },
  { key: 'gasSuppliedM3', label: 'Gas supplied', unit: 'm³' },
  { key: 'gasCutM3', label: 'Gas cut, all categories', unit: 'm³' },
  { key: 'unservedHeatMWh', label: 'Unserved heat', unit: 'MWh' },
  { key: 'unservedResidentialHeatMWh', label: 'Unserved heat for homes', unit: 'MWh' },
  { key: 'supplyCostYuan', label: 'Supply cost (bought and run)', unit: '¥' },
  { key: 'shortageCostYuan', label: 'Shortage cost (unserved heat and gas cuts, valued)', unit: '¥' },
  { key: 'costYuan', label: 'Total cost (supply + shortage)', unit: '¥' },
] as const;

export interface HeadlineFigure {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly a: number | null;
  readonly b: number | null;
  readonly delta: number | null;
}

function figure(summary: Record<string, unknown>, key: string): number | null {
  if (key === 'gasCutM3') {
    const cuts = summary.gasCutM3ByCategory;
    if (!isRecord(cuts)) return null;
    return Object.values(cuts).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
  }
  const v = summary[key];
  return typeof v === 'number' ? v : null;
}

/** The headline figures of two summaries, with b − a. */
export function headlineFigures(a: Record<string, unknown>, b: Record<string, unknown>): HeadlineFigure[] {
  return HEADLINE_FIGURES.map(({ key, label, unit }) => {
    const x = figure(a, key);
    const y = figure(b, key);
    return { key, label, unit, a: x, b: y, delta: x !== null && y !== null ? y - x : null };
  });
}
