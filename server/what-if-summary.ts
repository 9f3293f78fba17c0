/**
 * The what-if a run applied, read from its overrides against the scenario they patch: the cold
 * waves, gas-supply and coal-delivery disruptions the overrides add to those the scenario
 * already has, the indoor setpoint and the dispatch mode they set, and the names of any other
 * top-level keys they change. Stored with the run (`RunStore`) and shown in the runs list and
 * the comparison, so a run says what was done to its city.
 */

export interface ColdWaveWhatIf {
  readonly start: string;
  /** Days the cold holds, d. */
  readonly days: number;
  readonly grade?: string;
  /** Drop of the daily temperatures, °C (instead of a grade). */
  readonly dropC?: number;
}

export interface CutWhatIf {
  /** Gas supply point id or coal yard id. */
  readonly at: string;
  readonly start: string;
  readonly end: string;
  /** Days in the window, both ends counted, d. */
  readonly days: number;
  /** Share of capacity (gas) or scheduled deliveries (coal) lost, 0–1. */
  readonly cutFraction: number;
}

export interface WhatIf {
  readonly coldWaves: ColdWaveWhatIf[];
  readonly gasCuts: CutWhatIf[];
  readonly coalCuts: CutWhatIf[];
  /** Indoor setpoint the overrides set, °C. */
  readonly setpointC?: number;
  readonly mode?: string;
  /** Other top-level scenario keys the overrides change. */
  readonly other: string[];
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Items of `after` not found in `before` (the page sends the scenario's own items plus the added one). */
const added = (before: unknown, after: unknown) => arr(after).filter((x) => !arr(before).some((y) => same(x, y)));

const DAY_MS = 86_400_000;
const spanDays = (start: string, end: string) =>
  Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;

function cut(at: string, d: unknown): CutWhatIf | null {
  if (!isRec(d) || typeof d.start !== 'string' || typeof d.end !== 'string') return null;
  const cutFraction = typeof d.cutFraction === 'number' ? d.cutFraction : 1;
  return { at, start: d.start, end: d.end, days: spanDays(d.start, d.end), cutFraction };
}

function cutsOf(before: unknown, after: unknown, disruptionsOf: (item: Rec) => unknown): CutWhatIf[] {
  const out: CutWhatIf[] = [];
  for (const item of arr(after)) {
    if (!isRec(item) || typeof item.id !== 'string') continue;
    const old = arr(before).find((x) => isRec(x) && x.id === item.id);
    for (const d of added(isRec(old) ? disruptionsOf(old) : [], disruptionsOf(item))) {
      const c = cut(item.id, d);
      if (c) out.push(c);
    }
  }
  return out;
}

const KNOWN = new Set(['coldWaves', 'gas', 'yards', 'heating', 'dispatch']);

export function whatIfOf(base: Rec, overrides: Rec): WhatIf {
  const coldWaves = added(base.coldWaves, overrides.coldWaves)
    .filter(isRec)
    .map((w) => ({
      start: String(w.start),
      days: typeof w.days === 'number' ? w.days : 5,
      ...(typeof w.grade === 'string' ? { grade: w.grade } : {}),
      ...(typeof w.dropC === 'number' ? { dropC: w.dropC } : {}),
    }));
  const gas = isRec(overrides.gas) ? overrides.gas : {};
  const gasCuts =
    'supplyPoints' in gas
      ? cutsOf(isRec(base.gas) ? base.gas.supplyPoints : [], gas.supplyPoints, (p) => p.disruptions)
      : [];
  const coalCuts =
    'yards' in overrides
      ? cutsOf(base.yards, overrides.yards, (y) => (isRec(y.deliveries) ? y.deliveries.disruptions : []))
      : [];
  const heating = isRec(overrides.heating) ? overrides.heating : {};
  const dispatch = isRec(overrides.dispatch) ? overrides.dispatch : {};
  const otherGas = Object.keys(gas).filter((k) => k !== 'supplyPoints');
  const otherHeating = Object.keys(heating).filter((k) => k !== 'indoorSetpointC');
  const otherDispatch = Object.keys(dispatch).filter((k) => k !== 'mode');
  return {
    coldWaves,
    gasCuts,
    coalCuts,
    ...(typeof heating.indoorSetpointC === 'number' ? { setpointC: heating.indoorSetpointC } : {}),
    ...(typeof dispatch.mode === 'string' ? { mode: dispatch.mode } : {}),
    other: [
      ...Object.keys(overrides).filter((k) => !KNOWN.has(k)),
      ...otherGas.map((k) => `gas.${k}`),
      ...otherHeating.map((k) => `heating.${k}`),
      ...otherDispatch.map((k) => `dispatch.${k}`),
    ],
  };
}
