/**
 * Studies from the server (docs/server.md#studies): a Monte Carlo study of a library, saved or
 * posted scenario put on the BullMQ queue at `BAOGONG_QUEUE` (engine/queue/), followed, read
 * and cancelled; the ids this server submitted kept in the `studies` table (server/study-store.ts).
 *
 * Without a queue every call but the list answers 503 STUDIES_NEED_QUEUE, saying how to give
 * it one. The queue is opened on first use (a failed open is tried again next time); a Redis
 * that stops answering gives 503 QUEUE_UNREACHABLE within `timeoutMs`, never a hang or a 500
 * (the connection itself waits through the outage and studies go on when Redis is back).
 * With `workerThreads` > 0 the server also runs a queue worker on that many threads of its own.
 *
 * Submitting prepares the study here, on the event loop (weather ensemble, reserve figures and,
 * without `chunkSize`, one season timed to size the jobs): about as long as one run of the
 * scenario, once per study.
 */
import { hostname } from 'node:os';
import {
  BaogongError,
  cancelStudy,
  message,
  openQueue,
  parseQueueUrl,
  startWorker,
  studyResult,
  studyStatus,
  submitStudy,
  zodIssueText,
  type OpenQueue,
  type Problem,
  type RunningWorker,
  type StudyStatus,
} from '../engine/index.ts';
import { ApiError } from './errors.ts';
import { clientError } from './weather-check.ts';
import type { Library } from './library.ts';
import { resolveScenario, type SavedLookup } from './resolve-scenario.ts';
import { provinceInput } from './province-request.ts';
import {
  fromBaseSchema,
  fromSavedSchema,
  type ProvinceStudyRequest,
  type RiskStudyRequest,
  type RunRequest,
  type StudyRequest,
} from './schemas.ts';
import type { StudyLibrary } from './study-library.ts';
import type { StudyRow, StudyStore } from './study-store.ts';

export interface StudyServiceOptions {
  /** `redis://host:port` of the queue; none: studies are off (STUDIES_NEED_QUEUE). */
  readonly queueUrl?: string;
  /** Most seasons one study may ask for (STUDY_TOO_LARGE beyond). */
  readonly maxRuns: number;
  /** Threads of a queue worker run inside the server; 0: none. */
  readonly workerThreads: number;
  /** How long a call to Redis may take before QUEUE_UNREACHABLE, ms (submitting: 12× this). */
  readonly timeoutMs: number;
}

export const STUDY_DEFAULTS = { maxRuns: 10_000, workerThreads: 0, timeoutMs: 5_000 } as const;

interface Log {
  warn(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
}

/** A study as GET /v1/studies/:id answers it: its row, its status and, when done, its result. */
export interface StudyView {
  readonly row: StudyRow;
  readonly status: StudyStatus;
  readonly result?: Record<string, unknown>;
}

const pathOf = (keys: readonly PropertyKey[]) =>
  keys.reduce<string>(
    (out, k) => (typeof k === 'number' ? `${out}[${k}]` : out === '' ? String(k) : `${out}.${String(k)}`),
    '',
  );
const under = (prefix: string, path: string | undefined) =>
  path === undefined || path === '' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;

/** An error about the scenario of a study, its paths under `scenario` (as the study's body names them). */
function underScenario(err: ApiError): ApiError {
  return new ApiError(err.code, {
    message: err.message,
    ...(err.text ? { text: err.text } : {}),
    path: under('scenario', err.path),
    ...(err.problems ? { problems: err.problems.map((p) => ({ ...p, path: under('scenario', p.path) })) } : {}),
    headers: { ...err.headers },
  });
}

/** The study body's `scenario` as a run request: a library id, `{ base | saved, overrides }`, or a full scenario. */
function runRequestOf(scenario: RiskStudyRequest['scenario']): RunRequest {
  if (typeof scenario === 'string') return { base: scenario, overrides: {} };
  if ('base' in scenario || 'saved' in scenario) {
    const parsed = ('base' in scenario ? fromBaseSchema : fromSavedSchema).safeParse(scenario);
    if (!parsed.success) {
      const problems: Problem[] = parsed.error.issues.map((i) => ({
        path: under('scenario', pathOf(i.path)),
        ...zodIssueText(i as Parameters<typeof zodIssueText>[0]),
      }));
      throw new ApiError('BAD_REQUEST', {
        ...message(`errors.headline.runRequest.${problems.length === 1 ? 'one' : 'many'}`, {
          n: String(problems.length),
        }),
        problems,
      });
    }
    return parsed.data;
  }
  return scenario as RunRequest;
}

/** An engine error (a bad option, a study not found or not done) as the server answers it. */
function asApiError(err: unknown): unknown {
  if (!(err instanceof BaogongError)) return err;
  return new ApiError(err.code, {
    message: err.message,
    ...(err.text ? { text: err.text } : {}),
    ...(err.problems.length ? { problems: err.problems } : {}),
  });
}

export class StudyService {
  private opened: Promise<OpenQueue> | null = null;
  private worker: RunningWorker | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;
  /** Results of finished studies (deterministic but for timing), the last few read. */
  private readonly results = new Map<string, Record<string, unknown>>();
  /** The queue's URL as shown (password masked); null without a queue. */
  readonly shownUrl: string | null;

