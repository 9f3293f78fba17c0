/**
 * `baogong init`: each template writes a scenario that validates (`validateScenario` and
 * `baogong validate`) and runs (daily, solver auto) without an error, beside its weather CSV,
 * a copy of the JSON Schema it names and a README with the next commands and the weather's
 * attribution; init never overwrites a file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario, scenarioJsonSchemaText, validateScenario } from '../../engine/index.ts';
import { TEMPLATES } from '../../engine/cli/commands/init.ts';
import { ENGLISH_ENV } from '../support/english-env.ts';

const root = new URL('../..', import.meta.url).pathname;
const cli = (...args: string[]) =>
  spawnSync('node', [join(root, 'bin/baogong.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: ENGLISH_ENV,
  });
const tmp = mkdtempSync(join(tmpdir(), 'baogong-init-'));

describe.each(TEMPLATES)('baogong init --template %s', (template) => {
  const folder = join(tmp, template);
  const scenarioFile = join(folder, 'scenario.json');

  it('writes the scenario, its weather, the schema and a README', () => {
    const r = cli('init', folder, '--template', template);
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['scenario.json', 'weather.csv', 'scenario.schema.json', 'README.md'])
      expect(existsSync(join(folder, f)), f).toBe(true);
    const scenario = JSON.parse(readFileSync(scenarioFile, 'utf8'));
    expect(scenario.$schema).toBe('./scenario.schema.json');
    expect(readFileSync(join(folder, 'scenario.schema.json'), 'utf8')).toBe(scenarioJsonSchemaText());
    const csv = readFileSync(join(folder, 'weather.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('date,t_mean_c,t_min_c,t_max_c');
    expect(csv.length).toBeGreaterThan(template === 'blank' ? 5 : 121);
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    expect(readme).toContain(`npx baogong validate ${folder}/scenario.json`);
    expect(readme).toContain('Liang, X. et al. (2015)');
    expect(readme).toContain('CC BY 4.0');
  });

  it('validates, in the engine and with `baogong validate`, without plausibility warnings', () => {
    expect(() => validateScenario(JSON.parse(readFileSync(scenarioFile, 'utf8')))).not.toThrow();
    const r = cli('validate', scenarioFile);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('valid scenario');
    expect(r.stdout).not.toContain('warning');
  });

  it('runs a season, daily, solver auto', async () => {
    const result = await runScenario(JSON.parse(readFileSync(scenarioFile, 'utf8')), {
      baseDir: folder,
      mode: 'daily',
      solver: 'auto',
    });
    expect(result.solver.status).toBe('optimal');
    expect(result.summary.days).toBe(template === 'blank' ? 7 : 121);
    expect(result.summary.heatDemandMWh).toBeGreaterThan(0);
  });
});

describe('baogong init refuses', () => {
  it('to overwrite a file, naming it, exit 2, and writes nothing', () => {
    const folder = join(tmp, 'taken');
    expect(cli('init', folder).status).toBe(0);
    writeFileSync(join(folder, 'README.md'), 'mine\n');
    const before = readFileSync(join(folder, 'scenario.json'), 'utf8');
    const r = cli('init', folder, '--template', 'county');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(join(folder, 'scenario.json'));
    expect(r.stderr).toContain('already exists');
    expect(readFileSync(join(folder, 'scenario.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toBe('mine\n');
  });
  it('an unknown template', () => {
    const r = cli('init', join(tmp, 'x'), '--template', 'metropolis');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--template must be blank, county, city');
  });
});

describe('baogong validate prints plausibility warnings', () => {
  it('and still passes', () => {
    const folder = join(tmp, 'warn');
    expect(cli('init', folder).status).toBe(0);
    const s = JSON.parse(readFileSync(join(folder, 'scenario.json'), 'utf8'));
    s.sources[0].capacityMW = 600; // 10 × the zone's design load
    writeFileSync(join(folder, 'scenario.json'), JSON.stringify(s));
    const r = cli('validate', join(folder, 'scenario.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/warning sources\[0\]\.capacityMW: source `boiler` can give 600 MW/);
    expect(r.stdout).toContain('1 warning');
  });
});
