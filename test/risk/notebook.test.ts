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
import { ENGLISH_ENV } from '../support/english-env.ts';

const root = new URL('../..', import.meta.url).pathname;

describe('notebooks/ensemble-validation.ts', () => {
  it('writes report.md, PNG charts and a self-contained index.html', () => {
    const out = mkdtempSync(join(tmpdir(), 'baogong-notebook-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'notebooks/ensemble-validation.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 90_000,
      env: { ...ENGLISH_ENV, BAOGONG_NOTEBOOK_OUT: out, BAOGONG_NOTEBOOK_SEASONS: '200' },
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
      { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...ENGLISH_ENV, BAOGONG_NOTEBOOK_OUT: out } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'ensemble-validation', 'report.md'), 'utf8')).toContain(
      '60 synthetic and 60 bootstrap',
    );
  });
});

describe('notebooks in Chinese (--lang zh)', () => {
  it('ensemble-validation writes its headings, tables and sentences in Chinese', () => {
    const out = mkdtempSync(join(tmpdir(), 'baogong-notebook-zh-'));
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'notebooks/ensemble-validation.ts', '--runs', '40', '--lang', 'zh'],
      { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...ENGLISH_ENV, BAOGONG_NOTEBOOK_OUT: out } },
    );
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(join(out, 'ensemble-validation', 'report.md'), 'utf8');
    expect(md.startsWith('# 气温集合与北京实测记录的对比')).toBe(true);
    expect(md).toContain('## 采暖期统计量');
    expect(md).toContain('| 统计量 | 实测：均值（4 季中最小 … 最大） |');
    expect(md).toContain('40 个合成采暖期和 40 个重抽样采暖期');
    expect(md).toMatch(/2010年1月1日 至 2014年12月31日/);
    expect(md).not.toContain('lag-1 autocorrelation');
    const html = readFileSync(join(out, 'ensemble-validation', 'index.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    // the Chinese font travels inside the offline page, and its charts draw text with it
    expect(html).toMatch(
      /@font-face\{font-family:'Noto Sans SC';src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{100000,}/,
    );
    expect(html).toContain('"font":"Noto Sans SC, DejaVu Sans, sans-serif"');
  });
  it('--lang is checked: zh or en, else a usage error', async () => {
    const { notebookArgs, notebookLang } = await import('../../notebooks/lib/args.ts');
    expect(notebookArgs(undefined, ['--lang', 'zh']).lang).toBe('zh');
    expect(notebookArgs(undefined, ['--lang', 'en']).lang).toBe('en');
    expect(notebookLang(['--lang', 'zh'])).toBe('zh');
    expect(() => notebookArgs(undefined, ['--lang', 'fr'])).toThrow(expect.objectContaining({ code: 'CLI_USAGE' }));
    expect(() => notebookLang(['--lang', 'de'])).toThrow(/--lang must be zh or en; got de/);
  });
});
