/**
 * API keys over HTTP, for an admin key: GET /v1/keys, POST /v1/keys, DELETE /v1/keys/:id.
 * The first key is made on the server's machine (`baogong keys create --role admin`); until
 * then the server has no keys and these routes refuse, so nobody can switch auth on from the
 * network. A key's secret is in the POST's answer only (the store keeps its SHA-256). A key may
 * be given an expiry (`expiresAt`, in the future). The last live admin key — neither revoked nor
 * expired — cannot be revoked over HTTP: the server would be left with no key able to manage
 * its keys (the CLI can still do it on the machine).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../errors.ts';
import { type KeyRow, type KeyStore, ROLES } from '../keys.ts';
import { errorSchema } from '../schemas.ts';

const keyRow = z.object({
  id: z.string().describe("the key's id, the part of the key between `bgk_` and the next `_`"),
  name: z.string().describe('who or what the key is for'),
  role: z.enum(ROLES).describe('reader < runner < admin'),
  createdAt: z.string().describe('ISO 8601, UTC'),
  revokedAt: z.string().nullable().describe('ISO 8601, UTC; null while the key is not revoked'),
  expiresAt: z
    .string()
    .nullable()
    .describe('ISO 8601, UTC; from this instant on the key is refused (401 saying it expired); null: never expires'),
});

/** An ISO 8601 date (`2027-03-31`, midnight UTC) or date-time with a zone (`2027-03-31T18:00:00+08:00`). */
const expiresAtField = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error:
      'expiresAt must be an ISO 8601 date (YYYY-MM-DD, midnight UTC) or date-time with a zone, e.g. 2027-03-31T00:00:00Z',
  })
  .describe(
    'optional: when the key stops working, an ISO 8601 date (YYYY-MM-DD, midnight UTC) or date-time with a zone; must be in the future. Left out: the key never expires',
  );

const noKeysYet = () =>
  new ApiError('FORBIDDEN', {
    message:
      'this server has no API keys yet; make the first admin key on its machine with `baogong keys create --role admin --name …`, then manage keys here with it',
  });

/** Admin keys that still work: not revoked and not expired. */
const liveAdmins = (keys: KeyStore, rows: readonly KeyRow[]) =>
  rows.filter((r) => r.role === 'admin' && r.revokedAt === null && !keys.expired(r));

export const keyRoutes: FastifyPluginAsyncZod<{ keys: KeyStore }> = async (app, { keys }) => {
  app.get(
    '/v1/keys',
    {
      schema: {
        tags: ['keys'],
        summary: 'every API key, live and revoked, without secrets (admin)',
        response: { 200: z.object({ keys: z.array(keyRow) }), 401: errorSchema, 403: errorSchema },
      },
    },
    async () => {
      if (!keys.hasKeys()) throw noKeysYet();
      return { keys: keys.list() };
    },
  );

  app.post(
    '/v1/keys',
    {
      schema: {
        tags: ['keys'],
        summary: 'a new API key; its secret `key` is shown in this answer only (admin)',
        body: z.strictObject({
          name: z.string().trim().min(1).max(100).describe('who or what the key is for, e.g. "gas utility analyst"'),
          role: z
            .enum(ROLES)
            .describe(
              'reader (read runs), runner (also start runs, save scenarios), admin (also delete anything, manage keys)',
            ),
          expiresAt: expiresAtField.optional(),
        }),
        response: {
          201: keyRow.extend({ key: z.string().describe('send as `Authorization: Bearer <key>`') }),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
        },
      },
    },
    async (req, reply) => {
      if (!keys.hasKeys()) throw noKeysYet();
      let expiresAt: Date | undefined;
      if (req.body.expiresAt !== undefined) {
        expiresAt = new Date(req.body.expiresAt);
        if (!(expiresAt.getTime() > keys.time().getTime()))
          throw new ApiError('BAD_REQUEST', {
            path: 'expiresAt',
            message: `expiresAt ${req.body.expiresAt} is not in the future (now ${keys.time().toISOString()}); give a later date, or leave it out for a key that never expires`,
          });
      }
      const { row, secret } = keys.create(req.body.name, req.body.role, expiresAt);
      reply.code(201);
      return { ...row, key: secret };
    },
  );

  app.delete(
    '/v1/keys/:id',
    {
      schema: {
        tags: ['keys'],
        summary:
          'revoke a key: 204; 404 KEY_NOT_FOUND; 409 LAST_ADMIN_KEY for the last live (not revoked, not expired) admin key (admin)',
        params: z.strictObject({ id: z.string().max(32) }),
        response: { 204: z.null(), 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema },
      },
    },
    async (req, reply) => {
      const rows = keys.list();
      const row = rows.find((r) => r.id === req.params.id && r.revokedAt === null);
      if (!row) throw new ApiError('KEY_NOT_FOUND', { path: 'id' });
      const admins = liveAdmins(keys, rows);
      if (admins.length === 1 && admins[0].id === row.id) throw new ApiError('LAST_ADMIN_KEY', { path: 'id' });
      keys.revoke(row.id);
      reply.code(204);
      return null;
    },
  );
};
