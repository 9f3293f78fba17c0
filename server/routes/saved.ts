/**
 * An analyst's own scenarios, kept on the server: POST /v1/saved, GET /v1/saved (list),
 * GET /v1/saved/:id, PUT /v1/saved/:id, POST /v1/saved/:id/duplicate, DELETE /v1/saved/:id.
 * A scenario is validated before it is stored (problems by JSON path under `scenario.`) and
 * kept exactly as sent; POST /v1/runs runs one with `{ saved: id, overrides }`. With API keys
 * on, a runner edits and deletes only the scenarios it saved (server/auth.ts).
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertMayChange, ownerOf } from '../auth.ts';
import { ApiError } from '../errors.ts';
import type { Library } from '../library.ts';
import { validateInput } from '../resolve-scenario.ts';
import type { SavedRow, SavedScenario, SavedStore } from '../saved-store.ts';
import { errorSchema, savedIdParams } from '../schemas.ts';

const savedBody = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('a name to find it by'),
  scenario: z.record(z.string(), z.unknown()).describe('the scenario, as in POST /v1/runs'),
});

const savedRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  scenarioId: z.string().describe("the scenario's own id field"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const savedSchema = savedRowSchema.extend({
  scenario: z.record(z.string(), z.unknown()).describe('the scenario exactly as saved (defaults not filled)'),
});

const notFound = (id: string) =>
  new ApiError('SAVED_NOT_FOUND', {
    message: `no saved scenario has id \`${id}\`; list them with GET /v1/saved`,
    path: 'id',
  });

const asRow = ({ id, name, scenarioId, createdAt, updatedAt }: SavedRow): SavedRow => ({
  id,
  name,
  scenarioId,
  createdAt,
  updatedAt,
});

export const savedRoutes: FastifyPluginAsyncZod<{ saved: SavedStore; library: Library }> = async (
  app,
  { saved, library },
) => {
  const check = (scenario: Record<string, unknown>) => validateInput(scenario, 'scenario', library.dir, 'scenario.');
  const created = (entry: SavedScenario, reply: FastifyReply) => {
    reply.code(201).header('location', `/v1/saved/${entry.id}`);
    return entry;
  };

  app.post(
    '/v1/saved',
    {
      schema: {
        tags: ['saved'],
        summary: 'save a scenario under a name (validated first)',
        description:
          'Answers 201 with the saved scenario and `Location`, or 400 with every problem by JSON path (`scenario.sources[0].capacityMW`).',
        body: savedBody,
        response: { 201: savedSchema, 400: errorSchema },
      },
    },
    async (req, reply) => {
      check(req.body.scenario);
      return created(saved.create(req.body.name, req.body.scenario, ownerOf(req)), reply);
    },
  );

  app.get(
    '/v1/saved',
    {
      schema: {
        tags: ['saved'],
        summary: 'the saved scenarios, last updated first',
        response: { 200: z.object({ saved: z.array(savedRowSchema) }) },
      },
    },
    async () => ({ saved: saved.list().map(asRow) }),
  );

  app.get(
    '/v1/saved/:id',
    {
      schema: {
        tags: ['saved'],
        summary: 'one saved scenario; 404 SAVED_NOT_FOUND',
        params: savedIdParams,
        response: { 200: savedSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (req) => {
      const entry = saved.get(req.params.id);
      if (!entry) throw notFound(req.params.id);
      return entry;
    },
  );

  app.put(
    '/v1/saved/:id',
    {
      schema: {
        tags: ['saved'],
        summary: 'replace the name and scenario of a saved scenario (validated first)',
        params: savedIdParams,
        body: savedBody,
        response: { 200: savedSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (req) => {
      const owner = saved.ownerOf(req.params.id);
      if (owner === undefined) throw notFound(req.params.id);
      assertMayChange(req, owner, 'saved scenario');
      check(req.body.scenario);
      const entry = saved.update(req.params.id, req.body.name, req.body.scenario);
      if (!entry) throw notFound(req.params.id);
      return entry;
    },
  );

  app.post(
    '/v1/saved/:id/duplicate',
    {
      schema: {
        tags: ['saved'],
        summary: 'a copy of a saved scenario, named "<name> (copy)"',
        params: savedIdParams,
        response: { 201: savedSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (req, reply) => {
      const entry = saved.get(req.params.id);
      if (!entry) throw notFound(req.params.id);
      return created(saved.create(`${entry.name} (copy)`.slice(0, 200), entry.scenario, ownerOf(req)), reply);
    },
  );

  app.delete(
    '/v1/saved/:id',
    {
      schema: {
        tags: ['saved'],
        summary: 'delete a saved scenario: 204, or 404 SAVED_NOT_FOUND (its runs stay)',
        params: savedIdParams,
      },
    },
    async (req, reply) => {
      const owner = saved.ownerOf(req.params.id);
      if (owner === undefined) throw notFound(req.params.id);
      assertMayChange(req, owner, 'saved scenario');
      if (!saved.delete(req.params.id)) throw notFound(req.params.id);
      return reply.code(204).send();
    },
  );
};
