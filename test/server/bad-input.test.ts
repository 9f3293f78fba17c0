/**
 * Hostile and malformed bodies: a fast-check property posts 500 generated bodies to both
 * POST /v1/runs and POST /v1/scenarios/validate (wrong types, "NaN"/"Infinity" strings, huge
 * arrays, deep nesting, unknown fields, 100-year horizons, prototype keys, broken JSON, bodies
 * over the limit). Every answer must be 4xx with a code (and a path when a field is at fault);
 * none 5xx; the server keeps serving. The same again with API keys on, sent with a runner key.
 * Fixed cases below pin the code and path of each kind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../engine/index.ts';
import { buildApp } from '../../server/app.ts';
import { SERVER_ERROR_CODES } from '../../server/errors.ts';
import { KeyStore } from '../../server/keys.ts';
import { RunStore } from '../../server/store.ts';
import { DEMO_ID, oneDayCoal } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  await app.ready();
});
afterAll(() => app.close());

type Key = string | number;
interface Body {
  readonly text: string;
  readonly contentType: string;
  /** JSON path of the field the mutation broke, when one field is to blame. */
  readonly at?: string;
}

const formatPath = (path: readonly Key[]) =>
  path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out === '' ? k : `${out}.${k}`), '');

function setAt(doc: Record<string, unknown>, path: readonly Key[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(doc);
  let node: any = copy;
  for (const k of path.slice(0, -1)) node = node[k];
  node[path[path.length - 1]] = value;
  return copy;
}

const PLACEHOLDER = '"@@SPLICE@@"';
/** The fixture as JSON text with `raw` (any text, valid JSON or not) spliced in at `path`. */
const spliceAt = (path: readonly Key[], raw: string) =>
  JSON.stringify(setAt(oneDayCoal(), path, '@@SPLICE@@')).replace(PLACEHOLDER, raw);

const hostileStrings = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '',
  ' ',
  '0x10',
  '12',
  'null',
  '<script>alert(1)</script>',
  'ſ'.repeat(1000),
);
const notNumber = fc.oneof(
  hostileStrings,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({ value: 1 }),
  fc.constant(-1e308),
);
const notDate = fc.oneof(
  hostileStrings,
  fc.constantFrom('2013-02-30', '13-01-10', '9999-99-99', '2013-1-1'),
  fc.integer(),
  fc.constant(null),
  fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
);
const notId = fc.oneof(
  fc.constantFrom('', '1abc', 'has space', 'a'.repeat(41), 'ü'),
  fc.integer(),
  fc.constant(null),
  fc.constant({}),
);
const notArray = fc.oneof(
  hostileStrings,
  fc.integer(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.integer(), { minLength: 1, maxLength: 5 }),
);
const notObject = fc.oneof(hostileStrings, fc.integer(), fc.constant([]), fc.constant({ xUnknown: 1 }));

const FIELDS: ReadonlyArray<[readonly Key[], fc.Arbitrary<unknown>]> = [
  [['id'], notId],
  [['horizon', 'start'], notDate],
  [['horizon', 'end'], notDate],
  [['weather', 'tMeanC'], notNumber],
  [['weather', 'designOutdoorTempC'], notNumber],
  [['zones'], notArray],
  [['zones', 0, 'networkLossFraction'], notNumber],
  [['zones', 0, 'buildings', 0, 'areaM2'], notNumber],
  [['sources'], notArray],
  [['sources', 0, 'capacityMW'], notNumber],
  [['sources', 0, 'efficiencyFraction'], notNumber],
  [['yards', 0, 'openingStockT'], notNumber],
  [['yards', 0, 'deliveries', 'baseTPerDay'], notNumber],
  [['policy'], notObject],
  [['dispatch'], notObject],
];
const OBJECT_PATHS: ReadonlyArray<readonly Key[]> = [
  [],
  ['horizon'],
  ['weather'],
  ['zones', 0],
  ['sources', 0],
  ['yards', 0, 'deliveries'],
  ['dispatch'],
];

const json = (value: unknown, at?: string): Body => ({
  text: JSON.stringify(value),
  contentType: 'application/json',
  at,
});

