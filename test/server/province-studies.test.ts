/**
 * Province studies from the server: GET /v1/studies/library lists the shipped studies of the
 * library's studies/ folder; POST /v1/studies `{ kind: "province", study: <id> }` puts one on
 * the queue (a throwaway Redis on 127.0.0.1, a worker in this process on no extra thread) and
 * GET follows it to its result, which is `runProvinceStudy`'s byte for byte but for `timing`;
 * an unknown study is 404 LIBRARY_STUDY_NOT_FOUND, bad input 400 naming the field, a city
 * scenario or weather file outside the scenarios folder (a path or a link) FILE_NOT_ALLOWED
 * with paths relative to it; a reader cannot start one, a runner cannot cancel another's.
 *
 * The study is the hand-checked two-city fixture (3 days each): 6 seasons cost well under a
 * second.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProvinceStudy, runProvinceStudy } from '../../engine/index.ts';
import { buildApp } from '../../server/app.ts';
import { studiesServer, whileRunning } from '../support/studies-server.ts';

const FIXTURES = new URL('../fixtures/province/', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'baogong-pstudies-'));
const lib = join(root, 'scenarios');
const outside = join(root, 'outside');

const fixture = () => JSON.parse(readFileSync(join(FIXTURES, 'two-cities.json'), 'utf8'));
const withCities = (id: string, a: string, b: string) => {
  const s = fixture();
  return {
    ...s,
    id,
    cities: [
      { ...s.cities[0], scenario: a },
      { ...s.cities[1], scenario: b },
    ],
  };
};

/** The library: the two cities and their weather at its top, the studies in studies/, some of them bad. */
function makeLibrary() {
  mkdirSync(join(lib, 'studies'), { recursive: true });
  mkdirSync(outside);
  for (const f of ['city-a.json', 'city-b.json', 'weather.csv']) copyFileSync(join(FIXTURES, f), join(lib, f));
  copyFileSync(join(FIXTURES, 'city-a.json'), join(outside, 'city-a.json'));
  copyFileSync(join(FIXTURES, 'weather.csv'), join(outside, 'weather.csv'));
  const study = (file: string, body: object) => writeFileSync(join(lib, 'studies', file), JSON.stringify(body));
  study('two-cities.json', withCities('two_cities', '../city-a.json', '../city-b.json'));
  study('by-id.json', withCities('by_id', 'city_a', 'city-b'));
  study('escapes.json', withCities('escapes', '../../outside/city-a.json', '../city-b.json'));
  symlinkSync(join(outside, 'city-a.json'), join(lib, 'linked-a.json'));
  study('linked.json', withCities('linked', '../linked-a.json', '../city-b.json'));
  // a city whose CSV weather is a link out of the folder
  mkdirSync(join(lib, 'far'));
  symlinkSync(join(outside, 'weather.csv'), join(lib, 'far', 'weather.csv'));
  copyFileSync(join(FIXTURES, 'city-a.json'), join(lib, 'far', 'city-a.json'));
  study('far-weather.json', withCities('far_weather', '../far/city-a.json', '../city-b.json'));
  study('not-here.json', withCities('not_here', 'no_such_city', '../city-b.json'));
  const badRef = withCities('bad_ref', '../city-a.json', '../city-b.json');
  study('bad-ref.json', {
    ...badRef,
    shared: { ...badRef.shared, weather: { referenceCity: 'c', kind: 'historical' } },
  });
  writeFileSync(join(lib, 'studies', 'broken.json'), '{ not json');
}

const STUDY = { kind: 'province', study: 'two_cities', runs: 6, seed: 7, chunkSize: 2 };
const withoutTiming = (r: object) => JSON.stringify({ ...r, timing: undefined });

const server = studiesServer({ libraryDir: lib });
const { as, post, get } = server;
beforeAll(async () => {
  makeLibrary();
  await server.start();
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the shipped province studies', () => {
  it('GET /v1/studies/library lists the studies/ folder by id, names and cities (not the study JSON)', async () => {
    const res = await get('/v1/studies/library');
    expect(res.statusCode, res.body).toBe(200);
    const { studies } = res.json();
    expect(studies.map((s: { id: string }) => s.id).sort()).toEqual(
      ['bad_ref', 'by_id', 'escapes', 'far_weather', 'linked', 'not_here', 'two_cities'].sort(),
    );
    const two = studies.find((s: { id: string }) => s.id === 'two_cities');
    expect(two).toMatchObject({ file: 'two-cities.json', runs: null, seed: null });
    expect(two.cities.map((c: { id: string }) => c.id)).toEqual(['a', 'b']);
    expect(two.names.en).toContain('Two cities');
    expect(two.study).toBeUndefined();
  });

  it('the shipped library has the plan province', async () => {
    const bare = buildApp({ rateLimitPerMinute: 0, workers: 1 });
    try {
      const { studies } = (await bare.inject({ method: 'GET', url: '/v1/studies/library' })).json();
      const plan = studies.find((s: { id: string }) => s.id === 'plan_province');
      expect(plan).toMatchObject({ file: 'plan-province.json', runs: 200, seed: 1 });
      expect(plan.names.zh).toBe('由五个规划城市虚构组成的一个省');
      expect(plan.cities).toHaveLength(5);
    } finally {
      await bare.close();
    }
  });
});

