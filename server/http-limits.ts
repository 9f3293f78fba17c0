/**
 * Bounds on the HTTP connections themselves, so a slow or greedy client cannot hold the
 * server: the whole request (headers and body) must arrive within `requestTimeoutMs`, its
 * headers within `headersTimeoutMs`, an idle keep-alive connection is closed after
 * `keepAliveTimeoutMs`, and past `maxConnections` open sockets a new one is closed at once.
 * Node checks the first two every `connectionsCheckingInterval`, which is set from them (its
 * default of 30 s would let a timed-out request live that much longer). The time to answer is
 * not bounded here: a run is bounded by its own time limit (RUN_TIMEOUT).
 */
import type { FastifyServerOptions } from 'fastify';
import type { Server } from 'node:http';

export interface HttpLimits {
  /** Time to receive a whole request, headers and body, ms. */
  readonly requestTimeoutMs: number;
  /** Time to receive a request's headers, ms (at most `requestTimeoutMs`). */
  readonly headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this, ms. */
  readonly keepAliveTimeoutMs: number;
  /** Open connections at most; the next is closed at once. (0 turns any of these off.) */
  readonly maxConnections: number;
}

export const HTTP_LIMIT_DEFAULTS: HttpLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
};

/** How often Node looks for requests past their time: a quarter of the shorter limit, 50 ms to 1 s. */
export function checkingIntervalMs(limits: HttpLimits): number {
  const set = [limits.headersTimeoutMs, limits.requestTimeoutMs].filter((ms) => ms > 0);
  if (set.length === 0) return 1000;
  return Math.min(1000, Math.max(50, Math.floor(Math.min(...set) / 4)));
}

/** The fastify constructor's options that carry the limits. */
export function httpServerOptions(limits: HttpLimits): Partial<FastifyServerOptions> {
  // Node refuses a headers limit longer than the request's; 0 turns a limit off.
  const headersTimeout =
    limits.requestTimeoutMs > 0 ? Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) : limits.headersTimeoutMs;
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: checkingIntervalMs(limits),
    },
  } as Partial<FastifyServerOptions>;
}

/** What the constructor cannot set: the connection cap. */
export function applyConnectionCap(server: Server, limits: HttpLimits): void {
  server.maxConnections = limits.maxConnections;
}
