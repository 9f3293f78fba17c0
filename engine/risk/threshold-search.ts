/**
 * The search behind reserve sizing: the smallest value v of one parameter (opening stock,
 * steady delivery rate) such that the share of Monte Carlo seasons that "hold" at v is at
 * least `target`.
 *
 * Assumption (monotonicity): a season that holds at v holds at every v′ ≥ v. Each season
 * keeps the lowest value it held at and the highest it failed at, so a season is solved
 * again only where its outcome is not yet implied; the seasons are the same at every v
 * (common random numbers), so P(v) is a step function and bisection is well defined.
 *
 *   1. bracket: from a first guess g, step away by d = max(4·tol, 5 % of g), doubling, until
 *      one end meets the target and the other does not (or the limits 0 / upper are met)
 *   2. bisect until hi − lo ≤ tol; the answer is hi (meets the target, at most tol too high)
 */
import type { Job, RunRow } from './evaluate.ts';

export interface CurvePoint {
  readonly value: number;
  readonly probability: number;
}

export interface SearchOutcome {
  /** Smallest value found to meet the target, or null when even `upper` does not. */
  readonly answer: number | null;
  readonly probabilityAtAnswer: number | null;
  /** Last value known to miss the target (null: none below the answer was tried or 0 meets it). */
  readonly below: number | null;
  readonly evaluations: number;
}

export interface SearchProblem {
  readonly runs: number;
  readonly target: number;
  readonly tolerance: number;
  readonly upper: number;
  /** The job of season i at value v. */
  job(index: number, value: number): Job;
  holds(row: RunRow): boolean;
  solve(jobs: Job[]): Promise<RunRow[]>;
}

export class ThresholdSearch {
  private readonly heldAt: number[];
  private readonly failedAt: number[];
  private readonly points = new Map<number, number>();
  evaluations = 0;

  constructor(private readonly p: SearchProblem) {
    this.heldAt = new Array<number>(p.runs).fill(Infinity);
    this.failedAt = new Array<number>(p.runs).fill(-Infinity);
  }

  /** Share of seasons that hold at `value` (solving only those not implied), and the rows solved. */
  async probability(value: number): Promise<{ probability: number; rows: RunRow[] }> {
    const open: number[] = [];
    for (let i = 0; i < this.p.runs; i++) if (value < this.heldAt[i] && value > this.failedAt[i]) open.push(i);
    const rows = open.length > 0 ? await this.p.solve(open.map((i) => this.p.job(i, value))) : [];
    this.evaluations += rows.length;
    for (const r of rows) {
      if (this.p.holds(r)) this.heldAt[r.index] = Math.min(this.heldAt[r.index], value);
      else this.failedAt[r.index] = Math.max(this.failedAt[r.index], value);
    }
    const probability = this.heldAt.filter((h) => value >= h).length / this.p.runs;
    this.points.set(value, probability);
    return { probability, rows };
  }

  private async meets(value: number): Promise<boolean> {
    return (await this.probability(value)).probability >= this.p.target - 1e-12;
  }

  /** Bracket from `guess`, then bisect (see the module comment). */
  async search(guess: number): Promise<SearchOutcome> {
    const { tolerance: tol, upper } = this.p;
    const g = Math.min(Math.max(0, guess), upper);
    let lo: number | null = null;
    let hi: number;
    let step = Math.max(4 * tol, 0.05 * g);
    if (await this.meets(g)) {
      hi = g;
      while (lo === null && hi > 0) {
        const x = Math.max(0, hi - step);
        if (await this.meets(x)) hi = x;
        else lo = x;
        step *= 2;
      }
    } else {
      let low = g;
      for (;;) {
        if (low >= upper) return { answer: null, probabilityAtAnswer: null, below: low, evaluations: this.evaluations };
        const x = Math.min(upper, low + step);
        step *= 2;
        if (await this.meets(x)) {
          hi = x;
          break;
        }
        low = x;
      }
      lo = low;
    }
    while (lo !== null && hi - lo > tol) {
      const mid: number = (lo + hi) / 2;
      if (await this.meets(mid)) hi = mid;
      else lo = mid;
    }
    return { answer: hi, probabilityAtAnswer: this.points.get(hi) ?? null, below: lo, evaluations: this.evaluations };
  }

  /** Every value tried, with its probability, in increasing value. */
  curve(): CurvePoint[] {
    return [...this.points.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([value, probability]) => ({ value, probability }));
  }
}
