/**
 * Error answers in the request's language: the same bad POST /v1/runs (and validate, and a
 * missing run) asked with `?lang=zh`, with `Accept-Language: zh-CN,zh;q=0.9` and with neither
 * gives the same status, code and paths; the Chinese answers are Chinese, the English one is
 * byte for byte what it was, and `Content-Language` says which.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { oneDayCoal } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  await app.ready();
});
afterAll(() => app.close());

const HAN = /\p{Script=Han}/u;

function broken(): any {
  const s: any = oneDayCoal();
  s.sources[0].capacityMW = -5; // out of range
  s.sources[0].capacity = 10; // unknown key, close to capacityMW
  delete s.yards[0].openingStockT; // missing field
  return s;
}

function crossed(): any {
  const s: any = oneDayCoal();
  s.sources[0].zone = 'nowhere';
  s.horizon = { start: '2013-02-01', end: '2013-01-01' };
  return s;
}

type Ask = { query: string; headers: Record<string, string> };
const ASKS: Record<'en' | 'query' | 'header', Ask> = {
  en: { query: '', headers: {} },
  query: { query: '?lang=zh', headers: {} },
  header: { query: '', headers: { 'accept-language': 'zh-CN,zh;q=0.9' } },
};

async function ask(method: 'POST' | 'GET', url: string, how: Ask, body?: unknown) {
  const res = await app.inject({
    method,
    url: `${url}${how.query}`,
    headers: { ...how.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  return { status: res.statusCode, lang: res.headers['content-language'], text: res.body, json: res.json() };
}

function expectChinese(json: { message: string; problems?: Array<{ message: string }> }): void {
  expect(json.message).toMatch(HAN);
  for (const p of json.problems ?? []) expect(p.message, p.message).toMatch(HAN);
}

describe('error answers follow the request language', () => {
  const cases: Array<[string, 'POST' | 'GET', string, (() => unknown) | undefined]> = [
    ['a schema failure on POST /v1/runs', 'POST', '/v1/runs', broken],
    ['a cross-field failure on POST /v1/runs', 'POST', '/v1/runs', crossed],
    ['a schema failure on validate', 'POST', '/v1/scenarios/validate', broken],
    ['a cross-field failure on validate', 'POST', '/v1/scenarios/validate', crossed],
    ['a run that is not there', 'GET', '/v1/runs/nope', undefined],
    ['a route that is not there', 'GET', '/v1/nowhere', undefined],
  ];
  for (const [name, method, url, body] of cases)
    it(name, async () => {
      const en = await ask(method, url, ASKS.en, body?.());
      expect(en.status).toBeGreaterThanOrEqual(400);
      expect(en.lang).toBe('en');
      expect(en.json.message).not.toMatch(HAN);
      for (const how of [ASKS.query, ASKS.header]) {
        const zh = await ask(method, url, how, body?.());
        expect(zh.status).toBe(en.status);
        expect(zh.lang).toBe('zh-CN');
        expect(zh.json.code).toBe(en.json.code);
        expect(zh.json.path).toBe(en.json.path);
        expect(zh.json.ok).toBe(en.json.ok);
        expect((zh.json.problems ?? []).map((p: { path: string }) => p.path)).toEqual(
          (en.json.problems ?? []).map((p: { path: string }) => p.path),
        );
        expectChinese(zh.json);
      }
    });

  it('the English answer is what it always was', async () => {
    const en = await ask('POST', '/v1/runs', ASKS.en, broken());
    expect(en.status).toBe(400);
    expect(en.json).toEqual({
      code: 'SCENARIO_SCHEMA',
      message: 'scenario has 3 problems',
      path: en.json.problems[0].path,
      problems: expect.any(Array),
    });
    expect(en.json.problems.map((p: { message: string }) => p.message)).toEqual([
      'Too small: expected number to be >=0',
      expect.stringContaining('unknown field `capacity` (did you mean `capacityMW`?)'),
      expect.stringMatching(/^`openingStockT` is required here: .+ \(a number from 0 to 100000000\)$/),
    ]);
    expect(en.text).not.toContain('text');
  });

  it('says the problems themselves in Chinese', async () => {
    const zh = await ask('POST', '/v1/runs', ASKS.query, broken());
    const said = zh.json.problems.map((p: { message: string }) => p.message).join('\n');
    expect(zh.json.message).toBe('情景有 3 处问题');
    expect(said).toContain('是否应为 `capacityMW`');
    expect(said).toContain('数值过小');
    expect(said).toContain('此处必须填写 `openingStockT`');
    const cross = await ask('POST', '/v1/runs', ASKS.query, crossed());
    expect(cross.json.problems.map((p: { message: string }) => p.message).join('\n')).toContain(
      '模拟期结束日（2013-01-01）早于开始日（2013-02-01）',
    );
  });
});

describe('?lang= is accepted wherever a route checks its query', () => {
  it('lists runs and compares with ?lang=zh without a 400 for an unknown key', async () => {
    const list = await app.inject({ method: 'GET', url: '/v1/runs?limit=5&lang=zh' });
    expect(list.statusCode).toBe(200);
    const compare = await app.inject({ method: 'GET', url: '/v1/compare?runs=nope1,nope2&lang=zh' });
    expect(compare.statusCode).toBe(404);
    expect(compare.json().code).toBe('RUN_NOT_FOUND');
    expect(compare.json().message).toMatch(HAN);
    // a key the query does not know is still refused, so the query stays strict
    const unknown = await app.inject({ method: 'GET', url: '/v1/runs?colour=red' });
    expect(unknown.statusCode).toBe(400);
  });
});
