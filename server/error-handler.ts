/**
 * Every error leaves as `{ code, message, path?, problems? }` with its catalogue status
 * (server/errors.ts). Schema failures of a scenario body are re-checked with the engine's
 * `checkScenario`, so the problems read exactly as the CLI's; bad input never becomes a 500.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { checkScenario, message, type Problem, zodIssueText } from '../engine/index.ts';
import { ApiError } from './errors.ts';
import { requestLang } from './lang.ts';
import { storageError, storageProblemOf } from './storage-errors.ts';
import { fromBaseSchema, fromSavedSchema } from './schemas.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The body is a scenario or `{ base, overrides }`: report schema failures by scenario path. */
    scenarioBody?: boolean;
    /** Error answers carry `ok: false` (the validate route). */
    okFlag?: boolean;
  }
}

const WHERE: Record<string, string> = { body: 'body', params: 'URL', querystring: 'query string', headers: 'headers' };
/** "… has N problem(s)": the headline of an answer that lists problems. */
const headline = (
  kind: 'scenario' | 'runRequest' | 'request',
  n: number,
  params: Readonly<Record<string, string>> = {},
): { message: string; text: ReturnType<typeof message>['text'] } =>
  message(`errors.headline.${kind}.${n === 1 ? 'one' : 'many'}`, { ...params, n: String(n) });

/** `/zones/0/id` → `zones[0].id`, the way the engine names paths. */
function jsonPath(instancePath: string): string {
  let out = '';
  for (const key of instancePath.split('/').filter((k) => k !== ''))
    out += /^\d+$/.test(key) ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

type Issue = Parameters<typeof zodIssueText>[0];

function zodIssuesToProblems(issues: ReadonlyArray<Issue>): Problem[] {
  return issues.map((i) => ({ path: jsonPath(i.path.map(String).join('/')), ...zodIssueText(i) }));
}

function scenarioBodyError(body: unknown): ApiError | null {
  if (body !== null && typeof body === 'object' && !Array.isArray(body) && ('base' in body || 'saved' in body)) {
    const parsed = ('base' in body ? fromBaseSchema : fromSavedSchema).safeParse(body);
    if (parsed.success) return null;
    const problems = zodIssuesToProblems(parsed.error.issues);
    return new ApiError('BAD_REQUEST', { ...headline('runRequest', problems.length), problems });
  }
  const outcome = checkScenario(body);
  if (outcome.ok) return null;
  return new ApiError(outcome.code, { ...headline('scenario', outcome.problems.length), problems: outcome.problems });
}

const FASTIFY_CODES: Record<string, (err: FastifyError) => ApiError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new ApiError('BODY_TOO_LARGE'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new ApiError('BAD_REQUEST', message('errors.http.contentLength')),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new ApiError('UNSUPPORTED_MEDIA_TYPE'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new ApiError('SCENARIO_JSON', { ...message('errors.http.emptyBody'), path: '' }),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new ApiError('SCENARIO_JSON', { path: '' }),
};

/** The `Content-Language` of an answer in each language. */
const CONTENT_LANGUAGE = { en: 'en', zh: 'zh-CN' } as const;

export function toApiError(err: FastifyError, req: FastifyRequest): ApiError {
  if (err instanceof ApiError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = WHERE[err.validationContext ?? ''] ?? 'request';
    if (where === 'body' && req.routeOptions.config.scenarioBody) {
      const scenarioError = scenarioBodyError(req.body);
      if (scenarioError) return scenarioError;
    }
    const problems = err.validation.map((v) => ({
      path: jsonPath(v.instancePath),
      ...(v.message === undefined
        ? { message: 'invalid value' }
        : zodIssueText({ ...v.params, code: v.keyword, message: v.message } as unknown as Issue)),
    }));
    return new ApiError('BAD_REQUEST', { ...headline('request', problems.length, { where }), problems });
  }
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (mapped) return mapped(err);
  const storage = storageProblemOf(err);
  if (storage) return storageError(storage, err);
  if (err.statusCode === 429) return new ApiError('RATE_LIMITED');
  if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500)
    return new ApiError('BAD_REQUEST', { message: err.message });
  return new ApiError('INTERNAL');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const apiError = toApiError(err, req);
    if (apiError.statusCode >= 500 && apiError.code === 'INTERNAL') req.log.error({ err }, 'unexpected error');
    else if (apiError.cause !== undefined) req.log.warn({ code: apiError.code, cause: apiError.cause }, 'error detail');
    const lang = requestLang(req);
    const body: Record<string, unknown> = { ...apiError.toBody(lang) };
    if (req.routeOptions.config?.okFlag) body.ok = false;
    return reply
      .code(apiError.statusCode)
      .headers(apiError.headers)
      .header('content-language', CONTENT_LANGUAGE[lang])
      .send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    const lang = requestLang(req);
    const error = new ApiError(
      'ROUTE_NOT_FOUND',
      message('errors.http.routeNotFound', {
        method: req.method,
        url: req.url.split('?')[0],
      }),
    );
    return reply.code(404).header('content-language', CONTENT_LANGUAGE[lang]).send(error.toBody(lang));
  });
}
