/**
 * A throwaway Redis for tests: Debian's `redis-server` on 127.0.0.1, a free port, its files in a
 * temporary folder; stopped by its process id (also when the test fails, or the test process
 * exits early). `persist` turns the append-only file on (every write fsynced), so `restart`
 * brings back what was written.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRedis {
  readonly port: number;
  readonly url: string;
  readonly dir: string;
  pid(): number | undefined;
  /** SIGTERM (Redis writes its files and exits), then wait for the exit; SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
  /** The same port and folder again. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Resolves once Redis answers PING on the port, or rejects after `timeoutMs`. */
export async function waitForPing(port: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = createConnection({ host: '127.0.0.1', port });
      c.once('connect', () => c.write('PING\r\n'));
      c.once('data', (d) => {
        c.destroy();
        resolve(d.toString().startsWith('+PONG'));
      });
      c.once('error', () => resolve(false));
      c.setTimeout(500, () => {
        c.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of live) if (p.pid !== undefined && p.exitCode === null) process.kill(p.pid, 'SIGKILL');
});

export async function startRedis(options: { persist?: boolean } = {}): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'baogong-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--daemonize', 'no'];
  if (options.persist) args.push('--appendonly', 'yes', '--appendfsync', 'always');
  let proc: ChildProcess | undefined;

  const start = async () => {
    const p = spawn('redis-server', args, { stdio: 'ignore' });
    live.add(p);
    p.once('exit', () => live.delete(p));
    await new Promise<void>((resolve, reject) => {
      p.once('spawn', resolve);
      p.once('error', (err) => reject(new Error(`cannot start redis-server (is it installed?): ${err.message}`)));
    });
    proc = p;
    await waitForPing(port);
  };

  const stop = async (timeoutMs = 10_000) => {
    const p = proc;
    if (!p || p.pid === undefined || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => p.once('exit', () => resolve()));
    process.kill(p.pid, 'SIGTERM');
    const timer = setTimeout(() => p.pid !== undefined && process.kill(p.pid, 'SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    pid: () => proc?.pid,
    stop,
    start,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
