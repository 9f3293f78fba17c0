/**
 * The command line in Chinese: `--lang zh` (or a Chinese LANG) prints the day table, the
 * season summary and errors in Chinese with Chinese units and dates, `--lang en` is the same
 * as no flag, a language we do not speak is a usage error, and a bad scenario gives the same
 * code and JSON paths in both languages. Each case spawns the CLI once or twice (bounded).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHelp, takeLang } from '../../engine/cli/command.ts';
import { runCommand } from '../../engine/cli/commands/run.ts';
import { displayWidth, table } from '../../engine/cli/text-table.ts';

const root = new URL('../..', import.meta.url).pathname;
/** The CLI with no locale in its environment but the one given. */
function cli(args: string[], locale: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...locale };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) if (!(name in locale)) delete env[name];
  return spawnSync('node', [join(root, 'bin/baogong.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env,
  });
}
/** Solver timings differ from run to run; everything else must not. */
const steady = (s: string) => s.replace(/\d[\d,]* ms/g, 'N ms');
const zhucheng = join(root, 'scenarios/zhucheng.json');
const fixture = join(root, 'test/fixtures/one-day-coal.json');

describe('baogong run --lang zh', () => {
  const zh = cli(['run', zhucheng, '--lang', 'zh', '--format', 'table']);
  it('prints Chinese headers with Chinese units and dates', () => {
    expect(zh.status).toBe(0);
    const [header, , ...rows] = zh.stdout.split('\n');
    expect(header.startsWith('日期')).toBe(true);
    for (const word of [
      '日均气温（°C）',
      '寒潮等级',
      '需热量（MWh）',
      '存煤量（万吨）',
      '可用天数（天）',
      '供气量（万 m³）',
      '总成本（万元）',
    ])
      expect(header).toContain(word);
    // sources and yards by their Chinese names
    expect(header).toContain('热电厂煤场存煤量');
    expect(rows[0]).toMatch(/^2012年11月15日 /);
    // the injected cold wave of 21 January is graded in Chinese
    const coldDay = rows.find((r) => r.startsWith('2013年1月21日'));
    expect(coldDay).toMatch(/寒潮/);
    expect(zh.stdout).not.toMatch(/\bcold-wave\b|\bstrong\b|\bextreme\b/);
    expect(zh.stdout).toContain('情景：山东潍坊诸城');
    expect(zh.stdout).toMatch(/耗煤量\s+[\d.]+ 万吨/);
    expect(zh.stdout).toMatch(/居民是否保供\s+是/);
  });
  it('LANG=zh_CN.UTF-8 without the flag prints the same', () => {
    const env = cli(['run', zhucheng, '--format', 'table'], { LANG: 'zh_CN.UTF-8' });
    expect(env.status).toBe(0);
    expect(steady(env.stdout)).toBe(steady(zh.stdout));
  });
});

