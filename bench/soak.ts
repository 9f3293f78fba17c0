/**
 * `npm run load -- --soak [--minutes N] [--solo-minutes M]`: a bounded soak of fair use. A
 * child server on 127.0.0.1 (default rate limit and per-client cap) and three clients, told
 * apart by their source address (127.0.0.2, .3, .4; the server counts a client by address):
 * - two well-behaved ones, each in a loop of a cached demo run, an uncached one-day run and a
 *   (cached) chart, a pause of 200 ms between requests;
 * - one abusive one: six loops flooding uncached demo season runs and PNG charts of its runs,
 *   retrying at once whatever the answer.
 * First the well-behaved clients alone for M minutes (default 1), then all three for N
 * (default 10). Prints a Markdown table of p50/p99 latency per client per minute and the
 * server's RSS, and the verdict: the abusive client does not raise a well-behaved client's p99
 * beyond 2× its value without it. A benchmark, not a test.
 */
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { type ChildServer, ROOT, startChildServer } from './child-server.ts';

interface Sample {
  readonly client: string;
  /** What was asked: a cached run, an uncached one-day run, a chart … */
  readonly kind: string;
  readonly phase: 'solo' | 'soak';
  readonly minute: number;
  readonly ms: number;
  readonly status: number;
}

const oneDay = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/one-day-coal.json'), 'utf8'));
const demoSeason = { base: 'demo_beijing_2012', overrides: { dispatch: { mode: 'season' } } };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let seq = 0;
const fresh = () => `${process.pid}-${++seq}`;

interface Answer {
  readonly status: number;
  readonly body: string;
}

/** One HTTP request from a given source address (status 0: the connection failed). */
function send(
  url: string,
  agent: Agent,
  localAddress: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, {
      method,
      agent,
      localAddress,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      timeout: 180_000,
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve({ status: 0, body: '' }));
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.on('timeout', () => req.destroy());
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

class Clock {
  phase: 'solo' | 'soak' = 'solo';
  private t0 = performance.now();
  start(phase: 'solo' | 'soak'): void {
    this.phase = phase;
    this.t0 = performance.now();
  }
  minute(): number {
    return Math.floor((performance.now() - this.t0) / 60_000);
  }
}

interface Client {
  readonly name: string;
  readonly address: string;
  readonly agent: Agent;
}

const newClient = (name: string, address: string): Client => ({
  name,
  address,
  agent: new Agent({ keepAlive: true, maxSockets: 8 }),
});

async function timed(
  samples: Sample[],
  clock: Clock,
  client: Client,
  kind: string,
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const phase = clock.phase;
  const minute = clock.minute();
  const t0 = performance.now();
  const answer = await send(url, client.agent, client.address, method, path, body);
  samples.push({ client: client.name, kind, phase, minute, ms: performance.now() - t0, status: answer.status });
  return answer;
}

async function wellBehaved(
  samples: Sample[],
  clock: Clock,
  client: Client,
  url: string,
  chartPath: string,
  until: () => boolean,
): Promise<void> {
  while (!until()) {
    await timed(samples, clock, client, 'cached run', url, 'POST', '/v1/runs', demoSeason);
    await sleep(200);
    await timed(samples, clock, client, 'uncached one-day run', url, 'POST', '/v1/runs', {
      ...oneDay,
      name: `soak ${fresh()}`,
    });
    await sleep(200);
    await timed(samples, clock, client, 'cached chart', url, 'GET', chartPath);
    await sleep(200);
  }
}

async function abusive(
  samples: Sample[],
  clock: Clock,
  client: Client,
  url: string,
  charts: readonly string[],
  until: () => boolean,
): Promise<void> {
  const runs: string[] = [];
  const runLoop = async () => {
    while (!until()) {
      const body = { ...demoSeason, overrides: { ...demoSeason.overrides, name: `abuse ${fresh()}` } };
      const a = await timed(samples, clock, client, 'uncached season run', url, 'POST', '/v1/runs', body);
      if (a.status === 201) runs.push((JSON.parse(a.body) as { id: string }).id);
      else await sleep(5);
    }
  };
  const chartLoop = async () => {
    let i = 0;
    while (!until()) {
      const id = runs[runs.length - 1 - (i % Math.max(1, Math.min(runs.length, 8)))];
      if (id === undefined) {
        await sleep(100);
        continue;
      }
      const lang = i % 2 === 0 ? 'en' : 'zh';
      const a = await timed(
        samples,
        clock,
        client,
        'PNG chart',
        url,
        'GET',
        `/v1/runs/${id}/charts/${charts[i % charts.length]}.png?lang=${lang}`,
      );
      if (a.status !== 200) await sleep(5);
      i++;
    }
  };
  await Promise.all([runLoop(), runLoop(), runLoop(), runLoop(), chartLoop(), chartLoop()]);
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (x: number) => (Number.isNaN(x) ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: 0 }));

