/**
 * The CLI as a user meets it: run in three formats, --out, validate, and bad input that
 * exits non-zero with the JSON path named and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_ENV } from '../support/english-env.ts';

const root = new URL('../..', import.meta.url).pathname;
const cli = (...args: string[]) =>
  spawnSync('node', [join(root, 'bin/baogong.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: ENGLISH_ENV,
  });
const fixture = join(root, 'test/fixtures/one-day-coal.json');
const tmp = mkdtempSync(join(tmpdir(), 'baogong-cli-'));

function writeScenario(name: string, edit: (s: Record<string, any>) => void): string {
  const s = JSON.parse(readFileSync(fixture, 'utf8'));
  edit(s);
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe('baogong run', () => {
  it('--format json prints a RunResult and nothing else', () => {
    const r = cli('run', fixture, '--format', 'json');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.scenarioId).toBe('one_day_coal');
    expect(result.days[0].sources.boiler.coalT).toBeCloseTo(202.5, 6);
  });
  it('--format csv prints the day table with units in the headers', () => {
    const r = cli('run', fixture, '--format', 'csv');
    expect(r.status).toBe(0);
    const [header, row] = r.stdout.trim().split('\n');
    expect(header.split(',')).toEqual(
      expect.arrayContaining(['date', 'demand_MWh', 'heat_boiler_MWh', 'stock_y_t', 'floor_y_t', 'cost_yuan']),
    );
    expect(row.startsWith('2013-01-10,')).toBe(true);
  });
  it('--out writes result.json and days.csv; the table names units', () => {
    const out = join(tmp, 'out');
    const r = cli('run', fixture, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('demand MWh');
    expect(r.stdout).toContain('homes protected');
    expect(JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')).summary.days).toBe(1);
    expect(readFileSync(join(out, 'days.csv'), 'utf8').split('\n')[0]).toContain('stock_y_t');
  });
});

describe('bad input', () => {
  const expectClean = (r: ReturnType<typeof cli>, path: string, code: string) => {
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(code);
    expect(r.stderr).toContain(path);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  };
  it('malformed JSON', () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{ "id": "x", ');
    expectClean(cli('validate', file), 'broken.json', 'SCENARIO_JSON');
  });
  it('a wrong type', () => {
    expectClean(
      cli(
        'validate',
        writeScenario('type.json', (s) => {
          s.sources[0].capacityMW = 'lots';
        }),
      ),
      'sources[0].capacityMW',
      'SCENARIO_SCHEMA',
    );
  });
  it('a missing zone', () => {
    expectClean(
      cli(
        'run',
        writeScenario('zone.json', (s) => {
          s.sources[0].zone = 'nowhere';
        }),
      ),
      'sources[0].zone',
      'SCENARIO_CHECK',
    );
  });
  it('a negative stock', () => {
    expectClean(
      cli(
        'validate',
        writeScenario('stock.json', (s) => {
          s.yards[0].openingStockT = -5;
        }),
      ),
      'yards[0].openingStockT',
      'SCENARIO_SCHEMA',
    );
  });
  it('a missing file and an unknown option', () => {
    expectClean(cli('run', join(tmp, 'nope.json')), 'nope.json', 'SCENARIO_FILE');
    expectClean(cli('run', fixture, '--colour'), 'colour', 'CLI_USAGE');
  });
  it('validate accepts the demo', () => {
    const r = cli('validate', join(root, 'scenarios/demo-beijing-2012.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('valid scenario');
  });
});