describe('English stays as it was', () => {
  it('--lang en is byte-identical to no flag with LANG unset, and --lang=en wins over a Chinese LANG', () => {
    const plain = cli(['run', fixture]);
    const en = cli(['run', fixture, '--lang', 'en']);
    const c = cli(['run', fixture, '--lang=en'], { LANG: 'zh_CN.UTF-8' });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('demand MWh');
    expect(steady(en.stdout)).toBe(steady(plain.stdout));
    expect(steady(c.stdout)).toBe(steady(plain.stdout));
    expect(plain.stdout).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('the risk commands in Chinese', () => {
  it('risk, heat-n1 and gas-n1 print Chinese tables with Chinese units and names', () => {
    const risk = cli(['risk', fixture, '--runs', '2', '--workers', '0', '--lang', 'zh']);
    expect(risk.status, risk.stderr).toBe(0);
    expect(risk.stdout).toMatch(/^蒙特卡洛模拟：/);
    for (const word of [
      '低于30天储煤下限',
      '95% 置信区间',
      '最少可用天数（天）',
      '压减气量合计（万 m³）',
      '总成本（万元）',
    ])
      expect(risk.stdout).toContain(word);
    const heat = cli(['heat-n1', zhucheng, '--lang', 'zh']);
    expect(heat.status, heat.stderr).toBe(0);
    expect(heat.stdout).toContain('2012年11月15日');
    expect(heat.stdout).toMatch(/诸城市区热网\s+620/);
    expect(heat.stdout).toContain('热电厂停运');
    const gas = cli(['gas-n1', join(root, 'scenarios/demo-beijing-2012.json'), '--climate', 'design', '--lang', 'zh']);
    expect(gas.status, gas.stderr).toBe(0);
    expect(gas.stdout).toContain('万 m³/日');
    expect(gas.stdout).toContain('[管道气门站]');
    expect(gas.stdout).toMatch(/不合格（< 100%）/);
  });
});

describe('machine formats', () => {
  it('CSV keeps its English keys and SI figures with --lang zh', () => {
    const en = cli(['run', fixture, '--format', 'csv', '--lang', 'en']);
    const zh = cli(['run', fixture, '--format', 'csv', '--lang', 'zh']);
    expect(en.status).toBe(0);
    expect(zh.stdout).toBe(en.stdout);
    expect(zh.stdout.split('\n')[0]).toContain('demand_MWh');
  });
});

describe('bad language and bad scenario', () => {
  it('--lang fr is a usage error that names the languages', () => {
    const r = cli(['run', fixture, '--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('CLI_USAGE');
    expect(r.stderr).toMatch(/zh or en/);
    expect(r.stdout).toBe('');
  });
  it('a usage error reads Chinese in Chinese, with the same code, exit status and usage line', () => {
    const en = cli(['run', fixture, '--format', 'xx', '--lang', 'en']);
    const zh = cli(['run', fixture, '--format', 'xx', '--lang', 'zh']);
    expect([en.status, zh.status]).toEqual([2, 2]);
    expect(en.stderr).toContain('error CLI_USAGE: --format must be table, json, csv, xlsx; got xx\nusage: baogong run');
    expect(zh.stderr).toContain(
      '错误 CLI_USAGE：--format 只能是 table, json, csv, xlsx 之一；收到的是 xx\n用法：baogong run',
    );
    const risk = cli(['risk', fixture, '--runs', '0', '--lang', 'zh']);
    expect(risk.stderr).toContain('--runs 应为整数，≥ 1 且 ≤ 1000000；收到的是 0');
  });
  it('a bad scenario gives the same code and JSON paths in both languages, the headline in Chinese', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'baogong-cli-lang-'));
    const s = JSON.parse(readFileSync(fixture, 'utf8'));
    s.sources[0].capacityMW = 'lots';
    s.yards[0].openingStockT = -5;
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify(s));
    const en = cli(['run', file, '--lang', 'en']);
    const zh = cli(['run', file, '--lang', 'zh']);
    expect(en.status).toBe(2);
    expect(zh.status).toBe(2);
    const code = (t: string) => /(SCENARIO_\w+)/.exec(t)?.[1];
    const paths = (t: string) =>
      t
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.trim().split(/[:：]/)[0]);
    expect(code(en.stderr)).toBe('SCENARIO_SCHEMA');
    expect(code(zh.stderr)).toBe(code(en.stderr));
    expect(paths(zh.stderr)).toEqual(paths(en.stderr));
    expect(paths(en.stderr)).toEqual(expect.arrayContaining(['sources[0].capacityMW']));
    expect(en.stderr.startsWith('error SCENARIO_SCHEMA: ')).toBe(true);
    expect(zh.stderr.startsWith('错误 SCENARIO_SCHEMA：')).toBe(true);
    expect(zh.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('--lang without a process', () => {
  it('is taken out of the arguments wherever it stands before --, else the fallback', () => {
    expect(takeLang(['run', 'x.json', '--lang', 'zh'], 'en')).toEqual({ lang: 'zh', rest: ['run', 'x.json'] });
    expect(takeLang(['--lang=en', 'run'], 'zh')).toEqual({ lang: 'en', rest: ['run'] });
    expect(takeLang(['run', '--', '--lang', 'zh'], 'en')).toEqual({ lang: 'en', rest: ['run', '--', '--lang', 'zh'] });
    expect(() => takeLang(['--lang'], 'en')).toThrow(/--lang must be zh or en; got nothing/);
    expect(() => takeLang(['--lang', 'fr'], 'en')).toThrow(expect.objectContaining({ code: 'CLI_USAGE' }));
  });
  it('is in every help; the run help reads Chinese in Chinese', () => {
    expect(formatHelp(runCommand)).toContain('--lang zh|en');
    const zh = formatHelp(runCommand, 'zh');
    expect(zh).toMatch(/^用法：/);
    expect(zh).toContain('模拟一个采暖期');
    expect(zh).toContain('选项：');
    // Chinese wraps between characters, never past the width by more than a closing mark
    for (const line of zh.split('\n').filter((l) => !l.startsWith('用法') && !l.startsWith('  baogong')))
      expect(displayWidth(line)).toBeLessThanOrEqual(104);
  });
  it('lines up Chinese columns by terminal cells', () => {
    expect(displayWidth('日期')).toBe(4);
    expect(displayWidth('T °C—')).toBe(5);
    const lines = table(['日期', 'x'], [['2013年1月20日', '1']]).split('\n');
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });
});
