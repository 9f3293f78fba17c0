/**
 * The rate limit answers 429 RATE_LIMITED with Retry-After; /healthz is never limited. With keys
 * on, a key that verifies has its own allowance (clients behind one address — a bureau's proxy —
 * are not each other's limit); no key or an unknown key counts against the address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { KeyStore } from '../../server/keys.ts';
import { RunStore } from '../../server/store.ts';

const app = buildApp({ rateLimitPerMinute: 3, workers: 1, workerFile: new URL('./slow-worker.ts', import.meta.url) });
const dir = mkdtempSync(join(tmpdir(), 'baogong-rate-'));
const dbFile = join(dir, 'baogong.db');
const seed = new RunStore(dbFile);
const keys = new KeyStore(seed.database);
const [a, b] = [keys.create('reader a', 'reader').secret, keys.create('reader b', 'reader').secret];
seed.close();
const keyed = buildApp({
  dbFile,
  rateLimitPerMinute: 3,
  workers: 1,
  workerFile: new URL('./slow-worker.ts', import.meta.url),
});
afterAll(async () => {
  await app.close();
  await keyed.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (key?: string) =>
  keyed.inject({ method: 'GET', url: '/v1/scenarios', headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('rate limit', () => {
  it('refuses the fourth request of a minute with RATE_LIMITED and Retry-After', async () => {
    for (let i = 0; i < 3; i++)
      expect((await app.inject({ method: 'GET', url: '/v1/scenarios' })).statusCode).toBe(200);
    const limited = await app.inject({ method: 'GET', url: '/v1/scenarios' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.json().message).toContain('from this address');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('with keys on, counts each key on its own and the rest against the address', async () => {
    // every request comes from the same address (inject's 127.0.0.1)
    for (let i = 0; i < 3; i++) expect((await get(a)).statusCode).toBe(200);
    const limitedA = await get(a);
    expect(limitedA.statusCode).toBe(429);
    expect(limitedA.json().message).toContain('from this API key');
    // key b, same address: its own allowance
    for (let i = 0; i < 3; i++) expect((await get(b)).statusCode).toBe(200);
    expect((await get(b)).statusCode).toBe(429);
    // no key and an unknown key share the address's allowance: 401 until it is spent, then 429
    const unknown = 'bgk_AAAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect((await get()).statusCode).toBe(401);
    expect((await get(unknown)).statusCode).toBe(401);
    expect((await get()).statusCode).toBe(401);
    const limitedAddress = await get(unknown);
    expect(limitedAddress.statusCode).toBe(429);
    expect(limitedAddress.json().message).toContain('from this address');
  });
});
