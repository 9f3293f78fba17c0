/**
 * notebooks/province-study.ts end to end with two seasons, in Chinese, into a temporary
 * folder: the Markdown names the fictional province and the fails-first rule, and both charts
 * are PNGs the Markdown links.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_ENV } from '../support/english-env.ts';

const root = new URL('../..', import.meta.url).pathname;

describe('notebooks/province-study.ts', () => {
  it('writes report.md with both charts', () => {
    const out = mkdtempSync(join(tmpdir(), 'baogong-province-notebook-'));
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'notebooks/province-study.ts', '--runs', '2', '--lang', 'zh'],
      { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...ENGLISH_ENV, BAOGONG_NOTEBOOK_OUT: out } },
    );
    expect(r.status, r.stderr).toBe(0);
    const dir = join(out, 'province-study');
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md).toContain('# 省级研究：由五个规划城市虚构组成的一个省');
    expect(md).toContain('虚构示例');
    expect(md).toContain('最先失守');
    const pngs = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pngs.sort()).toEqual(['cities-fail.png', 'unserved-heat.png']);
    for (const png of pngs) expect(md).toContain(`](${png})`);
  });
});
