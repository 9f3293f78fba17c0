/**
 * Work off the event loop, in a worker thread of the piscina pool. `solve` (the default
 * export) runs a scenario and hands back the RunResult as JSON text (produced once here,
 * stored and served as is); engine errors come back as values, since an Error crossing the
 * thread boundary would lose its code and problems. Charts have their own pool
 * (server/chart-renderer.ts).
 */
import { BaogongError, runScenario, type ErrorCode, type Message, type Problem } from '../engine/index.ts';
import { niceThisThread, SOLVER_THREAD_NICE } from './thread-priority.ts';

niceThisThread(SOLVER_THREAD_NICE);

export interface SolveTask {
  readonly scenario: unknown;
  readonly baseDir: string;
}

export type SolveOutcome =
  | { ok: true; resultJson: string; summaryJson: string; scenarioId: string }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      text?: Message;
      problems: Problem[];
      /** A solver's own words (the error's cause): for the log, never the answer. */
      detail?: string;
    };

export default async function solve(task: SolveTask): Promise<SolveOutcome> {
  try {
    const result = await runScenario(task.scenario, { baseDir: task.baseDir, coalToHoldFloor: true });
    return {
      ok: true,
      resultJson: JSON.stringify(result),
      summaryJson: JSON.stringify(result.summary),
      scenarioId: result.scenarioId,
    };
  } catch (err) {
    if (err instanceof BaogongError)
      return {
        ok: false,
        code: err.code,
        message: err.message,
        text: err.text,
        problems: [...err.problems],
        ...(err.cause === undefined ? {} : { detail: String(err.cause) }),
      };
    throw err;
  }
}
