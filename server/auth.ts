/**
 * Who is calling: with at least one live API key in the database (server/keys.ts) every
 * route but the open ones (server/auth-rules.ts) needs `Authorization: Bearer <key>` (or
 * `x-api-key: <key>`): none, or one not known, answers 401 UNAUTHORIZED (one that expired
 * answers 401 too, saying when it expired); a role too low for
 * the route 403 FORBIDDEN. With no key, everyone may do everything (one user on 127.0.0.1;
 * server/main.ts refuses to listen on another address so unless told `--no-auth`).
 * The check runs on `preParsing`, before a body is read and after the rate limit (a route's
 * `onRequest`), so requests without a valid key count against their address's allowance too.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accessOf } from './auth-rules.ts';
import { message } from '../engine/index.ts';
import { ApiError } from './errors.ts';
import { type Caller, type KeyCheck, type KeyStore, roleAtLeast } from './keys.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The key the request came with, when keys are on. */
    caller: Caller | null;
  }
}

/** The key a request carries, if any: `Authorization: Bearer <key>`, else `x-api-key`. */
export function presentedKey(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1];
  }
  const header = req.headers['x-api-key'];
  return typeof header === 'string' && header !== '' ? header.trim() : undefined;
}

/** Who a request stands for, for per-client accounting: its key when keys are on, else its address. */
export const clientKey = (req: FastifyRequest): string => (req.caller ? `key:${req.caller.keyId}` : `ip:${req.ip}`);

/**
 * Whom the rate limit counts a request against, before the auth check has run (the limit runs
 * first, so a flood, with or without a key, is refused before anything else is done): a key that verifies counts as
 * its key (`key:<id>`), so clients behind one address (a bureau's proxy or NAT) each get
 * their own allowance; no key, an unknown one, or keys off count as the address (`ip:<address>`).
 */
export function rateLimitClient(req: FastifyRequest, keys: KeyStore): string {
  const check = keys.hasKeys() ? checkedKey(req, keys) : undefined;
  return check?.status === 'ok' ? `key:${check.caller.keyId}` : `ip:${req.ip}`;
}

/** Each request's key checked once (the rate limit and the auth hook both ask; a check is a database read and a hash). */
const checked = new WeakMap<FastifyRequest, KeyCheck | undefined>();

/** The check of the key a request carries; undefined without a key. */
function checkedKey(req: FastifyRequest, keys: KeyStore): KeyCheck | undefined {
  if (checked.has(req)) return checked.get(req);
  const key = presentedKey(req);
  const check = key === undefined ? undefined : keys.check(key);
  checked.set(req, check);
  return check;
}

/** The owner to record on what a request makes: its key's id, or null when keys are off. */
export const ownerOf = (req: FastifyRequest): string | null => req.caller?.keyId ?? null;

/**
 * Throws FORBIDDEN unless the caller may change (rename, pin, edit, delete) a thing owned by
 * `owner`: anyone when keys are off, an admin always, a runner only its own.
 */
export function assertMayChange(req: FastifyRequest, owner: string | null, what: string): void {
  const caller = req.caller;
  if (!caller || caller.role === 'admin' || owner === caller.keyId) return;
  throw new ApiError('FORBIDDEN', {
    message: `this ${what} belongs to another key; a ${caller.role} key changes or deletes only its own (an admin key may change any)`,
  });
}

export function registerAuth(app: FastifyInstance, keys: KeyStore): void {
  app.decorateRequest('caller', null);
  app.addHook('preParsing', async (req) => {
    const url = req.routeOptions.url;
    if (url === undefined) return; // no such route: the 404 answer tells nothing
    const need = accessOf(req.method, url) ?? 'admin';
    if (need === 'open' || !keys.hasKeys()) return;
    const check = checkedKey(req, keys);
    if (check?.status === 'expired')
      throw new ApiError('UNAUTHORIZED', {
        ...message('errors.http.keyExpired', { date: check.expiresAt }),
        headers: { 'www-authenticate': 'Bearer realm="baogong", error="invalid_token"' },
      });
    if (check?.status !== 'ok')
      throw new ApiError('UNAUTHORIZED', {
        message:
          presentedKey(req) === undefined
            ? 'this server needs an API key: send `Authorization: Bearer <key>` (or `x-api-key`) with a key from `baogong keys create`'
            : 'the API key sent is not known or was revoked; ask the server operator for a key (`baogong keys create`)',
        headers: { 'www-authenticate': 'Bearer realm="baogong"' },
      });
    const caller = check.caller;
    req.caller = caller;
    if (!roleAtLeast(caller.role, need))
      throw new ApiError('FORBIDDEN', {
        message: `a ${caller.role} key may not call ${req.method} ${url}: it needs a ${need} key; ask an admin for one`,
      });
  });
}
