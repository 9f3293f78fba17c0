/**
 * Every error leaves as `{ code, message, path?, problems? }` with its catalogue status
 * (server/errors.ts). Schema failures of a scenario body are re-checked with the engine's
 * `checkScenario`, so the problems read exactly as the CLI's; bad input never becomes a 500.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { checkScenario, type Problem } from '../engine/index.ts';
import { ApiError } from './errors.ts';
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
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** `/zones/0/id` → `zones[0].id`, the way the engine names paths. */
function jsonPath(instancePath: string): string {
  let out = '';
  for (const key of instancePath.split('/').filter((k) => k !== ''))
    out += /^\d+$/.test(key) ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

function zodIssuesToProblems(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Problem[] {
  return issues.map((i) => ({ path: jsonPath(i.path.map(String).join('/')), message: i.message }));
}

function scenarioBodyError(body: unknown): ApiError | null {
  if (body !== null && typeof body === 'object' && !Array.isArray(body) && ('base' in body || 'saved' in body)) {
    const parsed = ('base' in body ? fromBaseSchema : fromSavedSchema).safeParse(body);
    if (parsed.success) return null;
    const problems = zodIssuesToProblems(parsed.error.issues);
    return new ApiError('BAD_REQUEST', {
      message: `the run request has ${plural(problems.length, 'problem')}`,
      problems,
    });
  }
  const outcome = checkScenario(body);
  if (outcome.ok) return null;
  return new ApiError(outcome.code, {
    message: `scenario has ${plural(outcome.problems.length, 'problem')}`,
    problems: outcome.problems,
  });
}

const FASTIFY_CODES: Record<string, (err: FastifyError) => ApiError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new ApiError('BODY_TOO_LARGE'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new ApiError('BAD_REQUEST', { message: 'the content-length does not match the body' }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new ApiError('UNSUPPORTED_MEDIA_TYPE'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new ApiError('SCENARIO_JSON', { message: 'the body is empty; send a JSON document', path: '' }),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new ApiError('SCENARIO_JSON', { path: '' }),
};

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
      message: v.message ?? 'invalid value',
    }));
    return new ApiError('BAD_REQUEST', { message: `the ${where} has ${plural(problems.length, 'problem')}`, problems });
  }
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (mapped) return mapped(err);
  if (err.statusCode === 429) return new ApiError('RATE_LIMITED');
  if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500)
    return new ApiError('BAD_REQUEST', { message: err.message });
  return new ApiError('INTERNAL');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const apiError = toApiError(err, req);
    if (apiError.statusCode >= 500 && apiError.code === 'INTERNAL') req.log.error({ err }, 'unexpected error');
    const body: Record<string, unknown> = { ...apiError.toBody() };
    if (req.routeOptions.config?.okFlag) body.ok = false;
    return reply.code(apiError.statusCode).headers(apiError.headers).send(body);
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send(
      new ApiError('ROUTE_NOT_FOUND', {
        message: `no route answers ${req.method} ${req.url.split('?')[0]}; see the API at /docs`,
      }).toBody(),
    ),
  );
}
