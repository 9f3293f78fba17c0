/**
 * A stand-in for server/worker.ts in the queue and time-limit tests: it keeps the thread
 * busy (a busy loop, so only terminating the thread can stop it) for the milliseconds given
 * in the scenario's `description`, then answers like a solve, its summary saying when it
 * started (`startedAt`, ms since the epoch) so tests can tell the order solves started in.
 */
import type { SolveOutcome, SolveTask } from '../../server/worker.ts';

export default async function solve(task: SolveTask): Promise<SolveOutcome> {
  const scenario = task.scenario as { id: string; description?: string };
  const startedAt = Date.now();
  const until = startedAt + Number(scenario.description || 0);
  while (Date.now() < until) {
    // busy on purpose
  }
  return {
    ok: true,
    resultJson: JSON.stringify({ scenarioId: scenario.id, days: [] }),
    summaryJson: JSON.stringify({ costYuan: 0, startedAt }),
    scenarioId: scenario.id,
  };
}
