/**
 * The run store on disk: where it lives (configuration, not the working directory), owner-only
 * modes, retention with pinned runs, and storage that fails cleanly: a read-only or full file
 * system (a small tmpfs mounted for the test; skipped, saying why, where mounting is refused)
 * or a database at its page limit answers STORAGE_READ_ONLY / STORAGE_FULL, before the solve,
 * and /healthz says `degraded` with 503.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { DEFAULT_DATA_DIR, storeFileFromEnv } from '../../server/data-dir.ts';
import { storageProblemOf } from '../../server/storage-errors.ts';
import { type NewRun, RunStore } from '../../server/store.ts';
import { oneDayCoal, ROOT } from './helpers.ts';

const FAILING_WORKER = new URL('./failing-worker.ts', import.meta.url);
const tmp = mkdtempSync(join(tmpdir(), 'baogong-storage-'));
const mounts: string[] = [];
const apps: FastifyInstance[] = [];

let keeper: Database.Database | undefined;

afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  keeper?.close();
  for (const m of mounts.reverse()) execFileSync('umount', [m]);
  rmSync(tmp, { recursive: true, force: true });
});

const mode = (f: string) => statSync(f).mode & 0o777;

let n = 0;
function newRun(bytes = 100): NewRun {
  n++;
  return {
    id: `r${n}`,
    inputHash: `h${n}`,
    scenarioId: 's',
    createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, n)).toISOString(),
    summaryJson: '{}',
    resultJson: JSON.stringify({ pad: 'x'.repeat(bytes) }),
    scenarioJson: '{}',
  };
}

/** A tmpfs of `size` mounted under the temp folder, or the reason it cannot be. */
function tmpfs(size: string): string | { skip: string } {
  const dir = join(tmp, `mnt${mounts.length}`);
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (err) {
    return {
      skip: `mount -t tmpfs refused (${String((err as Error).message).split('\n')[0]}); needs root in a sandbox that allows mounts`,
    };
  }
  mounts.push(dir);
  return dir;
}

const scenario = (name: string) => ({ ...oneDayCoal(), name });

describe('where the store lives', () => {
  it('comes from BAOGONG_DB, else BAOGONG_DATA_DIR, else data/ beside the code, whatever the working directory', () => {
    expect(storeFileFromEnv({ BAOGONG_DB: '/srv/x.db', BAOGONG_DATA_DIR: '/srv/d' })).toBe('/srv/x.db');
    expect(storeFileFromEnv({ BAOGONG_DATA_DIR: '/srv/d' })).toBe('/srv/d/baogong.db');
    expect(storeFileFromEnv({})).toBe(join(ROOT, 'data', 'baogong.db'));
    expect(DEFAULT_DATA_DIR.startsWith(ROOT)).toBe(true);
    const cwd = process.cwd();
    try {
      process.chdir(tmp);
      expect(storeFileFromEnv({})).toBe(join(ROOT, 'data', 'baogong.db'));
    } catch (err) {
      // process.chdir is not allowed in worker threads: the default is absolute all the same
      if (!String(err).includes('chdir')) throw err;
    } finally {
      process.chdir(cwd);
    }
  });

  it('is owner-only: folder 0700, database, -wal and -shm 0600', () => {
    const file = join(tmp, 'fresh', 'deeper', 'runs.db');
    const store = new RunStore(file);
    store.insert(newRun());
    expect(mode(join(tmp, 'fresh', 'deeper'))).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
    store.close();
  });

  it('keeps the durability docs/server.md promises: WAL, every commit synced (synchronous=FULL)', () => {
    const store = new RunStore(join(tmp, 'durable.db'));
    expect(store.database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.database.pragma('synchronous', { simple: true })).toBe(2);
    store.close();
  });

  it('makes an older world-readable database owner-only when opened', () => {
    const file = join(tmp, 'old.db');
    new RunStore(file).close();
    execFileSync('chmod', ['0644', file]);
    const store = new RunStore(file);
    expect(mode(file)).toBe(0o600);
    store.close();
  });
});

