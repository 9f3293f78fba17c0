/**
 * The shipped study (scenarios/studies/plan-province.json: the five plan cities as one
 * fictional province) end to end through the CLI, with few seasons: JSON on stdout and nothing
 * else, the province's figures made of its cities', the study's description saying it is
 * fictional; then the Chinese table and the two charts, their axes with units.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluateProvinceJobs,
  loadProvinceStudy,
  prepareProvince,
  provinceFailureSpec,
  provinceUnservedHeatSpec,
  renderChartSvg,
  type ProvinceStudyResult,
} from '../../engine/index.ts';
import { ENGLISH_ENV } from '../support/english-env.ts';

const root = new URL('../..', import.meta.url).pathname;
const STUDY = 'scenarios/studies/plan-province.json';
const cli = (...args: string[]) =>
  spawnSync('node', [join(root, 'bin/baogong.js'), 'province', STUDY, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: ENGLISH_ENV,
  });
const CITIES = ['jincheng', 'ordos', 'yutai', 'zhangjiakou', 'zhucheng'];

describe('scenarios/studies/plan-province.json', () => {
  const run = cli('--runs', '4', '--seed', '11', '--workers', '0', '--format', 'json');
  const r = JSON.parse(run.stdout) as ProvinceStudyResult;

  it('says plainly that the province is fictional, in both languages', () => {
    const study = JSON.parse(readFileSync(join(root, STUDY), 'utf8'));
    expect(study.description).toMatch(/^FICTIONAL/);
    expect(study.translations.zh.description).toMatch(/^虚构/);
  });

  it('runs end to end: four seasons of five cities, JSON only on stdout', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(r.runs).toBe(4);
    expect(r.rows.map((x) => x.index)).toEqual([0, 1, 2, 3]);
    expect(r.distribution.cities.map((c) => c.id)).toEqual(CITIES);
    expect(r.weather).toMatchObject({ kind: 'synthetic', referenceCity: 'zhucheng', start: '2012-10-15' });
    // Ordos is 11.7 °C colder by design than Zhucheng (−17 against −5.3 °C)
    expect(r.distribution.cities[1].weatherShiftC).toBeCloseTo(-11.7, 9);
    for (const row of r.rows) {
      const sum = CITIES.reduce((a, id) => a + row.cities[id].unservedHeatMWh, 0);
      expect(row.province.unservedHeatMWh).toBeCloseTo(sum, 6);
      // the rail route delivers to Ordos's CHP yard, and Ordos's horizon is the province's season
      expect(row.cities.ordos.coalDisruptionDays).toBeGreaterThanOrEqual(row.sharedDisruptionDays.coal.coal_rail);
    }
    const p = r.distribution.probability;
    for (const c of r.distribution.cities) expect(p.anyFailure.p).toBeGreaterThanOrEqual(c.probability.failure.p);
  });

  it('gives the same season from a setup sent as JSON (what a queue does) as from the setup itself', async () => {
    const setup = await prepareProvince(loadProvinceStudy(join(root, STUDY)), { runs: 1, seed: 11 });
    const shipped = JSON.parse(JSON.stringify(setup));
    const [here] = await evaluateProvinceJobs(setup, [{ index: 2 }]);
    const [there] = await evaluateProvinceJobs(shipped, [{ index: 2 }]);
    expect(there).toEqual(here);
    // and the CLI's season 2 is this one: the season depends on (seed, index) only
    expect(JSON.parse(JSON.stringify(here))).toEqual(r.rows[2]);
  });

  it('prints the Chinese table with units and city names', () => {
    const zh = cli('--runs', '1', '--workers', '0', '--lang', 'zh');
    expect(zh.status, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('省级研究：plan_province');
    expect(zh.stdout).toContain('鄂尔多斯');
    expect(zh.stdout).toContain('缺供热量（MWh）');
    expect(zh.stdout).toContain('最先失守');
  });

  it('draws the two charts with units on their axes, in English and Chinese', async () => {
    const en = await renderChartSvg(provinceFailureSpec(r));
    expect(en).toContain('Share of seasons (%)');
    expect(en).toContain('Zhangjiakou');
    const heat = await renderChartSvg(provinceUnservedHeatSpec(r, 'zh'));
    expect(heat).toContain('各城市缺供热量合计（MWh）');
    const zh = await renderChartSvg(provinceFailureSpec(r, { lang: 'zh' }));
    expect(zh).toContain('张家口');
  });
});
