/**
 * Heat N-1 (the plans' 事故备用; docs/design.md#heat-n-1) on a hand-checked case. Zone A: 100 MW at design
 * (2 Mm² × 50 W/m², no loss) from a1 80 MW + a2 40 MW; zone B: 50 MW from b1 60 MW; link
 * A–B 20 MW sent, 10 % lost. With a1 out A gets 40 + 0.9 × B's spare 10 = 49 MW (49 %); a2 out:
 * 80 + 9 (89 %); b1 out: B gets 0.9 × 20 = 18 MW of A's spare (36 %). The loss makes the
 * answer unique: sending more than the spare would raise the total unserved heat for homes
 * (with a lossless link, A and B short 60 + 0 or 40 + 20 tie, and the LP may pick either).
 */
import { describe, expect, it } from 'vitest';
import { heatNMinusOne, type ScenarioInput } from '../../engine/index.ts';

const twoZones: ScenarioInput = {
  id: 'heat_n1',
  horizon: { start: '2013-01-10', end: '2013-01-20' },
  weather: { kind: 'constant', tMeanC: 0, designOutdoorTempC: -10 },
  zones: [
    { id: 'A', networkLossFraction: 0, buildings: [{ type: 'residential', areaM2: 2e6, heatIndexWPerM2: 50 }] },
    { id: 'B', networkLossFraction: 0, buildings: [{ type: 'residential', areaM2: 1e6, heatIndexWPerM2: 50 }] },
  ],
  links: [{ id: 'AB', from: 'A', to: 'B', capacityMW: 20, lossFraction: 0.1 }],
  sources: [
    { id: 'a1', kind: 'coal-boiler', zone: 'A', yard: 'y', capacityMW: 80 },
    { id: 'a2', kind: 'coal-boiler', zone: 'A', yard: 'y', capacityMW: 40 },
    { id: 'b1', kind: 'coal-boiler', zone: 'B', yard: 'y', capacityMW: 60 },
  ],
  yards: [{ id: 'y', openingStockT: 1e6 }],
  electricity: {},
  policy: {},
  dispatch: {},
};

describe('heatNMinusOne', () => {
  it('serves each zone with its largest source (and each source in turn) out, counting link imports', async () => {
    const r = await heatNMinusOne(twoZones);
    expect(r.tMeanC).toBe(-10);
    expect(r.pass).toBe(false);
    const [a, b] = r.rows;
    expect(a.designDemandMW).toBeCloseTo(100, 9);
    expect(b.designDemandMW).toBeCloseTo(50, 9);
    expect(a.intact.met && b.intact.met).toBe(true);
    expect(a.largestSource).toBe('a1');
    expect(a.largestOut!.servedShare).toBeCloseTo(0.49, 6);
    expect(a.largestOut!.netImportMW).toBeCloseTo(9, 6);
    expect(a.servedShareBySourceOut).toEqual({
      a1: expect.closeTo(0.49, 6),
      a2: expect.closeTo(0.89, 6),
      b1: expect.closeTo(1, 6),
    });
    expect(b.largestSource).toBe('b1');
    expect(b.largestOut!.servedShare).toBeCloseTo(0.36, 6);
    expect(b.largestOut!.unservedResidentialMW).toBeCloseTo(32, 6);
    expect(b.worst!.source).toBe('b1');
    expect(a.importCapacityMW).toBeCloseTo(18, 9);
    expect(a.capacityMarginMW).toBeCloseTo(120 - 80 + 18 - 100, 9);
    expect(b.capacityMarginMW).toBeCloseTo(60 - 60 + 18 - 50, 9);
  });
  it('passes once each zone could lose its largest source', async () => {
    const sources = [
      ...twoZones.sources,
      { id: 'a3', kind: 'coal-boiler' as const, zone: 'A', yard: 'y', capacityMW: 80 },
      { id: 'b2', kind: 'coal-boiler' as const, zone: 'B', yard: 'y', capacityMW: 60 },
    ];
    const r = await heatNMinusOne({ ...twoZones, sources });
    expect(r.pass).toBe(true);
    expect(r.rows.every((z) => z.largestOut!.met)).toBe(true);
  });
});
