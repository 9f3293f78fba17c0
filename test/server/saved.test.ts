/**
 * An analyst's own scenarios through inject(): save (validated, problems by JSON path), list,
 * read, replace, duplicate, delete; the templates; a workbook imported (and one refused by
 * sheet!cell); a run of a saved scenario with overrides; and a second app on the same
 * database file still listing what the first saved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioToXlsx } from '../../engine/index.ts';
import { buildApp } from '../../server/app.ts';
import { XLSX_TYPE } from '../../server/routes/import-xlsx.ts';
import { malformedCityXlsx } from '../fixtures/malformed-city.ts';
import { oneDayCoal } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'baogong-saved-'));
const dbFile = join(dir, 'store.db');
let app: FastifyInstance;

beforeAll(async () => {
  app = buildApp({ dbFile, rateLimitPerMinute: 0, workers: 1 });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const send = (method: 'POST' | 'PUT' | 'GET' | 'DELETE', url: string, payload?: unknown) =>
  app.inject({ method, url, payload: payload as object | undefined });

describe('saved scenarios', () => {
  let id = '';

  it('POST /v1/saved stores a valid scenario and answers 201 with Location', async () => {
    const res = await send('POST', '/v1/saved', { name: 'my town', scenario: oneDayCoal() });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    id = body.id;
    expect(res.headers.location).toBe(`/v1/saved/${id}`);
    expect(body).toMatchObject({ name: 'my town', scenarioId: oneDayCoal().id, scenario: oneDayCoal() });
  });

  it('refuses an invalid scenario with its problems by JSON path under scenario.', async () => {
    const bad = oneDayCoal() as { sources: Array<Record<string, unknown>> };
    bad.sources[0].capacityMW = -5;
    const res = await send('POST', '/v1/saved', { name: 'bad', scenario: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'SCENARIO_SCHEMA',
      path: 'scenario.sources[0].capacityMW',
      problems: [{ path: 'scenario.sources[0].capacityMW' }],
    });
    const noName = await send('POST', '/v1/saved', { name: ' ', scenario: oneDayCoal() });
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toMatchObject({ code: 'BAD_REQUEST', path: 'name' });
  });

  it('lists, reads, replaces, duplicates and deletes', async () => {
    const list = (await send('GET', '/v1/saved')).json().saved;
    expect(list).toEqual([expect.objectContaining({ id, name: 'my town', scenarioId: oneDayCoal().id })]);
    expect(list[0].scenario).toBeUndefined();

    const changed = { ...oneDayCoal(), name: 'renamed inside' };
    const put = await send('PUT', `/v1/saved/${id}`, { name: 'my town v2', scenario: changed });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ id, name: 'my town v2', scenario: changed });
    expect((await send('GET', `/v1/saved/${id}`)).json().scenario).toEqual(changed);

    const copy = await send('POST', `/v1/saved/${id}/duplicate`);
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ name: 'my town v2 (copy)', scenario: changed });
    const copyId = copy.json().id;
    expect(copyId).not.toBe(id);
    expect((await send('GET', '/v1/saved')).json().saved).toHaveLength(2);

    expect((await send('DELETE', `/v1/saved/${copyId}`)).statusCode).toBe(204);
    const gone = await send('GET', `/v1/saved/${copyId}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ code: 'SAVED_NOT_FOUND', path: 'id' });
    expect((await send('DELETE', `/v1/saved/${copyId}`)).statusCode).toBe(404);
    expect((await send('PUT', `/v1/saved/${copyId}`, { name: 'x', scenario: oneDayCoal() })).statusCode).toBe(404);
  });

  it('POST /v1/runs runs a saved scenario with overrides; an unknown id answers 404', async () => {
    const res = await send('POST', '/v1/runs', { saved: id, overrides: { heating: { indoorSetpointC: 20 } } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ scenarioId: oneDayCoal().id, cached: false });
    const validate = await send('POST', '/v1/scenarios/validate', { saved: id, overrides: {} });
    expect(validate.statusCode).toBe(200);
    const missing = await send('POST', '/v1/runs', { saved: 'nope', overrides: {} });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'SAVED_NOT_FOUND', path: 'saved' });
    const bad = await send('POST', '/v1/runs', { saved: id, overrides: { horizon: { start: 'soon' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().path).toBe('horizon.start');
  });

  it('a new app on the same database file still lists and serves the saved scenario', async () => {
    const second = buildApp({ dbFile, rateLimitPerMinute: 0, workers: 1 });
    try {
      await second.ready();
      const list = (await second.inject({ method: 'GET', url: '/v1/saved' })).json().saved;
      expect(list.map((s: { id: string }) => s.id)).toEqual([id]);
      const one = await second.inject({ method: 'GET', url: `/v1/saved/${id}` });
      expect(one.json()).toMatchObject({ name: 'my town v2' });
    } finally {
      await second.close();
    }
  });
});

describe('templates', () => {
  it('lists blank, county and city, and gives one that validates on the server', async () => {
    const list = (await send('GET', '/v1/templates')).json().templates;
    expect(list.map((t: { name: string }) => t.name)).toEqual(['blank', 'county', 'city']);
    for (const name of ['blank', 'county', 'city']) {
      const t = await send('GET', `/v1/templates/${name}`);
      expect(t.statusCode).toBe(200);
      expect(t.json().weather.file).toBe('data/beijing-daily-temperature-2010-2014.csv');
      expect((await send('POST', '/v1/scenarios/validate', t.json())).statusCode).toBe(200);
    }
    const missing = await send('GET', '/v1/templates/metropolis');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'TEMPLATE_NOT_FOUND' });
  });
});

describe('POST /v1/scenarios/import-xlsx', () => {
  const postXlsx = (payload: Buffer) =>
    app.inject({ method: 'POST', url: '/v1/scenarios/import-xlsx', headers: { 'content-type': XLSX_TYPE }, payload });

  it('reads a workbook back into the scenario', async () => {
    const res = await postXlsx(await scenarioToXlsx(oneDayCoal()));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: oneDayCoal().id, sources: [{ id: 'boiler', capacityMW: 100 }] });
  });

  it('refuses a malformed workbook with problems by sheet!cell, and bytes that are no workbook', async () => {
    const res = await postXlsx(await malformedCityXlsx());
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('SCENARIO_XLSX');
    expect(res.json().problems).toContainEqual(
      expect.objectContaining({ path: 'sources!F3', message: 'capacityMW must be ≥ 0 (got -5)' }),
    );
    const junk = await postXlsx(Buffer.from('not a workbook'));
    expect(junk.statusCode).toBe(400);
    expect(junk.json().code).toBe('SCENARIO_XLSX');
  });
});