  constructor(
    private readonly store: StudyStore,
    private readonly library: Library,
    private readonly saved: SavedLookup,
    private readonly studyLibrary: StudyLibrary,
    private readonly opts: StudyServiceOptions,
    private readonly log: Log,
  ) {
    this.shownUrl = opts.queueUrl === undefined ? null : parseQueueUrl(opts.queueUrl).shown;
  }

  get enabled(): boolean {
    return this.opts.queueUrl !== undefined;
  }

  private unreachable(reason: string): ApiError {
    return new ApiError(
      'QUEUE_UNREACHABLE',
      message('errors.studies.unreachable', { url: this.shownUrl ?? '', reason }),
    );
  }

  /** The open queue: STUDIES_NEED_QUEUE without one, QUEUE_UNREACHABLE when its Redis does not answer. */
  private async queue(): Promise<OpenQueue> {
    const url = this.opts.queueUrl;
    if (url === undefined) throw new ApiError('STUDIES_NEED_QUEUE');
    if (!this.opened) {
      this.opened = openQueue(url).then((q) => {
        // BullMQ reports a lost connection as an 'error' event; the client reconnects by itself
        q.queue.on('error', (err) => this.log.warn({ err: String(err) }, 'study queue: Redis connection'));
        return q;
      });
      this.opened.catch(() => {
        this.opened = null;
      });
    }
    try {
      return await this.opened;
    } catch (err) {
      if (err instanceof BaogongError && err.code === 'QUEUE_UNREACHABLE') throw this.unreachable(err.message);
      throw asApiError(err);
    }
  }

