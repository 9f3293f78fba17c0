/**
 * `npx tsx bench/blocks.ts`: what intra-day blocks cost in time (docs/design.md#intra-day-blocks).
 *   - the demo season in season mode at 1 and 24 blocks (≈ 2 900 periods), end to end;
 *   - the 24-block season's LPs (every LP of the policy solve, exported with `exportLps`)
 *     solved by native `clp` (`clp model.mps -solve`), summed, and the end-to-end time as a
 *     ratio of it (target ≤ 2×);
 *   - daily mode at 1 and 24 blocks;
 *   - Monte Carlo throughput at 1 and 6 blocks (a few seasons, `--runs N`, default 8).
 * One measurement each (these are seconds-long runs, not micro-benchmarks); prints a
 * Markdown table and writes it to bench/results/blocks-<stamp>.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportLps, runMonteCarlo, runScenario, SHIPPED_SCENARIOS_DIR, toMps } from '../engine/index.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string' }, 'skip-risk': { type: 'boolean' } } });
const runs = Number(args.runs ?? 8);
const say = (s: string) => process.stderr.write(`${s}\n`);
const demo = JSON.parse(readFileSync(join(SHIPPED_SCENARIOS_DIR, 'demo-beijing-2012.json'), 'utf8'));
const withBlocks = (blocksPerDay: number, mode: string) => ({
  ...demo,
  dispatch: { ...demo.dispatch, mode, blocksPerDay },
});

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

const rows: Array<[string, string]> = [];
const add = (what: string, value: string) => {
  rows.push([what, value]);
  say(`${what}: ${value}`);
};

for (const mode of ['season', 'daily'] as const)
  for (const blocks of [1, 24]) {
    const [r, ms] = await timed(() => runScenario(withBlocks(blocks, mode)));
    add(
      `${mode} mode, ${blocks} block(s) a day (${r.days.length * blocks} periods)`,
      `${(ms / 1000).toFixed(2)} s end to end, ${r.solver.lpCount} LP(s), status ${r.solver.status}`,
    );
    if (mode === 'season' && blocks === 24) {
      const seasonMs = ms;
      const [lps, exportMs] = await timed(() => exportLps(withBlocks(24, 'season'), { season: true }));
      const dir = mkdtempSync(join(tmpdir(), 'baogong-blocks-'));
      let clpMs = 0;
      lps.lps.forEach((lp, i) => {
        const file = join(dir, `lp-${i}.mps`);
        writeFileSync(file, toMps(lp.model));
        const t0 = performance.now();
        const out = spawnSync('clp', [file, '-solve'], { encoding: 'utf8' });
        clpMs += performance.now() - t0;
        if (out.status !== 0) say(`clp failed on ${lp.label}: ${out.stderr}`);
      });
      const size = lps.lps[0].model;
      add(
        `season, 24 blocks: the LPs by native clp (${lps.lps.length} LP(s), ${size.colCost.length} columns)`,
        `${(clpMs / 1000).toFixed(2)} s (exported in ${(exportMs / 1000).toFixed(2)} s); engine / clp = ${(seasonMs / clpMs).toFixed(2)}×`,
      );
    }
  }

if (!args['skip-risk'])
  for (const blocks of [1, 6]) {
    const mc = await runMonteCarlo(withBlocks(blocks, 'daily'), { runs });
    add(
      `Monte Carlo, ${blocks} block(s) a day, ${runs} seasons, ${mc.timing.workers} worker(s)`,
      `${mc.timing.seasonsPerMinute.toFixed(0)} seasons a minute`,
    );
  }

const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
const md = [
  `# Intra-day blocks, ${stamp} (${cpus().length} × ${cpus()[0]?.model ?? 'CPU'})`,
  '',
  '| what | measured |',
  '|---|---|',
  ...rows.map(([w, v]) => `| ${w} | ${v} |`),
  '',
].join('\n');
writeFileSync(join('bench', 'results', `blocks-${stamp}.md`), md);
process.stdout.write(md);
