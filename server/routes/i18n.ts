/**
 * GET /v1/i18n/:lang: the texts the page shows, from the one catalogue — its own words (`page`)
 * and the domain's (`domain`: gas categories, source kinds, cold-wave grades, policy items) —
 * for server/public/i18n.js to look up. The answer changes only with the server's code, so it
 * carries an ETag and may be kept a few minutes.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CATALOGUES, LANGS, type Lang, parseLang } from '../../engine/index.ts';
import { ApiError } from '../errors.ts';

const CACHE_CONTROL = 'public, max-age=300';

/** Each language's answer, its JSON and its ETag, made once. */
const ANSWERS = new Map<Lang, { body: string; etag: string }>(
  LANGS.map((lang) => {
    const { page, domain } = CATALOGUES[lang];
    const body = JSON.stringify({ lang, page, domain });
    return [lang, { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` }];
  }),
);

export const i18nRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/i18n/:lang',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['page'],
        summary: "the page's texts in one language",
        description:
          'Answers `{ lang, page, domain }`: the page texts and the domain words of the catalogue, with `{{parameter}}` placeholders and `$t(key)` references to other texts.',
        params: z.object({
          lang: z
            .string()
            .max(35)
            .describe(`a language: ${LANGS.join(' or ')}`),
        }),
      },
    },
    async (req, reply) => {
      const lang = parseLang(req.params.lang);
      if (!lang)
        throw new ApiError('ROUTE_NOT_FOUND', {
          message: `no texts for \`${req.params.lang.slice(0, 35)}\`; ask for ${LANGS.map((l) => `/v1/i18n/${l}`).join(' or ')}`,
        });
      const answer = ANSWERS.get(lang)!;
      reply.header('cache-control', CACHE_CONTROL).header('etag', answer.etag);
      if (req.headers['if-none-match'] === answer.etag) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(answer.body);
    },
  );
};
