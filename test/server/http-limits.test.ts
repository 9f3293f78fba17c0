/**
 * Connection limits on a real listening server on 127.0.0.1 (inject() has no sockets): a body
 * or headers trickling in is cut off at the (shortened) request or headers time limit, a slow
 * answer is not, and past the connection cap a new socket is closed at once while a normal
 * request is served again once the held connections go away. Each case is bounded to seconds.
 */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';

const SLOW_WORKER = new URL('./slow-worker.ts', import.meta.url);

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as AddressInfo).port;
}

/** GET on a fresh connection (no keep-alive pool holding sockets open). */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
}

/**
 * Writes `head`, then one byte of `drip` every `everyMs` until the server closes the socket;
 * resolves with the ms it stayed open and what the server said, or `null` after `giveUpMs`.
 */
async function trickle(
  port: number,
  head: string,
  drip: string,
  everyMs: number,
  giveUpMs: number,
): Promise<{ openMs: number; answer: string } | null> {
  const s = await open(port);
  s.on('error', () => {});
  const t0 = Date.now();
  let answer = '';
  s.on('data', (d) => (answer += d));
  s.write(head);
  let i = 0;
  const timer = setInterval(() => {
    if (!s.destroyed && s.writable) s.write(drip[i++ % drip.length]);
  }, everyMs);
  const closed = await new Promise<boolean>((resolve) => {
    const giveUp = setTimeout(() => resolve(false), giveUpMs);
    s.once('close', () => {
      clearTimeout(giveUp);
      resolve(true);
    });
  });
  clearInterval(timer);
  s.destroy();
  return closed ? { openMs: Date.now() - t0, answer } : null;
}

describe('request and headers time limits', () => {
  let app: FastifyInstance;
  let port = 0;

  beforeAll(async () => {
    app = buildApp({
      requestTimeoutMs: 1000,
      headersTimeoutMs: 600,
      keepAliveTimeoutMs: 500,
      rateLimitPerMinute: 0,
      workers: 1,
      workerFile: SLOW_WORKER,
    });
    // An answer slower than the request limit: the limit is on receiving the request only.
    app.get('/test-slow-answer', async () => {
      await new Promise((r) => setTimeout(r, 1800));
      return { ok: true };
    });
    port = await listen(app);
  });
  afterAll(() => app.close());

  it('cuts off a body sent a byte at a time within the request time limit', async () => {
    const head =
      'POST /v1/scenarios/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{';
    const out = await trickle(port, head, ' ', 200, 8000);
    expect(out, 'the slow body was still open after 8 s').not.toBeNull();
    expect(out!.openMs).toBeLessThan(5000);
    expect(out!.answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off headers sent a byte at a time within the headers time limit', async () => {
    const out = await trickle(
      port,
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n',
      'X-Slow: aaaaaaaaaa\r\n',
      100,
      8000,
    );
    expect(out, 'the slow headers were still open after 8 s').not.toBeNull();
    expect(out!.openMs).toBeLessThan(5000);
  });

  it('does not cut off an answer that takes longer than the request limit', async () => {
    const res = await get(port, '/test-slow-answer');
    expect(res.status).toBe(200);
  });

  it('closes an idle keep-alive connection after the keep-alive limit', async () => {
    const s = await open(port);
    let answer = '';
    s.on('data', (d) => (answer += d));
    const t0 = Date.now();
    s.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const closed = await new Promise<boolean>((resolve) => {
      const giveUp = setTimeout(() => resolve(false), 8000);
      s.once('close', () => {
        clearTimeout(giveUp);
        resolve(true);
      });
    });
    s.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(closed, 'the idle connection was still open after 8 s').toBe(true);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('connection cap', () => {
  let app: FastifyInstance;
  let port = 0;

  beforeAll(async () => {
    app = buildApp({ maxConnections: 3, rateLimitPerMinute: 0, workers: 1, workerFile: SLOW_WORKER });
    port = await listen(app);
  });
  afterAll(() => app.close());

  const connections = () =>
    new Promise<number>((resolve, reject) => app.server.getConnections((err, n) => (err ? reject(err) : resolve(n))));

  async function until(cond: () => Promise<boolean>, ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await cond()) return true;
      await new Promise((r) => setTimeout(r, 25));
    }
    return false;
  }

  it('closes connections past the cap at once and serves again when the held ones go away', async () => {
    const held = await Promise.all([open(port), open(port), open(port)]);
    for (const s of held) s.on('error', () => {});
    expect(await until(async () => (await connections()) === 3, 3000)).toBe(true);

    // One past the cap: accepted by the kernel, then closed by the server before any answer.
    const extra = await open(port);
    extra.on('error', () => {});
    let answered = '';
    extra.on('data', (d) => (answered += d));
    extra.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const closed = await new Promise<boolean>((resolve) => {
      const giveUp = setTimeout(() => resolve(false), 3000);
      extra.once('close', () => {
        clearTimeout(giveUp);
        resolve(true);
      });
    });
    extra.destroy();
    expect(closed, 'the connection past the cap was kept').toBe(true);
    expect(answered).toBe('');
    await expect(get(port, '/healthz')).rejects.toThrow();

    for (const s of held) s.destroy();
    expect(await until(async () => (await connections()) === 0, 3000)).toBe(true);
    const res = await get(port, '/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ status: 'ok' });
  });
});
