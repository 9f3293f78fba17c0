/**
 * GB/T 21987《寒潮等级》: every drop threshold (3 grades × 24/48/72 h) and every minimum-temperature
 * condition at its edges, floating-point noise at the edges, the project's cold-spell rule
 * (kept apart from the grade), injection, the lead-in before a horizon, and the Beijing record.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COLD_WAVE_CRITERIA,
  type ColdWaveGrade,
  type DayWeather,
  datesBetween,
  addDays,
  detectColdSpells,
  detectColdWaves,
  gradeCriterion,
  gradeRank,
  injectColdWave,
  parseTemperatureCsv,
} from '../../engine/weather/index.ts';
import { horizonWeather } from '../../engine/scenario/weather-input.ts';
import { loadScenarioFile, SHIPPED_SCENARIOS_DIR } from '../../engine/index.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';

type Grade = Exclude<ColdWaveGrade, 'none'>;
const GRADES: Grade[] = ['cold-wave', 'strong', 'extreme'];
const LOWER: Record<Grade, ColdWaveGrade> = { 'cold-wave': 'none', strong: 'cold-wave', extreme: 'strong' };
const mins = (xs: number[]) => xs.map((tMinC) => ({ tMinC }));

/**
 * Four days; day 3 (value `low`) is judged and only window `hours` carries a drop of `drop`.
 * Intermediate days sit at 5 °C (above every minimum ceiling, so they are never graded) and
 * within 8 °C of `low`, so the shorter windows stay below every threshold.
 */
function edgeSeries(hours: 24 | 48 | 72, drop: number, low: number): number[] {
  if (hours === 24) return [low, low, low + drop, low];
  if (hours === 48) return [low, low + drop, 5, low];
  return [low + drop, 5, 5, low];
}

describe('GB/T 21987 drop thresholds: each grade × window, just below / at / just above', () => {
  // GB/T 21987 table: cold wave 24 h ≥ 8, 48 h ≥ 10, 72 h ≥ 12 °C; strong 10/12/14; extreme 12/14/16.
  // The day's minimum sits exactly at the grade's ceiling, so the drop alone decides between the
  // grade and the one below it (whose drop threshold is 2 °C lower and ceiling 2 °C higher).
  const rows: { grade: Grade; hours: 24 | 48 | 72; edge: string; drop: number; expected: ColdWaveGrade }[] = [];
  for (const grade of GRADES) {
    const { drops } = COLD_WAVE_CRITERIA[grade];
    ([24, 48, 72] as const).forEach((hours, w) => {
      const D = drops[w];
      rows.push({ grade, hours, edge: 'just below', drop: D - 0.01, expected: LOWER[grade] });
      rows.push({ grade, hours, edge: 'at', drop: D, expected: grade });
      rows.push({ grade, hours, edge: 'just above', drop: D + 0.01, expected: grade });
    });
  }
  it('covers 3 grades × 3 windows × 3 edges', () => expect(rows).toHaveLength(27));

  it.each(rows)('GB/T 21987 $grade $hours h drop $edge ($drop °C) → $expected', ({ grade, hours, drop, expected }) => {
    const low = COLD_WAVE_CRITERIA[grade].maxMinC;
    const labels = detectColdWaves(mins(edgeSeries(hours, drop, low)));
    expect(labels[3]).toBe(expected);
    expect(labels.slice(0, 3)).toEqual(['none', 'none', 'none']);
    if (expected !== 'none') {
      const c = gradeCriterion(edgeSeries(hours, drop, low), 3)!;
      expect(c).toMatchObject({ grade: expected, windowH: hours, minC: low });
      expect(c.dropC).toBeCloseTo(drop, 9);
    }
  });
});