  /** Runs `op` on the queue, or QUEUE_UNREACHABLE at once while the connection is down, or after `ms`. */
  private async call<T>(q: OpenQueue, op: () => Promise<T>, ms = this.opts.timeoutMs): Promise<T> {
    const status = (q.redis as unknown as { status?: unknown }).status;
    if (typeof status === 'string' && status !== 'ready') throw this.unreachable(`connection ${status}`);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.unreachable(`no answer within ${ms} ms`)), ms);
    });
    try {
      return await Promise.race([op(), late]);
    } catch (err) {
      throw asApiError(err);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A row of this server's, or STUDY_NOT_FOUND. */
  row(id: string): StudyRow {
    const row = this.store.get(id);
    if (!row) throw new ApiError('STUDY_NOT_FOUND', { ...message('errors.studies.notFound', { id }), path: 'id' });
    return row;
  }

  list(opts: { limit: number; offset: number }): { rows: StudyRow[]; total: number } {
    return this.store.list(opts);
  }

  /** Checks the request, resolves its scenario (or its shipped province study) and puts the study on the queue. */
  async submit(
    body: StudyRequest,
    owner: string | null,
  ): Promise<{ row: StudyRow; chunks: number; chunkSize: number }> {
    if (body.runs > this.opts.maxRuns)
      throw new ApiError('STUDY_TOO_LARGE', {
        ...message('errors.studies.tooLarge', { runs: String(body.runs), max: String(this.opts.maxRuns) }),
        path: 'runs',
      });
    if (!this.enabled) throw new ApiError('STUDIES_NEED_QUEUE');
    const { subject, input } = body.kind === 'province' ? this.provinceOf(body) : this.riskOf(body);
    const q = await this.queue();
    const study = await this.call(
      q,
      () =>
        submitStudy(q, body.kind, input, { chunkSize: body.chunkSize }).catch((err: unknown) => {
          // a province study reads files of the scenarios folder: its errors name them relative to it
          throw body.kind === 'province' && err instanceof BaogongError
            ? clientError(err, this.library.dir)
            : asApiError(err);
        }),
      this.opts.timeoutMs * 12,
    );
    const row: StudyRow = {
      id: study.id,
      kind: body.kind,
      owner,
      createdAt: new Date(study.createdAt).toISOString(),
      scenarioId: subject,
      label: body.label || null,
      runs: study.runs,
      seed: body.seed,
    };
    this.store.insert(row);
    return { row, chunks: study.chunks, chunkSize: study.chunkSize };
  }

  /** A one-city study: its scenario resolved as POST /v1/runs resolves one, and the `baogong risk` options. */
  private riskOf(body: RiskStudyRequest): { subject: string; input: unknown } {
    const request = runRequestOf(body.scenario);
    let scenario: ReturnType<typeof resolveScenario>['scenario'];
    try {
      ({ scenario } = resolveScenario(request, this.library, this.saved));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.code === 'SCENARIO_NOT_FOUND' && typeof body.scenario === 'string')
        throw new ApiError(err.code, { message: err.message, path: 'scenario' });
      throw underScenario(err);
    }
    const { kind: _k, scenario: _s, label: _l, chunkSize: _c, ...options } = body;
    return { subject: scenario.id, input: { scenario, options: { ...options, baseDir: this.library.dir } } };
  }

  /** A province study: a shipped one, its cities' files checked to lie in the scenarios folder. */
  private provinceOf(body: ProvinceStudyRequest): { subject: string; input: unknown } {
    return { subject: body.study, input: provinceInput(body, this.library, this.studyLibrary) };
  }

  /** Its status and, when done, its result. */
  async view(id: string): Promise<StudyView> {
    const row = this.row(id);
    const q = await this.queue();
    const status = await this.call(q, () => studyStatus(q, id));
    if (status.state !== 'done') return { row, status };
    return { row, status, result: await this.result(id, q) };
  }

  /** The whole result (per-season rows included): STUDY_NOT_DONE until every season is in. */
  async result(id: string, open?: OpenQueue): Promise<Record<string, unknown>> {
    this.row(id);
    const cached = this.results.get(id);
    if (cached) return cached;
    const q = open ?? (await this.queue());
    const result = (await this.call(q, () => studyResult(q, id))) as Record<string, unknown>;
    this.results.set(id, result);
    for (const old of this.results.keys()) if (this.results.size > 4) this.results.delete(old);
    return result;
  }

  async cancel(id: string): Promise<{ state: StudyStatus['state']; removed: number }> {
    this.row(id);
    const q = await this.queue();
    return this.call(q, () => cancelStudy(q, id));
  }

  /** Starts the worker inside the server (when asked for), trying again every 10 s while Redis does not answer. */
  async startWorker(): Promise<void> {
    const url = this.opts.queueUrl;
    if (url === undefined || this.opts.workerThreads <= 0 || this.worker || this.closed) return;
    try {
      this.worker = await startWorker(url, {
        threads: this.opts.workerThreads,
        name: `server:${hostname()}:${process.pid}`,
      });
      if (this.closed) await this.worker.close();
      else this.log.info({ worker: this.worker.name, threads: this.opts.workerThreads }, 'study queue worker started');
    } catch (err) {
      this.log.warn({ err: String(err) }, 'study queue worker not started; trying again in 10 s');
      this.retry = setTimeout(() => void this.startWorker(), 10_000);
      this.retry.unref();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.worker?.close(true);
    const opened = this.opened;
    this.opened = null;
    if (opened) await opened.then((q) => q.close()).catch(() => {});
  }
}
