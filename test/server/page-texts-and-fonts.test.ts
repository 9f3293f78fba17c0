/**
 * What the page needs to speak Chinese: its texts from the catalogue (GET /v1/i18n/:lang, with
 * an ETag), the web font and its licence at /fonts/ (long-lived, the right types) and nothing
 * else from there, and a scenario's `translations` in the library list.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { CATALOGUES } from '../../engine/index.ts';
import { DEMO_ID, demoScenario, ROOT } from './helpers.ts';

const FONT = 'NotoSansSC-Regular-GB2312.woff2';

let app: FastifyInstance;
let libraryDir = '';
beforeAll(async () => {
  libraryDir = mkdtempSync(join(tmpdir(), 'baogong-i18n-lib-'));
  const demo = demoScenario();
  demo.translations = { zh: { name: '类北京城市（演示）', description: '两个联网分区。' } };
  writeFileSync(join(libraryDir, 'demo-beijing-2012.json'), JSON.stringify(demo));
  app = buildApp({ rateLimitPerMinute: 0, workers: 1, libraryDir });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  rmSync(libraryDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('GET /v1/i18n/:lang', () => {
  it("answers the catalogue's page and domain parts in each language, with an ETag", async () => {
    for (const lang of ['zh', 'en'] as const) {
      const res = await get(`/v1/i18n/${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
      expect(res.json()).toEqual({ lang, page: CATALOGUES[lang].page, domain: CATALOGUES[lang].domain });
      const again = await get(`/v1/i18n/${lang}`, { 'if-none-match': String(res.headers.etag) });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    }
    const zh = (await get('/v1/i18n/zh-CN')).json();
    expect(zh.page.setup.heading).toBe('1 · 情景与推演条件');
    expect(zh.domain.term.multiSourceNetwork).toBe('多热源联网');
    expect((await get('/v1/i18n/zh')).headers.etag).not.toBe((await get('/v1/i18n/en')).headers.etag);
  });

  it('answers 404 for a language it does not speak', async () => {
    const res = await get('/v1/i18n/fr');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('/fonts/', () => {
  it('serves the web font as font/woff2, cached for a year, byte for byte', async () => {
    const res = await app.inject({ method: 'GET', url: `/fonts/${FONT}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('font/woff2');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(res.rawPayload.length).toBe(statSync(join(ROOT, 'assets/fonts', FONT)).size);
  });

  it('serves the font licence beside it', async () => {
    const res = await get('/fonts/OFL.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe(readFileSync(join(ROOT, 'assets/fonts/OFL.txt'), 'utf8'));
    expect(res.body).toMatch(/SIL OPEN FONT LICENSE/i);
  });

  it('serves nothing else: no other file of the folder, nothing outside it', async () => {
    for (const url of [
      '/fonts/NotoSansSC-Regular-GB2312.ttf',
      '/fonts/..%2fpackage.json',
      '/fonts/..%2F..%2Fpackage.json',
      '/fonts/%2e%2e/package.json',
      '/fonts/%2e%2e%2f%2e%2e%2fpackage.json',
      '/fonts/../package.json',
      '/fonts/../../package.json',
      '/fonts/..%5c..%5cpackage.json',
      '/fonts/',
      '/fonts/OFL.txt%00.woff2',
      '/fonts/OFL.txt/..',
      '/assets/fonts/OFL.txt',
      '/fonts/constructor',
      '/fonts/__proto__',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toMatch(/"name":\s*"baogong"|wOF2|SIL OPEN FONT/i);
    }
  });
});

describe('GET /v1/scenarios', () => {
  it("carries a scenario's translations when its file gives them", async () => {
    const list = (await get('/v1/scenarios')).json().scenarios as Array<Record<string, unknown>>;
    expect(list.find((s) => s.id === DEMO_ID)?.translations).toEqual({
      zh: { name: '类北京城市（演示）', description: '两个联网分区。' },
    });
  });
});