describe('retention', () => {
  it('with max 3 runs, the 4th prunes the oldest unpinned run and keeps a pinned one', async () => {
    const app = buildApp({ maxRuns: 3, rateLimitPerMinute: 0, workers: 1 });
    apps.push(app);
    const ids: string[] = [];
    for (const name of ['one', 'two', 'three']) {
      const res = await app.inject({ method: 'POST', url: '/v1/runs', payload: scenario(name) });
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }
    const pin = await app.inject({ method: 'PATCH', url: `/v1/runs/${ids[0]}`, payload: { pinned: true } });
    expect(pin.json()).toMatchObject({ id: ids[0], pinned: true });
    const fourth = await app.inject({ method: 'POST', url: '/v1/runs', payload: scenario('four') });
    expect(fourth.statusCode).toBe(201);
    const list = (await app.inject({ method: 'GET', url: '/v1/runs' })).json();
    expect(list.total).toBe(3);
    expect(list.runs.map((r: { id: string }) => r.id).sort()).toEqual([ids[0], ids[2], fourth.json().id].sort());
    expect((await app.inject({ method: 'GET', url: `/v1/runs/${ids[1]}` })).statusCode).toBe(404);
  });

  it('prunes by bytes too, never the run just stored nor a pinned one', () => {
    const store = new RunStore(':memory:', { maxBytes: 2500 });
    const a = store.insert(newRun(1000));
    store.setPinned(a.id, true);
    const b = store.insert(newRun(1000));
    const c = store.insert(newRun(1000));
    expect(store.get(b.id)).toBeUndefined();
    expect(store.get(a.id)?.pinned).toBe(true);
    const big = store.insert(newRun(5000));
    expect(store.get(big.id)).toBeDefined();
    expect(store.get(c.id)).toBeUndefined();
    expect(store.get(a.id)).toBeDefined();
    store.close();
  });

  it('refuses a PATCH with neither label nor pinned', async () => {
    const app = apps[0];
    const id = (await app.inject({ method: 'GET', url: '/v1/runs' })).json().runs[0].id;
    const res = await app.inject({ method: 'PATCH', url: `/v1/runs/${id}`, payload: {} });
    expect(res.statusCode).toBe(400);
  });
});

