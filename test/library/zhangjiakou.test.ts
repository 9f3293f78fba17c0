/**
 * Zhangjiakou city heat-supply plan (as summarised in scenarios/zhangjiakou.json): a coal CHP plant of 2 × 300 MW
 * units retrofitted for heat, district boiler houses of 2 × 70 MW and 2 × 63 MW in two
 * districts, networks interconnected so that sources back each other up (多热源联网, 事故备用).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  heatNMinusOne,
  runScenario,
  type HeatN1Result,
  type RunResult,
  type Scenario,
  type ZoneOutcome,
} from '../../engine/index.ts';
import { ZHANGJIAKOU } from '../../scenarios/library/plans.ts';
import { loadLibraryScenario } from '../../scenarios/library/studies.ts';
import { expectGolden } from './golden-file.ts';

let s: Scenario;
let season: RunResult, n1: HeatN1Result;

beforeAll(async () => {
  s = loadLibraryScenario('zhangjiakou');
  season = await runScenario(s);
  n1 = await heatNMinusOne(s); // the engine's heat N-1: the design day with each source out in turn
});

describe('zhangjiakou', () => {
  // Plan: CHP 2 × 300 MW units; boiler houses 2 × 70 MW and 2 × 63 MW in two districts.
  it("has the plan's sources, in zones linked with limited transfer capacity", () => {
    const boilers = s.sources
      .filter((x) => x.kind === 'coal-boiler')
      .map((x) => x.capacityMW)
      .sort((a, b) => b - a);
    expect(boilers).toEqual([...ZHANGJIAKOU.boilerUnitsMW]);
    expect(s.sources.filter((x) => x.kind === 'coal-chp').map((x) => x.id)).toEqual([...ZHANGJIAKOU.chpUnits]);
    expect(s.zones).toHaveLength(3);
    expect(s.links.length).toBeGreaterThanOrEqual(2);
    const largestMW = Math.max(...s.sources.map((x) => x.capacityMW));
    for (const l of s.links) expect(l.capacityMW).toBeLessThan(largestMW); // no link can replace a unit
    // over the season the links are used and never above their capacity
    for (const l of s.links)
      for (const d of season.days)
        expect(Math.abs(d.links[l.id].flowMWh)).toBeLessThanOrEqual(l.capacityMW * 24 + 1e-6);
    expect(season.days.some((d) => Object.values(d.links).some((f) => Math.abs(f.flowMWh) > 1))).toBe(true);
  });

  // Plan: 事故备用 — the heat N-1 check (docs/design.md#heat-n-1): the design day with the largest unit out.
  it('runs the heat N-1 check with the largest unit out on the design day', () => {
    const mw = (x: number) => x.toFixed(1);
    const outcome = (o: ZoneOutcome) =>
      `unserved ${mw(o.unservedMW)} MW (homes ${mw(o.unservedResidentialMW)}), net import ${mw(o.netImportMW)} MW`;
    for (const r of n1.rows)
      console.log(
        `zhangjiakou N-1 ${r.zone}: own largest ${r.largestSource} out: ${r.largestOut ? outcome(r.largestOut) : '—'}; worst single outage ${r.worst?.source}: ${r.worst ? outcome(r.worst.outcome) : '—'}; margin ${mw(r.capacityMarginMW)} MW`,
      );

    const row = (zone: string) => n1.rows.find((r) => r.zone === zone)!;
    const main = row('main_network');
    expect(main.largestSource).toBe(ZHANGJIAKOU.chpUnits[0]); // the first of the two equal units
    expect(main.largestOut!.met).toBe(false); // one 320 MW unit is more than the links and the boiler houses can replace
    expect(main.largestOut!.netImportMW).toBeGreaterThan(0); // the districts send heat to the main network
    expect(n1.pass).toBe(false);
    // homes come first (policy): with a CHP unit out, the districts' worst case, their homes keep their heat
    for (const r of n1.rows.filter((x) => x.zone !== 'main_network')) {
      expect(ZHANGJIAKOU.chpUnits).toContain(r.worst!.source);
      expect(r.worst!.outcome.unservedResidentialMW).toBeLessThan(1e-3 / 24);
    }
    // a boiler unit out is covered: through the links every zone is still fully served
    const boilerCases = [...new Set(n1.rows.filter((r) => r.zone !== 'main_network').map((r) => r.largestSource!))];
    expect(boilerCases).toHaveLength(2);
    for (const id of boilerCases)
      for (const r of n1.rows) expect(r.servedShareBySourceOut[id]).toBeGreaterThan(1 - 1e-6);
  });

  it('matches its golden result', () => expectGolden(season));
});
