/**
 * Every problem, error headline and warning a set of deliberately broken scenarios, workbooks
 * and options produce carries a catalogue key: its Chinese is Chinese (Han characters, no
 * English sentence left), its path is the English one, and its English is word for word what
 * the engine printed before the catalogue (`say('en', …)` is the message itself).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BaogongError,
  checkPlausibility,
  checkScenario,
  localizeError,
  type Message,
  type Problem,
  parseScenarioJson,
  runScenario,
  runWarnings,
  say,
  t,
  validateScenario,
} from '../../engine/index.ts';
import { normaliseRates, resolveRuns, resolveSeed } from '../../engine/risk/options.ts';
import { prepareWeather } from '../../engine/risk/weather-sampler.ts';
import { assertFinite } from '../../engine/run/finite.ts';
import { solverFailure } from '../../engine/run/solver-failure.ts';
import { horizonWeather } from '../../engine/scenario/weather-input.ts';
import { scenarioFromXlsx } from '../../engine/xlsx/import.ts';
import { malformedCityXlsx } from '../fixtures/malformed-city.ts';

type Json = any;
const fixture = (): Json => JSON.parse(readFileSync(new URL('../fixtures/one-day-coal.json', import.meta.url), 'utf8'));
const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

const HAN = /\p{Script=Han}/u;
/** Three English words in a row, once names in `backticks` and "quotes", paths and ids are left out. */
function englishLeft(text: string): string | undefined {
  const bare = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/[\w.[\]-]*[.[_][\w.[\]-]*/g, ' ');
  return /\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b/.exec(bare)?.[0];
}

/** Keys whose English message holds more than the text can say (a parser's or a schema description's words). */
const RICHER_ENGLISH = new Set([
  'problems.schema.required',
  'problems.schema.unknownFields',
  'problems.schema.unknownFieldsList',
  'problems.json.syntaxAt',
  'problems.weather.malformed',
  'problems.xlsx.unreadable',
  'problems.xlsx.boundWhy',
  'problems.xlsx.other',
  'errors.headline.notJson',
  'errors.headline.notXlsx',
]);

