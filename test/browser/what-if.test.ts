/**
 * The page's what-if → `overrides` (server/public/what-if.js, plain browser JS): arrays replace
 * in the server's merge, so every supply point / yard comes back whole with the cut added, and
 * the merged scenario passes the engine's validation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../engine/index.ts';

const whatIfUrl: string = new URL('../../server/public/what-if.js', import.meta.url).href;
const { buildOverrides, windowOf } = await import(whatIfUrl);
const demo = JSON.parse(readFileSync(new URL('../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'));

/** RFC 7386 merge as the server does it: objects merge, arrays and scalars replace. */
function merge(base: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  for (const [k, v] of Object.entries(patch))
    if (v === null) delete out[k];
    else out[k] = merge(out[k], v);
  return out;
}

describe('buildOverrides', () => {
  it('adds a graded cold wave and the setpoint', () => {
    const o = buildOverrides(demo, { coldWave: { start: '2013-01-08', days: 6, grade: 'extreme' }, setpointC: 20 });
    expect(o).toEqual({
      coldWaves: [{ start: '2013-01-08', days: 6, grade: 'extreme' }],
      heating: { indoorSetpointC: 20 },
    });
  });

  it('gives a cold wave by depth as dropC, after the scenario’s own cold waves', () => {
    const o = buildOverrides(
      { ...demo, coldWaves: [{ start: '2012-12-01', grade: 'strong' }] },
      { coldWave: { start: '2013-01-08', days: 4, grade: 'depth', dropC: 12 } },
    );
    expect(o.coldWaves).toEqual([
      { start: '2012-12-01', grade: 'strong' },
      { start: '2013-01-08', days: 4, dropC: 12 },
    ]);
  });

  it('cuts every gas supply point, keeping its own disruptions and all its other fields', () => {
    const o = buildOverrides(demo, { gasCut: { percent: 40, start: '2013-01-10', days: 5 } });
    const points = demo.gas.supplyPoints;
    expect(o.gas.supplyPoints).toHaveLength(points.length);
    o.gas.supplyPoints.forEach((p: { disruptions: unknown[] }, i: number) => {
      expect(p).toEqual({
        ...points[i],
        disruptions: [...(points[i].disruptions ?? []), { start: '2013-01-10', end: '2013-01-14', cutFraction: 0.4 }],
      });
    });
  });

  it('cuts coal deliveries of every yard, keeping base rate, schedule and existing disruptions', () => {
    const o = buildOverrides(demo, { coalCut: { percent: 50, start: '2013-02-01', days: 10 } });
    const y = o.yards[0];
    expect(y.deliveries.baseTPerDay).toBe(demo.yards[0].deliveries.baseTPerDay);
    expect(y.deliveries.disruptions).toEqual([
      ...demo.yards[0].deliveries.disruptions,
      { start: '2013-02-01', end: '2013-02-10', cutFraction: 0.5 },
    ]);
    expect(y.reserve).toEqual(demo.yards[0].reserve);
  });

  it('keeps windows inside the horizon', () => {
    expect(windowOf('2013-03-10', 30, demo.horizon)).toEqual({ start: '2013-03-10', end: '2013-03-15' });
    expect(windowOf('2012-10-01', 3, demo.horizon)).toEqual({ start: '2012-11-15', end: '2012-11-17' });
  });

  it('everything at once merges into a scenario that validates', () => {
    const o = buildOverrides(demo, {
      coldWave: { start: '2013-01-08', days: 6, grade: 'strong' },
      gasCut: { percent: 100, start: '2013-03-01', days: 40 },
      coalCut: { percent: 30, start: '2013-01-01', days: 20 },
      setpointC: 18,
      mode: 'season',
    });
    const outcome = checkScenario(merge(demo, o));
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
  });
});
