/**
 * The queue's small pure parts, without Redis: the URL read once (password masked in what is
 * shown), the probe's plain error when nothing or something else answers, the job size from
 * one season's time, and the registry of study kinds failing loudly on an unknown one.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { type BaogongError, chunkFor, parseQueueUrl, studyKind, STUDY_KINDS } from '../../engine/index.ts';
import { probeQueue } from '../../engine/queue/connection.ts';

describe('the queue URL', () => {
  it('reads host, port, password, database and TLS, and never shows the password', () => {
    const a = parseQueueUrl('redis://:s3cret@10.0.0.5:6380/2');
    expect(a).toMatchObject({ host: '10.0.0.5', port: 6380, password: 's3cret', db: 2, tls: false });
    expect(a.shown).toBe('redis://:***@10.0.0.5:6380/2');
    expect(parseQueueUrl('rediss://user:p%40ss@h')).toMatchObject({
      username: 'user',
      password: 'p@ss',
      port: 6379,
      tls: true,
    });
    expect(parseQueueUrl('redis://127.0.0.1:7000')).toMatchObject({
      port: 7000,
      db: 0,
      shown: 'redis://127.0.0.1:7000',
    });
  });

  it('refuses what is not a Redis URL, naming it (BAD_OPTION)', () => {
    for (const url of ['localhost:6379', 'http://h:6379', 'redis://h:6379/x']) {
      let err: BaogongError | undefined;
      try {
        parseQueueUrl(url);
      } catch (e) {
        err = e as BaogongError;
      }
      expect(err?.code, url).toBe('BAD_OPTION');
      expect(err?.message).toContain(url);
    }
  });
});

describe('the probe', () => {
  const servers: Server[] = [];
  afterAll(() => {
    for (const s of servers) s.close();
  });
  const fake = (answer: string) =>
    new Promise<number>((resolve) => {
      const s = createServer((c) => c.on('data', () => c.end(answer)));
      servers.push(s);
      s.listen(0, '127.0.0.1', () => resolve((s.address() as { port: number }).port));
    });

  it('says QUEUE_UNREACHABLE with the URL (password masked) and why, when nothing listens', async () => {
    const closed = await fake('');
    servers.pop()?.close();
    await new Promise((r) => setTimeout(r, 50));
    const p = probeQueue(parseQueueUrl(`redis://:pw@127.0.0.1:${closed}`), 1000);
    await expect(p).rejects.toMatchObject({ code: 'QUEUE_UNREACHABLE' });
    await expect(p).rejects.toThrow(`redis://:***@127.0.0.1:${closed}`);
    await expect(p).rejects.toThrow('ECONNREFUSED');
  });

  it("passes Redis's own refusal on (a wrong password)", async () => {
    const port = await fake('-WRONGPASS invalid username-password pair or user is disabled.\r\n');
    const p = probeQueue(parseQueueUrl(`redis://:bad@127.0.0.1:${port}`), 1000);
    await expect(p).rejects.toMatchObject({ code: 'QUEUE_UNREACHABLE' });
    await expect(p).rejects.toThrow(/refuses the connection: WRONGPASS/);
  });

  it('accepts a PONG (after +OK for AUTH)', async () => {
    const port = await fake('+OK\r\n+PONG\r\n');
    await expect(probeQueue(parseQueueUrl(`redis://:good@127.0.0.1:${port}`), 1000)).resolves.toBeUndefined();
  });
});

describe('job size and study kinds', () => {
  it('sizes a job to about a second of one season’s time, within 1..runs and 1000', () => {
    expect(chunkFor(64, 10_000)).toBe(16); // 1000 / 64 = 15.6
    expect(chunkFor(2500, 10_000)).toBe(1); // a season longer than a second: one a job
    expect(chunkFor(0.1, 10_000)).toBe(1000);
    expect(chunkFor(10, 12)).toBe(12);
  });

  it('knows risk and province, and fails loudly on a kind it does not know', () => {
    expect(STUDY_KINDS).toEqual(['risk', 'province']);
    expect(typeof studyKind('risk').summarise).toBe('function');
    expect(typeof studyKind('province').summarise).toBe('function');
    expect(() => studyKind('province-x')).toThrow(/unknown study kind `province-x`; known: risk, province/);
  });
});
