/** GB/T 21987 寒潮等级: threshold edges, duration rule, injection, and the Beijing record. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COLD_WAVE_CRITERIA,
  type ColdWaveGrade,
  type DayWeather,
  datesBetween,
  addDays,
  detectColdWaves,
  gradeRank,
  injectColdWave,
  parseTemperatureCsv,
} from '../../engine/weather/index.ts';

type Grade = Exclude<ColdWaveGrade, 'none'>;
const GRADES: Grade[] = ['cold-wave', 'strong', 'extreme'];
const LOWER: Record<Grade, ColdWaveGrade> = { 'cold-wave': 'none', strong: 'cold-wave', extreme: 'strong' };
const mins = (xs: number[]) => xs.map((tMinC) => ({ tMinC }));

/**
 * Four days; day 3 (value `low`) is judged and only window `hours` carries a drop of `drop`.
 * Intermediate days sit at 5 °C (above every minimum ceiling, so they never trigger) and
 * within 8 °C of `low`, so the shorter windows stay below every threshold.
 */
function edgeSeries(hours: 24 | 48 | 72, drop: number, low: number): number[] {
  if (hours === 24) return [low, low, low + drop, low];
  if (hours === 48) return [low, low + drop, 5, low];
  return [low + drop, 5, 5, low];
}

describe('detectColdWaves threshold edges (GB/T 21987)', () => {
  const windows = [24, 48, 72] as const;
  for (const g of GRADES) {
    const { drops, maxMinC } = COLD_WAVE_CRITERIA[g];
    windows.forEach((hours, w) => {
      const D = drops[w];
      const cases: [string, number, number, ColdWaveGrade][] = [
        [`drop ${D - 0.1} (just below)`, D - 0.1, maxMinC, LOWER[g]],
        [`drop ${D} (at)`, D, maxMinC, g],
        [`drop ${D + 0.1} (just above)`, D + 0.1, maxMinC, g],
        [`minimum ${maxMinC + 0.1} (just above ceiling)`, D, maxMinC + 0.1, LOWER[g]],
        [`minimum ${maxMinC} (at ceiling)`, D, maxMinC, g],
        [`minimum ${maxMinC - 0.1} (below ceiling)`, D, maxMinC - 0.1, g],
      ];
      for (const [label, drop, low, expected] of cases) {
        it(`${g} ${hours} h: ${label} → ${expected}`, () => {
          const labels = detectColdWaves(mins(edgeSeries(hours, drop, low)));
          expect(labels[3]).toBe(expected);
          expect(labels.slice(0, 3)).toEqual(['none', 'none', 'none']);
        });
      }
    });
  }

  it('integer readings exactly at the thresholds (as in the station data)', () => {
    expect(detectColdWaves(mins([12, 4]))[1]).toBe('cold-wave');
    expect(detectColdWaves(mins([12, 2]))[1]).toBe('strong');
    expect(detectColdWaves(mins([12, 0]))[1]).toBe('extreme');
    expect(detectColdWaves(mins([11, 4]))[1]).toBe('none');
  });

  it('needs a preceding day; the first day is never a trigger', () => {
    expect(detectColdWaves(mins([-30]))).toEqual(['none']);
    expect(detectColdWaves([])).toEqual([]);
  });
});

describe('detectColdWaves duration rule', () => {
  it('carries the trigger grade while tMin ≤ trigger tMin + 2 °C, stopping at the first warmer day', () => {
    // trigger on day 1 at −5 (strong: drop 10, min ≤ 2); −3 is inside the band, −2.9 ends it.
    const labels = detectColdWaves(mins([5, -5, -6, -3, -2.9, -5]));
    expect(labels).toEqual(['none', 'strong', 'strong', 'strong', 'none', 'none']);
  });

  it('caps a run at 7 days including the trigger day', () => {
    // only day 1 triggers (24 h drop 8); the 48/72 h drops of later days stay at 8 °C.
    const labels = detectColdWaves(mins([4, -4, -4, -4, -4, -4, -4, -4, -4, -4]));
    expect(labels.filter((g) => g !== 'none')).toHaveLength(7);
    expect(labels[7]).toBe('cold-wave');
    expect(labels[8]).toBe('none');
  });

  it('overlapping runs keep the highest grade per day', () => {
    // day 1: cold-wave (24 h drop 8, min 4); day 2: extreme (48 h drop 14, min −2);
    // day 3 triggers only cold-wave itself (72 h drop 13) but lies in day 2's band (−1 ≤ −2 + 2).
    const labels = detectColdWaves(mins([12, 4, -2, -1]));
    expect(labels).toEqual(['none', 'cold-wave', 'extreme', 'extreme']);
  });
});