export async function runSoak(minutes: number, soloMinutes: number): Promise<number> {
  const server: ChildServer = await startChildServer({});
  const clock = new Clock();
  const samples: Sample[] = [];
  const rss: Array<{ phase: string; minute: number; mb: number }> = [];
  try {
    const { url } = server;
    const health = (await (await fetch(`${url}/healthz`)).json()) as {
      solvers: { workers: number; maxPerClient: number };
    };
    const charts = ((await (await fetch(`${url}/v1/charts`)).json()) as { charts: string[] }).charts;
    // warm-up: HiGHS loaded, the cached run stored, its chart drawn once
    const warm = await fetch(`${url}/v1/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(demoSeason),
    });
    const demoId = ((await warm.json()) as { id: string }).id;
    const chartPath = `/v1/runs/${demoId}/charts/${charts[0]}.svg`;
    await fetch(`${url}${chartPath}`);

    const a = newClient('well-behaved A', '127.0.0.2');
    const b = newClient('well-behaved B', '127.0.0.3');
    const x = newClient('abusive', '127.0.0.4');
    const sampler = setInterval(
      () => rss.push({ phase: clock.phase, minute: clock.minute(), mb: server.rssMB() }),
      5_000,
    );

    clock.start('solo');
    let end = performance.now() + soloMinutes * 60_000;
    const over = () => performance.now() >= end;
    await Promise.all([
      wellBehaved(samples, clock, a, url, chartPath, over),
      wellBehaved(samples, clock, b, url, chartPath, over),
    ]);
    clock.start('soak');
    end = performance.now() + minutes * 60_000;
    await Promise.all([
      wellBehaved(samples, clock, a, url, chartPath, over),
      wellBehaved(samples, clock, b, url, chartPath, over),
      abusive(samples, clock, x, url, charts, over),
    ]);
    clearInterval(sampler);
    for (const c of [a, b, x]) c.agent.destroy();

    const stats = (await (await fetch(`${url}/healthz`)).json()) as { solvers: unknown };
    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    console.log(
      `\nSoak on 127.0.0.1: ${soloMinutes} min well-behaved clients alone, then ${minutes} min with the abusive client; ${health.solvers.workers} solver worker(s), ${health.solvers.maxPerClient} solves per client at once, default rate limit; ${availableParallelism()} cores (${cpu}), Node ${process.version}\n`,
    );
    console.log(
      '| phase | minute | client | requests | 2xx | 429 | 503 | other | p50 ms | p99 ms | server RSS MB (min–max) |',
    );
    console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|');
    const keys = [...new Set(samples.map((s) => `${s.phase}\u0000${s.minute}\u0000${s.client}`))];
    for (const key of keys) {
      const [phase, minuteText, client] = key.split('\u0000');
      const minute = Number(minuteText);
      const mine = samples.filter((s) => s.phase === phase && s.minute === minute && s.client === client);
      const count = (f: (s: number) => boolean) => mine.filter((s) => f(s.status)).length;
      const mem = rss.filter((r) => r.phase === phase && r.minute === minute).map((r) => r.mb);
      const memText = mem.length ? `${fmt(Math.min(...mem))}–${fmt(Math.max(...mem))}` : '–';
      console.log(
        `| ${phase} | ${minute + 1} | ${client} | ${mine.length} | ${count((s) => s >= 200 && s < 300)} | ${count((s) => s === 429)} | ${count((s) => s === 503)} | ${count((s) => s < 200 || (s >= 300 && s !== 429 && s !== 503))} | ${fmt(
          pct(
            mine.map((s) => s.ms),
            50,
          ),
        )} | ${fmt(
          pct(
            mine.map((s) => s.ms),
            99,
          ),
        )} | ${memText} |`,
      );
    }
    console.log(`\nSolvers at the end: \`${JSON.stringify(stats.solvers)}\`\n`);
    console.log('\np99 by what was asked, ms (alone → beside the abusive client):\n');
    for (const c of [a, b]) {
      const kinds = [...new Set(samples.filter((s) => s.client === c.name).map((s) => s.kind))];
      const parts = kinds.map((k) => {
        const of = (phase: string) =>
          pct(
            samples.filter((s) => s.client === c.name && s.kind === k && s.phase === phase).map((s) => s.ms),
            99,
          );
        return `${k} ${fmt(of('solo'))} → ${fmt(of('soak'))}`;
      });
      console.log(`- ${c.name}: ${parts.join('; ')}`);
    }
    console.log('');
    let ok = true;
    for (const c of [a, b]) {
      const p99 = (phase: string) =>
        pct(
          samples.filter((s) => s.client === c.name && s.phase === phase).map((s) => s.ms),
          99,
        );
      const solo = p99('solo');
      const soak = p99('soak');
      const fine = soak <= 2 * solo;
      ok &&= fine;
      console.log(
        `- ${c.name}: p99 ${fmt(solo)} ms alone, ${fmt(soak)} ms beside the abusive client (×${(soak / solo).toFixed(2)}): ${fine ? 'within 2×' : 'MORE than 2×'}`,
      );
    }
    console.log(
      ok
        ? "\n**Verdict: PASS**: the abusive client does not raise the well-behaved clients' p99 beyond 2× their value alone."
        : "\n**Verdict: FAIL**: the abusive client raises a well-behaved client's p99 beyond 2× its value alone.",
    );
    return ok ? 0 : 1;
  } finally {
    await server.stop();
  }
}