const wrongType = fc
  .tuple(fc.integer({ min: 0, max: FIELDS.length - 1 }), fc.nat())
  .chain(([i]) => FIELDS[i][1].map((v) => json(setAt(oneDayCoal(), FIELDS[i][0], v), formatPath(FIELDS[i][0]))));
const unknownField = fc
  .tuple(fc.constantFrom(...OBJECT_PATHS), fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 2 }))
  .map(([path, name, value]) =>
    json(
      path.length === 0
        ? { ...oneDayCoal(), [`x${name}`]: value }
        : setAt(oneDayCoal(), path, {
            ...(path.reduce((n: any, k) => n[k], oneDayCoal()) as object),
            [`x${name}`]: value,
          }),
    ),
  );
const hugeArray = fc
  .tuple(
    fc.constantFrom<readonly Key[]>(['zones'], ['sources'], ['coldWaves'], ['yards', 0, 'deliveries', 'disruptions']),
    fc.integer({ min: 2_001, max: 20_000 }),
  )
  .map(([path, n]) => ({
    text: spliceAt(path, `[${Array(n).fill('{"id":"z"}').join(',')}]`),
    contentType: 'application/json',
    at: formatPath(path),
  }));
const deepNesting = fc
  .tuple(
    fc.constantFrom<readonly Key[]>(['zones'], ['weather'], ['policy'], ['dispatch', 'mode'], ['name']),
    fc.integer({ min: 50, max: 50_000 }),
    fc.boolean(),
  )
  .map(([path, depth, arrays]) => ({
    text: spliceAt(
      path,
      arrays ? '['.repeat(depth) + ']'.repeat(depth) : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
    ),
    contentType: 'application/json',
    at: formatPath(path),
  }));
const longHorizon = fc
  .tuple(fc.integer({ min: 1900, max: 2000 }), fc.integer({ min: 100, max: 400 }))
  .map(([y, years]) =>
    json({ ...oneDayCoal(), horizon: { start: `${y}-01-01`, end: `${y + years}-12-31` } }, 'horizon.end'),
  );
const protoKeys = fc
  .tuple(
    fc.constantFrom(
      '"__proto__":{"polluted":true}',
      '"constructor":{"prototype":{"polluted":true}}',
      '"\\u005f_proto__":{"polluted":1}',
    ),
    fc.constantFrom<readonly Key[]>(['zones', 0], ['dispatch'], ['horizon']),
  )
  .map(([raw, path]) => ({ text: spliceAt(path, `{${raw}}`), contentType: 'application/json' }));
const notAScenario = fc
  .oneof(
    fc.integer(),
    fc.string({ maxLength: 30 }),
    fc.constant(null),
    fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 5 }),
    hostileStrings,
  )
  .map((v) => json(v, ''));
const brokenJson = fc
  .oneof(
    fc.integer({ min: 1, max: 400 }).map((n) => JSON.stringify(oneDayCoal()).slice(0, n)),
    fc.constantFrom(
      'NaN',
      'Infinity',
      '{"id": NaN}',
      "{'id':'x'}",
      '{"a":1,}',
      '[',
      '\u0000',
      '{"horizon":{"end":Infinity}}',
      '',
    ),
  )
  .map((text) => ({ text, contentType: 'application/json' }));
const wrongMediaType = fc
  .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml')
  .map((contentType) => ({ text: JSON.stringify(oneDayCoal()), contentType }));
const tooLarge = fc
  .integer({ min: 2_100_000, max: 3_000_000 })
  .map((n) => json({ ...oneDayCoal(), description: 'x'.repeat(n) }));
const whatIf = fc.oneof(
  fc
    .oneof(fc.constantFrom('no_such_city', '', 'a'.repeat(65)), fc.integer(), fc.constant(null))
    .map((base) => json({ base, overrides: {} })),
  fc
    .oneof(hostileStrings, fc.integer(), fc.constant(null), fc.constant([1, 2]))
    .map((overrides) => json({ base: DEMO_ID, overrides }, 'overrides')),
  fc.tuple(fc.integer({ min: 0, max: FIELDS.length - 1 }), fc.nat()).chain(([i]) =>
    FIELDS[i][1].map((v) =>
      json({
        base: DEMO_ID,
        overrides: setAt(
          { zones: [{ buildings: [{}] }], sources: [{}], yards: [{ deliveries: {} }], horizon: {}, weather: {} },
          FIELDS[i][0],
          v,
        ),
      }),
    ),
  ),
  fc
    .integer({ min: 100, max: 300 })
    .map((years) => json({ base: DEMO_ID, overrides: { horizon: { end: `${2012 + years}-03-15` } } }, 'horizon.end')),
  fc.string({ maxLength: 10 }).map((k) => json({ base: DEMO_ID, overrides: {}, [`x${k}`]: true }, '')),
);