describe('injectColdWave', () => {
  const dates = datesBetween('2013-01-01', '2013-01-20');
  const mild: DayWeather[] = dates.map((date) => ({ date, tMeanC: 8, tMinC: 5, tMaxC: 12 }));

  for (const g of GRADES) {
    it(`labels the start day at least ${g} on a mild series`, () => {
      const out = injectColdWave(mild, { start: '2013-01-05', grade: g, days: 3 });
      expect(gradeRank(detectColdWaves(out)[4])).toBeGreaterThanOrEqual(gradeRank(g));
    });
  }

  it('holds the anomaly for `days`, recovers linearly, and leaves the input untouched', () => {
    const before = JSON.stringify(mild);
    const out = injectColdWave(mild, { start: '2013-01-05', dropC: 12, days: 2, recoveryDays: 3 });
    expect(JSON.stringify(mild)).toBe(before);
    const shift = out.map((d, i) => mild[i].tMinC - d.tMinC);
    expect(shift.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(shift.slice(4, 6)).toEqual([12, 12]);
    expect(shift[6]).toBeCloseTo(9);
    expect(shift[7]).toBeCloseTo(6);
    expect(shift[8]).toBeCloseTo(3);
    expect(shift.slice(9)).toEqual(new Array(11).fill(0));
    out.forEach((d, i) => expect(d.tMaxC - d.tMeanC).toBeCloseTo(mild[i].tMaxC - mild[i].tMeanC));
  });

  it('rejects a start outside the series or on its first day', () => {
    expect(() => injectColdWave(mild, { start: '2014-01-01', days: 2 })).toThrow(/2014-01-01 is outside the series \(2013-01-01\.\.2013-01-20\)/);
    expect(() => injectColdWave(mild, { start: '2013-01-01', days: 2 })).toThrow(/first day/);
    expect(() => injectColdWave(mild, { start: '2013-01-05', days: 0 })).toThrow(/days/);
  });

  it('property: start day reaches at least the requested grade (seed 7)', () => {
    const day = fc.record({
      tMinC: fc.double({ min: -25, max: 15, noNaN: true }),
      spread: fc.double({ min: 0, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 2, maxLength: 60 }),
        fc.nat(),
        fc.constantFrom<Grade>(...GRADES),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 5 }),
        (raw, startSeed, grade, days, recoveryDays) => {
          const base: DayWeather[] = raw.map((r, i) => ({
            date: addDays('2012-11-15', i),
            tMinC: r.tMinC,
            tMeanC: r.tMinC + r.spread / 2,
            tMaxC: r.tMinC + r.spread,
          }));
          const i0 = 1 + (startSeed % (base.length - 1));
          const out = injectColdWave(base, { start: base[i0].date, grade, days, recoveryDays });
          const labels = detectColdWaves(out);
          expect(gradeRank(labels[i0])).toBeGreaterThanOrEqual(gradeRank(grade));
          for (let i = 0; i < i0; i++) expect(out[i]).toEqual(base[i]);
          for (const d of out) expect(d.tMinC <= d.tMeanC && d.tMeanC <= d.tMaxC).toBe(true);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('Beijing 2010–2014 record', () => {
  const series = parseTemperatureCsv(
    readFileSync(new URL('../../scenarios/data/beijing-daily-temperature-2010-2014.csv', import.meta.url), 'utf8'),
    'beijing-daily-temperature-2010-2014.csv',
  );
  const labels = detectColdWaves(series);
  const at = (date: string) => labels[series.findIndex((d) => d.date === date)];

  it('finds the early-January 2010 cold wave', () => {
    // tMin: 2 Jan −6, 3 Jan −11, 4 Jan −15, 5 Jan −19 °C. The 72 h drop on 5 Jan is 13 °C
    // (≥ 12: cold wave; < 14: not strong); the 24 h (4) and 48 h (8) drops meet no grade.
    expect(at('2010-01-04')).toBe('none');
    expect(at('2010-01-05')).toBe('cold-wave');
    // carried while tMin ≤ −19 + 2 = −17: 6 Jan −17, 7 Jan −18, 8 Jan −17; 9 Jan −16 ends it.
    expect(['2010-01-06', '2010-01-07', '2010-01-08'].map(at)).toEqual(['cold-wave', 'cold-wave', 'cold-wave']);
    expect(at('2010-01-09')).toBe('none');
  });

  it('has cold waves of at most "strong" grade over 2010–2014', () => {
    expect(labels.filter((g) => g !== 'none').length).toBeGreaterThan(0);
    expect(labels).not.toContain('extreme');
    expect(at('2012-10-17')).toBe('strong');
  });
});
