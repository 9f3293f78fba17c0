/**
 * Seeded randomness, shared by the rolling horizon's forecast errors and the Monte Carlo.
 * Every Monte-Carlo run draws from a stream that depends only
 * on (seed, run index), so a run's weather and disruptions do not depend on which worker
 * draws them or in what order: results are the same with 1 or 8 workers.
 *
 *   splitmix32  seed derivation (Steele, Lea & Flood 2014, "Fast splittable pseudorandom
 *               number generators", 32-bit variant of the finaliser): decorrelates
 *               neighbouring seeds such as run 41 and run 42.
 *   mulberry32  the stream itself (Tommy Ettinger's public-domain 32-bit generator): fast,
 *               passes gjrand/PractRand to 2^32 outputs, fine for simulation, not for secrets.
 */
export type Rng = () => number;

/** One splitmix32 step: a well-mixed 32-bit integer from any 32-bit integer. */
export function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** The seed of run `index` (and of a named sub-stream, so weather and disruptions stay independent). */
export function streamSeed(seed: number, index: number, stream = 0): number {
  return splitmix32(splitmix32(splitmix32(seed >>> 0) ^ (index >>> 0)) ^ (stream >>> 0));
}

/** A uniform [0, 1) stream. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The stream of run `index` under `seed`; `stream` separates independent uses. */
export function runRng(seed: number, index: number, stream = 0): Rng {
  return mulberry32(streamSeed(seed, index, stream));
}

/** A standard normal draw (Box–Muller, cosine branch). */
export function normal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1], so the log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** An integer uniform on [lo, hi], both inclusive. */
export function uniformInt(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** A uniform draw on [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + rng() * (hi - lo);
}

/**
 * A Poisson count with mean `lambda` (Knuth's product method; the Monte Carlo's means are a
 * few events a season, far below where the method gets slow).
 */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** One element of a non-empty array, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** The independent streams of run i: its weather, its disruptions, and the climate ensemble. */
export const RUN_STREAMS = { weather: 1, disruptions: 2, climate: 3 } as const;
