/**
 * The `overrides` of POST /v1/runs for a what-if, in the scenario schema. The server merges
 * them into the library scenario as a JSON merge patch: objects merge, arrays REPLACE. So a
 * cut is sent as the whole array of supply points (or yards), each with the added disruption
 * beside the ones it already has; a cold wave is added to the scenario's own cold waves.
 */

/** ISO date plus n days (UTC). */
export function addDays(iso, n) {
  const t = Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A window of `days` days from `start`, both ends inclusive, kept inside the horizon. */
export function windowOf(start, days, horizon) {
  let s = start;
  if (horizon?.start && s < horizon.start) s = horizon.start;
  let end = addDays(s, Math.max(1, Math.round(days)) - 1);
  if (horizon?.end && end > horizon.end) end = horizon.end;
  return { start: s, end };
}

/**
 * @param base the library scenario as written (GET /v1/scenarios/:id)
 * @param w {{ coldWave?: {start, days, grade, dropC?}, gasCut?: {percent, start, days}, coalCut?: {percent, start, days}, setpointC?: number, mode?: string }}
 */
export function buildOverrides(base, w) {
  const horizon = base.horizon ?? {};
  const overrides = {};
  if (w.coldWave) {
    const wave = { start: w.coldWave.start, days: Math.round(w.coldWave.days) };
    if (w.coldWave.grade === 'depth') wave.dropC = Number(w.coldWave.dropC);
    else wave.grade = w.coldWave.grade;
    overrides.coldWaves = [...(base.coldWaves ?? []), wave];
  }
  if (w.setpointC !== undefined && w.setpointC !== null) overrides.heating = { indoorSetpointC: Number(w.setpointC) };
  if (w.gasCut && (base.gas?.supplyPoints ?? []).length > 0) {
    const cut = { ...windowOf(w.gasCut.start, w.gasCut.days, horizon), cutFraction: clampFraction(w.gasCut.percent) };
    overrides.gas = {
      supplyPoints: base.gas.supplyPoints.map((p) => ({ ...p, disruptions: [...(p.disruptions ?? []), cut] })),
    };
  }
  if (w.coalCut && (base.yards ?? []).length > 0) {
    const cut = {
      ...windowOf(w.coalCut.start, w.coalCut.days, horizon),
      cutFraction: clampFraction(w.coalCut.percent),
    };
    overrides.yards = base.yards.map((y) => ({
      ...y,
      deliveries: { ...(y.deliveries ?? {}), disruptions: [...(y.deliveries?.disruptions ?? []), cut] },
    }));
  }
  if (w.mode) overrides.dispatch = { mode: w.mode };
  return overrides;
}

function clampFraction(percent) {
  const f = Number(percent) / 100;
  return Math.min(1, Math.max(0, Number.isFinite(f) ? f : 0));
}
