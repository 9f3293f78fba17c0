import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  constantSeries,
  datesBetween,
  monthlyNormalsSeries,
  parseTemperatureCsv,
  shiftSeries,
  sliceHorizon,
} from '../../engine/weather/index.ts';

const CSV_URL = new URL('../../scenarios/data/beijing-daily-temperature-2010-2014.csv', import.meta.url);
const HEADER = 'date,t_mean_c,t_min_c,t_max_c,hours';

describe('datesBetween / addDays', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('crosses month and year ends', () => {
    expect(datesBetween('2013-01-30', '2013-02-02')).toEqual(['2013-01-30', '2013-01-31', '2013-02-01', '2013-02-02']);
    expect(datesBetween('2012-12-30', '2013-01-02')).toEqual(['2012-12-30', '2012-12-31', '2013-01-01', '2013-01-02']);
    expect(datesBetween('2013-04-30', '2013-05-01')).toEqual(['2013-04-30', '2013-05-01']);
  });

  it('handles leap years', () => {
    expect(datesBetween('2012-02-28', '2012-03-01')).toEqual(['2012-02-28', '2012-02-29', '2012-03-01']);
    expect(datesBetween('2013-02-28', '2013-03-01')).toEqual(['2013-02-28', '2013-03-01']);
    expect(datesBetween('2000-02-28', '2000-03-01')).toHaveLength(3);
    expect(datesBetween('2010-01-01', '2014-12-31')).toHaveLength(1826);
    expect(() => datesBetween('2013-02-29', '2013-03-01')).toThrow(/2013-02-29/);
    expect(() => addDays('1900-02-29', 1)).toThrow(/1900-02-29/);
  });

  it('is inclusive, and empty when end precedes start', () => {
    expect(datesBetween('2013-03-15', '2013-03-15')).toEqual(['2013-03-15']);
    expect(datesBetween('2013-03-15', '2013-03-14')).toEqual([]);
  });

  it('addDays moves forwards and backwards across boundaries', () => {
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
    expect(addDays('2012-03-01', -1)).toBe('2012-02-29');
    expect(addDays('2012-12-31', 1)).toBe('2013-01-01');
    expect(addDays('2013-01-01', -366)).toBe('2012-01-01'); // 2012 has 366 days
    expect(addDays('2013-01-01', -367)).toBe('2011-12-31');
    expect(addDays('2010-01-01', 1825)).toBe('2014-12-31');
    expect(() => addDays('2013-01-01', 0.5)).toThrow(/integer/);
    expect(() => addDays('2013-1-1', 1)).toThrow(/2013-1-1/);
  });

  it('is unaffected by a local time zone with daylight saving', () => {
    process.env.TZ = 'America/Santiago';
    expect(datesBetween('2013-03-09', '2013-03-12')).toHaveLength(4);
    expect(addDays('2013-09-07', 2)).toBe('2013-09-09');
    process.env.TZ = 'Europe/London';
    expect(datesBetween('2013-03-30', '2013-04-01')).toEqual(['2013-03-30', '2013-03-31', '2013-04-01']);
  });
});

describe('parseTemperatureCsv', () => {
  it('parses the Beijing 2010–2014 file: 1826 days, no gaps', () => {
    const s = parseTemperatureCsv(readFileSync(CSV_URL, 'utf8'), 'beijing.csv');
    expect(s).toHaveLength(1826);
    expect(s[0]).toEqual({ date: '2010-01-01', tMeanC: -6.75, tMinC: -14, tMaxC: -1 });
    expect(s[1825].date).toBe('2014-12-31');
    expect(s.find((d) => d.date === '2010-01-05')?.tMeanC).toBeCloseTo(-14.46);
    expect(sliceHorizon(s, '2010-01-01', '2014-12-31', 'beijing.csv')).toHaveLength(1826);
  });

  it('slices the 2012-13 heating season to 121 days', () => {
    const s = parseTemperatureCsv(readFileSync(CSV_URL, 'utf8'), 'beijing.csv');
    const h = sliceHorizon(s, '2012-11-15', '2013-03-15', 'beijing.csv');
    expect(h).toHaveLength(121);
    expect(h[0].date).toBe('2012-11-15');
    expect(h[120].date).toBe('2013-03-15');
    expect(h.map((d) => d.date)).toEqual(datesBetween('2012-11-15', '2013-03-15'));
  });

  const bad = (rows: string[]) => () => parseTemperatureCsv([HEADER, ...rows].join('\n'), 'x.csv');

  it('names source, line and column for a bad row', () => {
    expect(bad(['2013-01-01,1,0,2,24', '2013-01-02,abc,0,2,24'])).toThrow(/x\.csv:3 column "t_mean_c".*"abc"/);
    expect(bad(['2013-01-01,1,,2,24'])).toThrow(/x\.csv:2 column "t_min_c"/);
    expect(bad(['2013-02-30,1,0,2,24'])).toThrow(/x\.csv:2 column "date".*2013-02-30/);
    expect(bad(['2013-01-01,1,0,2,25'])).toThrow(/x\.csv:2 column "hours"/);
    expect(bad(['2013-01-01,1,3,2,24'])).toThrow(/x\.csv:2 column "t_min_c"/);
    expect(bad(['2013-01-01,5,0,2,24'])).toThrow(/x\.csv:2 column "t_max_c"/);
    expect(bad(['2013-01-02,1,0,2,24', '2013-01-01,1,0,2,24'])).toThrow(/x\.csv:3 column "date".*not after/);
    expect(bad(['2013-01-01,1,0,2'])).toThrow(/x\.csv:2: malformed CSV/);
  });

  it('rejects a wrong header or an empty file', () => {
    expect(() => parseTemperatureCsv('date,mean\n2013-01-01,1\n', 'h.csv')).toThrow(/h\.csv:1: header must be/);
    expect(() => parseTemperatureCsv('', 'e.csv')).toThrow(/e\.csv: empty/);
  });
});

