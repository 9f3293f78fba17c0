/**
 * The JSON body parser. Plain `JSON.parse` (it copes with deep nesting), a syntax error
 * reported as SCENARIO_JSON with its position, then one walk without recursion that refuses
 * `__proto__` and `constructor.prototype` keys (the body is deep-merged later, where they
 * would poison prototypes) and shapes no scenario has: nesting deeper than 32 levels, arrays
 * over 10 000 items, objects over 1 000 keys, over 200 000 values in all. Validating such a
 * body would keep the event loop busy for seconds; refusing it costs one pass.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.ts';

export const BODY_SHAPE_LIMITS = { depth: 32, arrayItems: 10_000, objectKeys: 1_000, values: 200_000 } as const;

interface Frame {
  readonly value: unknown;
  readonly key: string | number | null;
  readonly parent: Frame | null;
  readonly depth: number;
}

const MAX_PATH_CHARS = 200;

function pathOf(frame: Frame): string {
  const keys: Array<string | number> = [];
  for (let f: Frame | null = frame; f && f.key !== null; f = f.parent) keys.push(f.key);
  let out = '';
  for (const key of keys.reverse()) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
    if (out.length > MAX_PATH_CHARS) return `${out.slice(0, MAX_PATH_CHARS)}…`;
  }
  return out;
}

/** The first forbidden key or shape, as the error to answer with, or null when the body is fine. */
export function inspectBody(root: unknown, limits = BODY_SHAPE_LIMITS): ApiError | null {
  const stack: Frame[] = [{ value: root, key: null, parent: null, depth: 0 }];
  let values = 0;
  const tooComplex = (frame: Frame, what: string) =>
    new ApiError('BAD_REQUEST', { message: `the body ${what}; no scenario needs that`, path: pathOf(frame) });
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (++values > limits.values) return tooComplex(frame, `holds more than ${limits.values} values`);
    if (value === null || typeof value !== 'object') continue;
    if (frame.depth >= limits.depth) return tooComplex(frame, `nests deeper than ${limits.depth} levels`);
    if (Array.isArray(value)) {
      if (value.length > limits.arrayItems)
        return tooComplex(frame, `has an array of ${value.length} items (at most ${limits.arrayItems})`);
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], key: i, parent: frame, depth: frame.depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > limits.objectKeys)
      return tooComplex(frame, `has an object with ${keys.length} keys (at most ${limits.objectKeys})`);
    for (const key of keys) {
      const child = (value as Record<string, unknown>)[key];
      const here: Frame = { value: child, key, parent: frame, depth: frame.depth + 1 };
      if (key === '__proto__') return new ApiError('FORBIDDEN_KEY', { path: pathOf(here) });
      if (key === 'constructor' && child !== null && typeof child === 'object' && Object.hasOwn(child, 'prototype'))
        return new ApiError('FORBIDDEN_KEY', { path: pathOf(here) });
      stack.push(here);
    }
  }
  return null;
}

export function parseJsonBody(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message =
      text.trim() === ''
        ? 'the body is empty; send a JSON document'
        : `the body is not valid JSON: ${(err as Error).message}`;
    throw new ApiError('SCENARIO_JSON', { message, path: '' });
  }
  const refused = inspectBody(value);
  if (refused) throw refused;
  return value;
}

/** The only body parser: `application/json`; any other content type answers 415. */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body: string | Buffer, done) => {
    try {
      done(null, parseJsonBody(body.toString()));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
}
