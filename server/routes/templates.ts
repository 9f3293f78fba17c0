/** Starting points for a city of one's own: GET /v1/templates, GET /v1/templates/:name. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../errors.ts';
import { errorSchema } from '../schemas.ts';
import { isTemplateName, listTemplates, templateForServer } from '../templates.ts';

export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/templates',
    {
      schema: {
        tags: ['templates'],
        summary: 'the templates of `baogong init`: blank, county, city',
        response: {
          200: z.object({
            templates: z.array(
              z.object({
                name: z.string().describe('blank | county | city'),
                id: z.string().describe("the template scenario's id"),
                title: z.string().describe("the template scenario's name"),
                description: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ templates: listTemplates() }),
  );

  app.get(
    '/v1/templates/:name',
    {
      schema: {
        tags: ['templates'],
        summary: 'one template scenario, its weather on the shipped Beijing series; 404 TEMPLATE_NOT_FOUND',
        params: z.strictObject({ name: z.string().max(32) }),
        response: {
          200: z.record(z.string(), z.unknown()).describe('the scenario'),
          400: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (req) => {
      if (!isTemplateName(req.params.name)) throw new ApiError('TEMPLATE_NOT_FOUND', { path: 'name' });
      return templateForServer(req.params.name);
    },
  );
};
