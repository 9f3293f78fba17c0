/**
 * Invariants re-derived from a RunResult's own numbers (docs/architecture.md#tests): balances close, stocks
 * never go negative, gas served + cut = demand, and the policy order holds. Each check
 * returns messages instead of throwing, so a property test can show every broken rule.
 */
import type { RunResult, ScenarioInput } from '../../engine/index.ts';
import { DEFAULT_PROTECT_ORDER } from '../../engine/index.ts';

const REL = 1e-6;
/** Absolute slack for quantities that should be exactly 0 (MWh, t, m³). */
const ABS = 1e-4;
const close = (a: number, b: number) => Math.abs(a - b) <= REL * Math.max(1, Math.abs(a), Math.abs(b));

export function checkInvariants(r: RunResult, scenario: ScenarioInput): string[] {
  const bad: string[] = [];
  const order = scenario.policy?.protectOrder ?? DEFAULT_PROTECT_ORDER;
  const sourceZone = new Map((scenario.sources ?? []).map((s) => [s.id, s.zone]));
  const prevStock = new Map((scenario.yards ?? []).map((y) => [y.id, y.openingStockT]));

  for (const d of r.days) {
    // zone heat balance: own sources + net imports + unserved − dumped = demand
    for (const [zid, z] of Object.entries(d.zones)) {
      // a heat store's net charge (intra-day blocks) stays out of the zone that day
      const own = Object.entries(d.sources)
        .filter(([sid]) => sourceZone.get(sid) === zid)
        .reduce((s, [, v]) => s + v.heatMWh - (v.storageNetChargeMWh ?? 0), 0);
      const fed = own + z.netImportMWh + z.unservedMWh - z.dumpedMWh;
      if (!close(fed, z.demandMWh)) bad.push(`${d.date} zone ${zid}: heat in ${fed} ≠ demand ${z.demandMWh}`);
      if (z.unservedMWh < -ABS || z.unservedMWh > z.demandMWh + ABS)
        bad.push(`${d.date} zone ${zid}: unserved ${z.unservedMWh} outside [0, demand]`);
    }
    // yard stock balance and non-negativity
    for (const [yid, y] of Object.entries(d.yards)) {
      const expected = (prevStock.get(yid) ?? 0) + y.deliveredT - y.burnT;
      if (!close(y.stockT, expected))
        bad.push(`${d.date} yard ${yid}: stock ${y.stockT} ≠ previous + delivered − burn = ${expected}`);
      if (y.stockT < 0) bad.push(`${d.date} yard ${yid}: negative stock ${y.stockT}`);
      if (y.deliveredT > y.scheduledT + ABS)
        bad.push(`${d.date} yard ${yid}: delivered ${y.deliveredT} > scheduled ${y.scheduledT}`);
      prevStock.set(yid, y.stockT);
    }
    // gas: served + cut = demand per category; supply = served + heat sources
    let served = 0;
    for (const [cat, c] of Object.entries(d.gas.categories)) {
      if (!c) continue;
      if (!close(c.servedM3 + c.cutM3, c.demandM3)) bad.push(`${d.date} gas ${cat}: served + cut ≠ demand`);
      if (c.cutM3 < -ABS || c.servedM3 < -ABS) bad.push(`${d.date} gas ${cat}: negative served or cut`);
      served += c.servedM3;
    }
    const supply = Object.values(d.gas.supplyM3).reduce((a, b) => a + b, 0) + d.gas.withdrawalM3 - d.gas.injectionM3;
    if (!close(supply, served + d.gas.heatSourcesM3))
      bad.push(`${d.date} gas balance: supply ${supply} ≠ served ${served} + heat sources ${d.gas.heatSourcesM3}`);
    bad.push(...priorityViolations(d, order, scenario.policy?.gasCurtailment ?? 'priority'));
  }
  return bad;
}

/** 压非保民: no category is cut while a later-cut (less protected) category still gets gas. */
function priorityViolations(d: RunResult['days'][number], order: readonly string[], mode: string): string[] {
  const cats = order
    .filter((i) => i.startsWith('gas-'))
    .map((i) => i.slice(4))
    .filter((c) => d.gas.categories[c as never]);
  const get = (c: string) =>
    d.gas.categories[c as never] as unknown as { demandM3: number; servedM3: number; cutM3: number };
  const bad: string[] = [];
  // solver precision: a relative 1e-6 of the day's gas demand may move between categories
  const slack = ABS + REL * cats.reduce((s, c) => s + get(c).demandM3, 0);
  if (mode === 'pro-rata') {
    const shares = cats.filter((c) => get(c).demandM3 > 1).map((c) => get(c).cutM3 / get(c).demandM3);
    if (shares.length > 1 && Math.max(...shares) - Math.min(...shares) > 1e-6)
      bad.push(`${d.date} pro-rata: cut shares differ ${shares.join(', ')}`);
    return bad;
  }
  for (let i = 0; i < cats.length; i++) {
    const more = get(cats[i]);
    if (more.cutM3 <= slack) continue;
    for (const less of cats.slice(i + 1))
      if (get(less).servedM3 > slack)
        bad.push(`${d.date}: ${cats[i]} cut ${more.cutM3} m³ while ${less} still gets ${get(less).servedM3} m³`);
  }
  return bad;
}

/** The result without the wall-clock fields (solve times), for determinism checks. */
export function withoutTimings(r: RunResult): unknown {
  return { ...r, solver: { ...r.solver, solveMs: 0 } };
}
