/**
 * CI runs one notebook end to end (the ensemble validation, the fastest: no LP) into a
 * temporary folder and checks that it wrote the Markdown, its PNGs and a self-contained HTML
 * page (vega-embed inlined, nothing fetched from a CDN).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

describe('notebooks/ensemble-validation.ts', () => {
  it('writes report.md, PNG charts and a self-contained index.html', () => {
    const out = mkdtempSync(join(tmpdir(), 'baogong-notebook-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'notebooks/ensemble-validation.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 90_000,
      env: { ...process.env, BAOGONG_NOTEBOOK_OUT: out, BAOGONG_NOTEBOOK_SEASONS: '200' },
    });
    expect(r.status, r.stderr).toBe(0);
    const dir = join(out, 'ensemble-validation');
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    const pngs = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(4);
    for (const png of pngs) {
      expect(md).toContain(`](${png})`);
      expect(readFileSync(join(dir, png)).subarray(1, 4).toString()).toBe('PNG');
    }
    expect(md).toContain('lag-1 autocorrelation');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toContain('vegaEmbed(');
    expect(html.length).toBeGreaterThan(500_000); // vega, vega-lite and vega-embed inlined
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/cdn\.jsdelivr|unpkg\.com/);
    expect(existsSync(join(dir, 'climatology.png'))).toBe(true);
  });
});

describe('notebook arguments (notebooks/lib/args.ts)', () => {
  it('--scenario and --runs, defaulting to the demo and the notebook own default (or its environment variable)', async () => {
    const { DEMO_SCENARIO, notebookArgs } = await import('../../notebooks/lib/args.ts');
    const runs = { defaultRuns: 40, env: 'BAOGONG_TEST_UNSET_RUNS' };
    const d = notebookArgs(runs, []);
    expect(d.scenarioFile).toBe(DEMO_SCENARIO);
    expect(d.runs).toBe(40);
    expect(d.checked.id).toBe(d.scenario.id);
    const fixture = join(root, 'test/fixtures/one-day-coal.json');
    const a = notebookArgs(runs, ['--scenario', fixture, '--runs', '7']);
    expect(a.scenario.id).toBe('one_day_coal');
    expect(a.baseDir).toBe(join(root, 'test/fixtures'));
    expect(a.runs).toBe(7);
    expect(() => notebookArgs(runs, ['--runs', 'many'])).toThrow(/--runs must be a whole number/);
    expect(() => notebookArgs(undefined, ['--runs', '7'])).toThrow(/usage: npx tsx notebooks/);
    expect(() => notebookArgs(runs, ['--scenario', join(root, 'nope.json')])).toThrow(
      expect.objectContaining({ code: 'SCENARIO_FILE' }),
    );
  });
  it('ensemble-validation takes --runs from the command line', () => {
    const out = mkdtempSync(join(tmpdir(), 'baogong-notebook-args-'));
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'notebooks/ensemble-validation.ts',
        '--scenario',
        'scenarios/demo-beijing-2012.json',
        '--runs',
        '60',
      ],
      { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...process.env, BAOGONG_NOTEBOOK_OUT: out } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'ensemble-validation', 'report.md'), 'utf8')).toContain(
      '60 synthetic and 60 bootstrap',
    );
  });
});