describe('GB/T 21987 minimum-temperature condition: each grade, just above / at / below its ceiling', () => {
  // GB/T 21987: the day's minimum must be ≤ 4 °C (cold wave), ≤ 2 °C (strong), ≤ 0 °C (extreme).
  // A 24 h drop of 20 °C meets every grade's drop threshold, so the minimum alone decides.
  const rows: { grade: Grade; edge: string; minC: number; expected: ColdWaveGrade }[] = [];
  for (const grade of GRADES) {
    const C = COLD_WAVE_CRITERIA[grade].maxMinC;
    rows.push({ grade, edge: 'just above', minC: C + 0.01, expected: LOWER[grade] });
    rows.push({ grade, edge: 'at', minC: C, expected: grade });
    rows.push({ grade, edge: 'just below', minC: C - 0.01, expected: grade });
  }
  it.each(rows)('GB/T 21987 $grade minimum $edge the ceiling ($minC °C) → $expected', ({ minC, expected }) => {
    expect(detectColdWaves(mins([minC + 20, minC]))).toEqual(['none', expected]);
  });

  it('a minimum of 5 °C is never graded, whatever the drop (GB/T 21987: ≤ 4 °C)', () => {
    expect(detectColdWaves(mins([40, 30, 20, 5]))).toEqual(['none', 'none', 'none', 'none']);
  });
});

describe('GB/T 21987 thresholds under floating-point noise', () => {
  it('a drop of 8 that comes out as 7.999999999999999 meets the 24 h cold-wave threshold', () => {
    expect(8.2 - 0.2).toBe(7.999999999999999);
    expect(-1.7 - -9.7).toBe(7.999999999999999);
    expect(detectColdWaves(mins([8.2, 0.2]))).toEqual(['none', 'cold-wave']);
    expect(detectColdWaves(mins([-1.7, -9.7]))).toEqual(['none', 'cold-wave']);
  });

  it('a real 7.99 °C drop does not', () => {
    expect(detectColdWaves(mins([7.99, 0]))).toEqual(['none', 'none']);
    expect(detectColdWaves(mins([8.2, 0.21]))).toEqual(['none', 'none']);
  });

  it('a minimum of 4.0000000001 meets ≤ 4 °C; 4.01 does not', () => {
    expect(detectColdWaves(mins([12.0000000001, 4.0000000001]))).toEqual(['none', 'cold-wave']);
    expect(detectColdWaves(mins([12.01, 4.01]))).toEqual(['none', 'none']);
  });

  it('every threshold reached by decimal sums with binary noise still counts (all grades and windows)', () => {
    // low + D built from tenths: e.g. 0.1 + 0.2 + (D − 0.3) is not exactly low + D in binary
    for (const g of GRADES) {
      const { drops, maxMinC } = COLD_WAVE_CRITERIA[g];
      ([24, 48, 72] as const).forEach((hours, w) => {
        const low = maxMinC - 0.3 + 0.1 + 0.2; // maxMinC with noise
        const high = low + 0.1 + 0.2 + (drops[w] - 0.3);
        const series = hours === 24 ? [high, low] : hours === 48 ? [high, 5, low] : [high, 5, 5, low];
        expect(detectColdWaves(mins(series)).at(-1), `${g} ${hours} h`).toBe(g);
      });
    }
  });
});

