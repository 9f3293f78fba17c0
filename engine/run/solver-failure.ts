/**
 * A solver failure in words a heat engineer can act on: the day, the step of the policy solve
 * that failed, what the solver said in plain terms and which inputs of that day to look at.
 * The solver's own message (model status codes, array names) goes to the error's `cause`,
 * never into the message.
 */
import { BaogongError } from '../errors.ts';
import { errors as en } from '../i18n/en/errors.ts';
import type { Message } from '../i18n/message.ts';
import { t } from '../i18n/translate.ts';
import type { SolveResult } from '../lp/model.ts';

/** At most this many items of a stage are named one by one (a larger gas block is named by its label). */
const MAX_STAGE_ITEMS = 8;

const knownItem = (item: string) => Object.hasOwn(en.solver.item, item);

/** The policy step behind an LP label (`fast-path`, `stage:a+b`, `money`), as `errors.solver.step.*` and its parameters. */
function step(label: string): { step: string; [item: string]: string } {
  if (label === 'fast-path') return { step: 'fastPath' };
  if (label === 'money') return { step: 'money' };
  if (label.startsWith('stage:')) {
    const items = label.slice(6).split('+');
    if (items.length <= MAX_STAGE_ITEMS && items.every(knownItem))
      return { step: `stage${items.length}`, ...Object.fromEntries(items.map((item, i) => [`i${i}`, item])) };
    const words = items.map((item) =>
      knownItem(item)
        ? t('en', `errors.solver.item.${item}` as Message['key'])
        : item.startsWith('gas-')
          ? `the gas cut to ${item.slice(4)}`
          : item,
    );
    return { step: 'other', label: `minimising ${words.join(' and ')}` };
  }
  return { step: 'other', label };
}

/** The policy step behind an LP label (`fast-path`, `stage:a+b`, `money`), in English. */
export function stepWords(label: string): string {
  const p = step(label);
  return t('en', `errors.solver.step.${p.step}` as Message['key'], p);
}

function whatHappened(r: SolveResult, timeLimitS: number): { said: string; check: string; [k: string]: string } {
  switch (r.status) {
    case 'infeasible':
    case 'error':
      return { said: r.status, check: 'numbers' };
    case 'unbounded':
      return { said: 'unbounded', check: 'prices' };
    case 'time-limit':
      return { said: 'timeLimit', check: 'size', timeLimitS: String(timeLimitS) };
    default:
      return { said: 'other', check: 'inputs', status: String(r.status) };
  }
}

export function solverFailure(
  solverName: string,
  r: SolveResult,
  label: string,
  days: string,
  timeLimitS: number,
): BaogongError {
  const text: Message = {
    key: 'errors.solver.failed',
    params: { solver: solverName, days, ...step(label), ...whatHappened(r, timeLimitS) },
  };
  return new BaogongError('SOLVER_FAILED', { message: t('en', text.key, text.params), text }, [], r.message);
}
