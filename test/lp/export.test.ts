/**
 * The exported LP is exactly the one the engine solves: read back through HiGHS's LP-text
 * path it gives the in-memory optimum, and outside solvers (GLPK's glpsol on the LP text,
 * COIN-OR CLP on the MPS) agree with the engine's season objective. .ci/run installs both
 * (Debian glpk-utils, coinor-clp); without them those two checks are skipped with a note.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createSolver,
  exportLps,
  runScenario,
  toCplexLp,
  toMps,
  type ExportedLps,
  type LpModel,
  type LpSolver,
  type RunResult,
} from '../../engine/index.ts';
import { solveWithPolicy } from '../../engine/dispatch/policy/solve.ts';
import { dispatchDaily } from '../../engine/run/modes.ts';
import { reserveFloors } from '../../engine/run/reserve-floors.ts';
import { SHIPPED_SCENARIOS_DIR } from '../../engine/run/run-scenario.ts';
import { normalise } from '../../engine/scenario/normalise.ts';
import { validateScenario } from '../../engine/scenario/validate.ts';
import { horizonWeather } from '../../engine/scenario/weather-input.ts';

const demo = JSON.parse(readFileSync(new URL('../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'baogong-lp-'));
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

let season: ExportedLps, run: RunResult;
beforeAll(async () => {
  season = await exportLps(demo, { season: true });
  run = await runScenario(demo, { mode: 'season' });
});

describe('LP export', () => {
  it('answers a day outside the horizon with BAD_OPTION (an engine option, not a command line)', async () => {
    await expect(exportLps(demo, { day: '2030-01-01' })).rejects.toMatchObject({ code: 'BAD_OPTION' });
  });

  it('lists the LPs of the policy sequence; the last one is the money LP whose optimum the run reports', async () => {
    // the season's guess is what fell short in the floor-free season: the first item of it is the first stage solved
    expect(season.lps[0].label).toBe('stage:heat-nonresidential');
    expect(season.lps.map((lp) => lp.label)).not.toContain('fast-path');
    expect(season.lps.at(-1)!.label).toBe('money');
    expect(season.lps.length).toBe(run.solver.lpCount);
    const highs = await createSolver('highs');
    expect(rel(highs.solve(season.lps.at(-1)!.model).objective, run.solver.objective)).toBeLessThan(1e-9);
  });

  it('round-trips through HiGHS LP text to the same optimum, for every stage', async () => {
    const highs = await highsLoader();
    const solver = await createSolver('highs');
    for (const { label, model } of season.lps.slice(1)) {
      const fromText = highs.solve(toCplexLp(model), { presolve: 'on' });
      expect(fromText.Status, label).toBe('Optimal');
      expect(rel(fromText.ObjectiveValue, solver.solve(model).objective), label).toBeLessThan(1e-7);
    }
  });

  it('a daily LP carries the stock the run left it', async () => {
    const day = await exportLps(demo, { day: '2013-01-20' });
    const daily = await runScenario(demo);
    const before = daily.days.find((d) => d.date === '2013-01-19')!.yards.main.stockT;
    const stockRow = day.lps[0].model.rowNames.indexOf('yard-stock-balance:main:2013-01-20');
    expect(day.lps[0].model.rowLower[stockRow]).toBeCloseTo(before, 6);
  });

  it('a day after a shortfall: the LPs the run solved that day, the guess from the day before and all', async () => {
    const plan = normalise(
      validateScenario(demo),
      horizonWeather(validateScenario(demo), { baseDir: SHIPPED_SCENARIOS_DIR }),
    );
    const highs = await createSolver('highs');
    const perDay: LpModel[][] = [[]];
    const recording: LpSolver = {
      name: highs.name,
      valueTolerance: highs.valueTolerance,
      solve: (m, o) => {
        perDay.at(-1)!.push(m);
        return highs.solve(m, o);
      },
    };
    const options = { floorsT: reserveFloors(plan, highs, 'daily').floorsT, withYards: true };
    const { windows } = dispatchDaily(plan, recording, options, () => perDay.push([]));
    // a day whose guess matters: without it the day would take other LPs
    const d = windows.findIndex(
      (w, k) =>
        k > 0 &&
        (windows[k - 1].shortItems?.size ?? 0) > 0 &&
        solveWithPolicy(w.dm, highs, 60).lpCount !== perDay[k].length,
    );
    expect(d).toBeGreaterThan(0);
    const day = await exportLps(demo, { day: plan.dates[d] });
    expect(day.lps.length).toBe(perDay[d].length);
    day.lps.forEach((lp, k) => expect(lp.model, `${plan.dates[d]} LP ${k} (${lp.label})`).toEqual(perDay[d][k]));
    expect(day.lps[0].label).toMatch(/^stage:/);
    expect(day.lps.at(-1)!.label).toBe('money');
  });

  it.skipIf(!has('glpsol'))('glpsol solves the exported season LP to the engine objective', () => {
    const file = join(tmp, 'season.lp');
    writeFileSync(file, toCplexLp(season.lps.at(-1)!.model));
    execFileSync('glpsol', ['--lp', file, '-o', join(tmp, 'glpsol.txt')], { stdio: 'ignore' });
    const objective = Number(/Objective:\s+obj = ([-\d.e+]+)/.exec(readFileSync(join(tmp, 'glpsol.txt'), 'utf8'))![1]);
    expect(rel(objective, run.solver.objective)).toBeLessThan(1e-8);
  });

  it.skipIf(!has('clp'))('CLP solves the exported season MPS to the engine objective', () => {
    const file = join(tmp, 'season.mps');
    writeFileSync(file, toMps(season.lps.at(-1)!.model));
    const out = execFileSync('clp', [file, '-solve'], { encoding: 'utf8' });
    const objective = Number(/Optimal objective\s+([-\d.e+]+)/.exec(out)![1]);
    expect(rel(objective, run.solver.objective)).toBeLessThan(1e-8);
  });

  it('a season with blocks: the floor-free dispatch guesses from one block a day and reaches the same optimum as no guess', async () => {
    const blocks = { ...demo, dispatch: { ...demo.dispatch, mode: 'season', blocksPerDay: 4 } };
    // the run's floor-free dispatch: its guess is what fell short at one block a day (reserve-floors.ts)
    const guessed = await exportLps(blocks, { season: true, floorFree: true });
    expect(guessed.lps[0].label).toBe('stage:heat-nonresidential');
    expect(guessed.lps.map((lp) => lp.label)).not.toContain('fast-path');
    // the same season with every floor 0 and a basis that needs no floor-free dispatch: no
    // guess, so the fast path fails and every stage is proven — a longer road to the same LPs
    const zeroFloors = {
      ...blocks,
      yards: blocks.yards.map((y: Record<string, unknown>) => ({ ...y, reserve: { days: 0, basis: 'capacity' } })),
    };
    const unguessed = await exportLps(zeroFloors, { season: true });
    expect(unguessed.lps[0].label).toBe('fast-path');
    expect(guessed.lps.length).toBeLessThan(unguessed.lps.length);
    const highs = await createSolver('highs');
    const money = (e: ExportedLps) => highs.solve(e.lps.at(-1)!.model).objective;
    expect(rel(money(guessed), money(unguessed))).toBeLessThan(1e-9);
  });
});
