/**
 * The language of a request: `?lang=zh|en` first, then the `Accept-Language` header, English
 * when neither names one of ours. Error answers, chart specs and images, and the page's texts
 * follow it.
 */
import type { FastifyRequest } from 'fastify';
import { DEFAULT_LANG, type Lang, langFromAcceptLanguage, parseLang } from '../engine/index.ts';

export function requestLang(req: Pick<FastifyRequest, 'query' | 'headers'>): Lang {
  const query = req.query as Record<string, unknown> | undefined;
  const asked = typeof query?.lang === 'string' ? parseLang(query.lang) : undefined;
  return asked ?? langFromAcceptLanguage(req.headers['accept-language']) ?? DEFAULT_LANG;
}
