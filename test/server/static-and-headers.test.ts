/**
 * The page's files go with caching headers (Cache-Control, ETag, Last-Modified) and a
 * revalidation answers 304 without the body; every answer, page, API, error and static file,
 * carries the security headers (a CSP with no inline script or eval, no framing, nosniff,
 * Referrer-Policy).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';

const app = buildApp({ workers: 1, workerFile: new URL('./slow-worker.ts', import.meta.url) });
afterAll(() => app.close());

const FILES = ['/', '/app.js', '/style.css', '/vendor/vega.min.js', '/fonts/NotoSansSC-Regular-GB2312.woff2'];

describe('static files', () => {
  it.each(FILES)('%s: Cache-Control, ETag and Last-Modified, and 304 on revalidation', async (url) => {
    const first = await app.inject({ method: 'GET', url });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toMatch(/no-cache|max-age=\d+/);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    const lastModified = String(first.headers['last-modified']);
    expect(Number.isFinite(Date.parse(lastModified))).toBe(true);

    const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);

    const since = await app.inject({ method: 'GET', url, headers: { 'if-modified-since': lastModified } });
    expect(since.statusCode).toBe(304);

    const stale = await app.inject({ method: 'GET', url, headers: { 'if-none-match': '"something-else"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it('gives different files different ETags', async () => {
    const a = await app.inject({ method: 'GET', url: '/app.js' });
    const b = await app.inject({ method: 'GET', url: '/style.css' });
    expect(a.headers.etag).not.toBe(b.headers.etag);
  });
});

describe('security headers', () => {
  it.each(['/', '/app.js', '/healthz', '/v1/scenarios', '/v1/runs/nope', '/no-such-file.js'])(
    '%s carries the CSP, nosniff, no framing and Referrer-Policy',
    async (url) => {
      const res = await app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    },
  );

  it('the page has no inline script or inline event handler', async () => {
    const html = (await app.inject({ method: 'GET', url: '/' })).body;
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
      expect(tag).toMatch(/^<script\b[^>]*\bsrc="\/[^"]+"[^>]*><\/script>$/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});
