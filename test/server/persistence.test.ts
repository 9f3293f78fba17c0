/**
 * Persistence: `server/main.ts` in a child process, its store placed by BAOGONG_DATA_DIR, gets
 * a run (the folder and files it made owner-only), is killed with SIGKILL right after the 201
 * (no shutdown code runs), restarts on the same SQLite file, and serves the run byte for byte;
 * the same input is then answered from the store.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, oneDayCoal, startServerProcess, waitForExit, type ServerProcess } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'baogong-persist-'));
const dataDir = join(dir, 'data');
const dbFile = join(dataDir, 'baogong.db');
/** The store by its folder only, as an operator sets it. */
const byDataDir = { BAOGONG_DB: '', BAOGONG_DATA_DIR: dataDir };
const mode = (f: string) => statSync(f).mode & 0o777;
const started: ServerProcess[] = [];

afterAll(async () => {
  for (const s of started) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  await Promise.all(started.map((s) => waitForExit(s.child)));
  rmSync(dir, { recursive: true, force: true });
});

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('persistence across SIGKILL', () => {
  it('a stored run survives a kill -9 and reads back byte-identical', async () => {
    const port = await freePort();
    const first = await startServerProcess(port, '', byDataDir);
    started.push(first);
    const scenario = { ...oneDayCoal(), name: 'persist me' };
    const created = await postJson(`${first.url}/v1/runs`, scenario);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(mode(dataDir)).toBe(0o700);
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) expect(mode(f), f).toBe(0o600);
    const before = Buffer.from(await (await fetch(`${first.url}/v1/runs/${id}`)).arrayBuffer());
    const csvBefore = await (await fetch(`${first.url}/v1/runs/${id}/days.csv`)).text();

    first.child.kill('SIGKILL');
    await waitForExit(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await startServerProcess(port, '', byDataDir);
    started.push(second);
    const after = await fetch(`${second.url}/v1/runs/${id}`);
    expect(after.status).toBe(200);
    expect(Buffer.from(await after.arrayBuffer()).equals(before)).toBe(true);
    expect(await (await fetch(`${second.url}/v1/runs/${id}/days.csv`)).text()).toBe(csvBefore);

    const again = await postJson(`${second.url}/v1/runs`, scenario);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id, cached: true });
    const list = (await (await fetch(`${second.url}/v1/runs`)).json()) as { runs: Array<{ id: string }> };
    expect(list.runs.map((r) => r.id)).toContain(id);
  });
});
