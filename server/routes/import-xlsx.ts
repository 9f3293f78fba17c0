/**
 * POST /v1/scenarios/import-xlsx: a scenario workbook (the layout of docs/xlsx.md, as
 * `baogong export-xlsx` writes it) in, the scenario JSON out, or 400 SCENARIO_XLSX with every
 * problem by `sheet!cell`. The workbook content type is accepted on this route only.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BaogongError, scenarioFromXlsx } from '../../engine/index.ts';
import { ApiError } from '../errors.ts';
import { errorSchema } from '../schemas.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importXlsxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(XLSX_TYPE, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.post(
    '/v1/scenarios/import-xlsx',
    {
      schema: {
        tags: ['scenarios'],
        summary: 'read a scenario workbook (.xlsx) into scenario JSON',
        description: `Body: the workbook bytes with \`content-type: ${XLSX_TYPE}\`. Answers the scenario, or 400 SCENARIO_XLSX with problems by \`sheet!cell\`.`,
        response: {
          200: z.record(z.string(), z.unknown()).describe('the scenario'),
          400: errorSchema,
          415: errorSchema,
        },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        throw new ApiError('SCENARIO_XLSX', { message: 'the body is empty; send the .xlsx file', path: '' });
      try {
        return await scenarioFromXlsx(req.body);
      } catch (err) {
        if (err instanceof BaogongError && err.code === 'SCENARIO_XLSX')
          throw new ApiError('SCENARIO_XLSX', { message: err.message, problems: err.problems });
        throw err;
      }
    },
  );
};
