/**
 * Studies on the queue (server/study-service.ts): POST /v1/studies starts one (202),
 * GET /v1/studies lists this server's, GET /v1/studies/:id gives its progress and then its
 * result, GET /v1/studies/:id/result.json the whole result with its per-season rows,
 * DELETE /v1/studies/:id cancels it. A study belongs to the key that started it: a runner
 * cancels only its own, an admin any (server/auth.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { message } from '../../engine/index.ts';
import { assertMayChange, ownerOf } from '../auth.ts';
import { ApiError } from '../errors.ts';
import {
  errorSchema,
  langQuery,
  listStudiesQuery,
  studyAnswerSchema,
  studyCancelledSchema,
  studyCreatedSchema,
  studyIdParams,
  studyListSchema,
  studyLibrarySchema,
  studyRequestSchema,
} from '../schemas.ts';
import type { StudyLibrary } from '../study-library.ts';
import type { StudyService } from '../study-service.ts';
import type { StudyRow } from '../study-store.ts';

const listItem = ({ owner: _owner, ...row }: StudyRow) => row;
const ERRORS = { 400: errorSchema, 404: errorSchema, 409: errorSchema, 413: errorSchema, 503: errorSchema };

export const studyRoutes: FastifyPluginAsyncZod<{ studies: StudyService; studyLibrary: StudyLibrary }> = async (
  app,
  { studies, studyLibrary },
) => {
  app.post(
    '/v1/studies',
    {
      schema: {
        tags: ['studies'],
        summary: 'start a Monte Carlo study of a scenario, or a province study, on the queue',
        description:
          'Body `{ kind: "risk", scenario, runs, seed, chunkSize?, label?, mode?, solver?, weather?, coldWavesPerSeason?, coalDisruptions?, gasDisruptions?, keepScenarioDisruptions? }` (the options of `baogong risk`); `scenario` is a library id, `{ base, overrides }`, `{ saved, overrides }` or a full scenario, as for POST /v1/runs. ' +
          'Or `{ kind: "province", study, runs, seed, chunkSize?, label?, mode?, solver? }` (the options of `baogong province`); `study` is the id of a shipped study (GET /v1/studies/library; unknown: 404 LIBRARY_STUDY_NOT_FOUND), whose city scenarios and weather files must lie in the scenarios folder (FILE_NOT_ALLOWED). ' +
          'Answers **202** with the study and `Location: /v1/studies/<id>`; follow it with GET there. ' +
          'Without a queue (BAOGONG_QUEUE) 503 STUDIES_NEED_QUEUE; its Redis not answering 503 QUEUE_UNREACHABLE; more runs than BAOGONG_MAX_STUDY_RUNS 413 STUDY_TOO_LARGE.',
        body: studyRequestSchema,
        response: { 202: studyCreatedSchema, ...ERRORS },
      },
    },
    async (req, reply) => {
      const { row, chunks, chunkSize } = await studies.submit(req.body, ownerOf(req));
      const status = `/v1/studies/${row.id}`;
      reply.code(202).header('location', status);
      return { ...listItem(row), status, chunks, chunkSize };
    },
  );

  app.get(
    '/v1/studies',
    {
      schema: {
        tags: ['studies'],
        summary: 'the studies this server started, newest first, and whether it has a queue (their state: GET each)',
        querystring: listStudiesQuery,
        response: { 200: studyListSchema, 400: errorSchema },
      },
    },
    async (req) => {
      const { rows, total } = studies.list(req.query);
      return {
        queue: { enabled: studies.enabled, url: studies.shownUrl },
        studies: rows.map(listItem),
        total,
        limit: req.query.limit,
        offset: req.query.offset,
      };
    },
  );

  app.get(
    '/v1/studies/library',
    {
      schema: {
        tags: ['studies'],
        summary:
          'the shipped province studies (scenarios/studies/) that POST /v1/studies takes as `{ kind: "province", study: <id> }`: id, names and description (en, zh), cities, default runs and seed',
        querystring: z.strictObject(langQuery),
        response: { 200: studyLibrarySchema },
      },
    },
    async () => ({
      studies: studyLibrary.list().map(({ study: _study, cities, ...entry }) => ({ ...entry, cities: [...cities] })),
    }),
  );

  app.get(
    '/v1/studies/:id',
    {
      schema: {
        tags: ['studies'],
        summary:
          'a study: `status` (state running | done | cancelled | failed, seasons done of runs, jobs done, elapsed s) and, once done, `result` (the distribution and the setup, without the per-season rows); 404 STUDY_NOT_FOUND',
        params: studyIdParams,
        querystring: z.strictObject(langQuery),
        response: { 200: studyAnswerSchema, ...ERRORS },
      },
    },
    async (req) => {
      const { row, status, result } = await studies.view(req.params.id);
      const { id: _id, kind: _kind, ...shown } = status;
      return {
        ...listItem(row),
        status: shown,
        ...(result ? { result: { ...result, rows: undefined } } : {}),
      };
    },
  );

  app.get(
    '/v1/studies/:id/result.json',
    {
      schema: {
        tags: ['studies'],
        summary:
          'the whole result as `baogong risk --format json` writes it, per-season rows included (identical to the local pool for the same scenario, seed and runs, but for `timing`); 409 STUDY_NOT_DONE while running, 422 STUDY_FAILED',
        params: studyIdParams,
        querystring: z.strictObject(langQuery),
      },
    },
    async (req, reply) => {
      const { status } = await studies.view(req.params.id);
      if (status.state === 'failed')
        throw new ApiError(
          'STUDY_FAILED',
          message('errors.studies.failed', {
            id: req.params.id,
            code: status.error?.code ?? '',
            reason: status.error?.message ?? '',
          }),
        );
      if (status.state !== 'done')
        throw new ApiError(
          'STUDY_NOT_DONE',
          message('errors.studies.notDone', {
            id: req.params.id,
            state: status.state,
            done: String(status.seasonsDone),
            runs: String(status.runs),
          }),
        );
      const result = await studies.result(req.params.id);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${req.params.id}.json"`)
        .send(JSON.stringify(result));
    },
  );

  app.delete(
    '/v1/studies/:id',
    {
      schema: {
        tags: ['studies'],
        summary:
          'cancel a running study: its waiting jobs are removed, jobs already running finish unused; `{ id, state, removed }`. A study already done, failed or cancelled is left as it is',
        params: studyIdParams,
        response: { 200: studyCancelledSchema, ...ERRORS },
      },
    },
    async (req) => {
      const row = studies.row(req.params.id);
      assertMayChange(req, row.owner, 'study');
      const { state, removed } = await studies.cancel(req.params.id);
      return { id: row.id, state, removed };
    },
  );
};
