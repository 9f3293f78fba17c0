/**
 * Spawning `bin/baogong.js` for the queue tests: a command that runs to its end (bounded), and
 * worker processes that run until stopped by their process id.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ENGLISH_ENV } from '../support/english-env.ts';

const root = new URL('../..', import.meta.url).pathname;
export const BIN = join(root, 'bin/baogong.js');

export interface Done {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI to its end; killed (and rejected) after `timeoutMs`. */
export function cli(args: readonly string[], timeoutMs = 60_000): Promise<Done> & { child: ChildProcess } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: root, env: ENGLISH_ENV });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<Done>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`baogong ${args.join(' ')} took over ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
  return Object.assign(done, { child });
}

export interface WorkerProcess {
  readonly name: string;
  readonly child: ChildProcess;
  log(): string;
  /** SIGTERM (the jobs in hand finish), then the exit code; SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<number | null>;
  kill(): Promise<void>;
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) if (c.exitCode === null && c.pid !== undefined) process.kill(c.pid, 'SIGKILL');
});

/** A `baogong worker` with one thread and short locks (a killed worker's job restarts within ~3 s). */
export async function startWorker(url: string, name: string, extra: readonly string[] = []): Promise<WorkerProcess> {
  const args = [
    'worker',
    '--queue',
    url,
    '--threads',
    '1',
    '--lock-ms',
    '2000',
    '--stalled-ms',
    '1000',
    '--name',
    name,
  ];
  const child = spawn(process.execPath, [BIN, ...args, ...extra], {
    env: ENGLISH_ENV,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  live.add(child);
  let log = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => live.delete(child));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${name} did not start within 30 s:\n${log}`)), 30_000);
    child.stderr?.on('data', (d) => {
      log += d;
      if (log.includes('waiting for jobs')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => reject(new Error(`worker ${name} exited:\n${log}`)));
  });
  return {
    name,
    child,
    log: () => log,
    async stop(timeoutMs = 20_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls `check` every 50 ms until it gives a value, or throws after `timeoutMs` naming `what`. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
