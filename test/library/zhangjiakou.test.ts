/**
 * Zhangjiakou city heat-supply plan (as summarised in scenarios/zhangjiakou.json): a coal CHP plant of 2 × 300 MW
 * units retrofitted for heat, district boiler houses of 2 × 70 MW and 2 × 63 MW in two
 * districts, networks interconnected so that sources back each other up (多热源联网, 事故备用).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario, type RunResult, type Scenario } from '../../engine/index.ts';
import { largestSource, type HeatN1Report } from '../../scenarios/library/checks.ts';
import { ZHANGJIAKOU } from '../../scenarios/library/plans.ts';
import { heatNMinusOne, heatNMinusOneByZone, loadLibraryScenario } from '../../scenarios/library/studies.ts';
import { expectGolden } from './golden-file.ts';

let s: Scenario;
let season: RunResult, n1: HeatN1Report, byZone: HeatN1Report[];

beforeAll(async () => {
  s = loadLibraryScenario('zhangjiakou');
  season = await runScenario(s);
  n1 = await heatNMinusOne(s);
  byZone = await heatNMinusOneByZone(s);
});

describe('zhangjiakou', () => {
  // Plan: CHP 2 × 300 MW units; boiler houses 2 × 70 MW and 2 × 63 MW in two districts.
  it('has the plan\'s sources, in zones linked with limited transfer capacity', () => {
    const boilers = s.sources.filter((x) => x.kind === 'coal-boiler').map((x) => x.capacityMW).sort((a, b) => b - a);
    expect(boilers).toEqual([...ZHANGJIAKOU.boilerUnitsMW]);
    expect(s.sources.filter((x) => x.kind === 'coal-chp').map((x) => x.id)).toEqual([...ZHANGJIAKOU.chpUnits]);
    expect(s.zones).toHaveLength(3);
    expect(s.links.length).toBeGreaterThanOrEqual(2);
    for (const l of s.links) expect(l.capacityMW).toBeLessThan(largestSource(s).capacityMW); // no link can replace a unit
    // over the season the links are used and never above their capacity
    for (const l of s.links) for (const d of season.days) expect(Math.abs(d.links[l.id].flowMWh)).toBeLessThanOrEqual(l.capacityMW * 24 + 1e-6);
    expect(season.days.some((d) => Object.values(d.links).some((f) => Math.abs(f.flowMWh) > 1))).toBe(true);
  });

  // Plan: 事故备用 — the heat N-1 check (docs/design.md#heat-n-1): the design day with the largest unit out.
  it('runs the heat N-1 check with the largest unit out on the design day', () => {
    expect(n1.outOfService).toBe(ZHANGJIAKOU.chpUnits[0]);
    const describe = (r: HeatN1Report) => `${r.outOfService} out: fully served ${r.servedZones.join(', ') || 'none'}; ` +
      r.zones.map((z) => `${z.zone} unserved ${(z.unservedMWh / 24).toFixed(1)} MW (homes ${(z.unservedResidentialMWh / 24).toFixed(1)}), net import ${(z.netImportMWh / 24).toFixed(1)} MW`).join('; ') +
      '; links ' + r.links.map((l) => `${l.link} ${(l.flowMWh / 24).toFixed(1)} MW (${(l.utilisation * 100).toFixed(0)} %)`).join(', ');
    console.log(`zhangjiakou N-1: ${describe(n1)}`);
    for (const r of byZone) console.log(`zhangjiakou N-1 by zone: ${describe(r)}`);

    const main = n1.zones.find((z) => z.zone === 'main_network')!;
    expect(main.fullyServed).toBe(false); // one 320 MW unit is more than the links and the boiler houses can replace
    expect(main.netImportMWh).toBeGreaterThan(0); // the districts send heat to the main network
    for (const l of n1.links) expect(l.utilisation).toBeLessThanOrEqual(1 + 1e-9);
    expect(n1.unservedMWh).toBeCloseTo(n1.zones.reduce((a, z) => a + z.unservedMWh, 0), 6);
    // homes come first (policy): heat for homes is short only where the whole system is short of heat
    expect(n1.zones.filter((z) => z.zone !== 'main_network').every((z) => z.unservedResidentialMWh < 1e-3)).toBe(true);
    // a boiler unit out is covered: through the links every zone is still fully served
    const boilerCases = byZone.filter((r) => r.outOfService !== n1.outOfService);
    expect(boilerCases.length).toBe(2);
    for (const r of boilerCases) expect(r.servedZones).toHaveLength(3);
  });

  it('matches its golden result', () => expectGolden(season));
});
