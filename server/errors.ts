/**
 * The server's error catalogue: every error answer is `{ code, message, path?, problems? }`
 * with a stable code from this file (or from the engine's catalogue, `ERROR_CODES`) and an
 * HTTP status; their texts, in English and Chinese, are the catalogue's (`errors.server`,
 * `errors.code`), and an answer is said in the request's language (`toBody(lang)`), its
 * code, status and paths the same in both. docs/server-errors.md lists the same rows; test/server/errors-doc.test.ts keeps
 * the two in step (after fastify's lib/errors.js and its errors test).
 */
import {
  CATALOGUES,
  ERROR_CODES,
  type ErrorCode,
  type Lang,
  type Message,
  type Problem,
  say,
  t,
} from '../engine/index.ts';

interface CodeEntry {
  readonly status: number;
  /** What went wrong and how to fix it. */
  readonly message: string;
}

/** Each server code's status; its text (what went wrong and how to fix it) is the catalogue's `errors.server`. */
const SERVER_TEXT = CATALOGUES.en.errors.server;

export const SERVER_ERROR_CODES = {
  BAD_REQUEST: { status: 400, message: SERVER_TEXT.BAD_REQUEST },
  FORBIDDEN_KEY: { status: 400, message: SERVER_TEXT.FORBIDDEN_KEY },
  FILE_NOT_ALLOWED: { status: 400, message: SERVER_TEXT.FILE_NOT_ALLOWED },
  UNAUTHORIZED: { status: 401, message: SERVER_TEXT.UNAUTHORIZED },
  FORBIDDEN: { status: 403, message: SERVER_TEXT.FORBIDDEN },
  SCENARIO_NOT_FOUND: { status: 404, message: SERVER_TEXT.SCENARIO_NOT_FOUND },
  RUN_NOT_FOUND: { status: 404, message: SERVER_TEXT.RUN_NOT_FOUND },
  CHART_NOT_FOUND: { status: 404, message: SERVER_TEXT.CHART_NOT_FOUND },
  SAVED_NOT_FOUND: { status: 404, message: SERVER_TEXT.SAVED_NOT_FOUND },
  TEMPLATE_NOT_FOUND: { status: 404, message: SERVER_TEXT.TEMPLATE_NOT_FOUND },
  KEY_NOT_FOUND: { status: 404, message: SERVER_TEXT.KEY_NOT_FOUND },
  LAST_ADMIN_KEY: { status: 409, message: SERVER_TEXT.LAST_ADMIN_KEY },
  ROUTE_NOT_FOUND: { status: 404, message: SERVER_TEXT.ROUTE_NOT_FOUND },
  BODY_TOO_LARGE: { status: 413, message: SERVER_TEXT.BODY_TOO_LARGE },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: SERVER_TEXT.UNSUPPORTED_MEDIA_TYPE },
  RATE_LIMITED: { status: 429, message: SERVER_TEXT.RATE_LIMITED },
  QUEUE_FULL: { status: 503, message: SERVER_TEXT.QUEUE_FULL },
  RUN_TOO_LARGE: { status: 413, message: SERVER_TEXT.RUN_TOO_LARGE },
  TOO_MANY_RUNS: { status: 429, message: SERVER_TEXT.TOO_MANY_RUNS },
  RUN_CANCELLED: { status: 499, message: SERVER_TEXT.RUN_CANCELLED },
  RUN_TIMEOUT: { status: 504, message: SERVER_TEXT.RUN_TIMEOUT },
  STORAGE_READ_ONLY: { status: 503, message: SERVER_TEXT.STORAGE_READ_ONLY },
  STORAGE_FULL: { status: 507, message: SERVER_TEXT.STORAGE_FULL },
  STUDIES_NEED_QUEUE: { status: 503, message: SERVER_TEXT.STUDIES_NEED_QUEUE },
  STUDY_TOO_LARGE: { status: 413, message: SERVER_TEXT.STUDY_TOO_LARGE },
  LIBRARY_STUDY_NOT_FOUND: { status: 404, message: SERVER_TEXT.LIBRARY_STUDY_NOT_FOUND },
  INTERNAL: { status: 500, message: SERVER_TEXT.INTERNAL },
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
  STUDY_SCHEMA: 400,
  STUDY_CHECK: 400,
  QUEUE_UNREACHABLE: 503,
  STUDY_NOT_FOUND: 404,
  STUDY_NOT_DONE: 409,
  STUDY_FAILED: 422,
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

/** What a code means and how to fix it, in `lang`. */
export function fixItIn(code: ApiErrorCode, lang: Lang): string {
  return code in SERVER_ERROR_CODES
    ? t(lang, `errors.server.${code as ServerErrorCode}`)
    : t(lang, `errors.code.${code as ErrorCode}`);
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
  /** The message as a catalogue key; without one, a Chinese answer says the code's own text. */
  readonly text?: Message;

  constructor(
    code: ApiErrorCode,
    opts: {
      message?: string;
      text?: Message;
      path?: string;
      problems?: readonly Problem[];
      headers?: Record<string, string>;
      /** What only the log may show (a solver's own message); never in the answer. */
      cause?: unknown;
    } = {},
  ) {
    super(opts.message ?? fixItOf(code), opts.cause === undefined ? undefined : { cause: opts.cause });
    if (opts.text) this.text = opts.text;
    this.name = 'ApiError';
    this.code = code;
    this.statusCode = statusOf(code);
    this.path = opts.path ?? opts.problems?.[0]?.path;
    this.problems = opts.problems;
    this.headers = opts.headers ?? {};
  }

  /** The answer's words in `lang`; in English exactly the message given. */
  messageIn(lang: Lang): string {
    if (lang === 'en') return this.message;
    if (this.text) return say(lang, { message: this.message, text: this.text });
    return fixItIn(this.code, lang);
  }

  toBody(lang: Lang = 'en'): ErrorBody {
    const body: ErrorBody = { code: this.code, message: clip(this.messageIn(lang)) };
    if (this.path !== undefined) body.path = clip(this.path);
    if (this.problems) {
      body.problems = this.problems
        .slice(0, MAX_PROBLEMS)
        .map((p) => ({ path: clip(p.path), message: clip(say(lang, p)) }));
      if (this.problems.length > MAX_PROBLEMS) body.problemCount = this.problems.length;
    }
    return body;
  }
}