function expectSaid(item: { message: string; text?: Message }, where: string): void {
  expect(item.text, `${where}: ${item.message}`).toBeDefined();
  expect(say('en', item)).toBe(item.message);
  if (!RICHER_ENGLISH.has(item.text!.key)) expect(t('en', item.text!.key, item.text!.params), where).toBe(item.message);
  const zh = say('zh', item);
  expect(zh, `${where}: ${zh}`).toMatch(HAN);
  expect(englishLeft(zh), `${where}: ${zh}`).toBeUndefined();
  expect(zh).not.toMatch(/\$t\(|\{\{|errors\.|problems\./);
}

function expectError(err: unknown, where: string): BaogongError {
  expect(err, where).toBeInstanceOf(BaogongError);
  const e = err as BaogongError;
  expectSaid(e, `${where} (headline)`);
  for (const p of e.problems) expectSaid(p, `${where} ${p.path}`);
  const en = localizeError(e, 'en'),
    zh = localizeError(e, 'zh');
  expect(zh.code).toBe(en.code);
  expect(zh.problems.map((p) => p.path)).toEqual(en.problems.map((p) => p.path));
  expect(en.problems.map((p) => p.message)).toEqual(e.problems.map((p) => p.message));
  return e;
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

async function rejected(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

const BROKEN: Record<string, (s: Json) => void> = {
  'wrong type': (s) => {
    s.sources[0].capacityMW = 'big';
  },
  'below range': (s) => {
    s.sources[0].capacityMW = -5;
  },
  'above the unit limit': (s) => {
    s.sources[0].capacityMW = 1e9;
  },
  'a share above 1': (s) => {
    s.sources[0].efficiencyFraction = 1.5;
  },
  'unknown key, near a known one': (s) => {
    s.sources[0].capacity = 10;
  },
  'unknown key at the top': (s) => {
    s.colour = 'red';
  },
  'two unknown keys': (s) => {
    s.yards[0].openingStock = 1;
    s.yards[0].zzz = 1;
  },
  'missing field': (s) => {
    delete s.yards[0].openingStockT;
  },
  'missing id': (s) => {
    delete s.zones[0].id;
  },
  'misspelt kind': (s) => {
    s.sources[0].kind = 'coal-boiller';
  },
  'unknown enum value': (s) => {
    s.zones[0].buildings[0].type = 'castle';
  },
  'bad date': (s) => {
    s.horizon.start = '2013-02-30';
  },
  'not a date': (s) => {
    s.horizon.end = 'soon';
  },
  'bad id': (s) => {
    s.zones[0].id = '9z';
  },
  'unknown zone id': (s) => {
    s.sources[0].zone = 'nowhere';
  },
  'unknown yard id': (s) => {
    s.sources[0].yard = 'nowhere';
  },
  'reversed horizon': (s) => {
    s.horizon = { start: '2013-02-01', end: '2013-01-01' };
  },
  'ten-year horizon exceeded': (s) => {
    s.horizon = { start: '2000-01-01', end: '2030-01-01' };
  },
  'duplicate id and min above capacity': (s) => {
    s.sources.push({ ...s.sources[0], minOutputMW: 500 });
  },
  'opening stock above capacity': (s) => {
    s.yards[0].maxStockT = 10;
  },
  'outage outside the horizon': (s) => {
    s.sources[0].outages = [{ start: '2014-01-01', end: '2014-01-02' }];
  },
  'reversed window': (s) => {
    s.sources[0].outages = [{ start: '2013-01-10', end: '2013-01-09' }];
  },
  'cold wave outside and without a grade': (s) => {
    s.coldWaves = [{ start: '2014-01-01', days: 2 }];
  },
  'protect order with a repeat': (s) => {
    s.policy.protectOrder = ['heat-residential', 'heat-residential'];
  },
  'tariff hours': (s) => {
    s.electricity.tariff = [{ block: 'flat', hours: 20, priceYuanPerMWh: 500 }];
  },
  'link to itself to a missing zone': (s) => {
    s.links = [{ id: 'l', from: 'z', to: 'z', capacityMW: 10 }];
    s.links.push({ id: 'm', from: 'z', to: 'ghost', capacityMW: 10 });
  },
};

describe('every problem of a broken scenario can be said in Chinese', () => {
  for (const [name, edit] of Object.entries(BROKEN))
    it(name, () => {
      const s = fixture();
      edit(s);
      const outcome = checkScenario(s);
      expect(outcome.ok, name).toBe(false);
      if (outcome.ok) return;
      for (const p of outcome.problems) expectSaid(p, `${name} ${p.path}`);
      expectError(
        thrown(() => validateScenario(s)),
        name,
      );
    });

  it('says the unit limit and the closest field in Chinese', () => {
    const s = fixture();
    s.sources[0].capacityMW = 1e9;
    s.sources[0].capacity = 10;
    const outcome = checkScenario(s);
    if (outcome.ok) throw new Error('expected problems');
    const zh = outcome.problems.map((p) => say('zh', p)).join('\n');
    expect(zh).toContain('100 GW，超过任何城市的供热或电网容量');
    expect(zh).toContain('是否应为 `capacityMW`');
  });

  it('a JSON syntax error, with its place and excerpt', () => {
    const e = expectError(
      thrown(() => parseScenarioJson('{\n  "id": "x",\n  "zones": [1, 2,]\n}', 'city.json')),
      'json',
    );
    expect(say('zh', e)).toBe('city.json:3:18：不是有效的 JSON');
    expect(say('zh', e.problems[0])).toContain('第 3 行第 18 列');
  });
});

describe('weather, workbook, solver and option errors can be said in Chinese', () => {
  it('a weather file that is not there', () => {
    const s = fixture();
    s.weather = { kind: 'csv', file: 'data/nowhere.csv', designOutdoorTempC: -10 };
    const scenario = validateScenario(s);
    expectError(
      thrown(() => horizonWeather(scenario, { baseDir: SCENARIOS_DIR })),
      'missing weather',
    );
    expectError(
      thrown(() => prepareWeather(scenario, 'historical', { baseDir: SCENARIOS_DIR })),
      'missing weather (risk)',
    );
  });

  it('a weather file that does not cover the horizon', () => {
    const s = fixture();
    s.weather = { kind: 'csv', file: 'data/beijing-daily-temperature-2010-2014.csv', designOutdoorTempC: -10 };
    s.horizon = { start: '2030-01-01', end: '2030-01-02' };
    const e = expectError(
      thrown(() => horizonWeather(validateScenario(s), { baseDir: SCENARIOS_DIR })),
      'short weather',
    );
    expect(e.code).toBe('WEATHER_DATA');
    expect(e.text?.key).toBe('problems.weather.notCovered');
  });

  it('an hourly weather file, each of its errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogong-hourly-'));
    const day = Array.from({ length: 24 }, (_, h) => `2013-01-10,${h},-3`);
    const files: Array<[string, string[]]> = [
      ['problems.weather.badHeader', ['date,hour,temp', ...day]],
      ['problems.weather.hourMissing', ['date,hour,t_c', ...day.slice(0, 23)]],
      ['problems.weather.hourDuplicate', ['date,hour,t_c', ...day.slice(0, 3), day[2], ...day.slice(3)]],
      ['problems.weather.hourOrder', ['date,hour,t_c', ...day.slice(0, 3), day[0], ...day.slice(3)]],
      ['problems.weather.hourRange', ['date,hour,t_c', '2013-01-10,24,-3', ...day.slice(1)]],
    ];
    try {
      for (const [i, [key, lines]] of files.entries()) {
        const file = join(dir, `hourly-${i}.csv`);
        writeFileSync(file, `${lines.join('\n')}\n`);
        const s = fixture();
        s.weather = { kind: 'csv', file, designOutdoorTempC: -10 };
        const e = expectError(
          thrown(() => horizonWeather(validateScenario(s), { baseDir: dir })),
          key,
        );
        expect(e.text?.key).toBe(key);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an ensemble without a series', () => {
    expectError(
      thrown(() => prepareWeather(validateScenario(fixture()), 'historical', { baseDir: SCENARIOS_DIR })),
      'ensemble',
    );
  });

  it('the malformed city workbook, cell by cell', async () => {
    const e = expectError(await rejected(scenarioFromXlsx(await malformedCityXlsx())), 'xlsx');
    expect(e.problems.length).toBeGreaterThan(5);
    expectError(await rejected(scenarioFromXlsx(Buffer.from('not a zip'))), 'not a zip');
  });

  it('a solver failure, each status and step', () => {
    const labels = ['fast-path', 'money', 'stage:heat-residential', 'stage:gas-commercial+gas-industrial'];
    for (const status of ['infeasible', 'error', 'unbounded', 'time-limit'] as const)
      for (const label of labels)
        expectError(
          solverFailure('highs', { status, message: 'x' } as never, label, '2013-01-10', 60),
          `${status} ${label}`,
        );
  });

  it('options out of range, and a result that is not finite', () => {
    expectError(
      thrown(() => resolveRuns(0)),
      'runs',
    );
    expectError(
      thrown(() => resolveSeed(-1)),
      'seed',
    );
    const base = { eventsPerSeason: 1, minDays: 1, maxDays: 2, minCutFraction: 0, maxCutFraction: 1 };
    expectError(
      thrown(() => normaliseRates('coal', base, { eventsPerSeason: -1 })),
      'events',
    );
    expectError(
      thrown(() => normaliseRates('gas', base, { minDays: 3 })),
      'days',
    );
    expectError(
      thrown(() => normaliseRates('gas', base, { minCutFraction: 0.9, maxCutFraction: 0.1 })),
      'cuts',
    );
    expectError(
      thrown(() => assertFinite({ summary: { costYuan: Number.NaN } })),
      'finite',
    );
  });
});

describe("a run's warnings can be said in Chinese", () => {
  it('plausibility warnings', () => {
    const s = fixture();
    s.zones[0].buildings[0].heatIndexWPerM2 = 150;
    s.sources[0].capacityMW = 1000;
    const warnings: Problem[] = checkPlausibility(validateScenario(s));
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expectSaid(w, w.path);
  });

  it('season warnings and plausibility warnings, item for item', async () => {
    const s = fixture();
    s.sources[0].capacityMW = 20; // short: unserved heat, and a plausibility warning
    s.yards[0].openingStockT = 10;
    s.yards[0].deliveries = { baseTPerDay: 0 };
    const r = await runScenario(s);
    expect(r.warnings.length).toBeGreaterThan(1);
    expect(r.warningTexts).toHaveLength(r.warnings.length);
    expect(runWarnings(r, 'en')).toEqual(r.warnings);
    const zh = runWarnings(r, 'zh');
    zh.forEach((w, i) => {
      expect(w, r.warnings[i]).toMatch(HAN);
      expect(englishLeft(w), w).toBeUndefined();
    });
    // a plausibility warning keeps its path in front
    expect(zh[0].startsWith(r.warnings[0].split(':')[0])).toBe(true);
  });
});

describe('the check itself can fail', () => {
  it('finds an English sentence left in a text', () => {
    expect(englishLeft('热源 `a` can only give 5 MW')).toBe('can only give');
    expect(englishLeft('热源 `capacityMW` 超出 sources[0].capacityMW 范围')).toBeUndefined();
  });
});
