/**
 * `npm run load`: a bounded loopback load test of POST /v1/runs. Starts `server/main.ts` in a
 * child process on 127.0.0.1 (a free port, a temporary store, rate limit off), then drives it
 * with autocannon in three phases — the cached demo, uncached one-day scenarios, uncached
 * demo runs (uncached: a fresh `name` per request) — and prints a Markdown table of
 * requests/s, latency, errors, non-2xx answers and the server's RSS before and after.
 * About 25 s in all with the default 6 s a phase (`--seconds N` to change). Exits 1 on any
 * error or 5xx. `--soak` runs the fair-use soak instead (bench/soak.ts).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { ROOT, startChildServer } from './child-server.ts';
import { runSoak } from './soak.ts';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 6;

interface Phase {
  readonly name: string;
  readonly connections: number;
  readonly body: unknown;
  readonly uncached: boolean;
}

const oneDay = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/one-day-coal.json'), 'utf8'));
const demoSeason = { base: 'demo_beijing_2012', overrides: { dispatch: { mode: 'season' } } };
const PHASES: Phase[] = [
  { name: 'cached: demo (season), answered from the store', connections: 10, body: demoSeason, uncached: false },
  {
    name: 'uncached: one-day scenario, a fresh name each',
    connections: 4,
    body: { ...oneDay, name: 'load [<id>]' },
    uncached: true,
  },
  {
    name: 'uncached: demo (season), a fresh name each',
    connections: 2,
    body: { ...demoSeason, overrides: { ...demoSeason.overrides, name: 'load [<id>]' } },
    uncached: true,
  },
];

const post = (url: string, body: unknown) =>
  fetch(`${url}/v1/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const fmt = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<number> {
  const server = await startChildServer({ BAOGONG_RATE_LIMIT: '0' });
  const { url } = server;
  try {
    const workers = ((await (await fetch(`${url}/healthz`)).json()) as { solvers: { workers: number } }).solvers
      .workers;
    // Warm-up: the first solve loads HiGHS in the worker; the cached phase needs its run stored.
    for (const body of [demoSeason, oneDay]) if (!(await post(url, body)).ok) throw new Error('warm-up run failed');
    const rows: string[] = [];
    let failed = false;
    for (const phase of PHASES) {
      const before = server.rssMB();
      const r: Result = await autocannon({
        url: `${url}/v1/runs`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(phase.body),
        idReplacement: phase.uncached,
        connections: phase.connections,
        duration: seconds,
        timeout: 60,
      });
      const after = server.rssMB();
      const total = r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx'];
      failed ||= r.errors > 0 || r.timeouts > 0 || r['5xx'] > 0;
      rows.push(
        `| ${phase.name} | ${phase.connections} | ${fmt(total)} | ${fmt(total / r.duration, 1)} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p99)} | ${r.errors + r.timeouts} | ${r.non2xx} | ${fmt(before)} → ${fmt(after)} |`,
      );
    }
    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    console.log(
      `\nPOST /v1/runs on 127.0.0.1, ${seconds} s a phase, ${workers} solver worker(s), ${availableParallelism()} cores (${cpu}), Node ${process.version}\n`,
    );
    console.log(
      '| phase | connections | requests | requests/s | p50 ms | p99 ms | errors | non-2xx | server RSS MB before → after |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const row of rows) console.log(row);
    return failed ? 1 : 0;
  } finally {
    await server.stop();
  }
}

const arg = (name: string) => Number(process.argv[process.argv.indexOf(name) + 1]);
process.exitCode = process.argv.includes('--soak')
  ? await runSoak(arg('--minutes') || 10, arg('--solo-minutes') || 1)
  : await main();