const hostileBody: fc.Arbitrary<Body> = fc.oneof(
  wrongType,
  unknownField,
  hugeArray,
  deepNesting,
  longHorizon,
  protoKeys,
  notAScenario,
  brokenJson,
  wrongMediaType,
  tooLarge,
  whatIf,
);

const KNOWN_CODES = new Set([...Object.keys(SERVER_ERROR_CODES), ...Object.keys(ERROR_CODES)]);
const NO_FIELD = new Set(['BODY_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE']);

async function postRaw(url: string, body: Body, target: FastifyInstance = app, headers: Record<string, string> = {}) {
  return target.inject({
    method: 'POST',
    url,
    payload: body.text,
    headers: { ...headers, 'content-type': body.contentType },
  });
}

function expectClientError(res: Awaited<ReturnType<typeof postRaw>>, body: Body, url: string): string {
  const where = `${url} ← ${body.text.slice(0, 160)}`;
  expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, where).toBeLessThan(500);
  const answer = res.json();
  expect(KNOWN_CODES.has(answer.code), `${where}: code ${answer.code}`).toBe(true);
  expect(typeof answer.message, where).toBe('string');
  if (!NO_FIELD.has(answer.code)) expect(typeof answer.path, `${where}: ${res.body.slice(0, 300)}`).toBe('string');
  if (body.at !== undefined && !NO_FIELD.has(answer.code)) {
    const paths = [answer.path as string, ...((answer.problems ?? []) as Array<{ path: string }>).map((p) => p.path)];
    expect(
      paths.some((p) => p.startsWith(body.at!) || body.at!.startsWith(p)),
      `${where}: expected a problem at ${body.at}, got ${paths.join(', ')}`,
    ).toBe(true);
  }
  return answer.code;
}

