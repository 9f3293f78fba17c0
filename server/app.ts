/**
 * The HTTP app, built apart from `listen()` so tests drive it with `inject()` (fastify's
 * testing guide). It wires the pieces and does nothing else: the store, the solver pool, the
 * library, error handling, API keys (server/auth.ts), the studies on the queue
 * (server/study-service.ts), OpenAPI at /docs, and one plugin per group of routes.
 */
import { availableParallelism } from 'node:os';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { ENGINE_VERSION } from '../engine/index.ts';
import { ChartRenderer } from './chart-renderer.ts';
import { rateLimitClient, registerAuth } from './auth.ts';
import { ApiError } from './errors.ts';
import { registerErrorHandling } from './error-handler.ts';
import { applyConnectionCap, HTTP_LIMIT_DEFAULTS, httpServerOptions } from './http-limits.ts';
import { registerJsonBodyParser } from './json-body.ts';
import { KeyStore } from './keys.ts';
import { loadLibrary } from './library.ts';
import { RunService } from './run-service.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { RUN_SIZE_DEFAULTS } from './run-size.ts';
import { DEFAULT_MAX_PER_CLIENT, defaultWorkers, SolverPool } from './solver-pool.ts';
import { SavedStore } from './saved-store.ts';
import { STUDY_DEFAULTS, StudyService } from './study-service.ts';
import { StudyStore } from './study-store.ts';
import { RunStore } from './store.ts';
import { chartRoutes } from './routes/charts.ts';
import { keyRoutes } from './routes/keys.ts';
import { compareRoutes } from './routes/compare.ts';
import { healthRoutes } from './routes/health.ts';
import { i18nRoutes } from './routes/i18n.ts';
import { importXlsxRoutes } from './routes/import-xlsx.ts';
import { runRoutes } from './routes/runs.ts';
import { savedRoutes } from './routes/saved.ts';
import { coldWavePreviewRoutes } from './routes/cold-wave-preview.ts';
import { scenarioRoutes } from './routes/scenarios.ts';
import { staticRoutes } from './routes/static.ts';
import { studyRoutes } from './routes/studies.ts';
import { loadStudyLibrary } from './study-library.ts';
import { templateRoutes } from './routes/templates.ts';

export interface AppOptions {
  /** SQLite file of the run store; default ':memory:' (`npm start`: server/data-dir.ts). */
  readonly dbFile?: string;
  /** Most runs kept; the oldest unpinned are pruned after each insert; 0 = no limit (default). */
  readonly maxRuns?: number;
  /** Most bytes of stored runs kept, pruned as `maxRuns`; 0 = no limit (default). */
  readonly maxStoreBytes?: number;
  /** Free disk space under which runs are refused before solving (STORAGE_FULL), bytes; default 16 MiB. */
  readonly minFreeBytes?: number;
  /** Solves that may wait for a worker beyond those running; default 16. */
  readonly maxQueue?: number;
  /** Solves one client may have queued or running at once (TOO_MANY_RUNS beyond); default 4. */
  readonly maxPerClient?: number;
  /** Most day-table cells of one run (RUN_TOO_LARGE beyond; server/run-size.ts); default 250 000. */
  readonly maxRunDayCells?: number;
  /** Most LP columns in one window of a run (RUN_TOO_LARGE beyond); default 100 000. */
  readonly maxRunLpColumns?: number;
  /** Time limit of one run, queue wait included, ms; default 120 000. */
  readonly runTimeoutMs?: number;
  /** Worker threads solving; default one less than the cores, two on two cores, one on one (solver-pool.ts). */
  readonly workers?: number;
  /** Requests per minute per client address; 0 turns the limit off; default 600. */
  readonly rateLimitPerMinute?: number;
  /** Largest accepted body, bytes; default 2 MiB. */
  readonly bodyLimitBytes?: number;
  /** Time to receive a whole request (headers and body), ms; 0 = none; default 30 000. */
  readonly requestTimeoutMs?: number;
  /** Time to receive a request's headers, ms; 0 = none; default 10 000. */
  readonly headersTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this, ms; default 5 000. */
  readonly keepAliveTimeoutMs?: number;
  /** Open connections at most, the next closed at once; 0 = no cap; default 256. */
  readonly maxConnections?: number;
  /** Charts built or drawn at once (threads of the chart pool); default 2. */
  readonly chartConcurrency?: number;
  /** Charts that may wait beyond those being drawn; default 32. */
  readonly chartQueue?: number;
  /** Bytes of drawn charts and specs kept for the next request; default 64 MiB. */
  readonly chartCacheBytes?: number;
  readonly logger?: boolean;
  /** Folder of the scenario library, re-read when its files change; default the shipped scenarios/. */
  readonly libraryDir?: string;
  /** The study queue, `redis://host:port` (BAOGONG_QUEUE); without it POST /v1/studies answers 503 STUDIES_NEED_QUEUE. */
  readonly queueUrl?: string;
  /** Threads of a queue worker run inside the server (BAOGONG_QUEUE_WORKER); 0 (default): none. */
  readonly queueWorkerThreads?: number;
  /** Most seasons one study may ask for (STUDY_TOO_LARGE beyond); default 10 000. */
  readonly maxStudyRuns?: number;
  /** How long a call to the queue's Redis may take before 503 QUEUE_UNREACHABLE, ms; default 5 000. */
  readonly queueTimeoutMs?: number;
  /** Worker module for the solver pool (tests pass a stand-in). */
  readonly workerFile?: URL;
  /** Worker module for the chart pool (tests pass a stand-in). */
  readonly chartWorkerFile?: URL;
  /** Chart tasks a chart pool runs before it is replaced (bounds resvg's native memory). */
  readonly chartRecycleAfter?: number;
}

