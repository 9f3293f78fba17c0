/**
 * The scenario library's pure functions (scenarios/library/*.ts by plan, golden.ts) on small
 * hand-made inputs, and the hygiene every library scenario must keep: it validates, its weather
 * lies inside the shipped data, and it cites its sources and states its assumptions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROTECT_ORDER,
  designDayScenario,
  loadScenarioFile,
  validateScenario,
  type DayRecord,
} from '../../engine/index.ts';
import { electricLoadPerHomeMW, hostingCapacityHomes } from '../../scenarios/library/ordos.ts';
import { percentIncrease, withinFraction } from '../../scenarios/library/shared.ts';
import {
  cutOrderViolations,
  expectedSetpointIncreasePercent,
  gasCutDays,
  gasCutOrder,
  withSetpoint,
} from '../../scenarios/library/yutai.ts';
import { withExtraOpeningStock } from '../../scenarios/library/zhucheng.ts';
import { goldenDiff, roundDeep, roundSignificant } from '../../scenarios/library/golden.ts';
import { LIBRARY_FILES } from '../../scenarios/library/plans.ts';
import { loadLibraryScenario, scenarioFiles } from '../../scenarios/library/studies.ts';

const BEIJING_DESIGN_C = -7.6; // GB 50736-2012 (docs/design.md#demand)

/** A day record with only the gas categories filled in (what the gas checks read). */
function gasDay(date: string, cats: Record<string, [demand: number, cut: number]>): DayRecord {
  const categories = Object.fromEntries(
    Object.entries(cats).map(([c, [demandM3, cutM3]]) => [c, { demandM3, cutM3, servedM3: demandM3 - cutM3 }]),
  );
  return { date, coldWave: 'none', gas: { categories } } as unknown as DayRecord;
}

describe('library checks', () => {
  it('percentIncrease and withinFraction', () => {
    expect(percentIncrease(200, 250)).toBe(25);
    expect(() => percentIncrease(0, 1)).toThrow();
    expect(withinFraction(483, 420, 0.15)).toBe(true);
    expect(withinFraction(484, 420, 0.15)).toBe(false);
    expect(withinFraction(357, 420, 0.15)).toBe(true);
  });

  it('expectedSetpointIncreasePercent follows the CJJ 34 degree ratio (docs/design.md#demand)', () => {
    // heat indices set for 18 °C indoors: the load scales with (t_in − t_out), so one day at 0 °C
    // needs (20 − 0)/(18 − 0) of the 18 °C load, and so does the design day
    expect(expectedSetpointIncreasePercent([{ outdoorTempC: 0 }], -5.3, 18, 20)).toBeCloseTo((20 / 18 - 1) * 100, 9);
    expect(expectedSetpointIncreasePercent([{ outdoorTempC: -5.3 }], -5.3, 18, 20)).toBeCloseTo(
      (25.3 / 23.3 - 1) * 100,
      9,
    );
  });

  it('gasCutOrder is the reverse of protectOrder: the default 压非保民 order, interruptible first, homes last', () => {
    expect(gasCutOrder(DEFAULT_PROTECT_ORDER)).toEqual([
      'interruptible',
      'industrial',
      'cng-vehicles',
      'commercial',
      'heating-nonresidential',
      'public-welfare',
      'heating-residential',
      'residential',
    ]);
  });

  it('cutOrderViolations flags a category cut while an earlier-cut one is still served', () => {
    const order = gasCutOrder(DEFAULT_PROTECT_ORDER);
    const good = gasDay('2013-01-01', {
      interruptible: [100, 100],
      industrial: [200, 200],
      commercial: [50, 20],
      residential: [500, 0],
    });
    const bad = gasDay('2013-01-02', {
      interruptible: [100, 100],
      industrial: [200, 150],
      commercial: [50, 20],
      residential: [500, 0],
    });
    expect(cutOrderViolations([good], order)).toEqual([]);
    expect(cutOrderViolations([bad], order)).toEqual([
      { date: '2013-01-02', cut: 'commercial', cutM3: 20, stillServed: 'industrial', servedM3: 50 },
    ]);
    const cuts = gasCutDays([good, gasDay('2013-01-03', { interruptible: [100, 0] })], order);
    expect(cuts).toHaveLength(1);
    expect(cuts[0].deepest).toBe('commercial');
    expect(cuts[0].cutShare).toEqual({ interruptible: 1, industrial: 1, commercial: 0.4 });
  });

  it('electric-heating hosting capacity: headroom / (area × heat index / efficiency or COP) (docs/design.md#sources-and-fuel)', () => {
    // 110 m² × 64 W/m² / 0.99 = 7.111 kW; 460 MW / 7.111 kW = 64,687.5 → 64,687 whole homes
    expect(electricLoadPerHomeMW({ areaM2: 110, heatIndexWPerM2: 64, efficiencyFraction: 0.99 })).toBeCloseTo(
      (110 * 64) / 0.99 / 1e6,
      12,
    );
    expect(hostingCapacityHomes(460, { areaM2: 110, heatIndexWPerM2: 64, efficiencyFraction: 0.99 })).toBe(64_687);
    expect(hostingCapacityHomes(460, { areaM2: 100, heatIndexWPerM2: 50, cop: 2 })).toBe(184_000);
    expect(() => electricLoadPerHomeMW({ areaM2: 100, heatIndexWPerM2: 50 })).toThrow();
  });

  it('scenario variants stay valid and leave the original untouched', () => {
    const s = loadLibraryScenario('zhangjiakou');
    const d = validateScenario(designDayScenario(s)); // the engine's design day, run by the library's designDayRun
    expect(d.horizon).toEqual({ start: s.horizon.start, end: s.horizon.start });
    expect(d.weather).toMatchObject({ kind: 'constant', tMeanC: -13.6, dailyRangeC: 0, designOutdoorTempC: -13.6 });
    expect(d.sources.every((x) => x.outages.length === 0)).toBe(true);

    const z = loadLibraryScenario('zhucheng');
    const more = validateScenario(withExtraOpeningStock(z, { chp_yard: 1000 }));
    expect(more.yards[0].openingStockT).toBe(z.yards[0].openingStockT + 1000);
    expect(validateScenario(withSetpoint(z, 20)).heating.indoorSetpointC).toBe(20);
    expect(z.yards[0].reserve.days).toBe(30);
    expect(z.heating.indoorSetpointC).toBe(18);
  });
});

