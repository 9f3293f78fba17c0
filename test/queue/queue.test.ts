/**
 * Monte Carlo on the queue gives the local pool's result byte for byte (JSON without `timing`):
 * with 1 and 3 worker processes, chunks of 2 and 5 seasons; after a worker is SIGKILLed in the
 * middle of a job (another takes it over, no chunk counted twice); and after Redis is stopped
 * and restarted mid-study with its append-only file on. Plus the errors a user meets: no Redis
 * at the URL, an unknown study id, the result of a study still running, a chunk failing on bad
 * input (STUDY_FAILED, not retried); and cancel.
 *
 * A 30-day scenario of constant weather with sampled coal and gas disruptions: each season is a
 * few dozen small LPs, so a study of 12 seasons costs about a second of one core; the restart
 * test uses a 120-day horizon so the study is still running when Redis goes down.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chunkAttempts,
  loadProvinceStudy,
  openQueue,
  runMonteCarlo,
  runProvinceStudy,
  studyStatus,
  type OpenQueue,
} from '../../engine/index.ts';
import { constantMonth } from '../support/constant-month.ts';
import { startRedis, type TestRedis } from '../support/redis.ts';
import { cli, startWorker, until, type WorkerProcess } from './cli-processes.ts';

const tmp = mkdtempSync(join(tmpdir(), 'baogong-queue-'));

function scenarioFile(name: string, end: string): string {
  const file = join(tmp, `${name}.json`);
  writeFileSync(file, JSON.stringify(constantMonth(name, end)));
  return file;
}

const month = scenarioFile('queue_month', '2013-01-30');
const FLAGS = ['--seed', '3', '--coal-events', '3', '--gas-events', '2', '--format', 'json'];

/** The result as bytes, its clock readings left out. */
const withoutTiming = (r: object) => JSON.stringify({ ...r, timing: undefined });

/** The local pool's answer (in this thread: the rows do not depend on the worker count, test/risk). */
async function local(file: string, runs: number): Promise<string> {
  const scenario = JSON.parse(readFileSync(file, 'utf8'));
  const r = await runMonteCarlo(scenario, {
    runs,
    seed: 3,
    coalDisruptions: { eventsPerSeason: 3 },
    gasDisruptions: { eventsPerSeason: 2 },
    workers: 0,
    baseDir: dirname(file),
  });
  return withoutTiming(r);
}

async function onQueue(url: string, file: string, runs: number, chunk: number, extra: string[] = []) {
  const r = await cli([
    'risk',
    file,
    '--runs',
    String(runs),
    '--chunk',
    String(chunk),
    '--queue',
    url,
    ...FLAGS,
    ...extra,
  ]);
  expect(r.status, r.stderr).toBe(0);
  return { bytes: withoutTiming(JSON.parse(r.stdout)), stderr: r.stderr, result: JSON.parse(r.stdout) };
}

