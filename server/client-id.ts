/**
 * Who is asking, for the fair share of the solvers (server/solver-pool.ts), and whether they
 * are still there. A client is its address for now; API keys will name it by its key.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The client a request counts against: its address (`req.ip`). */
export function clientOf(req: FastifyRequest): string {
  return req.ip;
}

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
