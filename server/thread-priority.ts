/**
 * Background threads yield to the event loop. The server's answers (cached runs, the run list,
 * /healthz, a queued run's 202) come from the main thread; solves and chart drawing run in
 * worker threads that can keep every core busy. Linux schedules threads one by one, so a
 * worker thread lowers its own priority (a higher nice value: solver threads 5, chart
 * threads 15, out of 0–19): when the cores are full, the event loop and other clients' short
 * solves go first, and a flood of one client's PNGs takes what is left. Raising one's own nice
 * value needs no privilege. Elsewhere than Linux (no /proc/thread-self) nothing changes.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/** Nice value of a solver thread. */
export const SOLVER_THREAD_NICE = 5;
/** Nice value of a chart thread: below the solvers, since a chart can always be asked for again. */
export const CHART_THREAD_NICE = 15;

/**
 * Sets the calling worker thread's nice value; returns it, or undefined in the main thread
 * (a module imported there, by a test say, leaves the event loop alone) and where threads
 * cannot be told apart.
 */
export function niceThisThread(nice: number): number | undefined {
  if (isMainThread) return undefined;
  let link: string;
  try {
    link = readlinkSync('/proc/thread-self'); // "<pid>/task/<tid>"
  } catch {
    return undefined;
  }
  const tid = Number(link.split('/').pop());
  if (!Number.isInteger(tid) || tid <= 0) return undefined;
  try {
    setPriority(tid, nice);
    return nice;
  } catch {
    return undefined;
  }
}