describe('a province study from the server', () => {
  it('answers 202, shows its progress, then the local result byte for byte (timing aside)', async () => {
    const local = runProvinceStudy(loadProvinceStudy(join(lib, 'studies', 'two-cities.json')), {
      runs: 6,
      seed: 7,
      workers: 0,
    });
    const made = await post({ ...STUDY, label: 'two cities' });
    expect(made.statusCode, made.body).toBe(202);
    const study = made.json();
    expect(study).toMatchObject({ kind: 'province', scenarioId: 'two_cities', runs: 6, seed: 7, chunks: 3 });
    expect(study.id).toMatch(/^province-/);
    const waiting = (await get(study.status)).json();
    expect(waiting.status).toMatchObject({ state: 'running', seasonsDone: 0, runs: 6 });
    expect(waiting.result).toBeUndefined();

    const worker = await server.queue.startWorker('province-test-worker');
    const answer = await whileRunning(() => get(study.status), waiting);
    expect(answer.status).toMatchObject({ state: 'done', seasonsDone: 6, chunksDone: 3, chunksFailed: 0 });

    const full = await get(`${study.status}/result.json`);
    expect(full.statusCode, full.body).toBe(200);
    expect(withoutTiming(full.json())).toBe(withoutTiming(await local));
    // the status answer: the same result without its per-season rows
    const { rows, ...summary } = JSON.parse(full.body);
    expect(rows).toHaveLength(6);
    expect(answer.result).toEqual(summary);
    expect(answer.result.distribution.cities.map((c: { id: string }) => c.id)).toEqual(['a', 'b']);
    await worker.close();
  }, 30_000);

  it('a city named by its library id reads the library scenario: the same study', async () => {
    const made = await post({ ...STUDY, study: 'by_id' });
    expect(made.statusCode, made.body).toBe(202);
    expect(made.json().scenarioId).toBe('by_id');
    await server.app.inject({ method: 'DELETE', url: made.json().status, headers: as('runner') });
  });

  it('bad input answers 400 naming the field, an unknown study 404, files outside the folder FILE_NOT_ALLOWED', async () => {
    const cases: Array<[unknown, number, string, string]> = [
      [{ ...STUDY, runs: 0 }, 400, 'BAD_REQUEST', 'runs'],
      [{ ...STUDY, study: '../etc' }, 400, 'BAD_REQUEST', 'study'],
      [{ ...STUDY, study: { id: 'inline' } }, 400, 'BAD_REQUEST', 'study'],
      [{ ...STUDY, scenario: 'city_a' }, 400, 'BAD_REQUEST', ''],
      [{ ...STUDY, mode: 'fast' }, 400, 'BAD_REQUEST', 'mode'],
      [{ ...STUDY, runs: 51 }, 413, 'STUDY_TOO_LARGE', 'runs'],
      [{ ...STUDY, study: 'nope' }, 404, 'LIBRARY_STUDY_NOT_FOUND', 'study'],
      [{ ...STUDY, study: 'broken' }, 404, 'LIBRARY_STUDY_NOT_FOUND', 'study'],
      [{ ...STUDY, study: 'not_here' }, 404, 'SCENARIO_NOT_FOUND', 'study.cities[0].scenario'],
      [{ ...STUDY, study: 'escapes' }, 400, 'FILE_NOT_ALLOWED', 'study.cities[0].scenario'],
      [{ ...STUDY, study: 'linked' }, 400, 'FILE_NOT_ALLOWED', 'study.cities[0].scenario'],
      [{ ...STUDY, study: 'far_weather' }, 400, 'FILE_NOT_ALLOWED', 'study.cities[0].scenario → weather.file'],
    ];
    for (const [body, status, code, path] of cases) {
      const res = await post(body);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json(), res.body).toMatchObject({ code, path });
      expect(res.body).not.toContain(root);
    }
    // the study's own problems under `study.`
    const badRef = (await post({ ...STUDY, study: 'bad_ref' })).json();
    expect(badRef).toMatchObject({ code: 'STUDY_CHECK', path: 'study' });
    expect(badRef.problems.map((p: { path: string }) => p.path)).toContain('study.shared.weather.referenceCity');
    const unknown = (await post({ ...STUDY, study: 'nope' })).json();
    expect(unknown.message).toContain('`two_cities`');
    const zh = await server.app.inject({
      method: 'POST',
      url: '/v1/studies?lang=zh',
      payload: { ...STUDY, study: 'linked' },
      headers: as('runner'),
    });
    expect(zh.json().message).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.json().message).toContain('../linked-a.json');
  });

  it("roles: a reader cannot start one, a runner cannot cancel another runner's; its owner can", async () => {
    expect((await post(STUDY, 'reader')).statusCode).toBe(403);
    const made = await post(STUDY);
    expect(made.statusCode, made.body).toBe(202);
    const url = made.json().status;
    expect((await server.app.inject({ method: 'DELETE', url, headers: as('other') })).statusCode).toBe(403);
    const cancelled = await server.app.inject({ method: 'DELETE', url, headers: as('runner') });
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', removed: 3 });
    expect((await server.app.inject({ method: 'GET', url: '/v1/studies/library' })).statusCode).toBe(401);
  });
});
