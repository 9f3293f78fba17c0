/**
 * API keys with an expiry date (server/keys.ts, server/auth.ts, server/routes/keys.ts,
 * server/keys-cli.ts): an expired key answers 401 saying when it expired, a key before its date
 * works; a database whose keys have all expired keeps auth on (401, never open access); the
 * last admin key still working cannot be revoked over HTTP; an older database gets the column
 * without losing a key (and opens read-only as it was); the CLI's --expires and
 * --expires-in-days. Expiry is judged by an injected clock, never by waiting.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { fileHasKeys } from '../../server/auth-start.ts';
import { runKeysCli } from '../../server/keys-cli.ts';
import { KeyStore } from '../../server/keys.ts';
import { RunStore } from '../../server/store.ts';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baogong-expiry-'));
  dirs.push(dir);
  return join(dir, 'baogong.db');
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A clock standing at `iso`. */
const at = (iso: string) => () => new Date(iso);
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('KeyStore', () => {
  it('accepts a key before its expiry, refuses it from that instant on, and says so only to its holder', () => {
    let now = new Date('2027-01-01T00:00:00Z');
    const db = new Database(':memory:');
    const keys = new KeyStore(db, { now: () => now });
    const { row, secret } = keys.create('temp', 'runner', new Date('2027-03-31T00:00:00Z'));
    expect(row.expiresAt).toBe('2027-03-31T00:00:00.000Z');
    expect(keys.check(secret)).toEqual({ status: 'ok', caller: { keyId: row.id, role: 'runner' } });
    now = new Date('2027-03-30T23:59:59.999Z');
    expect(keys.verify(secret)).toEqual({ keyId: row.id, role: 'runner' });
    now = new Date('2027-03-31T00:00:00Z'); // expiresAt ≤ now: expired
    expect(keys.check(secret)).toEqual({ status: 'expired', expiresAt: '2027-03-31T00:00:00.000Z' });
    expect(keys.verify(secret)).toBeUndefined();
    // a wrong secret for the same id learns nothing about the expiry
    const wrong = `bgk_${row.id}_${'A'.repeat(43)}`;
    expect(keys.check(wrong)).toEqual({ status: 'unknown' });
    // expired but not revoked: auth stays on
    expect(keys.hasKeys()).toBe(true);
    expect(keys.list()[0]).toMatchObject({ id: row.id, revokedAt: null, expiresAt: '2027-03-31T00:00:00.000Z' });
    keys.revoke(row.id);
    expect(keys.check(secret)).toEqual({ status: 'unknown' });
    expect(keys.hasKeys()).toBe(false);
    db.close();
  });

  it('gives an older database the expires_at column at start-up: no key lost, none expiring; read-only opens as it was', () => {
    const file = tempFile();
    const old = new Database(file);
    old.exec(`CREATE TABLE keys (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, hash TEXT NOT NULL,
      created_at TEXT NOT NULL, revoked_at TEXT)`);
    const secretPart = randomBytes(32).toString('base64url');
    const id = 'oldkey000001';
    old
      .prepare('INSERT INTO keys VALUES (?, ?, ?, ?, ?, NULL)')
      .run(
        id,
        'from before',
        'admin',
        createHash('sha256').update(secretPart).digest('hex'),
        '2025-01-01T00:00:00.000Z',
      );
    old.close();
    const secret = `bgk_${id}_${secretPart}`;

    // read-only, as the start-up check opens it: no column added, the key still verifies
    expect(fileHasKeys(file)).toBe(true);
    const ro = new Database(file, { readonly: true });
    const roKeys = new KeyStore(ro);
    expect(roKeys.verify(secret)).toEqual({ keyId: id, role: 'admin' });
    expect(roKeys.list()).toEqual([
      {
        id,
        name: 'from before',
        role: 'admin',
        createdAt: '2025-01-01T00:00:00.000Z',
        revokedAt: null,
        expiresAt: null,
      },
    ]);
    const columns = () => (ro.prepare('PRAGMA table_info(keys)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns()).not.toContain('expires_at');
    ro.close();

    const rw = new Database(file);
    const keys = new KeyStore(rw, { now: at('2027-01-01T00:00:00Z') });
    expect((rw.prepare('PRAGMA table_info(keys)').all() as Array<{ name: string }>).map((c) => c.name)).toContain(
      'expires_at',
    );
    expect(keys.verify(secret)).toEqual({ keyId: id, role: 'admin' });
    expect(keys.list()[0]).toMatchObject({ id, name: 'from before', expiresAt: null });
    keys.create('new', 'reader', new Date('2027-02-01T00:00:00Z'));
    rw.close();
    // opening again finds the column and adds nothing
    const again = new Database(file);
    expect(new KeyStore(again).list().map((r) => r.expiresAt)).toEqual([null, '2027-02-01T00:00:00.000Z']);
    again.close();
  });
});

describe('over HTTP', () => {
  let app: FastifyInstance;
  const secrets: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const dbFile = tempFile();
    const seed = new RunStore(dbFile);
    // made in 2020 by a clock standing then: `expired` ran out in 2021, `until2099` has years left
    const keys = new KeyStore(seed.database, { now: at('2020-01-01T00:00:00Z') });
    for (const [name, role, expires] of [
      ['expiredAdmin', 'admin', '2021-01-01T00:00:00Z'],
      ['admin', 'admin', '2099-01-01T00:00:00Z'],
      ['expired', 'runner', '2021-01-01T00:00:00Z'],
      ['until2099', 'runner', '2099-01-01T00:00:00Z'],
    ] as const) {
      const made = keys.create(name, role, new Date(expires));
      secrets[name] = made.secret;
      ids[name] = made.row.id;
    }
    seed.close();
    app = buildApp({ dbFile, rateLimitPerMinute: 0, workers: 1 });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an expired key gets 401 saying when it expired (in both languages); one before its date works', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/runs', headers: bearer(secrets.expired) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHORIZED');
    expect(res.json().message).toBe('the API key sent expired on 2021-01-01T00:00:00.000Z; ask an admin for a new key');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    const zh = await app.inject({ method: 'GET', url: '/v1/runs?lang=zh', headers: bearer(secrets.expired) });
    expect(zh.statusCode).toBe(401);
    expect(zh.json().message).toContain('2021-01-01T00:00:00.000Z');
    expect(zh.json().message).toContain('过期');
    // an unknown key is not told about expiry
    const unknown = await app.inject({
      method: 'GET',
      url: '/v1/runs',
      headers: bearer(`bgk_${ids.expired}_${'A'.repeat(43)}`),
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().message).not.toMatch(/expired/);
    expect((await app.inject({ method: 'GET', url: '/v1/runs', headers: bearer(secrets.until2099) })).statusCode).toBe(
      200,
    );
  });

  it('POST /v1/keys takes an expiry in the future (date or date-time) and refuses a past or malformed one, naming expiresAt', async () => {
    const admin = bearer(secrets.admin);
    const made = await app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: admin,
      payload: { name: 'contractor', role: 'reader', expiresAt: '2098-06-30' },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().expiresAt).toBe('2098-06-30T00:00:00.000Z');
    const zoned = await app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: admin,
      payload: { name: 'zoned', role: 'reader', expiresAt: '2098-06-30T08:00:00+08:00' },
    });
    expect(zoned.json().expiresAt).toBe('2098-06-30T00:00:00.000Z');
    const none = await app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: admin,
      payload: { name: 'forever', role: 'reader' },
    });
    expect(none.json().expiresAt).toBeNull();
    const list = (await app.inject({ method: 'GET', url: '/v1/keys', headers: admin })).json().keys;
    expect(list.find((k: { id: string }) => k.id === made.json().id).expiresAt).toBe('2098-06-30T00:00:00.000Z');
    expect(list.find((k: { id: string }) => k.id === ids.expired).expiresAt).toBe('2021-01-01T00:00:00.000Z');

    for (const expiresAt of ['2020-06-30', '2021-01-01T00:00:00Z', 'next week', '2098-02-30', '2098-06-30T08:00:00']) {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/keys',
        headers: admin,
        payload: { name: 'x', role: 'reader', expiresAt },
      });
      expect(res.statusCode, expiresAt).toBe(400);
      expect(res.json().code, expiresAt).toBe('BAD_REQUEST');
      expect(JSON.stringify(res.json()), expiresAt).toContain('expiresAt');
    }
  });

  it('keeps the last admin key still working: an expired admin does not count, and may itself be revoked', async () => {
    const admin = bearer(secrets.admin);
    const last = await app.inject({ method: 'DELETE', url: `/v1/keys/${ids.admin}`, headers: admin });
    expect([last.statusCode, last.json().code]).toEqual([409, 'LAST_ADMIN_KEY']);
    expect(
      (await app.inject({ method: 'DELETE', url: `/v1/keys/${ids.expiredAdmin}`, headers: admin })).statusCode,
    ).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/v1/keys', headers: admin })).statusCode).toBe(200);
  });
});