describe('golden form', () => {
  it('rounds to 6 significant figures and snaps solver noise to 0', () => {
    expect(roundSignificant(1234567.89)).toBe(1234570);
    expect(roundSignificant(0.000123456789)).toBe(0.000123457);
    expect(roundSignificant(3e-9)).toBe(0);
    expect(roundSignificant(-4e-7)).toBe(0);
    expect(roundDeep({ a: [1.23456789, null, 'x'], b: { c: 199999.99998 } })).toEqual({
      a: [1.23457, null, 'x'],
      b: { c: 200000 },
    });
    expect(goldenDiff({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })).toEqual(['b[1]: 2 → 3']);
    expect(goldenDiff({ a: { x: 1 } }, { a: { x: 1 } })).toEqual([]);
  });
});

describe('library scenario files', () => {
  const csv = readFileSync(
    new URL('../../scenarios/data/beijing-daily-temperature-2010-2014.csv', import.meta.url),
    'utf8',
  );
  const dates = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.slice(0, 10));
  const [first, last] = [dates[0], dates[dates.length - 1]];

  it('every scenario file in scenarios/ is listed: the five plans and the demo', () => {
    const names = scenarioFiles().map((f) => f.split('/').pop());
    expect(names).toEqual(expect.arrayContaining([...Object.values(LIBRARY_FILES), 'demo-beijing-2012.json']));
  });

  for (const [id, file] of Object.entries(LIBRARY_FILES)) {
    it(`${file}: valid, inside the weather data, cited, assumptions stated`, () => {
      const s = loadScenarioFile(new URL(`../../scenarios/${file}`, import.meta.url).pathname);
      expect(s.id).toBe(id);
      expect(s.id).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(s.horizon.start >= first && s.horizon.end <= last).toBe(true);
      if (s.weather.kind !== 'csv') throw new Error('library scenarios use the shipped Beijing series');
      expect(s.weather.file).toBe('data/beijing-daily-temperature-2010-2014.csv');
      // shiftC = city design temperature − Beijing's (GB 50736, docs/design.md#demand)
      expect(s.weather.shiftC).toBeCloseTo(s.weather.designOutdoorTempC - BEIJING_DESIGN_C, 9);
      const sources = s.meta.sources.join('\n'),
        assumptions = s.meta.assumptions.join('\n');
      expect(sources).toMatch(/Plan: /);
      expect(sources).toMatch(/GB 50736/);
      expect(sources).toMatch(/CJJ 34/);
      expect(sources).toMatch(/GB\/T 21987/);
      expect(sources).toMatch(/Beijing PM2\.5/);
      expect(assumptions).toMatch(/shiftC = [+-]?\d/);
      expect(assumptions).toMatch(/represented by the 2012-13/);
      expect(s.meta.assumptions.length).toBeGreaterThanOrEqual(5);
    });
  }
});
