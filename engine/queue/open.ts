/**
 * Opens the study queue at a URL: probes it (QUEUE_UNREACHABLE names the URL when nothing
 * answers), then a BullMQ `Queue` and its Redis client for the study records. bullmq (and the
 * ioredis driver it loads) is imported here on first use, so the engine's other callers never
 * load it.
 */
import type { Queue } from 'bullmq';
import {
  connectionOptions,
  parseQueueUrl,
  probeQueue,
  type QueueAddress,
  type RedisConnectionOptions,
} from './connection.ts';
import { QUEUE_NAME, QUEUE_PREFIX } from './settings.ts';
import type { RedisCommands } from './store.ts';

/** What a chunk job carries: the study and which seasons. */
export interface ChunkData {
  readonly study: string;
  readonly chunk: number;
  /** First season index and one past the last. */
  readonly from: number;
  readonly to: number;
}

export interface OpenQueue {
  readonly address: QueueAddress;
  readonly connection: RedisConnectionOptions;
  readonly queue: Queue<ChunkData>;
  readonly redis: RedisCommands;
  close(): Promise<void>;
}

export async function openQueue(url: string): Promise<OpenQueue> {
  const address = parseQueueUrl(url);
  await probeQueue(address);
  const connection = connectionOptions(address);
  const { Queue } = await import('bullmq');
  const queue = new Queue<ChunkData>(QUEUE_NAME, { connection: { ...connection }, prefix: QUEUE_PREFIX });
  const redis = (await queue.getBackend().client) as unknown as RedisCommands;
  return { address, connection, queue, redis, close: () => queue.close() };
}
