/**
 * Runs: POST /v1/runs (solve or answer from the store), GET /v1/runs (list),
 * GET /v1/runs/:id (the RunResult exactly as stored, its label and what-if added at the end),
 * PATCH /v1/runs/:id (rename, pin), GET /v1/runs/:id/days.csv,
 * GET /v1/runs/:id/result.xlsx (the result as a workbook), DELETE. With API keys on, a run is
 * owned by the key that made it: a runner renames, pins and deletes only its own (server/auth.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { resultToXlsx, type RunResult } from '../../engine/index.ts';
import { assertMayChange, ownerOf } from '../auth.ts';
import { clientGoneSignal, clientOf } from '../client-id.ts';
import { daysCsvStream } from '../days-csv-stream.ts';
import { ApiError } from '../errors.ts';
import type { RunService } from '../run-service.ts';
import {
  errorSchema,
  listRunsQuery,
  runCreatedSchema,
  runIdParams,
  runListSchema,
  runPatchSchema,
  runRequestSchema,
} from '../schemas.ts';
import type { RunRow, RunStore } from '../store.ts';
import type { WhatIf } from '../what-if-summary.ts';

const notFound = (id: string) =>
  new ApiError('RUN_NOT_FOUND', { message: `no stored run has id \`${id}\`; list them with GET /v1/runs`, path: 'id' });

/** The label and what-if of a stored run, as every answer about a run shows them. */
export const annotations = (row: RunRow) => ({
  label: row.label,
  whatIf: row.whatIfJson === null ? null : (JSON.parse(row.whatIfJson) as WhatIf),
});

const listItem = (row: RunRow) => ({
  id: row.id,
  scenarioId: row.scenarioId,
  scenarioName: row.scenarioName,
  mode: row.mode,
  createdAt: row.createdAt,
  inputHash: row.inputHash,
  ...annotations(row),
  pinned: row.pinned,
  summary: JSON.parse(row.summaryJson) as Record<string, unknown>,
});

/** The stored RunResult text, unchanged, with `"label"` and `"whatIf"` appended as its last keys. */
const withAnnotations = (json: string, row: RunRow) => {
  const end = json.lastIndexOf('}');
  const extra = JSON.stringify(annotations(row)).slice(1, -1);
  return `${json.slice(0, end)}${json.slice(0, end).trimEnd().endsWith('{') ? '' : ','}${extra}${json.slice(end)}`;
};

