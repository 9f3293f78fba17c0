/**
 * Solves waiting for a worker, served in turn between clients rather than first come first
 * served: the next to start is the first waiting solve of the client with the fewest solves
 * running, ties going to the client served longest ago. One client's burst of slow runs thus
 * delays another client's run by at most one of them per worker.
 *
 * A client may also be held to `maxRunning` solves at once (the solver pool keeps one worker
 * of two or more for the other clients): its waiting solves are then passed over until one of
 * its running ones finishes, even while a worker is free.
 */

export interface Waiter {
  readonly client: string;
  /** Called when the waiter's turn comes (its worker slot is already taken for it). */
  readonly start: () => void;
}

export class FairQueue {
  private readonly waiting = new Map<string, Waiter[]>();
  private readonly running = new Map<string, number>();
  private readonly servedAt = new Map<string, number>();
  private served = 0;
  private count = 0;

  constructor(private readonly maxRunning = Number.POSITIVE_INFINITY) {}

  get size(): number {
    return this.count;
  }

  push(w: Waiter): void {
    const q = this.waiting.get(w.client);
    if (q) q.push(w);
    else this.waiting.set(w.client, [w]);
    this.count++;
  }

  /** Takes a waiter out (its client left); false if it was not waiting. */
  remove(w: Waiter): boolean {
    const q = this.waiting.get(w.client);
    const i = q ? q.indexOf(w) : -1;
    if (!q || i < 0) return false;
    q.splice(i, 1);
    if (q.length === 0) this.waiting.delete(w.client);
    this.count--;
    return true;
  }

  /** Whether a solve of `client` may start now (it is under its cap of running solves). */
  mayStart(client: string): boolean {
    return (this.running.get(client) ?? 0) < this.maxRunning;
  }

  /** The next waiter to start, taken out of the queue and counted as running; undefined when none waits or may start. */
  shift(): Waiter | undefined {
    let best: string | undefined;
    for (const client of this.waiting.keys())
      if (this.mayStart(client) && (best === undefined || this.before(client, best))) best = client;
    if (best === undefined) return undefined;
    const q = this.waiting.get(best) as Waiter[];
    const w = q.shift() as Waiter;
    if (q.length === 0) this.waiting.delete(best);
    this.count--;
    this.started(best);
    return w;
  }

  /** A solve of `client` started (from the queue or at once). */
  started(client: string): void {
    this.running.set(client, (this.running.get(client) ?? 0) + 1);
    this.servedAt.set(client, ++this.served);
  }

  finished(client: string): void {
    const n = (this.running.get(client) ?? 1) - 1;
    if (n > 0) this.running.set(client, n);
    else {
      this.running.delete(client);
      if (!this.waiting.has(client)) this.servedAt.delete(client);
    }
  }

  private before(a: string, b: string): boolean {
    const ra = this.running.get(a) ?? 0;
    const rb = this.running.get(b) ?? 0;
    if (ra !== rb) return ra < rb;
    return (this.servedAt.get(a) ?? 0) < (this.servedAt.get(b) ?? 0);
  }
}
