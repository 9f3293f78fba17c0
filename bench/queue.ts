/**
 * The queue against the local pool, on this machine (`npm run bench:queue [-- --runs N --chunk K]`):
 *
 *   local pool      `runMonteCarlo` on the demo scenario with one worker thread per core
 *                   (each configuration is run `--rounds` times, interleaved; the best wall counts)
 *   queue P×T       the same study submitted to a Redis on 127.0.0.1 and run by P `baogong
 *                   worker` processes of T threads each (P × T = the cores where it can be:
 *                   1×C and 2×C/2; 4 processes on fewer than 4 cores get 1 thread each and
 *                   oversubscribe, as the table says)
 *   job overhead    (a) (queue wall − local wall) / jobs at equal threads; (b) a round trip:
 *                   jobs of one season of a one-day scenario (a few ms of LP) on one worker
 *                   with one thread and one job at a time, minus the same seasons in this thread
 *   Redis load      commands and bytes a job costs (INFO before and after), for the projection
 *   CPU time        user + system time of everything a configuration ran (this process with its
 *                   threads; the worker processes and Redis, from /proc: Linux only). On a machine
 *                   others share, walls follow their load; CPU time barely does, so
 *                   cores × 60 s / (CPU per season) is the throughput the configuration would
 *                   reach on idle cores, and the fair comparison of queue and pool
 *
 * Both walls run from the study's start (reserve figures measured, pool started) to the result
 * in hand; the workers are started, idle, before the clock starts. The load average before
 * and after is recorded: other processes on the machine slow it. Prints Markdown and writes
 * bench/results/queue-<stamp>.json.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { awaitStudy, openQueue, runMonteCarlo, submitStudy, type MonteCarloResult } from '../engine/index.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '240' },
    chunk: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '2' },
  },
});
const ROUNDS = Number(args.rounds);
const RUNS = Number(args.runs);
const CHUNK = Number(args.chunk);
const CORES = availableParallelism();
const root = new URL('..', import.meta.url).pathname;
const demo = JSON.parse(readFileSync(join(root, 'scenarios/demo-beijing-2012.json'), 'utf8'));
const oneDay = JSON.parse(readFileSync(join(root, 'test/fixtures/one-day-coal.json'), 'utf8'));
const OPTIONS = { seed: 1, baseDir: join(root, 'scenarios') } as const;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = createConnection({ host: '127.0.0.1', port });
    c.once('connect', () => c.write('PING\r\n'));
    c.once('data', (d) => {
      c.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    c.once('error', () => resolve(false));
  });
}

/** A Redis as the docs advise for a study (append-only, fsync every second), in a temporary folder. */
async function startRedis(): Promise<{ url: string; pid: number; stop(): void }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'baogong-bench-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
  const p = spawn('redis-server', [...args, '--appendonly', 'yes', '--appendfsync', 'everysec'], { stdio: 'ignore' });
  p.unref();
  for (let i = 0; i < 200 && !(await ping(port)); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: p.pid ?? -1,
    stop: () => {
      if (p.pid) process.kill(p.pid, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startWorkers(
  url: string,
  processes: number,
  threads: number,
  extra: string[] = [],
): Promise<ChildProcess[]> {
  return Promise.all(
    Array.from({ length: processes }, (_, i) => {
      const child = spawn(
        process.execPath,
        [
          join(root, 'bin/baogong.js'),
          'worker',
          '--queue',
          url,
          '--threads',
          String(threads),
          '--name',
          `w${i}`,
          ...extra,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      return new Promise<ChildProcess>((resolve, reject) => {
        let log = '';
        child.stderr.on('data', (d) => {
          log += d;
          if (log.includes('waiting for jobs')) resolve(child);
        });
        child.once('exit', () => reject(new Error(`worker exited: ${log}`)));
      });
    }),
  );
}

async function stopWorkers(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          c.removeAllListeners('exit');
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
        }),
    ),
  );
}

async function redisStats(url: string): Promise<{ commands: number; netInputBytes: number }> {
  const q = await openQueue(url);
  const info = (await q.redis.runCommand('info', ['stats'])) as string;
  await q.close();
  const field = (name: string) => Number(new RegExp(`${name}:(\\d+)`).exec(info)?.[1] ?? Number.NaN);
  return { commands: field('total_commands_processed'), netInputBytes: field('total_net_input_bytes') };
}

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/** CPU time (user + system) a process has used, ms: every thread of it (Linux, /proc/<pid>/stat). */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime
}

