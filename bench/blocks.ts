/**
 * `npx tsx bench/blocks.ts`: what intra-day blocks cost in time (docs/design.md#intra-day-blocks).
 *   - the demo season in season mode at 1 and 24 blocks (≈ 2 900 periods), end to end;
 *   - native `clp` (`clp model.mps -solve`) on every LP the 24-block season run solves,
 *     exported with `exportLps`: the floor-free season at one block a day (whose short items
 *     are the next one's guess), the floor-free season dispatch of the reserve's season-max
 *     basis (`floorFree: true`, with that guess) and the season dispatch with floors (with the
 *     run's guess, so the same LPs);
 *     the end-to-end time as a ratio of clp's sum (target ≤ 2×). The 1-LP design day and
 *     model building are left to the engine's side;
 *   - daily mode at 1 and 24 blocks;
 *   - Monte Carlo throughput at 1 and 6 blocks (daily mode, `--runs N` seasons, default 48):
 *     seasons a minute of wall time (reserve figures and pool start-up included), and the
 *     marginal rate between 8 seasons and N (start-up excluded), both after a warm-up study
 *     of 2 seasons.
 * Each timing is the median of `--repeat N` runs (default 3); prints a Markdown table with
 * the machine and its load and writes it to bench/results/blocks-<stamp>.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportLps, runMonteCarlo, runScenario, SHIPPED_SCENARIOS_DIR, toMps } from '../engine/index.ts';

const { values: args } = parseArgs({
  options: { runs: { type: 'string' }, repeat: { type: 'string' }, 'skip-risk': { type: 'boolean' } },
});
const runs = Number(args.runs ?? 48);
const repeat = Number(args.repeat ?? 3);
const say = (s: string) => process.stderr.write(`${s}\n`);
const demo = JSON.parse(readFileSync(join(SHIPPED_SCENARIOS_DIR, 'demo-beijing-2012.json'), 'utf8'));
const withBlocks = (blocksPerDay: number, mode: string) => ({
  ...demo,
  dispatch: { ...demo.dispatch, mode, blocksPerDay },
});

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const spread = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(2)).join(', ');

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

async function medianOf<T>(fn: () => Promise<T>): Promise<[T, number, number[]]> {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < repeat; i++) {
    const [v, ms] = await timed(fn);
    value = v;
    times.push(ms);
  }
  return [value as T, median(times), times];
}

const rows: Array<[string, string]> = [];
const add = (what: string, value: string) => {
  rows.push([what, value]);
  say(`${what}: ${value}`);
};
const loadAtStart = loadavg();

/** Native clp on the LPs, each from its MPS file (clp's start-up and reading included): the median of `repeat` sums, ms. */
function clpMs(
  models: ReadonlyArray<{ readonly label: string; readonly model: Parameters<typeof toMps>[0] }>,
): [number, number[]] {
  const dir = mkdtempSync(join(tmpdir(), 'baogong-blocks-'));
  const files = models.map((lp, i) => {
    const file = join(dir, `lp-${i}.mps`);
    writeFileSync(file, toMps(lp.model));
    return [lp.label, file] as const;
  });
  const sums: number[] = [];
  for (let k = 0; k < repeat; k++) {
    let sum = 0;
    for (const [label, file] of files) {
      const t0 = performance.now();
      const out = spawnSync('clp', [file, '-solve'], { encoding: 'utf8' });
      sum += performance.now() - t0;
      if (out.status !== 0) say(`clp failed on ${label}: ${out.stderr}`);
    }
    sums.push(sum);
  }
  return [median(sums), sums];
}

for (const mode of ['season', 'daily'] as const)
  for (const blocks of [1, 24]) {
    const [r, ms, all] = await medianOf(() => runScenario(withBlocks(blocks, mode)));
    add(
      `${mode} mode, ${blocks} block(s) a day (${r.days.length * blocks} periods)`,
      `${secs(ms)} end to end (runs: ${spread(all)} s), ${r.solver.lpCount} LP(s) in the floored dispatch, status ${r.solver.status}`,
    );
    if (mode === 'season' && blocks === 24) {
      // every LP the run solves: the floor-free season at one block a day (the guess of the
      // next), the floor-free season at 24 blocks (the season-max basis), the floored season
      const guess = await exportLps(withBlocks(1, 'season'), { season: true, floorFree: true });
      const free = await exportLps(withBlocks(24, 'season'), { season: true, floorFree: true });
      const floored = await exportLps(withBlocks(24, 'season'), { season: true });
      const lps = [...guess.lps, ...free.lps, ...floored.lps];
      const [clp, sums] = clpMs(lps);
      add(
        `season, 24 blocks: every LP of the run by native clp (${guess.lps.length} floor-free at 1 block + ${free.lps.length} floor-free + ${floored.lps.length} floored, ${floored.lps[0].model.colCost.length} columns)`,
        `${secs(clp)} (runs: ${spread(sums)} s); engine / clp = ${(ms / clp).toFixed(2)}×`,
      );
      const [clpFloored] = clpMs(floored.lps);
      add(
        'season, 24 blocks: the floored dispatch alone by native clp (the exported LPs of `baogong export-lp --season`)',
        `${secs(clpFloored)}; engine / clp = ${(ms / clpFloored).toFixed(2)}× (not like for like: the engine's time also solves the floor-free seasons)`,
      );
    }
  }

if (!args['skip-risk'])
  for (const blocks of [1, 6]) {
    // a warm-up study first: the main thread's memos (design day, reserve figures) then cost the 8 and the N alike
    await runMonteCarlo(withBlocks(blocks, 'daily'), { runs: 2 });
    const few = await runMonteCarlo(withBlocks(blocks, 'daily'), { runs: 8 });
    const mc = await runMonteCarlo(withBlocks(blocks, 'daily'), { runs });
    const marginal = ((runs - 8) / (mc.timing.wallMs - few.timing.wallMs)) * 60_000;
    add(
      `Monte Carlo, ${blocks} block(s) a day, ${runs} seasons, ${mc.timing.workers} worker(s)`,
      `${mc.timing.seasonsPerMinute.toFixed(0)} seasons a minute of wall time (${secs(mc.timing.wallMs)}, start-up included); ${marginal.toFixed(0)} a minute marginal (8 → ${runs} seasons, start-up excluded)`,
    );
  }

const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
const md = [
  `# Intra-day blocks, ${stamp} (${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version})`,
  '',
  `Load average (1, 5, 15 min) at the start: ${load(loadAtStart)}; at the end: ${load(loadavg())}. Timings are medians of ${repeat} runs.`,
  '',
  '| what | measured |',
  '|---|---|',
  ...rows.map(([w, v]) => `| ${w} | ${v} |`),
  '',
].join('\n');
writeFileSync(join('bench', 'results', `blocks-${stamp}.md`), md);
process.stdout.write(md);
