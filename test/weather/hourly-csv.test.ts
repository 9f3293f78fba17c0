/**
 * The hourly weather CSV (`date,hour,t_c`, engine/weather/hourly-csv.ts): each day becomes the
 * mean, minimum and maximum of its 24 readings, which it keeps in `hourlyC`; every error names
 * file:line and the column, and can be said in Chinese. A °C shift and an injected cold wave
 * move every hour with the day's mean, minimum and maximum, so those stay the hours' own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weatherErrorText } from '../../engine/scenario/weather-errors.ts';
import { injectColdWave, parseTemperatureCsv, shiftSeries } from '../../engine/weather/index.ts';
import { t } from '../../engine/i18n/translate.ts';

const FIXTURE = readFileSync(new URL('../fixtures/hourly-weather.csv', import.meta.url), 'utf8');
const HOURS_10 = [-8, -9, -10, -11, -12, -13, -14, -16, -12, -8, -4, 0, 2, 3, 2, 1, -2, -6, -6, -7, -7, -8, -8, -9];

/** An hourly file of the given days, each with readings `t(h)`; `edit` may change the rows (header excluded). */
function hourly(days: string[], edit: (rows: string[]) => string[] = (r) => r, t = (h: number) => -h / 2): string {
  const rows = days.flatMap((d) => Array.from({ length: 24 }, (_, h) => `${d},${h},${t(h)}`));
  return ['date,hour,t_c', ...edit(rows)].join('\n');
}

/** The parser's error for `text`, checked to be said in the catalogue in both languages. */
function errorOf(text: string): string {
  let said = '';
  try {
    parseTemperatureCsv(text, 'w.csv');
  } catch (e) {
    said = (e as Error).message;
  }
  expect(said).not.toBe('');
  const { text: msg } = weatherErrorText(said);
  expect(msg.key, said).not.toBe('problems.weather.other');
  expect(t('zh', msg.key, msg.params)).toMatch(/\p{Script=Han}/u);
  return said;
}

