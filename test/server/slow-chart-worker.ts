/**
 * A stand-in for server/chart-worker.ts in the chart-pool tests: it keeps the thread busy for
 * 700 ms, then answers a tiny chart of the task's format, so a test can hold the pool's slots
 * for as long as it needs to queue and abandon requests behind them.
 */
import type { ChartTask } from '../../server/chart-worker.ts';

export default async function chartTask(task: ChartTask): Promise<string | Uint8Array> {
  const until = Date.now() + 700;
  while (Date.now() < until) {
    // busy on purpose
  }
  if (task.format === 'png') return new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
  return task.format === 'svg' ? '<svg xmlns="http://www.w3.org/2000/svg"/>' : '{}';
}
