/**
 * API keys: every registered route has an access decision (server/auth-rules.ts) and answers
 * each caller — no key, reader, runner, admin, a revoked key — as that decision says; owners
 * (a runner changes only its own runs and saved scenarios, an admin any); no keys means no
 * auth; the refusal to start on a non-loopback address without a key; the keys CLI round trip.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { type Access, accessOf } from '../../server/auth-rules.ts';
import { isLoopback, startRefusal } from '../../server/auth-start.ts';
import { KeyStore, type Role } from '../../server/keys.ts';
import { SavedStore } from '../../server/saved-store.ts';
import { RunStore } from '../../server/store.ts';
import { DEMO_SEASON, oneDayCoal, ROOT } from './helpers.ts';

type Who = 'none' | Role | 'revoked';
const WHO: readonly Who[] = ['none', 'reader', 'runner', 'admin', 'revoked'];

/** What a caller gets from a route: refused without a key (401), for its role (403), or let through. */
function expected(access: Access, who: Who): 'unauthorized' | 'forbidden' | 'through' {
  if (access === 'open') return 'through';
  if (who === 'none' || who === 'revoked') return 'unauthorized';
  const rank = ['reader', 'runner', 'admin'];
  return rank.indexOf(who) >= rank.indexOf(access) ? 'through' : 'forbidden';
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baogong-auth-'));
  dirs.push(dir);
  return dir;
}

let app: FastifyInstance;
let dbFile: string;
const secrets: Record<string, string> = {};
const ids = {} as Record<string, string>;
const routes: Array<{ method: string; url: string }> = [];

beforeAll(async () => {
  dbFile = join(tempDir(), 'baogong.db');
  const seed = new RunStore(dbFile);
  const keys = new KeyStore(seed.database);
  for (const role of ['reader', 'runner', 'admin'] as const) {
    const { row, secret } = keys.create(`test ${role}`, role);
    secrets[role] = secret;
    ids[role] = row.id;
  }
  const other = keys.create('another runner', 'runner');
  secrets.other = other.secret;
  ids.other = other.row.id;
  const revoked = keys.create('gone', 'admin');
  keys.revoke(revoked.row.id);
  secrets.revoked = revoked.secret;
  seed.close();
  app = buildApp({ dbFile, rateLimitPerMinute: 0, workers: 1 });
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url });
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const auth = (who: Who | 'other'): Record<string, string> =>
  who === 'none' ? {} : { authorization: `Bearer ${secrets[who]}` };

/** A concrete URL for a route pattern: every parameter a value no row has, a wildcard a page file. */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, 'nope').replace('*', 'index.html');

