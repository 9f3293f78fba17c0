/**
 * The CLI's self-description and its machine-readable answers: --version, help for every
 * command in the registry (each option it declares named and described), --format json on
 * validate and compare-modes, and no "km³" in the demo's output (thousands of m³ are 10³ m³).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHelp, wantsHelp } from '../../engine/cli/command.ts';
import { COMMANDS } from '../../engine/cli/commands/index.ts';
import { ENGINE_VERSION } from '../../engine/index.ts';
import { ENGLISH_ENV } from '../support/english-env.ts';

const root = new URL('../..', import.meta.url).pathname;
const cli = (...args: string[]) =>
  spawnSync('node', [join(root, 'bin/baogong.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: ENGLISH_ENV,
  });
const fixture = join(root, 'test/fixtures/one-day-coal.json');
const demo = join(root, 'scenarios/demo-beijing-2012.json');

describe('help for every command in the registry', () => {
  for (const command of COMMANDS) {
    it(`${command.name}: usage, description, every declared option with its text, an example`, () => {
      const help = formatHelp(command);
      expect(help.startsWith(`usage: ${command.usage}`)).toBe(true);
      expect(command.description.length).toBeGreaterThan(40);
      expect(command.example).toContain(`baogong ${command.name}`);
      expect(help).toContain('example:');
      for (const [name, option] of Object.entries(command.options)) {
        expect(help, `--${name}`).toContain(`--${name}`);
        if (option.short) expect(help).toContain(`-${option.short}, --${name}`);
        expect(command.optionHelp[name], `--${name} has no help`).toMatch(/\S{3,}/);
        // a string option with a default says so
        if (option.type === 'string') expect(command.optionHelp[name], `--${name}`).toMatch(/default/);
      }
      // no help for an option the command does not take
      for (const name of Object.keys(command.optionHelp)) expect(Object.keys(command.options)).toContain(name);
      expect(help).not.toContain('(undocumented)');
    });
  }
  it('asks for help with --help or -h before any --', () => {
    expect(wantsHelp(['x.json', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
    expect(wantsHelp(['x.json'])).toBe(false);
  });
});

describe('baogong --version and help from the command line', () => {
  it('--version and -v print the engine and Node versions', () => {
    for (const flag of ['--version', '-v']) {
      const r = cli(flag);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(ENGINE_VERSION);
      expect(r.stdout).toContain(process.versions.node);
    }
  });
  it('<command> --help, -h and help <command> print the same text and exit 0; an unknown one is CLI_USAGE', () => {
    const a = cli('risk', '--help');
    const b = cli('risk', 'some.json', '-h');
    const c = cli('help', 'risk');
    expect(a.status).toBe(0);
    expect(a.stdout).toContain('--coal-days');
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
    const d = cli('help', 'nope');
    expect(d.status).toBe(2);
    expect(d.stderr).toContain('CLI_USAGE');
  });
});

describe('--format json on validate and compare-modes', () => {
  it('validate: { ok, problems, warnings } and nothing else; not ok exits 2 with the problems by path', () => {
    const ok = cli('validate', fixture, '--format', 'json');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, problems: [], warnings: [] });
    const bad = cli('validate', join(root, 'test/fixtures/nope.json'), '--format', 'json');
    expect(bad.status).toBe(2);
    const out = JSON.parse(bad.stdout);
    expect(out).toMatchObject({ ok: false, code: 'SCENARIO_FILE', warnings: [] });
    expect(out.problems.length).toBeGreaterThan(0);
  });
  it('compare-modes: one object per mode with the summary figures', () => {
    const r = cli('compare-modes', fixture, '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const modes = JSON.parse(r.stdout);
    expect(modes.map((m: { mode: string }) => m.mode)).toEqual(['daily', 'season', 'rolling']);
    for (const m of modes) {
      expect(m.costYuan).toBeGreaterThan(0);
      expect(typeof m.gasCutM3).toBe('number');
      expect(typeof m.unservedHeatMWh).toBe('number');
    }
  });
});

describe('thousands of m³ are 10³ m³, never km³ (a cubic kilometre is 10⁹ m³)', () => {
  it('the demo run and compare-modes', () => {
    const run = cli('run', demo);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('10³ m³');
    const modes = cli('compare-modes', demo);
    expect(modes.status, modes.stderr).toBe(0);
    for (const text of [run.stdout, run.stderr, modes.stdout, modes.stderr]) expect(text).not.toContain('km³');
  });
});
