/**
 * The server's error catalogue: every error answer is `{ code, message, path?, problems? }`
 * with a stable code from this file (or from the engine's catalogue, `ERROR_CODES`) and an
 * HTTP status. docs/server-errors.md lists the same rows; test/server/errors-doc.test.ts keeps
 * the two in step (after fastify's lib/errors.js and its errors test).
 */
import { ERROR_CODES, type ErrorCode, type Problem } from '../engine/index.ts';

interface CodeEntry {
  readonly status: number;
  /** What went wrong and how to fix it. */
  readonly message: string;
}

export const SERVER_ERROR_CODES = {
  BAD_REQUEST: {
    status: 400,
    message: 'a parameter, query or body field is malformed; fix the value at the path given',
  },
  FORBIDDEN_KEY: { status: 400, message: 'the body holds a `__proto__` or `constructor.prototype` key; remove it' },
  FILE_NOT_ALLOWED: {
    status: 400,
    message:
      'a posted scenario may only name weather files inside the shipped scenarios/ folder; use a relative path such as `data/…csv` or inline weather',
  },
  SCENARIO_NOT_FOUND: {
    status: 404,
    message: 'no scenario in the library has this id; list them with GET /v1/scenarios',
  },
  RUN_NOT_FOUND: {
    status: 404,
    message: 'no stored run has this id (it may have been deleted); list them with GET /v1/runs',
  },
  CHART_NOT_FOUND: {
    status: 404,
    message:
      'no chart has this name or format; ask for `<name>.json`, `.svg` or `.png` with a name from GET /v1/charts',
  },
  SAVED_NOT_FOUND: {
    status: 404,
    message: 'no saved scenario has this id (it may have been deleted); list them with GET /v1/saved',
  },
  TEMPLATE_NOT_FOUND: { status: 404, message: 'no template has this name; the templates are blank, county and city' },
  ROUTE_NOT_FOUND: { status: 404, message: 'no route answers this method and URL; see the API at /docs' },
  BODY_TOO_LARGE: { status: 413, message: 'the body is larger than the server accepts; send a smaller scenario' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'send the body as JSON with `content-type: application/json`' },
  RATE_LIMITED: { status: 429, message: 'too many requests from this address; wait the seconds given in Retry-After' },
  QUEUE_FULL: {
    status: 503,
    message: 'every solver is busy and the queue is full; retry after the seconds given in Retry-After',
  },
  RUN_TIMEOUT: {
    status: 504,
    message:
      'the run took longer than the server allows and was stopped; shorten the horizon, use dispatch.mode "season", or run it with the CLI',
  },
  INTERNAL: { status: 500, message: 'the server failed unexpectedly; report the request (the log has the details)' },
} as const satisfies Record<string, CodeEntry>;

export type ServerErrorCode = keyof typeof SERVER_ERROR_CODES;

/** HTTP status of each engine error code when the server reports it. */
export const ENGINE_CODE_STATUS: Record<ErrorCode, number> = {
  SCENARIO_JSON: 400,
  SCENARIO_SCHEMA: 400,
  SCENARIO_CHECK: 400,
  SCENARIO_XLSX: 400,
  SCENARIO_FILE: 400,
  WEATHER_DATA: 400,
  SOLVER_FAILED: 422,
  RESULT_NOT_FINITE: 422,
  BAD_OPTION: 400,
  CLI_USAGE: 400,
};

export type ApiErrorCode = ServerErrorCode | ErrorCode;

/** At most this many problems go into one answer, each message at most so long (a body with 1 000 bad fields stays small). */
export const MAX_PROBLEMS = 50;
export const MAX_MESSAGE_CHARS = 500;

const clip = (s: string) => (s.length > MAX_MESSAGE_CHARS ? `${s.slice(0, MAX_MESSAGE_CHARS)}…` : s);

export function statusOf(code: ApiErrorCode): number {
  return code in SERVER_ERROR_CODES
    ? SERVER_ERROR_CODES[code as ServerErrorCode].status
    : ENGINE_CODE_STATUS[code as ErrorCode];
}

export function fixItOf(code: ApiErrorCode): string {
  return code in SERVER_ERROR_CODES
    ? SERVER_ERROR_CODES[code as ServerErrorCode].message
    : ERROR_CODES[code as ErrorCode];
}

export interface ErrorBody {
  code: ApiErrorCode;
  message: string;
  path?: string;
  problems?: Problem[];
  problemCount?: number;
}

/** An error meant for the client; the error handler turns it into its JSON answer. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly statusCode: number;
  readonly path?: string;
  readonly problems?: readonly Problem[];
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    code: ApiErrorCode,
    opts: { message?: string; path?: string; problems?: readonly Problem[]; headers?: Record<string, string> } = {},
  ) {
    super(opts.message ?? fixItOf(code));
    this.name = 'ApiError';
    this.code = code;
    this.statusCode = statusOf(code);
    this.path = opts.path ?? opts.problems?.[0]?.path;
    this.problems = opts.problems;
    this.headers = opts.headers ?? {};
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: clip(this.message) };
    if (this.path !== undefined) body.path = clip(this.path);
    if (this.problems) {
      body.problems = this.problems
        .slice(0, MAX_PROBLEMS)
        .map((p) => ({ path: clip(p.path), message: clip(p.message) }));
      if (this.problems.length > MAX_PROBLEMS) body.problemCount = this.problems.length;
    }
    return body;
  }
}
