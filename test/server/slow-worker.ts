/**
 * A stand-in for server/worker.ts in the queue and time-limit tests: it keeps the thread
 * busy (a busy loop, so only terminating the thread can stop it) for the milliseconds given
 * in the scenario's `description`, then answers like a solve.
 */
import type { SolveOutcome, SolveTask } from '../../server/worker.ts';

export default async function solve(task: SolveTask): Promise<SolveOutcome> {
  const scenario = task.scenario as { id: string; description?: string };
  const until = Date.now() + Number(scenario.description || 0);
  while (Date.now() < until) {
    // busy on purpose
  }
  return {
    ok: true,
    resultJson: JSON.stringify({ scenarioId: scenario.id, days: [] }),
    summaryJson: '{"costYuan":0}',
    scenarioId: scenario.id,
  };
}
