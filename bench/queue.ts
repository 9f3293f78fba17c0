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
async function startRedis(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'baogong-bench-redis-'));
  const p = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''], {
    stdio: 'ignore',
  });
  p.unref();
  for (let i = 0; i < 200 && !(await ping(port)); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    url: `redis://127.0.0.1:${port}`,
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

/** One study on the queue, timed from submission to the result in hand. */
async function onQueue(url: string, scenario: unknown, runs: number, chunk: number) {
  const q = await openQueue(url);
  const before = await redisStats(url);
  const t0 = performance.now();
  const study = await submitStudy(q, 'risk', { scenario, options: { ...OPTIONS, runs } }, { chunkSize: chunk });
  const result = (await awaitStudy(q, study.id)) as MonteCarloResult;
  const wallMs = performance.now() - t0;
  const after = await redisStats(url);
  await q.close();
  return {
    result,
    wallMs,
    jobs: study.chunks,
    commands: after.commands - before.commands,
    bytesIn: after.netInputBytes - before.netInputBytes,
  };
}

const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const perMinute = (runs: number, ms: number) => round((runs / ms) * 60_000);

const load0 = loadavg()[0];
const redis = await startRedis();
const rows: { config: string; threads: number; wallS: string; seasonsPerMin: number; vsLocal: string }[] = [];
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
  const note = (config: string, ms: number) => walls.set(config, [...(walls.get(config) ?? []), ms]);
  let local: MonteCarloResult | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    local = await runMonteCarlo(demo, { ...OPTIONS, runs: RUNS, workers: CORES });
    note('local', local.timing.wallMs);
    for (const [processes, threads] of plans) {
      const workers = await startWorkers(redis.url, processes, threads);
      try {
        const r = await onQueue(redis.url, demo, RUNS, CHUNK);
        const same =
          JSON.stringify({ ...r.result, timing: undefined }) === JSON.stringify({ ...local, timing: undefined });
        if (!same) throw new Error(`queue ${processes}×${threads}: the result differs from the local pool's`);
        note(`${processes}x${threads}`, r.wallMs);
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
  const localRate = perMinute(RUNS, best('local'));
  const shown = (config: string) => (walls.get(config) ?? []).map((ms) => round(ms / 1000, 1)).join(', ');
  rows.push({
    config: `local pool, ${CORES} threads`,
    threads: CORES,
    wallS: shown('local'),
    seasonsPerMin: localRate,
    vsLocal: '100 %',
  });
  for (const [processes, threads] of plans) {
    const rate = perMinute(RUNS, best(`${processes}x${threads}`));
    rows.push({
      config: `queue, ${processes} worker process${processes > 1 ? 'es' : ''} × ${threads} thread${threads > 1 ? 's' : ''}`,
      threads: processes * threads,
      wallS: shown(`${processes}x${threads}`),
      seasonsPerMin: rate,
      vsLocal: `${round((rate / localRate) * 100)} %`,
    });
  }
  overheadFromWalls = (best(`1x${CORES}`) - best('local')) / jobs;
  // the round trip: one-season jobs of a one-day scenario, one at a time
  const TRIPS = 200;
  const inThread = await runMonteCarlo(oneDay, { ...OPTIONS, runs: TRIPS, workers: 0 });
  const single = await startWorkers(redis.url, 1, 1, ['--concurrency', '1']);
  let trip: Awaited<ReturnType<typeof onQueue>>;
  try {
    trip = await onQueue(redis.url, oneDay, TRIPS, 1);
  } finally {
    await stopWorkers(single);
  }
  const roundTripMs = (trip.wallMs - inThread.timing.wallMs) / TRIPS;
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
    redisCommandsPerJob: round(redisPerJob.commands, 1),
    redisBytesInPerJob: round(redisPerJob.bytesIn),
    seasonMsOneThread: round(seasonMs),
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, `bench/results/queue-${stamp}.json`), `${JSON.stringify(out, null, 2)}\n`);
  console.log(
    `| configuration | threads | wall s (each round) | seasons/min (best round) | of local |\n|---|---|---|---|---|`,
  );
  for (const r of rows) console.log(`| ${r.config} | ${r.threads} | ${r.wallS} | ${r.seasonsPerMin} | ${r.vsLocal} |`);
  console.log(JSON.stringify(out, null, 2));
} finally {
  redis.stop();
}