describe('every key expired', () => {
  it('auth stays on: no key and an expired key both get 401, never open access', async () => {
    const dbFile = tempFile();
    const seed = new RunStore(dbFile);
    const keys = new KeyStore(seed.database, { now: at('2020-01-01T00:00:00Z') });
    const a = keys.create('admin', 'admin', new Date('2020-02-01T00:00:00Z'));
    keys.create('runner', 'runner', new Date('2020-03-01T00:00:00Z'));
    seed.close();
    expect(fileHasKeys(dbFile)).toBe(true); // a non-loopback server still starts with auth on
    const app = buildApp({ dbFile, rateLimitPerMinute: 0, workers: 1 });
    try {
      const none = await app.inject({ method: 'GET', url: '/v1/runs' });
      expect(none.statusCode).toBe(401);
      const expired = await app.inject({ method: 'GET', url: '/v1/runs', headers: bearer(a.secret) });
      expect(expired.statusCode).toBe(401);
      expect(expired.json().message).toMatch(/expired on 2020-02-01/);
      expect((await app.inject({ method: 'GET', url: '/v1/keys' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('baogong keys create --expires / --expires-in-days', () => {
  const cli = (file: string, now: string, ...args: string[]) => {
    let out = '';
    let err = '';
    const code = runKeysCli(args, { BAOGONG_DB: file }, { out: (s) => (out += s), err: (s) => (err += s) }, at(now));
    return { code, out, err };
  };

  it('makes keys that expire at 00:00 UTC of the date, or N days on; list marks them live until, then expired', () => {
    const file = tempFile();
    const byDate = cli(
      file,
      '2027-01-01T12:00:00Z',
      'create',
      '--role',
      'runner',
      '--name',
      'a',
      '--expires',
      '2027-03-31',
    );
    expect(byDate.code, byDate.err).toBe(0);
    expect(byDate.err).toContain('expires 2027-03-31T00:00:00.000Z');
    const byDays = cli(
      file,
      '2027-01-01T12:00:00Z',
      'create',
      '--role',
      'reader',
      '--name',
      'b',
      '--expires-in-days',
      '30',
    );
    expect(byDays.code, byDays.err).toBe(0);
    const rows = JSON.parse(cli(file, '2027-01-01T12:00:00Z', 'list', '--json').out);
    expect(rows.map((r: { expiresAt: string }) => r.expiresAt)).toEqual([
      '2027-03-31T00:00:00.000Z',
      '2027-01-31T12:00:00.000Z',
    ]);
    const before = cli(file, '2027-02-01T00:00:00Z', 'list').out;
    expect(before).toMatch(/live until 2027-03-31T00:00:00\.000Z {2}a/);
    expect(before).toMatch(/expired 2027-01-31T12:00:00\.000Z {2}b/);
    const after = cli(file, '2027-04-01T00:00:00Z', 'list').out;
    expect(after).toMatch(/expired 2027-03-31T00:00:00\.000Z {2}a/);
  });

  it('refuses a malformed or past date, a non-positive day count, or both flags, naming the flag (exit 2)', () => {
    const file = tempFile();
    const now = '2027-01-01T12:00:00Z';
    for (const [flags, says] of [
      [['--expires', '2027-02-30'], /--expires must be a date YYYY-MM-DD/],
      [['--expires', '31/03/2027'], /--expires must be a date YYYY-MM-DD/],
      [['--expires', '2027-01-01'], /--expires 2027-01-01 is not in the future/],
      [['--expires', '2026-12-31'], /--expires 2026-12-31 is not in the future/],
      [['--expires-in-days', '0'], /--expires-in-days must be a whole number of days from 1/],
      [['--expires-in-days=-3'], /--expires-in-days must be a whole number/],
      [['--expires-in-days', '1.5'], /--expires-in-days must be a whole number/],
      [['--expires-in-days', 'soon'], /--expires-in-days must be a whole number/],
      [['--expires', '2027-03-31', '--expires-in-days', '5'], /--expires or --expires-in-days, not both/],
    ] as const) {
      const res = cli(file, now, 'create', '--role', 'runner', '--name', 'x', ...flags);
      expect(res.code, flags.join(' ')).toBe(2);
      expect(res.err, flags.join(' ')).toMatch(says);
      expect(res.out, flags.join(' ')).toBe('');
    }
    expect(JSON.parse(cli(file, now, 'list', '--json').out)).toEqual([]);
  });
});