describe('Monte Carlo on the queue: determinism and a killed worker', () => {
  let redis: TestRedis;
  let q: OpenQueue;
  const workers: WorkerProcess[] = [];
  let expected12: string;

  beforeAll(async () => {
    redis = await startRedis();
    q = await openQueue(redis.url);
    expected12 = await local(month, 12);
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await q?.close();
    await redis?.dispose();
  });

  it('one worker process: byte-identical to the local pool with chunks of 2 and of 5 (progress from the queue)', async () => {
    workers.push(await startWorker(redis.url, 'one'));
    const two = await onQueue(redis.url, month, 12, 2, ['--progress']);
    expect(two.bytes).toBe(expected12);
    expect(two.stderr).toContain('12 seasons in 6 jobs of 2');
    expect(two.stderr).toMatch(/seasons on the queue \[#+\] 12\/12/);
    expect(two.result.timing.workers).toBe(1);
    const five = await onQueue(redis.url, month, 12, 5);
    expect(five.bytes).toBe(expected12);
    expect(five.stderr).toContain('12 seasons in 3 jobs of 5');
  }, 60_000);

  it('three worker processes: byte-identical, and study status / result from another process agree', async () => {
    workers.push(await startWorker(redis.url, 'two'), await startWorker(redis.url, 'three'));
    const three = await onQueue(redis.url, month, 12, 2);
    expect(three.bytes).toBe(expected12);
    expect(three.result.timing.workers, 'workers that stored rows').toBeGreaterThanOrEqual(2);
    const id = /study (\S+): 12 seasons/.exec(three.stderr)![1];
    const status = await cli(['study', 'status', id, '--queue', redis.url, '--format', 'json']);
    expect(JSON.parse(status.stdout)).toMatchObject({ id, state: 'done', chunks: 6, chunksDone: 6, chunksFailed: 0 });
    const result = await cli(['study', 'result', id, '--queue', redis.url, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(withoutTiming(JSON.parse(result.stdout))).toBe(expected12);
    // the workers stop on SIGTERM, cleanly
    const codes = await Promise.all(workers.splice(0).map((w) => w.stop()));
    expect(codes).toEqual([0, 0, 0]);
  }, 90_000);

  it('a worker SIGKILLed mid-job: another takes its jobs over, nothing counted twice, the same result', async () => {
    const victim = await startWorker(redis.url, 'victim');
    workers.push(victim);
    const submitted = await cli([
      'risk',
      month,
      '--runs',
      '12',
      '--chunk',
      '3',
      '--queue',
      redis.url,
      '--detach',
      ...FLAGS,
    ]);
    expect(submitted.status, submitted.stderr).toBe(0);
    const id = submitted.stdout.trim();
    expect(id).toMatch(/^risk-/);
    // the victim has started a chunk (its first job also starts its thread pool: over a second)
    const started = await until('the victim to start a chunk', async () => {
      const a = await chunkAttempts(q.redis, id);
      return Object.keys(a).length > 0 ? a : undefined;
    });
    await victim.kill();
    const killedChunks = Object.keys(started).map(Number);
    const status = await studyStatus(q, id);
    expect(status.state).toBe('running');
    workers.push(await startWorker(redis.url, 'rescuer'));
    const done = await until(
      'the study to finish',
      async () => {
        const s = await studyStatus(q, id);
        return s.state === 'done' ? s : undefined;
      },
      60_000,
    );
    expect(done.chunksDone).toBe(4);
    const attempts = await chunkAttempts(q.redis, id);
    for (const k of killedChunks) expect(attempts[k], `chunk ${k} ran again`).toBeGreaterThanOrEqual(2);
    const result = await cli(['study', 'result', id, '--queue', redis.url, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const r = JSON.parse(result.stdout);
    expect(r.rows.map((x: { index: number }) => x.index)).toEqual([...Array(12).keys()]);
    expect(withoutTiming(r)).toBe(expected12);
  }, 90_000);

  it('says plainly: a study still running has no result yet; an unknown id; cancel removes the waiting chunks', async () => {
    await Promise.all(workers.splice(0).map((w) => w.kill()));
    const submitted = await cli([
      'risk',
      month,
      '--runs',
      '12',
      '--chunk',
      '2',
      '--queue',
      redis.url,
      '--detach',
      ...FLAGS,
    ]);
    const id = submitted.stdout.trim();
    const early = await cli(['study', 'result', id, '--queue', redis.url]);
    expect(early.status).toBe(2);
    expect(early.stderr).toContain('STUDY_NOT_DONE');
    expect(early.stderr).toContain('0 of 6 chunks done');
    const cancel = await cli(['study', 'cancel', id, '--queue', redis.url, '--format', 'json']);
    expect(JSON.parse(cancel.stdout)).toEqual({ id, state: 'cancelled', removed: 6 });
    const status = await cli(['study', 'status', id, '--queue', redis.url]);
    expect(status.stdout).toContain(`study ${id} (risk): cancelled; 0 of 6 chunks done`);
    const unknown = await cli(['study', 'status', 'risk-nope', '--queue', redis.url]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('STUDY_NOT_FOUND');
    expect(unknown.stderr).toContain(redis.url);
  }, 60_000);
  it('a chunk that fails on bad input fails its study at once, with the cause (STUDY_FAILED)', async () => {
    const submitted = await cli([
      'risk',
      month,
      '--runs',
      '4',
      '--chunk',
      '2',
      '--queue',
      redis.url,
      '--detach',
      ...FLAGS,
    ]);
    const id = submitted.stdout.trim();
    // what a worker would revive is no scenario: it fails alike on every machine, so it is not retried
    await q.redis.hset(`baogong:study:${id}`, { setup: JSON.stringify({ scenario: { id: 'broken' } }) });
    workers.push(await startWorker(redis.url, 'strict'));
    const failed = await until('the study to fail', async () => {
      const st = await studyStatus(q, id);
      return st.state === 'failed' ? st : undefined;
    });
    expect(failed.error?.code).toBe('SCENARIO_SCHEMA');
    expect(failed.chunksFailed).toBeGreaterThanOrEqual(1);
    expect((await chunkAttempts(q.redis, id))[0]).toBe(1);
    const result = await cli(['study', 'result', id, '--queue', redis.url]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`STUDY_FAILED: study \`${id}\` failed: SCENARIO_SCHEMA`);
  }, 60_000);
});

describe('the queue at a URL where no Redis answers', () => {
  it('says so with the URL and how to start Redis', async () => {
    const r = await cli(['study', 'status', 'x', '--queue', 'redis://127.0.0.1:1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('QUEUE_UNREACHABLE');
    expect(r.stderr).toContain('redis://127.0.0.1:1');
    expect(r.stderr).toContain('redis-server --port 6379');
  }, 30_000);
});

describe('Redis restarted mid-study (append-only file, fsync always)', () => {
  let redis: TestRedis;
  let worker: WorkerProcess | undefined;
  afterAll(async () => {
    await worker?.kill();
    await redis?.dispose();
  });

  it('the study resumes and its result is the local one', async () => {
    redis = await startRedis({ persist: true });
    const season = scenarioFile('queue_season', '2013-04-30');
    const expected = await local(season, 30);
    worker = await startWorker(redis.url, 'steady', ['--concurrency', '1']);
    const q = await openQueue(redis.url);
    const submitter = cli(['risk', season, '--runs', '30', '--chunk', '1', '--queue', redis.url, ...FLAGS], 90_000);
    const id = await until('the study to start', async () => {
      const keys = (await q.redis.runCommand('keys', ['baogong:study:*:rows'])) as string[];
      return keys[0]?.split(':')[2];
    });
    const before = await until('three chunks done', async () => {
      const s = await studyStatus(q, id);
      return s.chunksDone >= 3 ? s : undefined;
    });
    expect(before.chunksDone, 'Redis goes down mid-study').toBeLessThan(30);
    await q.close();
    await redis.stop();
    await new Promise((r) => setTimeout(r, 500));
    await redis.start();
    const q2 = await openQueue(redis.url);
    const after = await studyStatus(q2, id);
    expect(after.chunksDone).toBeGreaterThanOrEqual(before.chunksDone); // what was written survived
    expect(after.state, 'still mid-study after the restart').toBe('running');
    expect(after.chunksDone).toBeLessThan(30);
    await q2.close();
    const done = await submitter;
    expect(done.status, done.stderr).toBe(0);
    expect(withoutTiming(JSON.parse(done.stdout))).toBe(expected);
  }, 110_000);
});

describe('a province study on the queue', () => {
  const study = new URL('../fixtures/province/two-cities.json', import.meta.url).pathname;
  let redis: TestRedis;
  const workers: WorkerProcess[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await redis?.dispose();
  });

  it('two worker processes give the local result byte for byte, and study result prints it', async () => {
    redis = await startRedis();
    workers.push(await startWorker(redis.url, 'p1'), await startWorker(redis.url, 'p2'));
    const expected = withoutTiming(await runProvinceStudy(loadProvinceStudy(study), { runs: 6, seed: 7, workers: 0 }));
    const r = await cli([
      'province',
      study,
      '--runs',
      '6',
      '--seed',
      '7',
      '--chunk',
      '2',
      '--queue',
      redis.url,
      '--format',
      'json',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('6 seasons in 3 jobs of 2');
    expect(withoutTiming(JSON.parse(r.stdout))).toBe(expected);
    const id = /study (\S+): 6 seasons/.exec(r.stderr)![1];
    expect(id).toMatch(/^province-/);
    const table = await cli(['study', 'result', id, '--queue', redis.url]);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toContain('two_cities');
  }, 90_000);
});
