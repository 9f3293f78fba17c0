/**
 * Security headers on every answer, page and API alike: a Content-Security-Policy that lets
 * the page run only its own files (no inline script, no eval: the page draws its charts with
 * vega's expression interpreter, `ast: true`, instead of vega's generated functions), never
 * inside a frame; no MIME sniffing; no Referer sent to other sites. Styles may be inline:
 * vega-embed and vega-tooltip add their own style elements and the charts carry style
 * attributes; a style cannot run code.
 */
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
}
