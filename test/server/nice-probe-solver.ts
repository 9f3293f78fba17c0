/** A piscina task for test/server/thread-priority.test.ts: loads server/worker.ts as a solver thread does, answers this thread's nice value. */
import { readFileSync } from 'node:fs';
import '../../server/worker.ts';

export default function niceOfThisThread(): number {
  return Number(readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ')[16]);
}
