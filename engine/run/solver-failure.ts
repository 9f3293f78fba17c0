/**
 * A solver failure in words a heat engineer can act on: the day, the step of the policy solve
 * that failed, what the solver said in plain terms and which inputs of that day to look at.
 * The solver's own message (model status codes, array names) goes to the error's `cause`,
 * never into the message.
 */
import { BaogongError } from '../errors.ts';
import type { SolveResult } from '../lp/model.ts';

const ITEM_WORDS: Record<string, string> = {
  'heat-residential': 'unserved heat for homes',
  'heat-nonresidential': 'unserved heat for other buildings',
  'coal-reserve-floor': 'coal below the reserve floor',
  'gas-pro-rata': 'the pro-rata gas cut',
};

const itemWords = (item: string) =>
  ITEM_WORDS[item] ?? (item.startsWith('gas-') ? `the gas cut to ${item.slice(4)}` : item);

/** The policy step behind an LP label (`fast-path`, `stage:a+b`, `money`). */
export function stepWords(label: string): string {
  if (label === 'fast-path') return 'the first try, with no shortfall allowed';
  if (label === 'money') return 'the least-cost dispatch with every shortfall held at its least';
  if (label.startsWith('stage:')) return `minimising ${label.slice(6).split('+').map(itemWords).join(' and ')}`;
  return label;
}

function whatHappened(r: SolveResult, timeLimitS: number): { said: string; check: string } {
  switch (r.status) {
    case 'infeasible':
    case 'error':
      return {
        said:
          r.status === 'infeasible'
            ? 'found no dispatch, although the model has slack for unserved heat, gas cuts and coal below the floor, so one always exists: numerical trouble'
            : 'stopped with an internal error',
        check:
          'numbers that differ by many orders of magnitude or cancel almost exactly: source capacities and must-run minimums (minOutputMW), outages, coal deliveries and yard capacity (maxStockT), gas supply capacities and storage limits',
      };
    case 'unbounded':
      return {
        said: 'found that cost could fall without limit',
        check:
          'prices that pay for unlimited output: a CHP power price × power-to-heat above its coal and O&M cost, or a stored-gas value (heldValueYuanPerM3) above the price of gas',
      };
    case 'time-limit':
      return {
        said: `ran out of its ${timeLimitS} s limit`,
        check: 'the size of the LP: raise dispatch.timeLimitS, or use daily mode for a long horizon with many sources',
      };
    default:
      return { said: `returned ${r.status}`, check: 'the inputs of that day' };
  }
}

export function solverFailure(
  solverName: string,
  r: SolveResult,
  label: string,
  days: string,
  timeLimitS: number,
): BaogongError {
  const { said, check } = whatHappened(r, timeLimitS);
  const message = `${solverName} could not settle ${days} at ${stepWords(label)}: it ${said}. Check ${check}; or try another solver (--solver auto or glpk) and report the scenario.`;
  return new BaogongError('SOLVER_FAILED', message, [], r.message);
}