describe('hourly weather CSV', () => {
  it('reads the fixture: mean, minimum and maximum of the hours, and the hours kept', () => {
    const days = parseTemperatureCsv(FIXTURE, 'hourly-weather.csv');
    expect(days.map((d) => d.date)).toEqual(['2013-01-09', '2013-01-10']);
    expect(days[1]).toEqual({ date: '2013-01-10', tMeanC: -6.75, tMinC: -16, tMaxC: 3, hourlyC: HOURS_10 });
    expect(days[0]).toMatchObject({ tMeanC: -2, tMinC: -5, tMaxC: 1 });
  });

  it('the daily format is unchanged: no hourly readings', () => {
    expect(parseTemperatureCsv('date,t_mean_c,t_min_c,t_max_c\n2013-01-08,-5,-9,0\n', 'w.csv')[0]).not.toHaveProperty(
      'hourlyC',
    );
  });

  it('a header that is neither names both', () => {
    expect(errorOf('date,hour,temp\n2013-01-08,0,1\n')).toBe(
      'w.csv:1: header must be "date,t_mean_c,t_min_c,t_max_c" (optionally followed by ",hours") or "date,hour,t_c" for hourly readings, got "date,hour,temp"',
    );
  });

  it('a missing hour is named, with the rule', () => {
    // hour 5 of the first day left out: found on the row of hour 6 (line 7)
    expect(errorOf(hourly(['2013-01-08'], (r) => r.filter((_, i) => i !== 5)))).toBe(
      'w.csv:7 column "hour": hour 5 of 2013-01-08 is missing; an hourly file needs all 24 hours (0..23) of every day, in order',
    );
    // a day that stops at hour 22 (lines 2–24), followed by the next day (line 25 starts 2013-01-09)
    expect(errorOf(hourly(['2013-01-08', '2013-01-09'], (r) => r.filter((_, i) => i !== 23)))).toBe(
      'w.csv:25 column "date": hour 23 of 2013-01-08 is missing; an hourly file needs all 24 hours (0..23) of every day, in order',
    );
    // the file ends before hour 23 of its last day
    expect(errorOf(hourly(['2013-01-08'], (r) => r.slice(0, 20)))).toBe(
      'w.csv:21 column "hour": hour 20 of 2013-01-08 is missing; an hourly file needs all 24 hours (0..23) of every day, in order',
    );
    // a day that does not start at hour 0
    expect(errorOf(hourly(['2013-01-08'], (r) => r.slice(1)))).toMatch(/^w\.csv:2 column "hour": hour 0 of 2013-01-08/);
  });

  it('a duplicated hour, hours out of order, days going back', () => {
    expect(errorOf(hourly(['2013-01-08'], (r) => [...r.slice(0, 4), r[3], ...r.slice(4)]))).toBe(
      'w.csv:6 column "hour": hour 3 of 2013-01-08 appears more than once',
    );
    expect(errorOf(hourly(['2013-01-08'], (r) => [...r.slice(0, 4), r[1], ...r.slice(4)]))).toBe(
      'w.csv:6 column "hour": hour 1 of 2013-01-08 comes after hour 3; give each day\'s hours in order 0..23',
    );
    expect(errorOf(hourly(['2013-01-09', '2013-01-08']))).toBe(
      'w.csv:26 column "date": date 2013-01-08 is not after the previous row\'s 2013-01-09',
    );
  });

  it('an hour that is not a whole hour 0..23, a reading that is not a number, a bad date', () => {
    for (const bad of ['24', '-1', '1.5', 'seven', '']) {
      expect(errorOf(hourly(['2013-01-08'], (r) => [`2013-01-08,${bad},-3`, ...r.slice(1)]))).toBe(
        `w.csv:2 column "hour": must be a whole hour 0..23, got "${bad}"`,
      );
    }
    expect(errorOf(hourly(['2013-01-08'], (r) => [...r.slice(0, 9), '2013-01-08,9,n/a', ...r.slice(10)]))).toBe(
      'w.csv:11 column "t_c": not a number: "n/a"',
    );
    expect(errorOf(hourly(['2013-01-08'], (r) => ['2013-02-30,0,1', ...r.slice(1)]))).toBe(
      'w.csv:2 column "date": invalid date "2013-02-30"',
    );
  });

  it('a row with a value too few is a malformed CSV, with its line', () => {
    expect(() =>
      parseTemperatureCsv(
        hourly(['2013-01-08'], (r) => ['2013-01-08,0', ...r.slice(1)]),
        'w.csv',
      ),
    ).toThrow(/^w\.csv:2: malformed CSV/);
  });

  it('a °C shift and a cold wave move every hour, so mean, minimum and maximum stay the hours’', () => {
    const days = parseTemperatureCsv(hourly(['2013-01-07', '2013-01-08', '2013-01-09', '2013-01-10']), 'w.csv');
    const consistent = (d: (typeof days)[number]) => {
      const h = d.hourlyC!;
      expect(h).toHaveLength(24);
      expect(d.tMeanC).toBeCloseTo(h.reduce((a, x) => a + x, 0) / 24, 12);
      expect(d.tMinC).toBeCloseTo(Math.min(...h), 12);
      expect(d.tMaxC).toBeCloseTo(Math.max(...h), 12);
    };
    const shifted = shiftSeries(days, -4.5);
    expect(shifted[0].hourlyC![7]).toBeCloseTo(days[0].hourlyC![7] - 4.5, 12);
    shifted.forEach(consistent);
    const waved = injectColdWave(days, { start: '2013-01-08', grade: 'strong', days: 1, recoveryDays: 1 });
    waved.forEach(consistent);
    // the wave lowered the start day and half as much on the recovery day, every hour alike
    const drop = days[1].tMinC - waved[1].tMinC;
    expect(drop).toBeGreaterThan(0);
    waved[1].hourlyC!.forEach((x, h) => expect(days[1].hourlyC![h] - x).toBeCloseTo(drop, 12));
    expect(waved[2].hourlyC![0]).toBeCloseTo(days[2].hourlyC![0] - drop / 2, 12);
    expect(waved[3]).toEqual(days[3]);
    // the input is not changed
    expect(days[1].hourlyC![0]).toBe(0);
  });
});