describe('every route × every caller', () => {
  it('the app registers the routes the table was made from, and each has an access decision', () => {
    expect(routes.length).toBeGreaterThan(30);
    const undecided = routes.filter((r) => accessOf(r.method, r.url) === undefined).map((r) => `${r.method} ${r.url}`);
    expect(undecided, 'add these to ROUTE_ACCESS in server/auth-rules.ts').toEqual([]);
  });

  it('only the page, its files and fonts, /healthz, the catalogue texts and /docs are open', () => {
    const OPEN = [/^\/$/, /^\/\*$/, /^\/vendor\//, /^\/fonts\//, /^\/healthz$/, /^\/v1\/i18n\//, /^\/docs(\/|$)/];
    const open = routes.filter((r) => accessOf(r.method, r.url) === 'open').map((r) => r.url);
    expect(open.filter((u) => !OPEN.some((re) => re.test(u)))).toEqual([]);
    expect(open).toEqual(expect.arrayContaining(['/', '/healthz', '/v1/i18n/:lang', '/fonts/:file', '/docs']));
  });

  it('answers 401 without a live key, 403 for a role too low, and lets the rest through (never 5xx)', async () => {
    const table: string[] = [];
    for (const { method, url } of routes) {
      const access = accessOf(method, url) ?? 'admin';
      for (const who of WHO) {
        const res = await app.inject({
          method: method as 'GET',
          url: concrete(url),
          headers: {
            ...auth(who),
            ...(method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' }),
          },
          ...(method === 'GET' || method === 'DELETE' ? {} : { payload: '{}' }),
        });
        const want = expected(access, who);
        const got = res.statusCode === 401 ? 'unauthorized' : res.statusCode === 403 ? 'forbidden' : 'through';
        if (got !== want || res.statusCode >= 500)
          table.push(`${method} ${url} as ${who}: ${res.statusCode} ${res.body.slice(0, 120)}, expected ${want}`);
        if (got === 'unauthorized') {
          expect(res.json().code).toBe('UNAUTHORIZED');
          expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
        }
        if (got === 'forbidden') expect(res.json().code).toBe('FORBIDDEN');
      }
    }
    expect(table).toEqual([]);
  });

  it('takes the key from x-api-key too, and refuses a malformed or made-up one', async () => {
    const get = (headers: Record<string, string>) => app.inject({ method: 'GET', url: '/v1/runs', headers });
    expect((await get({ 'x-api-key': secrets.reader! })).statusCode).toBe(200);
    expect((await get({ authorization: `bearer ${secrets.reader}` })).statusCode).toBe(200);
    expect((await get({ authorization: 'Basic dXNlcjpwYXNz' })).statusCode).toBe(401);
    const forged = `${secrets.reader!.slice(0, -4)}AAAA`;
    expect((await get({ authorization: `Bearer ${forged}` })).statusCode).toBe(401);
    expect((await get({ authorization: `Bearer ${secrets.reader}x` })).statusCode).toBe(401);
  });

  it('a key revoked while the server runs stops working at once', async () => {
    const db = new Database(dbFile);
    const keys = new KeyStore(db);
    const { row, secret } = keys.create('short-lived', 'reader');
    const get = () => app.inject({ method: 'GET', url: '/v1/runs', headers: { authorization: `Bearer ${secret}` } });
    expect((await get()).statusCode).toBe(200);
    keys.revoke(row.id);
    db.close();
    expect((await get()).statusCode).toBe(401);
  });
});

describe('owners', () => {
  it("a runner cannot rename, pin or delete another runner's run, nor a reader any; its owner and an admin can", async () => {
    const made = await app.inject({ method: 'POST', url: '/v1/runs', payload: DEMO_SEASON, headers: auth('runner') });
    expect(made.statusCode, made.body).toBe(201);
    const url = `/v1/runs/${made.json().id}`;
    const patch = (who: Who | 'other') =>
      app.inject({ method: 'PATCH', url, payload: { label: `by ${who}` }, headers: auth(who) });
    expect((await patch('other')).statusCode).toBe(403);
    expect((await app.inject({ method: 'DELETE', url, headers: auth('other') })).statusCode).toBe(403);
    expect((await app.inject({ method: 'DELETE', url, headers: auth('reader') })).statusCode).toBe(403);
    // the same input sent by another runner answers the stored run, still the first runner's
    const again = await app.inject({ method: 'POST', url: '/v1/runs', payload: DEMO_SEASON, headers: auth('other') });
    expect(again.json().cached).toBe(true);
    expect((await app.inject({ method: 'DELETE', url, headers: auth('other') })).statusCode).toBe(403);
    expect((await patch('runner')).statusCode).toBe(200);
    expect((await patch('admin')).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url, headers: auth('reader') })).json().label).toBe('by admin');
    expect((await app.inject({ method: 'DELETE', url, headers: auth('admin') })).statusCode).toBe(204);
  });

  it('saved scenarios likewise: a runner edits and deletes only its own, an admin any', async () => {
    const save = (who: Who | 'other') =>
      app.inject({
        method: 'POST',
        url: '/v1/saved',
        payload: { name: `of ${who}`, scenario: oneDayCoal() },
        headers: auth(who),
      });
    const mine = await save('runner');
    expect(mine.statusCode, mine.body).toBe(201);
    const url = `/v1/saved/${mine.json().id}`;
    const put = (who: Who | 'other') =>
      app.inject({ method: 'PUT', url, payload: { name: 'renamed', scenario: oneDayCoal() }, headers: auth(who) });
    expect((await put('other')).statusCode).toBe(403);
    expect((await app.inject({ method: 'DELETE', url, headers: auth('other') })).statusCode).toBe(403);
    expect((await put('runner')).statusCode).toBe(200);
    // a copy belongs to whoever made it
    const copy = await app.inject({ method: 'POST', url: `${url}/duplicate`, headers: auth('other') });
    expect(copy.statusCode).toBe(201);
    expect(
      (await app.inject({ method: 'DELETE', url: `/v1/saved/${copy.json().id}`, headers: auth('other') })).statusCode,
    ).toBe(204);
    expect((await app.inject({ method: 'DELETE', url, headers: auth('runner') })).statusCode).toBe(204);
    const theirs = await save('other');
    expect(
      (await app.inject({ method: 'DELETE', url: `/v1/saved/${theirs.json().id}`, headers: auth('admin') })).statusCode,
    ).toBe(204);
  });

  it('an older database gets the owner column on its saved table, and rows before it have no owner', () => {
    const file = join(tempDir(), 'old.db');
    const db = new Database(file);
    db.exec(`CREATE TABLE saved (id TEXT PRIMARY KEY, name TEXT NOT NULL, scenario_id TEXT NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL, scenario_json TEXT NOT NULL);
      INSERT INTO saved VALUES ('s1', 'old', 'x', '2024-01-01', '2024-01-01', '{}');`);
    const saved = new SavedStore(db);
    expect(saved.ownerOf('s1')).toBeNull();
    expect(saved.ownerOf(saved.create('new', {}, 'k1').id)).toBe('k1');
    db.close();
  });
});