export const DEFAULTS = {
  dbFile: ':memory:',
  maxQueue: 16,
  maxPerClient: DEFAULT_MAX_PER_CLIENT,
  maxRunDayCells: RUN_SIZE_DEFAULTS.maxDayCells,
  maxRunLpColumns: RUN_SIZE_DEFAULTS.maxLpColumns,
  runTimeoutMs: 120_000,
  workers: defaultWorkers(availableParallelism()),
  rateLimitPerMinute: 600,
  bodyLimitBytes: 2 * 1024 * 1024,
  ...HTTP_LIMIT_DEFAULTS,
  chartConcurrency: 2,
  chartQueue: 32,
  chartCacheBytes: 64 * 1024 * 1024,
  maxStudyRuns: STUDY_DEFAULTS.maxRuns,
  queueWorkerThreads: STUDY_DEFAULTS.workerThreads,
  queueTimeoutMs: STUDY_DEFAULTS.timeoutMs,
} as const;

export function buildApp(options: AppOptions = {}): FastifyInstance {
  // Options left undefined (main.ts passes unset environment variables so) keep their defaults.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as AppOptions;
  const opts = { ...DEFAULTS, ...given };
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: opts.bodyLimitBytes, ...httpServerOptions(opts) });
  applyConnectionCap(app.server, opts);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerJsonBodyParser(app);
  registerErrorHandling(app);
  registerSecurityHeaders(app);

  const store = new RunStore(opts.dbFile, {
    maxRuns: opts.maxRuns,
    maxBytes: opts.maxStoreBytes,
    minFreeBytes: opts.minFreeBytes,
  });
  const pool = new SolverPool({
    workers: opts.workers,
    maxQueue: opts.maxQueue,
    maxPerClient: opts.maxPerClient,
    runTimeoutMs: opts.runTimeoutMs,
    workerFile: opts.workerFile,
  });
  const charts = new ChartRenderer({
    concurrency: Math.max(1, opts.chartConcurrency),
    maxQueue: opts.chartQueue,
    cacheBytes: opts.chartCacheBytes,
    timeoutMs: opts.runTimeoutMs,
    workerFile: opts.chartWorkerFile,
    recycleAfter: opts.chartRecycleAfter,
  });
  const library = loadLibrary(opts.libraryDir, (msg) => app.log.warn(msg));
  const saved = new SavedStore(store.database);
  const studyLibrary = loadStudyLibrary(library.dir, (msg) => app.log.warn(msg));
  const service = new RunService(store, pool, library, saved, {
    maxDayCells: opts.maxRunDayCells,
    maxLpColumns: opts.maxRunLpColumns,
  });
  const studies = new StudyService(
    new StudyStore(store.database),
    library,
    saved,
    studyLibrary,
    {
      queueUrl: opts.queueUrl,
      maxRuns: opts.maxStudyRuns,
      workerThreads: opts.queueWorkerThreads,
      timeoutMs: opts.queueTimeoutMs,
    },
    app.log,
  );
  const keys = new KeyStore(store.database);
  registerAuth(app, keys);
  app.addHook('onReady', async () => {
    await studies.startWorker();
  });
  app.addHook('onClose', async () => {
    await studies.close();
    await pool.close();
    await charts.close();
    store.close();
  });

  if (opts.rateLimitPerMinute > 0)
    app.register(rateLimit, {
      max: opts.rateLimitPerMinute,
      timeWindow: 60_000,
      keyGenerator: (req) => rateLimitClient(req, keys),
      errorResponseBuilder: (req, ctx) =>
        new ApiError('RATE_LIMITED', {
          message: `more than ${ctx.max} requests a minute from this ${rateLimitClient(req, keys).startsWith('key:') ? 'API key' : 'address'}; retry in ${ctx.after}`,
          headers: { 'retry-after': String(Math.ceil(ctx.ttl / 1000)) },
        }),
    });
  app.register(swagger, {
    openapi: {
      info: {
        title: 'baogong',
        version: ENGINE_VERSION,
        description:
          'District-heating supply-assurance runs: scenarios in, day-by-day results and summaries out. Error codes: docs/server-errors.md.',
      },
    },
    transform: jsonSchemaTransform,
  });
  app.register(swaggerUi, { routePrefix: '/docs' });

  app.register(healthRoutes, { pool, store, charts });
  app.register(scenarioRoutes, { library, saved });
  app.register(coldWavePreviewRoutes, { library, saved });
  app.register(importXlsxRoutes);
  app.register(templateRoutes);
  app.register(savedRoutes, { saved, library });
  app.register(runRoutes, { store, service });
  app.register(compareRoutes, { store });
  app.register(chartRoutes, { store, renderer: charts });
  app.register(studyRoutes, { studies, studyLibrary });
  app.register(i18nRoutes);
  app.register(keyRoutes, { keys });
  app.register(staticRoutes);
  return app;
}
