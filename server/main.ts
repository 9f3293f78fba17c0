/**
 * `npm start`: the app on 127.0.0.1:3000 (PORT and HOST override) with the run store in the
 * repository's data/baogong.db (BAOGONG_DATA_DIR or BAOGONG_DB override; server/data-dir.ts).
 * Other knobs: BAOGONG_WORKERS, BAOGONG_MAX_QUEUE, BAOGONG_MAX_PER_CLIENT (solves of one client
 * at once), BAOGONG_MAX_RUN_CELLS and BAOGONG_MAX_RUN_LP_COLUMNS (run size), BAOGONG_RUN_TIMEOUT_MS, BAOGONG_RATE_LIMIT
 * (requests a minute per address, 0 = off), BAOGONG_MAX_RUNS and BAOGONG_MAX_STORE_MB
 * (retention, 0 = no limit), BAOGONG_MIN_FREE_MB (free disk below which runs are refused),
 * BAOGONG_REQUEST_TIMEOUT_MS, BAOGONG_HEADERS_TIMEOUT_MS, BAOGONG_KEEP_ALIVE_TIMEOUT_MS,
 * BAOGONG_MAX_CONNECTIONS, BAOGONG_CHART_CONCURRENCY, BAOGONG_CHART_QUEUE, BAOGONG_CHART_CACHE_MB
 * BAOGONG_QUEUE (redis://host:port: studies on the queue), BAOGONG_QUEUE_WORKER (threads of a queue
 * worker inside the server), BAOGONG_MAX_STUDY_RUNS (docs/server.md). API keys: with a key in the database (`baogong keys create`) every API call
 * needs one; on an address other than loopback the server refuses to start without a key unless
 * given `--no-auth` or BAOGONG_NO_AUTH=1 (server/auth-start.ts).
 */
import { buildApp } from './app.ts';
import { fileHasKeys, isLoopback, noAuthAsked, startRefusal } from './auth-start.ts';
import { storeFileFromEnv } from './data-dir.ts';

function intEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0, got \`${raw}\``);
  return n;
}

const port = intEnv('PORT') ?? 3000;
const host = process.env.HOST || '127.0.0.1';
const dbFile = storeFileFromEnv();
const hasKeys = fileHasKeys(dbFile);
const refusal = startRefusal(host, hasKeys, noAuthAsked(process.argv, process.env));
if (refusal !== null) {
  process.stderr.write(`${refusal}\n`);
  process.exit(2);
}
if (!hasKeys && !isLoopback(host))
  process.stderr.write(
    `baogong: serving ${host} without API keys (--no-auth): anyone who reaches it may do anything\n`,
  );
const mib = (n: number | undefined) => (n === undefined ? undefined : n * 1024 * 1024);
const app = buildApp({
  dbFile,
  maxRuns: intEnv('BAOGONG_MAX_RUNS'),
  maxStoreBytes: mib(intEnv('BAOGONG_MAX_STORE_MB')),
  minFreeBytes: mib(intEnv('BAOGONG_MIN_FREE_MB')),
  workers: intEnv('BAOGONG_WORKERS'),
  maxQueue: intEnv('BAOGONG_MAX_QUEUE'),
  maxPerClient: intEnv('BAOGONG_MAX_PER_CLIENT'),
  maxRunDayCells: intEnv('BAOGONG_MAX_RUN_CELLS'),
  maxRunLpColumns: intEnv('BAOGONG_MAX_RUN_LP_COLUMNS'),
  runTimeoutMs: intEnv('BAOGONG_RUN_TIMEOUT_MS'),
  rateLimitPerMinute: intEnv('BAOGONG_RATE_LIMIT'),
  requestTimeoutMs: intEnv('BAOGONG_REQUEST_TIMEOUT_MS'),
  headersTimeoutMs: intEnv('BAOGONG_HEADERS_TIMEOUT_MS'),
  keepAliveTimeoutMs: intEnv('BAOGONG_KEEP_ALIVE_TIMEOUT_MS'),
  maxConnections: intEnv('BAOGONG_MAX_CONNECTIONS'),
  chartConcurrency: intEnv('BAOGONG_CHART_CONCURRENCY'),
  chartQueue: intEnv('BAOGONG_CHART_QUEUE'),
  chartCacheBytes: mib(intEnv('BAOGONG_CHART_CACHE_MB')),
  queueUrl: process.env.BAOGONG_QUEUE || undefined,
  queueWorkerThreads: intEnv('BAOGONG_QUEUE_WORKER'),
  maxStudyRuns: intEnv('BAOGONG_MAX_STUDY_RUNS'),
  logger: process.env.BAOGONG_LOG !== '0',
});

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });

try {
  await app.listen({ port, host });
} catch (err) {
  app.log.error(err);
  process.exit(1);
}
