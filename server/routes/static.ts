/**
 * The page and its browser libraries: files under server/public/ at `/` (index.html for `/`),
 * the vega, vega-lite and vega-embed browser builds from node_modules at /vendor/ (those
 * three files only; no CDN is reachable), and the page's Chinese web font with its licence
 * from assets/fonts/ at /fonts/ (those two files only). Names are checked segment by segment,
 * so nothing outside the folder (no `..`, no dotfiles) can be asked for. Every file goes with
 * `Cache-Control`, an `ETag` (its content's hash) and `Last-Modified`; a request whose
 * `If-None-Match` (or, without it, `If-Modified-Since`) still matches answers 304 with no body,
 * so a page load after the first costs a stat per file. They are outside the rate limit.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.ts';

const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));
const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const FONTS_DIR = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));

const VENDOR: Record<string, string> = {
  'vega.min.js': 'vega/build/vega.min.js',
  'vega-lite.min.js': 'vega-lite/build/vega-lite.min.js',
  'vega-embed.min.js': 'vega-embed/build/vega-embed.min.js',
};

/** The files /fonts/ serves: the GB 2312 subset of Noto Sans SC (it never changes under its name) and its licence. */
const FONTS: Record<string, { readonly type: string; readonly cacheControl: string }> = {
  'NotoSansSC-Regular-GB2312.woff2': { type: 'font/woff2', cacheControl: 'public, max-age=31536000, immutable' },
  'OFL.txt': { type: 'text/plain; charset=utf-8', cacheControl: 'public, max-age=86400' },
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;

/** ETags by file, kept while the file's size and mtime stay the same (a handful of files). */
const etags = new Map<string, { readonly stamp: string; readonly etag: string }>();

/** Whether the client's copy is current: If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2). */
function notModified(req: FastifyRequest, etag: string, mtime: Date): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
  const ims = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(ims) && Math.floor(mtime.getTime() / 1000) * 1000 <= ims;
}

async function sendFile(
  req: FastifyRequest,
  reply: FastifyReply,
  file: string,
  type: string,
  cacheControl: string,
): Promise<FastifyReply> {
  let mtime: Date;
  let stamp: string;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new Error('not a file');
    mtime = st.mtime;
    stamp = `${st.size}:${st.mtimeMs}`;
  } catch {
    throw new ApiError('ROUTE_NOT_FOUND', { message: `no file at ${req.url.slice(0, 200)}` });
  }
  let known = etags.get(file);
  let data: Buffer | undefined;
  if (known?.stamp !== stamp) {
    data = await readFile(file);
    known = { stamp, etag: `"${createHash('sha256').update(data).digest('base64url').slice(0, 27)}"` };
    etags.set(file, known);
  }
  reply
    .type(type)
    .header('cache-control', cacheControl)
    .header('etag', known.etag)
    .header('last-modified', mtime.toUTCString());
  if (notModified(req, known.etag, mtime)) return reply.code(304).send();
  return reply.send(data ?? (await readFile(file)));
}

export const staticRoutes: FastifyPluginAsync = async (app) => {
  const hide = { hide: true };

  app.get('/vendor/:file', { schema: hide, config: { rateLimit: false } }, async (req, reply) => {
    const { file } = req.params as { file: string };
    const target = Object.hasOwn(VENDOR, file) ? VENDOR[file] : undefined;
    if (!target)
      throw new ApiError('ROUTE_NOT_FOUND', { message: `/vendor serves only ${Object.keys(VENDOR).join(', ')}` });
    return sendFile(req, reply, join(NODE_MODULES, target), TYPES['.js'], 'public, max-age=86400');
  });

  app.get('/fonts/:file', { schema: hide, config: { rateLimit: false } }, async (req, reply) => {
    const { file } = req.params as { file: string };
    const font = Object.hasOwn(FONTS, file) ? FONTS[file] : undefined;
    if (!font)
      throw new ApiError('ROUTE_NOT_FOUND', { message: `/fonts serves only ${Object.keys(FONTS).join(', ')}` });
    return sendFile(req, reply, join(FONTS_DIR, file), font.type, font.cacheControl);
  });

  app.get('/', { schema: hide, config: { rateLimit: false } }, async (req, reply) =>
    sendFile(req, reply, join(PUBLIC_DIR, 'index.html'), TYPES['.html'], 'no-cache'),
  );

  app.get('/*', { schema: hide, config: { rateLimit: false } }, async (req, reply) => {
    const rest = (req.params as { '*': string })['*'];
    const segments = rest.split('/');
    const type = TYPES[extname(rest).toLowerCase()];
    if (!type || !segments.every((s) => SAFE_SEGMENT.test(s)))
      throw new ApiError('ROUTE_NOT_FOUND', {
        message: `no route answers ${req.method} /${rest.slice(0, 200)}; see the API at /docs`,
      });
    return sendFile(req, reply, join(PUBLIC_DIR, ...segments), type, 'no-cache');
  });
};
