/** Each run keeps its what-if and a label (POST, PATCH, list, one run, compare); an older store file gains the columns. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { RunStore } from '../../server/store.ts';
import { whatIfOf } from '../../server/what-if-summary.ts';
import { DEMO_ID, demoScenario } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  await app.ready();
});
afterAll(() => app.close());

const demo = demoScenario();
/** What the page sends (server/public/what-if.js): the whole arrays, the added item beside the scenario's own. */
const whatIfOverrides = {
  dispatch: { mode: 'season' },
  heating: { indoorSetpointC: 20 },
  coldWaves: [{ start: '2013-01-05', days: 7, grade: 'extreme' }],
  gas: {
    supplyPoints: demo.gas.supplyPoints.map((p: Record<string, unknown>) => ({
      ...p,
      disruptions: [{ start: '2013-01-05', end: '2013-01-14', cutFraction: 0.5 }],
    })),
  },
};

describe('a run remembers its what-if and label', () => {
  let whatIfRun: string;
  let baseline: string;

  it('POST /v1/runs stores the label and the what-if read from the overrides', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/runs',
      payload: { base: DEMO_ID, overrides: whatIfOverrides, label: '  extreme wave, half the gas  ' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    whatIfRun = body.id;
    expect(body.label).toBe('extreme wave, half the gas');
    expect(body.whatIf).toEqual({
      coldWaves: [{ start: '2013-01-05', days: 7, grade: 'extreme' }],
      gasCuts: [
        { at: 'pipeline', start: '2013-01-05', end: '2013-01-14', days: 10, cutFraction: 0.5 },
        { at: 'lng', start: '2013-01-05', end: '2013-01-14', days: 10, cutFraction: 0.5 },
      ],
      coalCuts: [],
      setpointC: 20,
      mode: 'season',
      other: [],
    });
    const base = await app.inject({
      method: 'POST',
      url: '/v1/runs',
      payload: { base: DEMO_ID, overrides: { dispatch: { mode: 'season' } } },
    });
    baseline = base.json().id;
    expect(base.json()).toMatchObject({ label: null, whatIf: { coldWaves: [], gasCuts: [], mode: 'season' } });
  });

  it('refuses a label over 80 characters', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/runs',
      payload: { base: DEMO_ID, overrides: {}, label: 'x'.repeat(81) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('BAD_REQUEST');
  });

  it('GET /v1/runs and GET /v1/runs/:id show them; PATCH renames; the identical input with a label renames too', async () => {
    const list = (await app.inject({ method: 'GET', url: '/v1/runs' })).json().runs;
    expect(list.find((r: { id: string }) => r.id === whatIfRun)).toMatchObject({
      label: 'extreme wave, half the gas',
      whatIf: { setpointC: 20 },
    });
    const one = await app.inject({ method: 'GET', url: `/v1/runs/${whatIfRun}` });
    expect(one.json()).toMatchObject({ scenarioId: DEMO_ID, label: 'extreme wave, half the gas' });
    expect(one.json().whatIf.coldWaves).toHaveLength(1);

    const renamed = await app.inject({ method: 'PATCH', url: `/v1/runs/${whatIfRun}`, payload: { label: 'wave A' } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ id: whatIfRun, label: 'wave A' });
    const tooLong = await app.inject({
      method: 'PATCH',
      url: `/v1/runs/${whatIfRun}`,
      payload: { label: 'y'.repeat(81) },
    });
    expect(tooLong.statusCode).toBe(400);
    const missing = await app.inject({ method: 'PATCH', url: '/v1/runs/r_nothing', payload: { label: 'a' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('RUN_NOT_FOUND');

    const again = await app.inject({
      method: 'POST',
      url: '/v1/runs',
      payload: { base: DEMO_ID, overrides: whatIfOverrides, label: 'wave B' },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: whatIfRun, cached: true, label: 'wave B' });
  });

  it('GET /v1/compare shows labels, what-ifs, and unserved heat and cost parts with units', async () => {
    const res = await app.inject({ method: 'GET', url: `/v1/compare?runs=${baseline},${whatIfRun}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.runs.map((r: { label: string | null }) => r.label)).toEqual([null, 'wave B']);
    expect(body.runs[1].whatIf.gasCuts).toHaveLength(2);
    const byKey = Object.fromEntries(body.figures.map((f: { key: string }) => [f.key, f]));
    for (const [key, unit] of [
      ['coalBurnT', 't'],
      ['gasSuppliedM3', 'm³'],
      ['unservedHeatMWh', 'MWh'],
      ['unservedResidentialHeatMWh', 'MWh'],
      ['supplyCostYuan', '¥'],
      ['shortageCostYuan', '¥'],
      ['costYuan', '¥'],
    ]) {
      expect(byKey[key].unit).toBe(unit);
      expect(byKey[key].a).toBe(body.runs[0].summary[key]);
      expect(byKey[key].delta).toBeCloseTo(body.runs[1].summary[key] - body.runs[0].summary[key], 6);
    }
    const chart = (
      await app.inject({ method: 'GET', url: `/v1/compare/chart.json?runs=${baseline},${whatIfRun}` })
    ).json();
    expect(JSON.stringify(chart)).toContain(`B: ${whatIfRun} wave B`);
    expect(JSON.stringify(chart)).toContain(`A: ${baseline}`);
  });
});

describe('what-if summary and store migration', () => {
  it('reads coal cuts and other keys from the overrides', () => {
    const w = whatIfOf(demo, {
      yards: demo.yards.map((y: Record<string, any>) => ({
        ...y,
        deliveries: { ...y.deliveries, disruptions: [{ start: '2013-01-01', end: '2013-01-03', cutFraction: 1 }] },
      })),
      sources: [],
    });
    expect(w.coalCuts).toEqual([{ at: 'main', start: '2013-01-01', end: '2013-01-03', days: 3, cutFraction: 1 }]);
    expect(w.other).toEqual(['sources']);
  });

  it('adds the label and what-if columns to a store file made before them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogong-migrate-'));
    try {
      const file = join(dir, 'old.db');
      const old = new Database(file);
      old.exec(`CREATE TABLE runs (id TEXT PRIMARY KEY, input_hash TEXT NOT NULL UNIQUE, scenario_id TEXT NOT NULL,
        created_at TEXT NOT NULL, summary_json TEXT NOT NULL, result_json TEXT NOT NULL, scenario_json TEXT NOT NULL);
        INSERT INTO runs VALUES ('r1', 'h', 's', '2026-01-01T00:00:00Z', '{}', '{"a":1}', '{"name":"n"}');`);
      old.close();
      const store = new RunStore(file);
      expect(store.get('r1')).toMatchObject({ id: 'r1', label: null, whatIfJson: null });
      expect(store.setLabel('r1', 'kept')).toBe(true);
      store.close();
      const reopened = new RunStore(file);
      expect(reopened.get('r1')?.label).toBe('kept');
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