/** 500 generated bodies posted to both routes of `target`: every answer 4xx with a code and a path, none 5xx. */
async function fuzzBothRoutes(target: FastifyInstance, headers: Record<string, string> = {}) {
  const seen = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(hostileBody, async (body) => {
      for (const url of ['/v1/runs', '/v1/scenarios/validate']) {
        const code = expectClientError(await postRaw(url, body, target, headers), body, url);
        seen.set(code, (seen.get(code) ?? 0) + 1);
      }
    }),
    { seed: 1, numRuns: 500 },
  );
  expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(1000);
  // The generator reaches every kind of refusal, not just one.
  const kinds = [
    'SCENARIO_JSON',
    'SCENARIO_SCHEMA',
    'SCENARIO_CHECK',
    'FORBIDDEN_KEY',
    'BAD_REQUEST',
    'SCENARIO_NOT_FOUND',
    'BODY_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
  ];
  expect([...seen.keys()].sort(), JSON.stringify(Object.fromEntries(seen))).toEqual(expect.arrayContaining(kinds));
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((await target.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  expect((await target.inject({ method: 'POST', url: '/v1/runs', payload: oneDayCoal(), headers })).statusCode).toBe(
    201,
  );
}

describe('hostile bodies', () => {
  it('every one of 500 generated bodies, posted to both routes, answers 4xx with a code and a path', async () => {
    await fuzzBothRoutes(app);
  });

  it('the same 1 000 requests with API keys on, sent with a runner key: 4xx with a code and a path, never 5xx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogong-fuzz-keys-'));
    const dbFile = join(dir, 'baogong.db');
    const seed = new RunStore(dbFile);
    const { secret } = new KeyStore(seed.database).create('fuzz', 'runner');
    seed.close();
    const keyed = buildApp({ dbFile, rateLimitPerMinute: 0, workers: 1 });
    try {
      await keyed.ready();
      // keys are on: no key is refused before anything else
      expect((await postRaw('/v1/runs', json(oneDayCoal()), keyed)).statusCode).toBe(401);
      await fuzzBothRoutes(keyed, { authorization: `Bearer ${secret}` });
    } finally {
      await keyed.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('each kind of bad input has its code and path', () => {
  const cases: Array<[string, Body, number, string, string | undefined]> = [
    ['broken JSON', { text: '{"id":', contentType: 'application/json' }, 400, 'SCENARIO_JSON', ''],
    [
      '"NaN" as a number',
      json(setAt(oneDayCoal(), ['sources', 0, 'capacityMW'], 'NaN')),
      400,
      'SCENARIO_SCHEMA',
      'sources[0].capacityMW',
    ],
    ['an unknown field', json({ ...oneDayCoal(), colour: 'red' }), 400, 'SCENARIO_SCHEMA', ''],
    [
      'a 100-year horizon',
      json({ ...oneDayCoal(), horizon: { start: '2000-01-01', end: '2099-12-31' } }),
      400,
      'SCENARIO_CHECK',
      'horizon.end',
    ],
    [
      '__proto__ in overrides',
      { text: `{"base":"${DEMO_ID}","overrides":{"gas":{"__proto__":{"x":1}}}}`, contentType: 'application/json' },
      400,
      'FORBIDDEN_KEY',
      'overrides.gas.__proto__',
    ],
    [
      'constructor.prototype',
      { text: '{"constructor":{"prototype":{"x":1}}}', contentType: 'application/json' },
      400,
      'FORBIDDEN_KEY',
      'constructor',
    ],
    [
      'an absolute weather file',
      json({ ...oneDayCoal(), weather: { kind: 'csv', file: '/etc/passwd', designOutdoorTempC: -7 } }),
      400,
      'FILE_NOT_ALLOWED',
      'weather.file',
    ],
    [
      'a weather file outside scenarios/',
      json({ ...oneDayCoal(), weather: { kind: 'csv', file: '../package.json', designOutdoorTempC: -7 } }),
      400,
      'FILE_NOT_ALLOWED',
      'weather.file',
    ],
    ['an unknown base', json({ base: 'atlantis' }), 404, 'SCENARIO_NOT_FOUND', 'base'],
    ['overrides that are not an object', json({ base: DEMO_ID, overrides: [1] }), 400, 'BAD_REQUEST', 'overrides'],
    [
      'a body over 2 MiB',
      json({ ...oneDayCoal(), description: 'x'.repeat(2_200_000) }),
      413,
      'BODY_TOO_LARGE',
      undefined,
    ],
    [
      'a form body',
      { text: 'id=x', contentType: 'application/x-www-form-urlencoded' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      undefined,
    ],
  ];
  it.each(cases)('%s', async (_name, body, status, code, path) => {
    const res = await postRaw('/v1/runs', body);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ code, ...(path === undefined ? {} : { path }) });
  });

  it('bad URL parameters and queries answer BAD_REQUEST by name; unknown routes ROUTE_NOT_FOUND', async () => {
    const expectations: Array<[string, number, string, string?]> = [
      ['/v1/runs/not.an.id', 400, 'BAD_REQUEST', 'id'],
      ['/v1/runs?limit=abc', 400, 'BAD_REQUEST', 'limit'],
      ['/v1/runs?limit=100000', 400, 'BAD_REQUEST', 'limit'],
      ['/v1/compare?runs=onlyone', 400, 'BAD_REQUEST', 'runs'],
      ['/v1/compare', 400, 'BAD_REQUEST', 'runs'],
      ['/v1/runs/rNope', 404, 'RUN_NOT_FOUND', 'id'],
      ['/v1/nothing-here', 404, 'ROUTE_NOT_FOUND'],
    ];
    for (const [url, status, code, path] of expectations) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(status);
      expect(res.json(), url).toMatchObject({ code, ...(path ? { path } : {}) });
    }
    expect((await app.inject({ method: 'PUT', url: '/v1/runs' })).json().code).toBe('ROUTE_NOT_FOUND');
  });
});
