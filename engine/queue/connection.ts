/**
 * Where the queue is: a `redis://[user:password@]host:port[/db]` URL (`rediss://` for TLS) read
 * once into connection options, and a probe that says plainly when no Redis answers there,
 * before BullMQ's own client would retry in silence.
 *
 * Every long-lived connection waits through a Redis restart (`maxRetriesPerRequest: null`:
 * commands queue up while ioredis reconnects), so a study survives one; only the first contact
 * is checked, by the probe.
 */
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { BaogongError } from '../errors.ts';
import { message } from '../i18n/message.ts';

export interface QueueAddress {
  /** The URL as given, with any password masked (for messages and logs). */
  readonly shown: string;
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
  readonly db: number;
  readonly tls: boolean;
}

/** Options for BullMQ's Redis client (ioredis options, kept as plain data). */
export interface RedisConnectionOptions {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
  readonly db: number;
  readonly tls?: Record<string, never>;
  readonly maxRetriesPerRequest: null;
}

/** No Redis at the address, or (`refused`) one that turns us away: a wrong password. */
function unreachable(shown: string, reason: string, refused = false): never {
  const key = refused ? 'errors.queue.refused' : 'errors.queue.unreachable';
  throw new BaogongError('QUEUE_UNREACHABLE', message(key, { url: shown, reason }));
}

/** Reads a queue URL; a malformed one is a usage problem named with the URL. */
export function parseQueueUrl(url: string): QueueAddress {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new BaogongError('BAD_OPTION', message('errors.queue.badUrl', { url }));
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
    throw new BaogongError('BAD_OPTION', message('errors.queue.badUrl', { url }));
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!(Number.isInteger(db) && db >= 0)) throw new BaogongError('BAD_OPTION', message('errors.queue.badUrl', { url }));
  const password = u.password ? decodeURIComponent(u.password) : undefined;
  const username = u.username ? decodeURIComponent(u.username) : undefined;
  const masked = new URL(url);
  if (masked.password) masked.password = '***';
  return {
    shown: masked.toString(),
    host: u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(username ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    db,
    tls: u.protocol === 'rediss:',
  };
}

export function connectionOptions(a: QueueAddress): RedisConnectionOptions {
  return {
    host: a.host,
    port: a.port,
    ...(a.username ? { username: a.username } : {}),
    ...(a.password !== undefined ? { password: a.password } : {}),
    db: a.db,
    ...(a.tls ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/** One RESP command as bytes. */
function resp(...args: string[]): string {
  return `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
}

/**
 * Connects once (AUTH when the URL has a password, then PING) and fails with QUEUE_UNREACHABLE
 * naming the URL and the reason: refused, timed out, or Redis's own refusal (a wrong password).
 */
export async function probeQueue(a: QueueAddress, timeoutMs = 3000): Promise<void> {
  const commands =
    (a.password !== undefined ? resp('AUTH', ...(a.username ? [a.username] : []), a.password) : '') + resp('PING');
  const expected = a.password !== undefined ? 2 : 1;
  await new Promise<void>((resolve, reject) => {
    const socket: Socket = a.tls
      ? tlsConnect({ host: a.host, port: a.port, servername: a.host })
      : tcpConnect({ host: a.host, port: a.port });
    let answer = '';
    const fail = (reason: string, refused = false) => {
      socket.destroy();
      try {
        unreachable(a.shown, reason, refused);
      } catch (err) {
        reject(err);
      }
    };
    const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
    socket.once(a.tls ? 'secureConnect' : 'connect', () => socket.write(commands));
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
      const lines = answer.split('\r\n').filter(Boolean);
      const refusal = lines.find((l) => l.startsWith('-'));
      if (refusal) {
        clearTimeout(timer);
        fail(refusal.slice(1), true);
      } else if (lines.length >= expected) {
        clearTimeout(timer);
        socket.end();
        resolve();
      }
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      fail(err.code ?? err.message);
    });
  });
}
