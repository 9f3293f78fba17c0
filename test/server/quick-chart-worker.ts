/**
 * A stand-in for server/chart-worker.ts in the pool-recycling test: answers a tiny chart of the
 * task's format at once, so the test counts pools, not drawing time.
 */
import type { ChartTask } from '../../server/chart-worker.ts';

export default async function chartTask(task: ChartTask): Promise<string | Uint8Array> {
  if (task.format === 'png') return new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
  return task.format === 'svg' ? '<svg xmlns="http://www.w3.org/2000/svg"/>' : '{}';
}