export const runRoutes: FastifyPluginAsyncZod<{ store: RunStore; service: RunService }> = async (
  app,
  { store, service },
) => {
  app.post(
    '/v1/runs',
    {
      config: { scenarioBody: true },
      schema: {
        tags: ['runs'],
        summary: 'run a scenario, or a library or saved scenario with overrides',
        description:
          'Body: a full scenario, `{ base: "<library id>", overrides: {…} }` or `{ saved: "<saved id>", overrides: {…} }` (a JSON merge patch: objects merge, arrays replace, null removes). ' +
          'A new run answers **201**; an input identical to a stored run (same content hash of the validated scenario and engine version) answers **200** with `cached: true` and the stored run. ' +
          'Busy solvers with a full queue answer 503 QUEUE_FULL with Retry-After, a client with too many runs queued or solving 429 TOO_MANY_RUNS; a run estimated too large answers 413 RUN_TOO_LARGE before solving; a run over the time limit answers 504. ' +
          'Runs of different clients take turns for the solvers; a client that disconnects cancels its run (unless another request waits for the same run).',
        body: runRequestSchema,
        response: {
          200: runCreatedSchema,
          201: runCreatedSchema,
          400: errorSchema,
          404: errorSchema,
          413: errorSchema,
          422: errorSchema,
          429: errorSchema,
          503: errorSchema,
          504: errorSchema,
        },
      },
    },
    async (req, reply) => {
      const { row, cached } = await service.create(req.body, {
        client: clientOf(req),
        signal: clientGoneSignal(req, reply),
      });
      store.claim(row.id, ownerOf(req));
      reply.code(cached ? 200 : 201).header('location', `/v1/runs/${row.id}`);
      return {
        id: row.id,
        ...annotations(row),
        cached,
        scenarioId: row.scenarioId,
        inputHash: row.inputHash,
        summary: JSON.parse(row.summaryJson) as Record<string, unknown>,
      };
    },
  );

  app.get(
    '/v1/runs',
    {
      schema: {
        tags: ['runs'],
        summary: 'stored runs, newest first, with their summaries',
        querystring: listRunsQuery,
        response: { 200: runListSchema, 400: errorSchema },
      },
    },
    async (req) => {
      const { rows, total } = store.list(req.query);
      return { runs: rows.map(listItem), total, limit: req.query.limit, offset: req.query.offset };
    },
  );

  app.get(
    '/v1/runs/:id',
    {
      schema: {
        tags: ['runs'],
        summary:
          "the full RunResult (every field documented in engine/run/result.ts), byte for byte as stored, with the run's `label` and `whatIf` added as its last keys; 404 RUN_NOT_FOUND",
        params: runIdParams,
      },
    },
    async (req, reply) => {
      const row = store.get(req.params.id);
      const json = store.resultJson(req.params.id);
      if (row === undefined || json === undefined) throw notFound(req.params.id);
      return reply.type('application/json; charset=utf-8').send(withAnnotations(json, row));
    },
  );

  app.patch(
    '/v1/runs/:id',
    {
      schema: {
        tags: ['runs'],
        summary:
          'rename or pin a run: body `{ label?, pinned? }` (label at most 80 characters, null or "" clears it; a pinned run is never pruned by retention); 404 RUN_NOT_FOUND',
        params: runIdParams,
        body: runPatchSchema,
        response: { 200: runListSchema.shape.runs.element, 400: errorSchema, 404: errorSchema },
      },
    },
    async (req) => {
      const { label, pinned } = req.body;
      const row = store.get(req.params.id);
      if (row === undefined) throw notFound(req.params.id);
      assertMayChange(req, row.owner, 'run');
      if (label !== undefined) store.setLabel(req.params.id, label || null);
      if (pinned !== undefined) store.setPinned(req.params.id, pinned);
      return listItem(store.get(req.params.id) as RunRow);
    },
  );

  app.get(
    '/v1/runs/:id/days.csv',
    {
      schema: {
        tags: ['runs'],
        summary: 'the day table as CSV (text/csv), streamed row by row; 404 RUN_NOT_FOUND',
        params: runIdParams,
      },
    },
    async (req, reply) => {
      const json = store.resultJson(req.params.id);
      if (json === undefined) throw notFound(req.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${req.params.id}-days.csv"`)
        .send(daysCsvStream(JSON.parse(json) as RunResult));
    },
  );

  app.get(
    '/v1/runs/:id/result.xlsx',
    {
      schema: {
        tags: ['runs'],
        summary: 'the result as a workbook (sheets days, summary, yards, gas; units in the headers); 404 RUN_NOT_FOUND',
        params: runIdParams,
      },
    },
    async (req, reply) => {
      const json = store.resultJson(req.params.id);
      if (json === undefined) throw notFound(req.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${req.params.id}-result.xlsx"`)
        .send(await resultToXlsx(JSON.parse(json) as RunResult));
    },
  );

  app.delete(
    '/v1/runs/:id',
    { schema: { tags: ['runs'], summary: 'delete a stored run: 204, or 404 RUN_NOT_FOUND', params: runIdParams } },
    async (req, reply) => {
      const row = store.get(req.params.id);
      if (row === undefined) throw notFound(req.params.id);
      assertMayChange(req, row.owner, 'run');
      if (!store.delete(req.params.id)) throw notFound(req.params.id);
      return reply.code(204).send();
    },
  );
};
