/** The library folder is re-read without a restart: a scenario file dropped in shows in GET /v1/scenarios; the schema file never does. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { oneDayCoal } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'baogong-library-'));
let app: FastifyInstance;

beforeAll(async () => {
  writeFileSync(join(dir, 'first.json'), JSON.stringify({ ...oneDayCoal(), id: 'first_city' }));
  writeFileSync(join(dir, 'scenario.schema.json'), JSON.stringify({ id: 'not_a_scenario' }));
  app = buildApp({ libraryDir: dir, rateLimitPerMinute: 0, workers: 1 });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = async () =>
  ((await app.inject({ method: 'GET', url: '/v1/scenarios' })).json().scenarios as Array<{ id: string }>).map(
    (s) => s.id,
  );

describe('the library folder', () => {
  it('shows a file dropped in, an edit and a removal without a restart', async () => {
    expect(await ids()).toEqual(['first_city']);
    writeFileSync(join(dir, 'second.json'), JSON.stringify({ ...oneDayCoal(), id: 'second_city', name: 'Second' }));
    expect(await ids()).toEqual(['first_city', 'second_city']);
    const one = await app.inject({ method: 'GET', url: '/v1/scenarios/second_city' });
    expect(one.json()).toMatchObject({ name: 'Second' });
    const run = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { base: 'second_city' } });
    expect(run.statusCode).toBe(200);

    writeFileSync(
      join(dir, 'second.json'),
      JSON.stringify({ ...oneDayCoal(), id: 'second_city', name: 'Edited name' }),
    );
    expect((await app.inject({ method: 'GET', url: '/v1/scenarios/second_city' })).json().name).toBe('Edited name');
    rmSync(join(dir, 'second.json'));
    expect(await ids()).toEqual(['first_city']);
  });
});