describe('storage that fails cleanly', () => {
  it('maps SQLite and file-system write errors to the codes', () => {
    expect(storageProblemOf({ code: 'SQLITE_READONLY' })).toBe('STORAGE_READ_ONLY');
    expect(storageProblemOf({ code: 'SQLITE_READONLY_DBMOVED' })).toBe('STORAGE_READ_ONLY');
    expect(storageProblemOf({ code: 'EROFS' })).toBe('STORAGE_READ_ONLY');
    expect(storageProblemOf({ code: 'SQLITE_FULL' })).toBe('STORAGE_FULL');
    expect(storageProblemOf({ code: 'ENOSPC' })).toBe('STORAGE_FULL');
    expect(storageProblemOf({ code: 'SQLITE_CONSTRAINT' })).toBeUndefined();
  });

  it('a database at its page limit is full before a write, and a write past it is SQLITE_FULL', () => {
    const store = new RunStore(join(tmp, 'pages.db'), { minFreeBytes: 64 * 1024 });
    store.insert(newRun());
    expect(store.storageProblem()).toBeNull();
    const pages = store.database.pragma('page_count', { simple: true }) as number;
    store.database.pragma(`max_page_count = ${pages + 4}`);
    expect(store.storageProblem()).toBe('STORAGE_FULL');
    let thrown: unknown;
    try {
      store.insert(newRun(200_000));
    } catch (err) {
      thrown = err;
    }
    expect((thrown as { code?: string }).code).toBe('SQLITE_FULL');
    expect(storageProblemOf(thrown)).toBe('STORAGE_FULL');
    store.close();
  });

  it('a read-only file system: 503 STORAGE_READ_ONLY before solving, /healthz degraded, reads still served', async (ctx) => {
    const dir = tmpfs('4m');
    if (typeof dir !== 'string') return ctx.skip(dir.skip);
    const file = join(dir, 'runs.db');
    const first = buildApp({ dbFile: file, minFreeBytes: 0, rateLimitPerMinute: 0, workers: 1 });
    const ok = await first.inject({ method: 'POST', url: '/v1/runs', payload: scenario('before') });
    expect(ok.statusCode).toBe(201);
    expect((await first.inject({ method: 'GET', url: '/healthz' })).json()).toMatchObject({ status: 'ok' });
    await first.close();
    // A mount with files open for writing cannot be remounted read-only, so the server restarts
    // on a read-only view of the same files (a bind mount); a connection kept open on the
    // writable side keeps the WAL and shared-memory files SQLite needs to read a WAL database.
    keeper = new Database(file);
    keeper.prepare('SELECT count(*) FROM runs').get();
    const ro = join(tmp, 'ro-view');
    mkdirSync(ro);
    execFileSync('mount', ['--bind', dir, ro]);
    mounts.push(ro);
    execFileSync('mount', ['-o', 'remount,bind,ro', ro]);
    // on a pool whose every solve fails, STORAGE_READ_ONLY (not SOLVER_FAILED) shows no solve was started
    const app = buildApp({
      dbFile: join(ro, 'runs.db'),
      minFreeBytes: 0,
      rateLimitPerMinute: 0,
      workers: 1,
      workerFile: FAILING_WORKER,
    });
    apps.push(app);
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({
      status: 'degraded',
      storage: { writable: false, problem: 'STORAGE_READ_ONLY' },
    });
    const refused = await app.inject({ method: 'POST', url: '/v1/runs', payload: scenario('after') });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'STORAGE_READ_ONLY' });
    expect(refused.body).not.toContain(ro);
    expect((await app.inject({ method: 'GET', url: `/v1/runs/${ok.json().id}` })).statusCode).toBe(200);
    // a write that does not solve (rename) fails with the same code, not INTERNAL
    const rename = await app.inject({ method: 'PATCH', url: `/v1/runs/${ok.json().id}`, payload: { label: 'x' } });
    expect(rename.statusCode).toBe(503);
    expect(rename.json().code).toBe('STORAGE_READ_ONLY');
  });

  it('a full disk: 507 STORAGE_FULL before solving, and from a write that runs out of space', async (ctx) => {
    const dir = tmpfs('2m');
    if (typeof dir !== 'string') return ctx.skip(dir.skip);
    const file = join(dir, 'runs.db');
    const opts = { dbFile: file, rateLimitPerMinute: 0, workers: 1 };
    const app = buildApp({ ...opts, minFreeBytes: 256 * 1024 });
    apps.push(app);
    expect((await app.inject({ method: 'POST', url: '/v1/runs', payload: scenario('fits') })).statusCode).toBe(201);
    try {
      writeFileSync(join(dir, 'filler'), Buffer.alloc(4 * 1024 * 1024));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
    }
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'degraded', storage: { problem: 'STORAGE_FULL' } });
    // on a pool whose every solve fails, STORAGE_FULL (not SOLVER_FAILED) shows no solve was started
    const refusing = buildApp({ ...opts, minFreeBytes: 256 * 1024, workerFile: FAILING_WORKER });
    apps.push(refusing);
    const refused = await refusing.inject({ method: 'POST', url: '/v1/runs', payload: scenario('no room') });
    expect(refused.statusCode).toBe(507);
    expect(refused.json()).toMatchObject({ code: 'STORAGE_FULL' });
    // with no free-space floor the solve goes ahead and the insert meets the full disk: the same answer
    const late = buildApp({ ...opts, minFreeBytes: 0, workerFile: FAILING_WORKER });
    apps.push(late);
    const big = { ...scenario('too big'), description: 'big' };
    const failed = await late.inject({ method: 'POST', url: '/v1/runs', payload: big });
    expect(failed.statusCode).toBe(507);
    expect(failed.json()).toMatchObject({ code: 'STORAGE_FULL' });
  });
});