describe('sliceHorizon', () => {
  const s = constantSeries(datesBetween('2013-01-01', '2013-01-10'), 0);

  it('returns one record per day, in order, whatever the input order', () => {
    const h = sliceHorizon([...s].reverse(), '2013-01-03', '2013-01-05', 'c');
    expect(h.map((d) => d.date)).toEqual(['2013-01-03', '2013-01-04', '2013-01-05']);
  });

  it('names the first missing date', () => {
    const gappy = s.filter((d) => d.date !== '2013-01-04' && d.date !== '2013-01-07');
    expect(() => sliceHorizon(gappy, '2013-01-02', '2013-01-08', 'gappy.csv')).toThrow(
      /gappy\.csv.*first missing date is 2013-01-04/,
    );
    expect(() => sliceHorizon(s, '2013-01-05', '2013-01-12', 'c')).toThrow(/first missing date is 2013-01-11/);
  });

  it('rejects duplicates and reversed horizons', () => {
    expect(() => sliceHorizon([...s, s[3]], '2013-01-01', '2013-01-10', 'd')).toThrow(
      /2013-01-04 appears more than once/,
    );
    expect(() => sliceHorizon(s, '2013-01-05', '2013-01-04', 'r')).toThrow(/before start/);
  });
});

describe('synthetic series', () => {
  it('constantSeries and shiftSeries', () => {
    const c = constantSeries(['2013-01-01', '2013-01-02'], -3, 6);
    expect(c[0]).toEqual({ date: '2013-01-01', tMeanC: -3, tMinC: -6, tMaxC: 0 });
    const s = shiftSeries(c, -2.5);
    expect(s[1]).toEqual({ date: '2013-01-02', tMeanC: -5.5, tMinC: -8.5, tMaxC: -2.5 });
    expect(c[1].tMeanC).toBe(-3);
  });

  const normals = [-3.7, -0.7, 5.8, 14.2, 19.9, 24.4, 26.2, 24.9, 20.0, 13.1, 4.6, -1.5];

  it('monthlyNormalsSeries hits the normal at mid-month and interpolates smoothly across years', () => {
    const dates = datesBetween('2011-07-01', '2013-06-30');
    const s = monthlyNormalsSeries(dates, normals);
    const at = (date: string) => s[dates.indexOf(date)];
    expect(at('2012-01-16').tMeanC).toBeCloseTo(-3.7, 10);
    expect(at('2012-07-16').tMeanC).toBeCloseTo(26.2, 10);
    const newYear = at('2013-01-01').tMeanC;
    expect(newYear).toBeGreaterThan(-3.7);
    expect(newYear).toBeLessThan(-1.5);
    // steepest monthly step is 8.4 °C (Mar → Apr) over ≥ 28 days
    for (let i = 1; i < s.length; i++) expect(Math.abs(s[i].tMeanC - s[i - 1].tMeanC)).toBeLessThan(8.4 / 28 + 1e-9);
    for (const d of s) {
      expect(d.tMinC).toBeCloseTo(d.tMeanC - 4, 10);
      expect(d.tMaxC).toBeCloseTo(d.tMeanC + 4, 10);
    }
  });

  it('monthlyNormalsSeries needs 12 normals', () => {
    expect(() => monthlyNormalsSeries(['2013-01-01'], [1, 2, 3])).toThrow(/12/);
  });
});
