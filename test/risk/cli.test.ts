/**
 * The risk commands as a user meets them: `--format json` prints JSON and nothing else on
 * stdout, and tables name their units (each spawn pays the CLI's start-up, so they are few).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { constantMonth } from '../support/constant-month.ts';
import { ENGLISH_ENV } from '../support/english-env.ts';

const root = new URL('../..', import.meta.url).pathname;
const cli = (...args: string[]) =>
  spawnSync('node', [join(root, 'bin/baogong.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
    env: ENGLISH_ENV,
  });
const tmp = mkdtempSync(join(tmpdir(), 'baogong-risk-cli-'));
const closedForm = join(tmp, 'closed-form.json');
writeFileSync(closedForm, JSON.stringify(constantMonth('closed_form')));

describe('baogong risk', () => {
  it('--format json prints the Monte Carlo result only (2 workers, tsx-loaded)', () => {
    const a = cli(
      'risk',
      closedForm,
      '--runs',
      '4',
      '--seed',
      '9',
      '--workers',
      '2',
      '--coal-events',
      '2',
      '--coal-days',
      '2-5',
      '--format',
      'json',
    );
    expect(a.status, a.stderr).toBe(0);
    const ra = JSON.parse(a.stdout);
    expect(ra.rows).toHaveLength(4);
    expect(ra.weather.kind).toBe('scenario');
    expect(ra.coalDisruptions).toMatchObject({ eventsPerSeason: 2, minDays: 2, maxDays: 5 });
    expect(ra.rows.map((r: { index: number }) => r.index)).toEqual([0, 1, 2, 3]);
    expect(ra.timing.workers).toBe(2);
  });
  it('prints probabilities and percentiles as a table', () => {
    const t = cli('risk', closedForm, '--runs', '2', '--workers', '0');
    expect(t.status, t.stderr).toBe(0);
    expect(t.stdout).toContain('30-day reserve floor broken');
    expect(t.stdout).toContain('min days of cover (d)');
  });
});

describe('baogong size-reserve, gas-n1, heat-n1', () => {
  it('size-reserve finds the closed-form opening stock (11 175 t)', () => {
    const r = cli(
      'size-reserve',
      closedForm,
      '--runs',
      '2',
      '--workers',
      '0',
      '--coal-events',
      '0',
      '--gas-events',
      '0',
      '--format',
      'json',
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.openingStock.answer).toBeGreaterThanOrEqual(11175 - 1e-6);
    expect(out.openingStock.answer).toBeLessThanOrEqual(11175 + out.openingStock.tolerance);
  });
  it('gas-n1 and heat-n1 answer in JSON and as tables', () => {
    const g = cli('gas-n1', closedForm, '--climate', 'design', '--format', 'json');
    expect(g.status, g.stderr).toBe(0);
    expect(JSON.parse(g.stdout).nMinusOne.percent).toBeCloseTo(0, 6); // one point: N-1 leaves nothing
    const h = cli('heat-n1', closedForm);
    expect(h.status, h.stderr).toBe(0);
    expect(h.stdout).toContain('largest out: served');
    expect(h.stdout).toContain('boiler out');
  });
});

describe('--format csv: a header with units in the names, one row per season, curve point, test or zone', () => {
  const csv = (r: ReturnType<typeof cli>) => {
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const header = lines[0].split(',');
    for (const line of lines) expect(line.split(',')).toHaveLength(header.length);
    return { header, rows: lines.slice(1).map((l) => l.split(',')) };
  };
  it('risk: one row per season, in run order', () => {
    const { header, rows } = csv(cli('risk', closedForm, '--runs', '3', '--workers', '0', '--format', 'csv'));
    expect(header).toEqual(
      expect.arrayContaining([
        'run',
        'min_days_of_cover_d',
        'gas_cut_m3',
        'gas_cut_residential_m3',
        'min_stock_y_t',
        'cost_yuan',
      ]),
    );
    expect(rows.map((r) => r[0])).toEqual(['0', '1', '2']);
  });
  it('size-reserve: one row per curve point', () => {
    const { header, rows } = csv(
      cli(
        'size-reserve',
        closedForm,
        '--runs',
        '2',
        '--workers',
        '0',
        '--coal-events',
        '0',
        '--gas-events',
        '0',
        '--no-rate',
        '--format',
        'csv',
      ),
    );
    expect(header).toEqual(['curve', 'opening_stock_t', 'steady_delivery_t_per_d', 'floor_held_fraction', 'answer']);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r[0] === 'openingStockT')).toBe(true);
    expect(rows.some((r) => r[4] === '1' && Number(r[1]) >= 11175 - 1e-6)).toBe(true);
  });
  it('gas-n1: one row per supply-standard test; heat-n1: one row per zone', () => {
    const g = csv(cli('gas-n1', closedForm, '--climate', 'design', '--format', 'csv'));
    expect(g.header).toEqual(
      expect.arrayContaining(['test', 'days_d', 'temp_C', 'protected_cut_m3', 'storage_end_m3']),
    );
    expect(g.rows.map((r) => r[0])).toEqual(['a-7-day-peak', 'b-30-day-high-demand', 'c-30-day-largest-out']);
    const h = csv(cli('heat-n1', closedForm, '--format', 'csv'));
    expect(h.header).toEqual(expect.arrayContaining(['zone', 'design_demand_MW', 'served_fraction_boiler_out']));
    expect(h.rows.map((r) => r[0])).toEqual(['z']);
  });
});

describe('risk flags (in process)', () => {
  it('turn ranges and rates into options, and bad values into CLI_USAGE naming the flag (BAD_OPTION where the engine checks the value)', async () => {
    const { monteCarloOptions } = await import('../../engine/cli/commands/risk-flags.ts');
    const { riskCommand } = await import('../../engine/cli/commands/risk.ts');
    const o = monteCarloOptions(riskCommand, {
      runs: '10',
      'coal-days': '2-5',
      'gas-cut': '0.1-0.4',
      'gas-events': '1.5',
      weather: 'bootstrap',
    });
    expect(o).toMatchObject({
      runs: 10,
      weather: 'bootstrap',
      coalDisruptions: { minDays: 2, maxDays: 5 },
      gasDisruptions: { eventsPerSeason: 1.5, minCutFraction: 0.1, maxCutFraction: 0.4 },
    });
    expect(() => monteCarloOptions(riskCommand, { runs: 'many' })).toThrow(/--runs must be a whole number/);
    expect(() => monteCarloOptions(riskCommand, { 'coal-days': 'a-b' })).toThrow(/--coal-days must be MIN-MAX/);
    expect(() => monteCarloOptions(riskCommand, { weather: 'sunny' })).toThrow(
      /--weather must be synthetic, bootstrap, historical, scenario/,
    );
    await expect(riskCommand.run([closedForm], { 'coal-cut': '0.9-0.2' }, { lang: 'en' })).rejects.toMatchObject({
      code: 'BAD_OPTION',
    });
  });
});