describe('without keys', () => {
  it('every route is open, as for one user on 127.0.0.1', async () => {
    const open = buildApp({ rateLimitPerMinute: 0, workers: 1 });
    try {
      expect((await open.inject({ method: 'GET', url: '/v1/runs' })).statusCode).toBe(200);
      const saved = await open.inject({
        method: 'POST',
        url: '/v1/saved',
        payload: { name: 'a', scenario: oneDayCoal() },
      });
      expect(saved.statusCode).toBe(201);
      expect((await open.inject({ method: 'DELETE', url: `/v1/saved/${saved.json().id}` })).statusCode).toBe(204);
      // but nobody can switch auth on from the network: the first key is made on the machine
      for (const req of [
        { method: 'GET' as const, url: '/v1/keys' },
        { method: 'POST' as const, url: '/v1/keys', payload: { name: 'me', role: 'admin' } },
      ]) {
        const res = await open.inject(req);
        expect(res.statusCode).toBe(403);
        expect(res.json().message).toMatch(/baogong keys create --role admin/);
      }
      expect((await open.inject({ method: 'GET', url: '/v1/runs' })).statusCode).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('keys over HTTP (admin)', () => {
  it('creates a key whose secret is shown once, lists keys without secrets, revokes, and keeps the last admin', async () => {
    const admin = auth('admin');
    const made = await app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: admin,
      payload: { name: 'gas utility analyst', role: 'runner' },
    });
    expect(made.statusCode).toBe(201);
    const { id, key, role } = made.json();
    expect(role).toBe('runner');
    expect(key).toMatch(/^bgk_/);
    const asNew = { authorization: `Bearer ${key}` };
    expect((await app.inject({ method: 'GET', url: '/v1/runs', headers: asNew })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/v1/keys', headers: asNew })).statusCode).toBe(403);

    const list = await app.inject({ method: 'GET', url: '/v1/keys', headers: admin });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(key.split('_')[2]);
    expect(list.json().keys.find((k: { id: string }) => k.id === id)).toMatchObject({
      name: 'gas utility analyst',
      revokedAt: null,
    });

    const bad = await app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: admin,
      payload: { name: 'x', role: 'owner' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('BAD_REQUEST');

    expect((await app.inject({ method: 'DELETE', url: `/v1/keys/${id}`, headers: admin })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/v1/runs', headers: asNew })).statusCode).toBe(401);
    const again = await app.inject({ method: 'DELETE', url: `/v1/keys/${id}`, headers: admin });
    expect([again.statusCode, again.json().code]).toEqual([404, 'KEY_NOT_FOUND']);

    const last = await app.inject({ method: 'DELETE', url: `/v1/keys/${ids.admin}`, headers: admin });
    expect([last.statusCode, last.json().code]).toEqual([409, 'LAST_ADMIN_KEY']);
    expect((await app.inject({ method: 'GET', url: '/v1/keys', headers: admin })).statusCode).toBe(200);
  });
});

describe('starting', () => {
  it('refuses a non-loopback address without keys unless told --no-auth; loopback and keyed servers start', () => {
    expect(startRefusal('0.0.0.0', false, false)).toMatch(
      /refusing to listen on 0\.0\.0\.0[\s\S]*keys create[\s\S]*--no-auth/,
    );
    expect(startRefusal('192.0.2.7', false, false)).not.toBeNull();
    expect(startRefusal('0.0.0.0', false, true)).toBeNull();
    expect(startRefusal('0.0.0.0', true, false)).toBeNull();
    for (const h of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]'])
      expect(startRefusal(h, false, false), h).toBeNull();
    for (const h of ['0.0.0.0', '::', '10.0.0.1', 'example.org', '128.0.0.1']) expect(isLoopback(h), h).toBe(false);
  });

  it('server/main.ts with HOST=0.0.0.0 and no key exits non-zero, saying why and how to make a key, without listening', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, HOST: '0.0.0.0', PORT: '0', BAOGONG_DATA_DIR: dir, BAOGONG_LOG: '0', BAOGONG_NO_AUTH: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    clearTimeout(timer);
    expect(code, out).toBe(2);
    expect(out).toContain('refusing to listen on 0.0.0.0');
    expect(out).toContain('baogong keys create --role admin');
    expect(out).toContain('--no-auth');
  }, 70_000);
});

describe('baogong keys', () => {
  it('create prints a key that works, list shows it without its secret, revoke stops it', () => {
    const dir = tempDir();
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/baogong.js'), 'keys', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, BAOGONG_DATA_DIR: dir, BAOGONG_DB: '' },
      });
    const made = cli('create', '--role', 'runner', '--name', 'Wang Li');
    expect(made.status, made.stderr).toBe(0);
    const secret = made.stdout.trim();
    expect(secret).toMatch(/^bgk_\w{12}_[\w-]{43}$/);
    const listed = cli('list', '--json');
    expect(listed.status).toBe(0);
    const rows = JSON.parse(listed.stdout);
    expect(rows).toMatchObject([{ name: 'Wang Li', role: 'runner', revokedAt: null }]);
    expect(listed.stdout).not.toContain(secret.slice(17));
    const check = () => {
      const db = new Database(join(dir, 'baogong.db'), { readonly: true });
      try {
        return new KeyStore(db).verify(secret);
      } finally {
        db.close();
      }
    };
    expect(check()).toEqual({ keyId: rows[0].id, role: 'runner' });
    expect(cli('revoke', rows[0].id).status).toBe(0);
    expect(check()).toBeUndefined();
    expect(cli('revoke', rows[0].id).status).toBe(1);
    expect(JSON.parse(cli('list', '--json').stdout)[0].revokedAt).toMatch(/^\d{4}-/);
    expect(cli('create', '--role', 'boss', '--name', 'x').status).toBe(2);
    expect(cli('create', '--role', 'admin').status).toBe(2);
  });
});
