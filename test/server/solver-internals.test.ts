/** A solver's own words and an unexpected error's message and stack stay in the log, never in the answer. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { SOLVER_WORDS } from './failing-worker.ts';
import { oneDayCoal } from './helpers.ts';

let app: FastifyInstance;
const logged: string[] = [];

beforeAll(() => {
  app = buildApp({
    rateLimitPerMinute: 0,
    workers: 1,
    workerFile: new URL('./failing-worker.ts', import.meta.url),
    logger: true,
  });
  // the log's lines, caught where pino writes them
  const stream = (app.log as unknown as { [k: symbol]: { write(s: string): void } })[
    Object.getOwnPropertySymbols(app.log).find((s) => s.description === 'pino.stream') as symbol
  ];
  stream.write = (line: string) => {
    logged.push(line);
  };
});
afterAll(() => app.close());

describe('solver internals', () => {
  it("keeps a solver's own words in the log", async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/runs', payload: oneDayCoal() });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'SOLVER_FAILED' });
    expect(res.body).not.toContain('HiGHS');
    expect(res.body).not.toContain('/work');
    expect(logged.join('\n')).toContain(SOLVER_WORDS);
  });

  it('answers INTERNAL to an unexpected error, its message and stack only in the log', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/runs',
      payload: { ...oneDayCoal(), description: 'throw' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'INTERNAL' });
    expect(res.body).not.toMatch(/ENOENT|x\.so|\/work|\/tmp|at /);
    expect(logged.join('\n')).toContain('x.so');
  });
});
