/** `baogong xlsx export|import` and `baogong run --format xlsx` as a user meets them: files written, problems by cell, exit status 2. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { malformedCityXlsx } from '../fixtures/malformed-city.ts';
import { ENGLISH_ENV } from '../support/english-env.ts';

const root = new URL('../..', import.meta.url).pathname;
const cli = (...args: string[]) =>
  spawnSync('node', [join(root, 'bin/baogong.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: ENGLISH_ENV,
  });
const tmp = mkdtempSync(join(tmpdir(), 'baogong-xlsx-'));

describe('baogong xlsx', () => {
  it('export then import gives the scenario back', () => {
    const book = join(tmp, 'yutai.xlsx'),
      json = join(tmp, 'yutai.json');
    expect(cli('xlsx', 'export', 'scenarios/yutai-2021.json', '-o', book).status).toBe(0);
    const r = cli('xlsx', 'import', book, '-o', json);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`wrote ${json}`);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(root, 'scenarios/yutai-2021.json'), 'utf8')),
    );
  });

  it('import of a malformed workbook exits 2 and names each cell, writing nothing', async () => {
    const book = join(tmp, 'bad.xlsx'),
      json = join(tmp, 'bad.json');
    writeFileSync(book, await malformedCityXlsx());
    const r = cli('xlsx', 'import', book, '-o', json);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error SCENARIO_XLSX: workbook has 8 problems');
    expect(r.stderr).toContain('  sources!F3: capacityMW must be ≥ 0 (got -5)');
    expect(r.stderr).toContain('  sources!G2: minOutputMW must be a number (got "lots")');
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(json)).toBe(false);
  });

  it('run --format xlsx --out writes result.xlsx into a folder, or to the .xlsx file named', () => {
    const dir = join(tmp, 'out');
    expect(cli('run', 'test/fixtures/one-day-coal.json', '--format', 'xlsx', '--out', dir).status).toBe(0);
    expect(readFileSync(join(dir, 'result.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const file = join(tmp, 'named.xlsx');
    expect(cli('run', 'test/fixtures/one-day-coal.json', '--format', 'xlsx', '--out', file).status).toBe(0);
    expect(existsSync(file)).toBe(true);
  });
});