describe("a grade is the day's own criterion only (no carry-over)", () => {
  it('the day after a trigger that meets no criterion is not graded, only in a cold spell', () => {
    // day 1: 24 h drop 8, min −4 → cold wave. Days 2–7 stay at −4: 48 h drop 8 < 10, 72 h 8 < 12.
    const series = mins([4, -4, -4, -4, -4, -4, -4, -4, -4, -4]);
    const grades = detectColdWaves(series);
    expect(grades).toEqual(['none', 'cold-wave', ...new Array(8).fill('none')]);
    expect(detectColdSpells(series, grades)).toEqual([false, true, true, true, true, true, true, true, false, false]);
  });

  it("a day is not upgraded to an earlier day's grade", () => {
    // day 2 extreme (48 h drop 14, min −2); day 3 meets only cold wave itself (72 h drop 13, min −1)
    expect(detectColdWaves(mins([12, 4, -2, -1]))).toEqual(['none', 'cold-wave', 'extreme', 'cold-wave']);
  });

  it('a day whose minimum is 5 °C is never graded, even right after a cold wave', () => {
    const series = mins([11, 3, 5]); // day 1: drop 8, min 3 → cold wave; day 2: 5 °C ≤ 3 + 2
    const grades = detectColdWaves(series);
    expect(grades).toEqual(['none', 'cold-wave', 'none']);
    expect(detectColdSpells(series, grades)).toEqual([false, true, true]);
  });

  it('integer readings exactly at the thresholds (as in the station data)', () => {
    expect(detectColdWaves(mins([12, 4]))[1]).toBe('cold-wave');
    expect(detectColdWaves(mins([12, 2]))[1]).toBe('strong');
    expect(detectColdWaves(mins([12, 0]))[1]).toBe('extreme');
    expect(detectColdWaves(mins([11, 4]))[1]).toBe('none');
  });

  it('needs a preceding day; the first day of a series is never graded', () => {
    expect(detectColdWaves(mins([-30]))).toEqual(['none']);
    expect(detectColdWaves([])).toEqual([]);
  });

  it('reports the shortest window that meets the grade, its drop and the minimum', () => {
    // day 3: 24 h drop 3, 48 h 11 (cold wave), 72 h 13 (cold wave): the 48 h window is named
    expect(gradeCriterion([12, 10, 2, -1], 3)).toEqual({ grade: 'cold-wave', windowH: 48, dropC: 11, minC: -1 });
    // 24 h 3, 48 h 6, 72 h 13: only the 72 h window meets cold wave (strong would need 14)
    expect(gradeCriterion([12, 5, 2, -1], 3)).toEqual({ grade: 'cold-wave', windowH: 72, dropC: 13, minC: -1 });
    expect(gradeCriterion([12, 5, 2, 4.5], 3)).toBeNull();
  });
});

describe('cold spells (project rule, not GB/T 21987)', () => {
  it('go on while tMin ≤ graded-day tMin + 2 °C, ending at the first warmer day', () => {
    // day 1 strong at −5 (drop 10); −3 is inside the band, −2.9 ends it
    const series = mins([5, -5, -6, -3, -2.9, -5]);
    const grades = detectColdWaves(series);
    expect(grades).toEqual(['none', 'strong', 'cold-wave', 'none', 'none', 'none']); // day 2: 48 h drop 11
    expect(detectColdSpells(series, grades)).toEqual([false, true, true, true, false, false]);
  });

  it('last at most 7 days, graded day included; overlapping spells merge', () => {
    const series = mins([4, -4, -4, -4, -4, -4, -4, -4, -4, -4]);
    expect(detectColdSpells(series, detectColdWaves(series)).filter(Boolean)).toHaveLength(7);
    // day 1 (4 °C) holds while ≤ 6 °C: days 1–5; day 2 (−2 °C) holds while ≤ 0 °C: days 2–4; merged 1–5
    const two = mins([12, 4, -2, -1, 0, 1, 7]);
    expect(detectColdSpells(two, detectColdWaves(two))).toEqual([false, true, true, true, true, true, false]);
  });

  it('band edge under noise: −2.99 + 2 is −0.9900000000000002 in binary, yet −0.99 is inside the band', () => {
    expect(-2.99 + 2).toBeLessThan(-0.99);
    const series = mins([6, -2.99, -0.99, -0.98]);
    expect(detectColdSpells(series, detectColdWaves(series))).toEqual([false, true, true, false]);
  });
});

