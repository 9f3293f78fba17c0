/**
 * Who is asking, for the fair share of the solvers (server/solver-pool.ts), and whether they
 * are still there. A client is its API key when keys are on, else its address
 * (server/auth.ts `clientKey`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientKey } from './auth.ts';

/** The client a request counts against: its key (`key:<id>`) when keys are on, else its address (`ip:<address>`). */
export const clientOf = (req: FastifyRequest): string => clientKey(req);

/** Aborted when the client goes away (its connection closed) before its answer is sent. */
export function clientGoneSignal(req: FastifyRequest, reply: FastifyReply): AbortSignal {
  const ac = new AbortController();
  const gone = () => {
    if (!reply.raw.writableFinished) ac.abort();
  };
  if (req.raw.destroyed || reply.raw.destroyed || req.raw.socket?.destroyed) ac.abort();
  else reply.raw.once('close', gone);
  return ac.signal;
}