/** CPU time of this process (all its threads: the local pool's too), ms. */
const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * One study on the queue, timed from submission to the result in hand, with the CPU time it
 * cost everywhere: this process (submitting, waiting), the workers and Redis (`pids`).
 */
async function onQueue(url: string, scenario: unknown, runs: number, chunk: number, pids: number[]) {
  const q = await openQueue(url);
  const before = await redisStats(url);
  const cpu0 = ownCpuMs() + pids.reduce((a, pid) => a + processCpuMs(pid), 0);
  const t0 = performance.now();
  const study = await submitStudy(q, 'risk', { scenario, options: { ...OPTIONS, runs } }, { chunkSize: chunk });
  const result = (await awaitStudy(q, study.id)) as MonteCarloResult;
  const wallMs = performance.now() - t0;
  const cpuMs = ownCpuMs() + pids.reduce((a, pid) => a + processCpuMs(pid), 0) - cpu0;
  const after = await redisStats(url);
  await q.close();
  return {
    result,
    wallMs,
    cpuMs,
    jobs: study.chunks,
    commands: after.commands - before.commands,
    bytesIn: after.netInputBytes - before.netInputBytes,
  };
}

const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const perMinute = (runs: number, ms: number) => round((runs / ms) * 60_000);

const load0 = loadavg()[0];
const redis = await startRedis();
const rows: {
  config: string;
  threads: number;
  wallS: string;
  seasonsPerMin: number;
  vsLocal: string;
  cpuS: string;
  cpuSeasonsPerMin: number;
  cpuVsLocal: string;
}[] = [];
let overheadFromWalls = Number.NaN;
let jobs = 0;
let redisPerJob = { commands: Number.NaN, bytesIn: Number.NaN };
try {
  const plans: [number, number][] = [
    [1, CORES],
    [2, Math.max(1, CORES / 2)],
    [4, Math.max(1, CORES / 4)],
  ];
  // rounds interleave the configurations, so a burst of other load on the machine hits all of them
  const walls = new Map<string, number[]>();
  const cpuTimes = new Map<string, number[]>();
  const note = (config: string, ms: number, cpuMs: number) => {
    walls.set(config, [...(walls.get(config) ?? []), ms]);
    cpuTimes.set(config, [...(cpuTimes.get(config) ?? []), cpuMs]);
  };
  let local: MonteCarloResult | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const cpu0 = ownCpuMs();
    local = await runMonteCarlo(demo, { ...OPTIONS, runs: RUNS, workers: CORES });
    note('local', local.timing.wallMs, ownCpuMs() - cpu0);
    for (const [processes, threads] of plans) {
      const workers = await startWorkers(redis.url, processes, threads);
      try {
        const r = await onQueue(redis.url, demo, RUNS, CHUNK, [redis.pid, ...workers.map((w) => w.pid ?? -1)]);
        const same =
          JSON.stringify({ ...r.result, timing: undefined }) === JSON.stringify({ ...local, timing: undefined });
        if (!same) throw new Error(`queue ${processes}×${threads}: the result differs from the local pool's`);
        note(`${processes}x${threads}`, r.wallMs, r.cpuMs);
        if (processes === 1) {
          jobs = r.jobs;
          redisPerJob = { commands: r.commands / r.jobs, bytesIn: r.bytesIn / r.jobs };
        }
      } finally {
        await stopWorkers(workers);
      }
    }
  }
  const best = (config: string) => Math.min(...(walls.get(config) ?? []));
  const leastCpu = (config: string) => Math.min(...(cpuTimes.get(config) ?? []));
  /** Seasons a minute the configuration's CPU time allows on CORES idle cores: other people's load left out. */
  const cpuRate = (config: string) => perMinute(RUNS * CORES, leastCpu(config));
  const localRate = perMinute(RUNS, best('local'));
  const shown = (config: string) => (walls.get(config) ?? []).map((ms) => round(ms / 1000, 1)).join(', ');
  const cpuShown = (config: string) => (cpuTimes.get(config) ?? []).map((ms) => round(ms / 1000, 1)).join(', ');
  const localCpuRate = cpuRate('local');
  rows.push({
    config: `local pool, ${CORES} threads`,
    threads: CORES,
    wallS: shown('local'),
    seasonsPerMin: localRate,
    vsLocal: '100 %',
    cpuS: cpuShown('local'),
    cpuSeasonsPerMin: localCpuRate,
    cpuVsLocal: '100 %',
  });
  for (const [processes, threads] of plans) {
    const rate = perMinute(RUNS, best(`${processes}x${threads}`));
    const config = `${processes}x${threads}`;
    rows.push({
      config: `queue, ${processes} worker process${processes > 1 ? 'es' : ''} × ${threads} thread${threads > 1 ? 's' : ''}`,
      threads: processes * threads,
      wallS: shown(config),
      seasonsPerMin: rate,
      vsLocal: `${round((rate / localRate) * 100)} %`,
      cpuS: cpuShown(config),
      cpuSeasonsPerMin: cpuRate(config),
      cpuVsLocal: `${round((cpuRate(config) / localCpuRate) * 100)} %`,
    });
  }
  overheadFromWalls = (best(`1x${CORES}`) - best('local')) / jobs;
  // the round trip: one-season jobs of a one-day scenario, one at a time
  const TRIPS = 200;
  const cpuTrip0 = ownCpuMs();
  const inThread = await runMonteCarlo(oneDay, { ...OPTIONS, runs: TRIPS, workers: 0 });
  const inThreadCpuMs = ownCpuMs() - cpuTrip0;
  const single = await startWorkers(redis.url, 1, 1, ['--concurrency', '1']);
  let trip: Awaited<ReturnType<typeof onQueue>>;
  try {
    trip = await onQueue(redis.url, oneDay, TRIPS, 1, [redis.pid, ...single.map((w) => w.pid ?? -1)]);
  } finally {
    await stopWorkers(single);
  }
  const roundTripMs = (trip.wallMs - inThread.timing.wallMs) / TRIPS;
  const roundTripCpuMs = (trip.cpuMs - inThreadCpuMs) / TRIPS;
  const seasonMs = (best('local') * CORES) / RUNS;

  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const machine = execFileSync('lscpu', { encoding: 'utf8' })
    .split('\n')
    .filter((l) => /^(Model name|CPU\(s\)|Thread|Core|Socket)/.test(l))
    .map((l) => l.replace(/\s+/g, ' '));
  const out = {
    stamp,
    node: process.version,
    cpus: cpus()[0]?.model,
    cores: CORES,
    lscpu: machine,
    loadAverage: { before: load0, after: loadavg()[0] },
    runs: RUNS,
    chunk: CHUNK,
    rounds: ROUNDS,
    wallsMs: Object.fromEntries(walls),
    rows,
    overheadMsPerJobFromWalls: round(overheadFromWalls, 1),
    roundTripMsPerJob: round(roundTripMs, 2),
    roundTripCpuMsPerJob: round(roundTripCpuMs, 2),
    cpuMs: Object.fromEntries(cpuTimes),
    redisCommandsPerJob: round(redisPerJob.commands, 1),
    redisBytesInPerJob: round(redisPerJob.bytesIn),
    seasonMsOneThread: round(seasonMs),
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, `bench/results/queue-${stamp}.json`), `${JSON.stringify(out, null, 2)}\n`);
  console.log(
    `| configuration | threads | wall s (each round) | seasons/min (best wall) | of local | CPU s (each round) | seasons/min on ${CORES} idle cores (least CPU) | of local |\n|---|---|---|---|---|---|---|---|`,
  );
  for (const r of rows)
    console.log(
      `| ${r.config} | ${r.threads} | ${r.wallS} | ${r.seasonsPerMin} | ${r.vsLocal} | ${r.cpuS} | ${r.cpuSeasonsPerMin} | ${r.cpuVsLocal} |`,
    );
  console.log(JSON.stringify(out, null, 2));
} finally {
  redis.stop();
}