describe('injectColdWave', () => {
  const dates = datesBetween('2013-01-01', '2013-01-20');
  const mild: DayWeather[] = dates.map((date) => ({ date, tMeanC: 8, tMinC: 5, tMaxC: 12 }));

  for (const g of GRADES) {
    it(`grades the start day exactly ${g} on a mild series; held days past the 72 h window are a cold spell, not graded`, () => {
      const out = injectColdWave(mild, { start: '2013-01-05', grade: g, days: 6, recoveryDays: 0 });
      const grades = detectColdWaves(out);
      expect(grades[4]).toBe(g);
      // days 2 and 3 of the wave may meet a lower grade by their own 48/72 h drop from before it;
      // from day 4 on no window reaches back before the wave: no criterion, no grade
      expect(grades.slice(5, 7).every((x) => gradeRank(x) < gradeRank(g) || g === 'cold-wave')).toBe(true);
      expect(grades.slice(7, 10)).toEqual(['none', 'none', 'none']);
      expect(detectColdSpells(out, grades).slice(4, 11)).toEqual([true, true, true, true, true, true, false]);
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
    expect(() => injectColdWave(mild, { start: '2014-01-01', days: 2 })).toThrow(
      /2014-01-01 is outside the series \(2013-01-01\.\.2013-01-20\)/,
    );
    expect(() => injectColdWave(mild, { start: '2013-01-01', days: 2 })).toThrow(/first day/);
    expect(() => injectColdWave(mild, { start: '2013-01-05', days: 0 })).toThrow(/days/);
  });

  it('property: start day itself reaches at least the requested grade', () => {
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
          const spells = detectColdSpells(out, labels);
          for (let i = 0; i < out.length; i++) if (labels[i] !== 'none') expect(spells[i]).toBe(true);
          for (let i = 0; i < i0; i++) expect(out[i]).toEqual(base[i]);
          for (const d of out) expect(d.tMinC <= d.tMeanC && d.tMeanC <= d.tMaxC).toBe(true);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('lead-in: a horizon is graded with the days before it', () => {
  const demo = loadScenarioFile(`${SHIPPED_SCENARIOS_DIR}/demo-beijing-2012.json`);
  const onHorizon = (start: string, end: string, extra: Partial<Scenario> = {}): Scenario => ({
    ...demo,
    horizon: { ...demo.horizon, start, end },
    coldWaves: [],
    ...extra,
  });

  it('Beijing CSV: a horizon from 2010-01-04 grades 2010-01-05 a cold wave (GB/T 21987 72 h drop 13 °C from 2010-01-02)', () => {
    const w = horizonWeather(onHorizon('2010-01-04', '2010-01-12'), { baseDir: SHIPPED_SCENARIOS_DIR });
    expect(w.dates[0]).toBe('2010-01-04');
    expect(w.days.map((d) => d.date)).toEqual(w.dates);
    expect(w.days[1].tMinC).toBe(-19);
    expect(w.coldWave).toEqual(['none', 'cold-wave', 'none', 'none', 'none', 'none', 'none', 'none', 'none']);
    // spell (project rule): 6 Jan −17, 7 Jan −18, 8 Jan −17 stay within −19 + 2; 9 Jan −16 ends it
    expect(w.coldSpell).toEqual([false, true, true, true, true, false, false, false, false]);
  });

  it('without the lead-in (a series that starts on the horizon) 2010-01-05 would not be graded', () => {
    const csv = parseTemperatureCsv(
      readFileSync(`${SHIPPED_SCENARIOS_DIR}/data/beijing-daily-temperature-2010-2014.csv`, 'utf8'),
      'beijing',
    );
    const cut = csv.filter((d) => d.date >= '2010-01-04');
    const w = horizonWeather(onHorizon('2010-01-04', '2010-01-12'), { baseDir: SHIPPED_SCENARIOS_DIR, series: cut });
    expect(w.coldWave[1]).toBe('none');
    const full = horizonWeather(onHorizon('2010-01-04', '2010-01-12'), { baseDir: SHIPPED_SCENARIOS_DIR, series: csv });
    expect(full.coldWave[1]).toBe('cold-wave');
  });

  it('a spell under way before the horizon is reported on its first days; grades are not carried', () => {
    const w = horizonWeather(onHorizon('2010-01-07', '2010-01-10'), { baseDir: SHIPPED_SCENARIOS_DIR });
    expect(w.coldWave).toEqual(['none', 'none', 'none', 'none']);
    expect(w.coldSpell).toEqual([true, true, false, false]);
  });

  it('inline weather: lead-in days before the horizon count; a gap stops the lead-in', () => {
    const day = (date: string, t: number) => ({ date, tMeanC: t + 3, tMinC: t, tMaxC: t + 6 });
    const days = [
      day('2013-01-01', 6),
      day('2013-01-02', 5),
      day('2013-01-03', 0),
      day('2013-01-04', -6),
      day('2013-01-05', -5),
    ];
    const weather = { kind: 'inline' as const, days, designOutdoorTempC: -7.6 };
    const w = horizonWeather(onHorizon('2013-01-04', '2013-01-05', { weather }), { baseDir: SHIPPED_SCENARIOS_DIR });
    // 4 Jan: 24 h drop 6, 48 h drop 11 (≥ 10, min −6 ≤ 4) → cold wave by GB/T 21987
    expect(w.coldWave).toEqual(['cold-wave', 'none']);
    const gap = { ...weather, days: days.filter((d) => d.date !== '2013-01-03') };
    const g = horizonWeather(onHorizon('2013-01-04', '2013-01-05', { weather: gap }), {
      baseDir: SHIPPED_SCENARIOS_DIR,
    });
    expect(g.coldWave).toEqual(['none', 'none']);
  });

  it("a cold wave injected on the horizon's first day drops from the day before it", () => {
    const w = horizonWeather(
      onHorizon('2012-12-01', '2012-12-10', {
        coldWaves: [{ start: '2012-12-01', grade: 'strong', days: 2, recoveryDays: 0 }],
      }),
      { baseDir: SHIPPED_SCENARIOS_DIR },
    );
    expect(w.coldWave[0]).toBe('strong');
  });
});

describe('Beijing 2010–2014 record', () => {
  const series = parseTemperatureCsv(
    readFileSync(new URL('../../scenarios/data/beijing-daily-temperature-2010-2014.csv', import.meta.url), 'utf8'),
    'beijing-daily-temperature-2010-2014.csv',
  );
  const labels = detectColdWaves(series);
  const spells = detectColdSpells(series, labels);
  const at = (date: string) => labels[series.findIndex((d) => d.date === date)];
  const spell = (date: string) => spells[series.findIndex((d) => d.date === date)];

  it('grades 2010-01-05 only, of the early-January 2010 cold wave', () => {
    // tMin: 2 Jan −6, 3 Jan −11, 4 Jan −15, 5 Jan −19 °C. The 72 h drop on 5 Jan is 13 °C
    // (≥ 12: cold wave; < 14: not strong); the 24 h (4) and 48 h (8) drops meet no grade.
    expect(at('2010-01-04')).toBe('none');
    expect(at('2010-01-05')).toBe('cold-wave');
    expect(['2010-01-06', '2010-01-07', '2010-01-08', '2010-01-09'].map(at)).toEqual(['none', 'none', 'none', 'none']);
    expect(['2010-01-05', '2010-01-06', '2010-01-07', '2010-01-08', '2010-01-09'].map(spell)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('2013-10-16 is graded by its own 72 h drop (cold wave), not by 2013-10-15 (strong)', () => {
    expect(at('2013-10-15')).toBe('strong');
    expect(at('2013-10-16')).toBe('cold-wave');
  });

  it('has cold waves of at most "strong" grade over 2010–2014', () => {
    expect(labels.filter((g) => g !== 'none').length).toBeGreaterThan(0);
    expect(labels).not.toContain('extreme');
    expect(at('2012-10-17')).toBe('strong');
  });
});
